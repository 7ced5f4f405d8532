import { z } from 'zod';
import { spanWith } from './span.js';

export const SentenceKind = z
  .enum(['sentence', 'headline'])
  .describe('`headline`: a line without final punctuation (title, subheading).');

export const Sentence = spanWith({
  index: z.int().nonnegative().describe('Position in the document, from 0.'),
  paragraph: z.int().nonnegative().describe('Index of the paragraph (line block) the sentence belongs to, from 0.'),
  kind: SentenceKind,
});
export type SentenceJson = z.infer<typeof Sentence>;
