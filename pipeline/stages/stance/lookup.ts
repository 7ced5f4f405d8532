/**
 * The lexicon form of each token of one sentence, looked up once and shared by the
 * author-pass prefilter (prefilter.ts) and the sentence preparation (sentence.ts) that follows
 * it for the same sentence. The results live in buffers reused from sentence to sentence
 * (valid until the next sentence is looked up), so a sentence costs no allocation here.
 */
import type { Token } from '../tokens/types.js';
import { lexiconId } from './words.js';

export interface SentenceForms {
  /**
   * Lowercase letters of the tokens: token i is low[lowStart[i], lowEnd[i]). The document
   * lowercased once when lowercasing kept every offset, else the sentence's tokens lowercased
   * one by one and joined (text with characters such as İ that grow when lowercased).
   */
  low: string;
  lowStart: Int32Array;
  lowEnd: Int32Array;
  /** Lexicon form id of each token (words.ts), -1 for other words and punctuation marks. */
  ids: Int32Array;
}

const forms: SentenceForms = { low: '', lowStart: new Int32Array(256), lowEnd: new Int32Array(256), ids: new Int32Array(256) };
let lastText: string | null = null;
let lastTokens: readonly Token[] | null = null;

/** The forms of `tokens` (a sentence of `text`); `lowerText` is `text` lowercased, or null. */
export function sentenceForms(text: string, lowerText: string | null, tokens: readonly Token[]): SentenceForms {
  if (tokens === lastTokens && text === lastText) return forms;
  const n = tokens.length;
  if (forms.ids.length < n) {
    const size = Math.max(n, 2 * forms.ids.length);
    forms.ids = new Int32Array(size);
    forms.lowStart = new Int32Array(size);
    forms.lowEnd = new Int32Array(size);
  }
  const { lowStart, lowEnd, ids } = forms;
  if (lowerText !== null && lowerText.length === text.length) {
    forms.low = lowerText;
    for (let i = 0; i < n; i++) {
      lowStart[i] = tokens[i]!.start;
      lowEnd[i] = tokens[i]!.end;
    }
  } else {
    let joined = '';
    for (let i = 0; i < n; i++) {
      lowStart[i] = joined.length;
      joined += text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase();
      lowEnd[i] = joined.length;
    }
    forms.low = joined;
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // A punctuation mark is never a lexicon form. The others by the token's shared form
    // (core/forms.ts), whose lower case is the token's letters in `low`: one lexicon lookup
    // per form, not per token.
    ids[i] = t.kind !== 'word' && t.end - t.start === 1 ? -1 : lexiconId(t.form);
  }
  lastText = text;
  lastTokens = tokens;
  return forms;
}
