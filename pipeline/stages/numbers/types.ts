/**
 * Numbers (owned by the numbers stage): every numeric expression with its machine value,
 * unit, kind, qualifier and what it measures.
 */
import type { TextSpan } from '../../core/span.js';

export type NumberKind = 'percent' | 'currency' | 'count' | 'duration' | 'date' | 'year' | 'ordinal' | 'quantity' | 'score' | 'other';

export interface NumberMention {
  span: TextSpan;
  /** The value; the lower bound for ranges. */
  value: number;
  /** Upper bound of a range. */
  max?: number;
  unit: string | null;
  kind: NumberKind;
  /** about | more-than | less-than | at-least | at-most | almost | … ; null when exact. */
  qualifier: string | null;
  subject: TextSpan | null;
  category: string;
  sentence: number;
  /** ISO 8601 value for dates and years (2017, 2024-05-03, 2015-Q4). */
  iso?: string;
}
