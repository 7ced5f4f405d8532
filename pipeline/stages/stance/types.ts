/**
 * Stances (owned by the stance stage): who (holder) takes which position (polarity, score)
 * toward what (target), with the cue words that show it, per quote and per sentence.
 */
import type { TextSpan } from '../../core/span.js';

export type Polarity = 'positive' | 'negative' | 'neutral';

export interface Holder {
  /** Entity id of the speaker, or null for the author's voice or an unresolved speaker. */
  entity: string | null;
  /** Speaker name, or 'author'. */
  name: string;
}

export interface Stance {
  holder: Holder;
  target: { span: TextSpan | null; text: string; entity: string | null };
  polarity: Polarity;
  score: number;
  hedged: boolean;
  cues: TextSpan[];
  /** The quote this stance belongs to (id), or null for the author's voice. */
  quote: string | null;
  sentence: number;
}

export interface StanceSummary {
  holder: Holder;
  target: { text: string; entity: string | null };
  polarity: Polarity;
  score: number;
  count: number;
}
