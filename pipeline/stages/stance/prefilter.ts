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
import { NECESSITY_WORDS } from './de/modifiers.js';
import { isExcess, matchPhrase } from './sentence.js';
import { sentenceFacts, TOKEN } from './lookup.js';
import { FACT, factsId, FORM, formBitsOf, formEntry, formId, unknownFormBits } from './words.js';

/** Prepositions of the prepositional cue rules (fürchten vor, Kritik an, kämpfen gegen …). */
const PREP_RULE_WORDS = ['für', 'gegen', 'an', 'auf', 'mit', 'über', 'vor', 'bei', 'zu', 'um', 'in', 'gegenüber'];

/** The current sentence's FACT.* and TOKEN.* bits per token (lookup.ts), read by the helpers below. */
let facts: Int32Array = new Int32Array(0);

export function mayHoldAuthorStance(tokens: readonly Token[]): boolean {
  facts = sentenceFacts(tokens);
  return anyCue(tokens) && hasCandidateWord(tokens);
}

function hasCandidateWord(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  const zu = zuId();
  let needsPrep = false;
  for (let i = 0; i < n; i++) {
    const f = facts[i]!;
    if ((f & TOKEN.WORD) === 0) continue;
    const id = factsId(f);
    const bits = id >= 0 ? formBitsOf(id) : unknownFormBits(f);
    if ((bits & (FORM.PHRASES | FORM.FREE_HIT)) !== 0) return true;
    if ((bits & FORM.FORCED_HIT) !== 0 && hasNecessity(tokens)) return true;
    if ((bits & FORM.HITS) !== 0) needsPrep ||= (bits & FORM.PREP_HIT) !== 0;
    else if ((id === zu && i + 1 < n) || (bits & (FORM.COMPOUND_END | FORM.HYPHEN | FORM.DERIVATION_START)) !== 0) return true;
  }
  if (!needsPrep) return false;
  for (const word of PREP_RULE_WORDS) if (sentenceHas(tokens, word)) return true;
  return false;
}

function anyCue(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  const zu = zuId();
  for (let i = 0; i < n; i++) {
    const f = facts[i]!;
    if ((f & TOKEN.WORD) === 0) continue;
    const id = factsId(f);
    if (id === zu && i + 1 < n && (facts[i + 1]! & TOKEN.WORD) !== 0 && isExcess(tokens[i + 1]!, tokens[i + 1]!.form.lower)) return true;
    const capital = (f & FACT.CAPITAL) !== 0;
    // a derived adjective (lowercase, six letters or more) or a compound (capitalised): the
    // bits are set only in those cases
    const formed = (f & (FACT.DERIVED | FACT.COMPOUND)) !== 0;
    // outside the lexicon: only word formation can make it a cue
    if (id < 0) {
      if (formed) return true;
      continue;
    }
    const bits = formBitsOf(id);
    if ((bits & FORM.PHRASES) !== 0 && matchPhrase(tokens, i, formEntry(id)!.phraseStart) !== null) return true;
    if ((bits & FORM.FORCED_HIT) !== 0 && hasNecessity(tokens)) return true;
    if ((bits & FORM.HITS) !== 0) {
      // a noun reading counts capitalised, the others lowercase or at the start of the sentence
      const sentenceStart = i === 0 || (facts[i - 1]! & TOKEN.PUNCT) !== 0;
      if ((bits & (capital ? FORM.NOUN_CUE : FORM.OTHER_CUE)) !== 0) return true;
      if (capital && sentenceStart && (bits & FORM.OTHER_CUE) !== 0) return true;
      if ((bits & (FORM.NOUN_NEEDS_PARTICLE | FORM.OTHER_NEEDS_PARTICLE)) === 0) continue;
      for (const hit of formEntry(id)!.hits!) {
        if (!hit.needsParticle || hit.entry.onlyForced) continue;
        if (hit.entry.pos === 'noun' ? !capital : capital && !sentenceStart) continue;
        if (hit.entry.particle!.every((p) => sentenceHas(tokens, p))) return true;
      }
    } else if (formed) {
      return true;
    }
  }
  return false;
}

/** A verb of necessity anywhere in the sentence (sentence.ts wants it in the cue's clause). */
function hasNecessity(tokens: readonly Token[]): boolean {
  for (let t = 0; t < tokens.length; t++) if (NECESSITY_WORDS.has(tokens[t]!.form.lower)) return true;
  return false;
}

/** The same test as sentence.ts matchPhrase, on the letters of the tokens. */
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
