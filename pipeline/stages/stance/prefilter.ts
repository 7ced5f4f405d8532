/**
 * Could a sentence hold an author's stance? Decided before the sentence is prepared (no
 * lowercase strings, no per-sentence arrays, no clauses or noun phrases), because most
 * sentences of news text have no cue and the author pass looks at every sentence. Reads each
 * token's lexicon form (words.ts, once per form) and its shared lower case (core/forms.ts);
 * the word-formation readings (formation.ts) of a form are cached per form too.
 *
 * Two tests, both needed:
 * - a candidate word: a weighted cue reading, a phrase start, a word that could be a compound
 *   or a derived adjective, "zu" before another token, or a verb that needs a preposition
 *   together with one of the rule prepositions somewhere in the sentence (labelling verbs of
 *   weight 0 do not make a sentence evaluative by themselves);
 * - a word the cue pass (sentence.ts, findCues) would take as a cue, decided per word without
 *   clauses: a separable verb counts when its particle words occur anywhere in the sentence
 *   (findCues also wants them in the verb's clause), so this says yes a little more often
 *   than findCues, never less.
 */
import type { Token } from '../tokens/types.js';
import type { PhrasePattern } from './lexicon.js';
import { isCapitalised, isExcess } from './sentence.js';
import { sentenceForms } from './lookup.js';
import { compoundOf, derivedOf, FORM, formBitsOf, formEntry, formId, unknownFormBits } from './words.js';

/** Prepositions of the prepositional cue rules (fürchten vor, Kritik an, kämpfen gegen …). */
const PREP_RULE_WORDS = ['für', 'gegen', 'an', 'auf', 'mit', 'über', 'vor', 'bei', 'zu', 'um', 'in', 'gegenüber'];
const SOFT_HYPHEN = '\u00ad';

/** The current sentence's lexicon ids (lookup.ts), read by the helpers below. */
let ids: Int32Array = new Int32Array(0);

export function mayHoldAuthorStance(text: string, tokens: readonly Token[]): boolean {
  ids = sentenceForms(tokens);
  return anyCue(text, tokens) && hasCandidateWord(tokens);
}

function hasCandidateWord(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  const zu = zuId();
  let needsPrep = false;
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    const id = ids[i]!;
    const bits = id >= 0 ? formBitsOf(id) : unknownFormBits(tokens[i]!.form);
    if ((bits & (FORM.PHRASES | FORM.FREE_HIT)) !== 0) return true;
    if ((bits & FORM.HITS) !== 0) needsPrep ||= (bits & FORM.PREP_HIT) !== 0;
    else if ((id === zu && i + 1 < n) || (bits & (FORM.COMPOUND_END | FORM.HYPHEN | FORM.DERIVATION_START)) !== 0) return true;
  }
  if (!needsPrep) return false;
  for (const word of PREP_RULE_WORDS) if (sentenceHas(tokens, word)) return true;
  return false;
}

function anyCue(text: string, tokens: readonly Token[]): boolean {
  const n = tokens.length;
  const zu = zuId();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const id = ids[i]!;
    if (id === zu && i + 1 < n && tokens[i + 1]!.kind === 'word' && isExcess(text, tokens[i + 1]!, tokens[i + 1]!.form.lower)) return true;
    const capital = isCapitalised(text[t.start]!);
    if (id < 0) {
      // outside the lexicon: only word formation can make it a cue
      if (!capital && t.form.lower.length >= 6) {
        if (derivedOf(id, t.form)) return true;
      } else if (capital && compoundOf(id, t.form)) {
        return true;
      }
      continue;
    }
    const bits = formBitsOf(id);
    if ((bits & FORM.PHRASES) !== 0 && matchesPhrase(tokens, i, formEntry(id)!.phrases!)) return true;
    if ((bits & FORM.HITS) !== 0) {
      // a noun reading counts capitalised, the others lowercase or at the start of the sentence
      const sentenceStart = i === 0 || tokens[i - 1]!.kind === 'punct';
      if ((bits & (capital ? FORM.NOUN_CUE : FORM.OTHER_CUE)) !== 0) return true;
      if (capital && sentenceStart && (bits & FORM.OTHER_CUE) !== 0) return true;
      if ((bits & (FORM.NOUN_NEEDS_PARTICLE | FORM.OTHER_NEEDS_PARTICLE)) === 0) continue;
      for (const hit of formEntry(id)!.hits!) {
        if (!hit.needsParticle) continue;
        if (hit.entry.pos === 'noun' ? !capital : capital && !sentenceStart) continue;
        if (hit.entry.particle!.every((p) => sentenceHas(tokens, p))) return true;
      }
    } else if (!capital && t.form.lower.length >= 6) {
      if (derivedOf(id, t.form)) return true;
    } else if (capital && compoundOf(id, t.form)) {
      return true;
    }
  }
  return false;
}

/** The same test as sentence.ts matchPhrase, on the letters of the tokens. */
function matchesPhrase(tokens: readonly Token[], i: number, patterns: readonly PhrasePattern[]): boolean {
  const n = tokens.length;
  for (const p of patterns) {
    let t = i;
    let ok = true;
    for (const word of p.words) {
      while (t < n && tokens[t]!.kind !== 'word' && tokens[t]!.form.lower === SOFT_HYPHEN) t++;
      if (t >= n) { ok = false; break; }
      const w = tokens[t]!.form.lower;
      if (!(word.prefix ? w.startsWith(word.text) : w === word.text)) { ok = false; break; }
      t++;
    }
    if (ok) return true;
  }
  return false;
}

/** Is `word` one of the sentence's tokens (of any kind)? */
function sentenceHas(tokens: readonly Token[], word: string): boolean {
  for (let t = 0; t < tokens.length; t++) if (tokens[t]!.form.lower === word) return true;
  return false;
}

let zu: number | null = null;
function zuId(): number {
  zu ??= formId('zu', 0, 2);
  return zu;
}
