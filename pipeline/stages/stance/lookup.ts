/**
 * What the passes read about each token of one sentence, looked up once and shared by the
 * author-pass prefilter (prefilter.ts) and the sentence preparation (sentence.ts) that follows
 * it for the same sentence: the FACT.* bits of the token's form (words.ts: lexicon id,
 * capitalisation, endings, word-formation readings; cached per form) and the token's kind.
 * The result lives in a buffer reused from sentence to sentence (valid until the next
 * sentence is looked up), so a sentence costs no allocation here.
 *
 * A token's lowercase letters are its shared form's lower case (core/forms.ts, `form.lower`):
 * one lower-casing per distinct form in the process, none per document or per sentence.
 */
import type { Form } from '../../core/forms.js';
import type { Token } from '../tokens/types.js';
import { FACT, factsId, formFacts, hasAdjectiveEnding } from './words.js';

/** The token's kind, beside its form's FACT.* bits (bits 25–27, between them). */
export const TOKEN = { WORD: 1 << 25, PUNCT: 1 << 26, NUMBER: 1 << 27 } as const;

let facts = new Int32Array(256);
let lastTokens: readonly Token[] | null = null;

/**
 * FACT.* and TOKEN.* bits of each token of `tokens` (one sentence). Entries past the
 * sentence's last token are left over from earlier sentences: callers test the index first.
 */
export function sentenceFacts(tokens: readonly Token[]): Int32Array {
  if (tokens === lastTokens) return facts;
  const n = tokens.length;
  if (facts.length < n) facts = new Int32Array(Math.max(n, 2 * facts.length));
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const kind = t.kind === 'word' ? TOKEN.WORD : t.kind === 'punct' ? TOKEN.PUNCT : t.kind === 'number' ? TOKEN.NUMBER : 0;
    // A punctuation mark is never a lexicon form (nor a word of any reading): no cache lookup.
    // The others by the token's shared form, whose facts are cached per form (words.ts).
    facts[i] = kind | (t.kind !== 'word' && t.end - t.start === 1 ? markFacts(t.form) : formFacts(t.form));
  }
  lastTokens = tokens;
  return facts;
}

/** The letter facts of a one-character mark, outside the lexicon. */
function markFacts(form: Form): number {
  return (form.cap ? FACT.CAPITAL : 0) | (hasAdjectiveEnding(form.lower) ? FACT.ADJECTIVE_ENDING : 0);
}

