/**
 * Quotes (owned by the quotes stage): direct, partial and indirect speech, each with its
 * speaker and cue. The quote span covers the content without quotation marks.
 */
import type { TextSpan } from '../../core/span.js';

/**
 * direct: a quotation in marks that stands as the speaker's utterance („…“, sagte X);
 * partial: a quoted phrase inside the author's sentence (nannte den Plan „unrealistisch“);
 * indirect: reported speech without marks (dass-clause, Konjunktiv, laut X, X zufolge …).
 */
export type QuoteType = 'direct' | 'partial' | 'indirect';

export interface Speaker {
  /** Fullest name the document gives the speaker's entity; the phrase text if unresolved. */
  name: string | null;
  /** Entity id (see the entities layer), or null. */
  entity: string | null;
  /** The speaker's mention nearest to the cue (or the speaker phrase), or null when nobody is named. */
  mention: TextSpan | null;
}

export interface Cue {
  span: TextSpan;
  /** Base form of the speech verb or cue word: sagen, betonen, mitteilen, zufolge, laut, … */
  lemma: string;
}

export interface Quote {
  /** q1, q2, … in text order. */
  id: string;
  type: QuoteType;
  span: TextSpan;
  speaker: Speaker;
  cue: Cue | null;
  /** Ids of the other parts of the same interrupted quote („A“, sagte X, „B“). */
  parts: string[];
  /** Index of the sentence the quote starts in. */
  sentence: number;
  confidence: number;
}
