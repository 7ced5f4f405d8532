import { z } from 'zod';

/** Every span in the output: code point offsets, end exclusive, and the covered text. */
export const Span = z
  .object({
    start: z.int().nonnegative().describe('Offset of the first character, in Unicode code points from the start of `text`.'),
    end: z.int().nonnegative().describe('Offset after the last character (exclusive), in Unicode code points.'),
    text: z.string().describe('The covered text: [...record.text].slice(start, end).join("").'),
  })
  .describe('A standoff span over the record text. Offsets count Unicode code points (as Python, spaCy and W3C Web Annotation do).');
export type Span = z.infer<typeof Span>;

/** A span with extra fields written after start/end/text. */
export function spanWith<T extends z.ZodRawShape>(shape: T) {
  return Span.extend(shape);
}
