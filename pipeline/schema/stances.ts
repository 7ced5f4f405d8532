/**
 * Output schema of the stances layer and of the per-document stance summary (the table a
 * dashboard shows: one row per holder–target pair).
 */
import { z } from 'zod';
import { Span } from './span.js';

export const Polarity = z.enum(['positive', 'negative', 'neutral']);

export const Holder = z
  .object({
    entity: z.string().nullable().describe('Entity id of the holder (see `entities`), or null for the author or an unresolved holder.'),
    name: z.string().describe("The speaker's name, the subject phrase of an attitude the author reports, or 'author'."),
  })
  .describe('Who takes the position.');

export const Stance = z.object({
  holder: Holder,
  target: z
    .object({
      span: Span.nullable().describe('The target phrase, or null when the quote names nothing.'),
      text: z.string().describe('The target phrase, or the entity name when the phrase is a pronoun referring to it; empty when unknown.'),
      entity: z.string().nullable().describe('Entity id when the target is an entity, else null.'),
    })
    .describe('What the position is about: a person, state, organisation or issue.'),
  polarity: Polarity,
  score: z.number().min(-1).max(1).describe('Composed weight of the cues: -1 strongly against … +1 strongly for.'),
  hedged: z.boolean().describe('The position is weakened by a modal, hedge, condition or question (könnte, angeblich, soll, wenn).'),
  cues: z.array(Span).describe('The words that show the stance; a separated verb particle (lehnte … ab) is a span of its own.'),
  quote: z.string().nullable().describe('Id of the quote the stance belongs to, or null for unquoted text.'),
  sentence: z.int().nonnegative().describe('Index of the sentence (of the quote’s first sentence).'),
});

export const StancesLayer = z
  .array(Stance)
  .describe('One stance per quote (neutral when nothing evaluative is said), plus stances in unquoted text: the author’s evaluations and attitudes the author reports (holder = the clause subject).');

export const StanceSummaryRow = z.object({
  holder: Holder,
  target: z.object({ text: z.string(), entity: z.string().nullable() }),
  polarity: Polarity.describe('Polarity of the mean score.'),
  score: z.number().min(-1).max(1).describe('Mean score of the stances of this holder toward this target.'),
  count: z.int().positive().describe('Number of stances behind the row.'),
});

export const StanceSummaryLayer = z.array(StanceSummaryRow).describe('Per document: for each holder–target pair, the aggregated polarity.');
