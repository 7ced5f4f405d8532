/**
 * Stances (owned by the stance stage): who (holder) takes which position (polarity, score)
 * toward what (target), with the cue words that show it, per quote and per sentence.
 */
import type { TextSpan } from '../../core/span.js';

export type Polarity = 'positive' | 'negative' | 'neutral';

export interface Holder {
  /** Entity id of the speaker, or null for the author's voice or an unresolved speaker. */
  entity: string | null;
  /** Speaker name, the subject phrase of a reported attitude, or 'author'. */
  name: string;
}

export interface StanceTarget {
  /** The target phrase in the text, or null when the quote names nothing. */
  span: TextSpan | null;
  /** The phrase, or the entity's name when the phrase is a pronoun that refers to it. */
  text: string;
  entity: string | null;
}

export interface Stance {
  holder: Holder;
  target: StanceTarget;
  polarity: Polarity;
  /** Composed weight of the cues, in [-1, 1]. */
  score: number;
  /** A hedge, modal, conditional or question weakens the commitment (könnte, angeblich, soll). */
  hedged: boolean;
  /** The words that show the stance (a separated particle is a span of its own). */
  cues: TextSpan[];
  /** The quote this stance belongs to (id), or null for the author's text. */
  quote: string | null;
  sentence: number;
}

export interface StanceSummary {
  holder: Holder;
  target: { text: string; entity: string | null };
  polarity: Polarity;
  /** Mean score of the pair's stances. */
  score: number;
  count: number;
}
