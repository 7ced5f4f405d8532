/**
 * The lexicon form of each token of one sentence, looked up once and shared by the
 * author-pass prefilter (prefilter.ts) and the sentence preparation (sentence.ts) that follows
 * it for the same sentence. The result lives in a buffer reused from sentence to sentence
 * (valid until the next sentence is looked up), so a sentence costs no allocation here.
 *
 * A token's lowercase letters are its shared form's lower case (core/forms.ts, `form.lower`):
 * one lower-casing per distinct form in the process, none per document or per sentence.
 */
import type { Token } from '../tokens/types.js';
import { lexiconId } from './words.js';

let ids = new Int32Array(256);
let lastTokens: readonly Token[] | null = null;

/**
 * Lexicon form id of each token of `tokens` (one sentence; words.ts), -1 for other words and
 * for punctuation marks.
 */
export function sentenceForms(tokens: readonly Token[]): Int32Array {
  if (tokens === lastTokens) return ids;
  const n = tokens.length;
  if (ids.length < n) ids = new Int32Array(Math.max(n, 2 * ids.length));
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    // A punctuation mark is never a lexicon form. The others by the token's shared form,
    // whose lexicon id is cached per form (words.ts): one lexicon lookup per form, not per token.
    ids[i] = t.kind !== 'word' && t.end - t.start === 1 ? -1 : lexiconId(t.form);
  }
  lastTokens = tokens;
  return ids;
}
