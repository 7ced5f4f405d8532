/**
 * Output schema of the quotes layer: every statement in the article with its speaker, in
 * text order. Spans count Unicode code points (see ./span.ts).
 */
import { z } from 'zod';
import { Span } from './span.js';

export const QuoteType = z
  .enum(['direct', 'partial', 'indirect'])
  .describe(
    '`direct`: a quotation in quotation marks that stands as the utterance („…“, sagte X; X sagte: „…“). ' +
      '`partial`: a quoted phrase inside the author\'s sentence (Er nannte den Plan „völlig unrealistisch“). ' +
      '`indirect`: reported speech without quotation marks (dass-clause, Konjunktiv, laut X, X zufolge, so X, continued Konjunktiv).',
  );

export const Speaker = z
  .object({
    name: z
      .string()
      .nullable()
      .describe('The fullest name the document gives the speaker (the entity name when entities are resolved, else the speaker phrase as written, e.g. "er"); null when nobody is named.'),
    entity: z.string().nullable().describe('Id of the speaker entity in `entities`, or null when unresolved.'),
    mention: Span.nullable().describe('The speaker mention nearest to the cue (or the speaker phrase), or null when nobody is named.'),
  })
  .describe('Who said it.');

export const Quote = z
  .object({
    id: z.string().regex(/^q\d+$/).describe('q1, q2, … in text order.'),
    type: QuoteType,
    span: Span.describe('The quoted or reported content, without quotation marks and without final punctuation outside them. Never empty.'),
    speaker: Speaker,
    cue: z
      .object({
        span: Span.describe('The cue word: the speech verb (its finite form or participle), or laut, zufolge, nach, so, demnach, hieß.'),
        lemma: z.string().describe('Base form of the cue: sagen, betonen, mitteilen, zurückweisen, laut, zufolge, so, heißen, …'),
      })
      .nullable()
      .describe('The speech verb or cue word; null when the quote has no cue of its own (a quotation continuing the previous speaker, free indirect speech).'),
    parts: z.array(z.string()).describe('Ids of the other parts of the same interrupted quotation („A“, sagte X, „B“); empty otherwise.'),
    sentence: z.int().nonnegative().describe('Index of the sentence the quote starts in.'),
    confidence: z.number().min(0).max(1).describe('How sure the stage is of the quote and its speaker (0–1): explicit cue and speaker 0.95, inherited speaker 0.6–0.75.'),
  })
  .describe('One quotation or report of speech.');

export const QuotesLayer = z.array(Quote).describe('Direct, partial and indirect quotations with speakers, in text order.');
export type QuoteJson = z.infer<typeof Quote>;
