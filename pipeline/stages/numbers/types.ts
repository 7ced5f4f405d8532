/**
 * Numbers (owned by the numbers stage): every numeric expression with its machine value,
 * unit, kind, qualifier and what it measures. See ./README.md for the vocabularies.
 */
import type { TextSpan } from '../../core/span.js';
import type { Category } from './de/categories.js';
import type { Qualifier } from './de/qualifiers.js';

export type NumberKind = 'percent' | 'currency' | 'count' | 'duration' | 'date' | 'year' | 'ordinal' | 'quantity' | 'score' | 'other';

/**
 * Marks on a number that change how a dashboard should count it:
 *  - cumulative:   a running total restated ("Die Zahl der Todesopfer stieg auf 19", "insgesamt")
 *  - hypothetical: a possibility, not a report ("könnten sterben", "drohen")
 *  - negated:      the measured event is denied ("niemand wurde verletzt")
 *  - delta:        the amount of a change, not a level ("stieg um 3 Prozent")
 */
export type NumberFlag = 'cumulative' | 'hypothetical' | 'negated' | 'delta';

export interface NumberMention {
  span: TextSpan;
  /** The value in `unit`; the lower bound for ranges; the new level for a change ("von 10 auf 12" → 12). */
  value: number;
  /** Upper bound of a range. */
  max?: number;
  unit: string | null;
  kind: NumberKind;
  qualifier: Qualifier | null;
  subject: TextSpan | null;
  category: Category;
  sentence: number;
  /** ISO 8601 value for dates and years (2017, 2024-05-03, --05-03, 2015-Q4, 199X, T14:30). */
  iso?: string;
  /** "von 10 auf 12": the level before and after. */
  change?: { from: number; to: number };
  /** Sports results and other pairs: "2:1" → [2, 1]. */
  score?: [number, number];
  flags?: NumberFlag[];
}
