/**
 * What the stage knows about one lowercase word form, computed once per form and kept for
 * the process: its lexicon entry, the bits the per-sentence prefilter tests, its reading as
 * a derived adjective (unkonstruktiv, brandgefährlich) or a compound with an evaluative head
 * (Staatsterror), and per token form the FACT.* bits the sentence passes read (formFacts).
 * Everything here depends on the form alone.
 */
import { compoundAt, compoundReadingAt, derivedAt, hasCompoundEndingAt, hasDerivationStart, hasHyphen, type Derived } from './formation.js';
import { getLexicon, type CueEntry, type WordEntry } from './lexicon.js';
import { FormCache, FormIndex, type Form } from '../../core/forms.js';

export type { Derived } from './formation.js';

/** Prefilter bits of a form (FORM.*), see formBits. */
export const FORM = {
  /** Starts a multiword phrase. */
  PHRASES: 1,
  /** Has a cue reading with a weight that needs no preposition: makes a sentence evaluative. */
  FREE_HIT: 2,
  /** Has any cue reading. */
  HITS: 4,
  /** Has a reading that counts only with one of its prepositions. */
  PREP_HIT: 8,
  /** Long enough and with the ending of a compound head (Staatsterror). */
  COMPOUND_END: 16,
  HYPHEN: 32,
  /** Could be un-/brand-/grund-… + adjective. */
  DERIVATION_START: 64,
  /** Has a noun reading that needs no separated particle: a cue when capitalised. */
  NOUN_CUE: 128,
  /** Has a verb/adjective reading that needs no separated particle: a cue when lowercase or sentence-initial. */
  OTHER_CUE: 256,
  /** Has a noun reading that counts only with its particle. */
  NOUN_NEEDS_PARTICLE: 512,
  /** Has a verb/adjective reading that counts only with its particle in the sentence. */
  OTHER_NEEDS_PARTICLE: 1024,
  /** Has a `@forced` reading (schließen, aufgeben): a cue only with a verb of necessity in the sentence. */
  FORCED_HIT: 2048,
} as const;

const NOT_YET = 0;

/**
 * The forms the lexicon knows (cue forms, phrase starts, closed-class words), numbered in a
 * FormIndex (core/forms.ts) so that a slice of lowercased text (the parts of a compound in
 * formation.ts) is looked up by its characters in place, without slicing. Only the
 * lexicon's forms are in it (some fourteen thousand), not the vocabulary of the
 * archive, so it stays small enough to stay in the processor's cache. What is known about
 * lexicon form `id` lies in parallel arrays (entry, closed-class flags, prefilter bits, and
 * lazily the derived and compound readings).
 *
 * A token is not looked up here: its form in the shared interner (the tokens stage) maps to
 * its lexicon id once per form (formFacts, FACT.ID).
 */
let index: FormIndex<{ readonly text: string }> | null = null;
let entryOf: Array<WordEntry | undefined> = [];
let flagsOf: Int32Array = new Int32Array(0);
let bitsOf: Int32Array = new Int32Array(0);
/** Derived-adjective reading: NOT_YET, or null / the reading. */
let derivedOfId: Array<Derived | null | typeof NOT_YET> = [];
let compoundOfId: Array<CueEntry | null | typeof NOT_YET> = [];

function buildIndex(): FormIndex<{ readonly text: string }> {
  const lex = getLexicon();
  const keys = [...lex.index.keys()];
  // at most a quarter of the slots used: few probes for the many words the lexicon does not know
  const table = new FormIndex(keys.length, 0.25);
  flagsOf = new Int32Array(keys.length);
  bitsOf = new Int32Array(keys.length);
  for (const w of keys) {
    const id = table.add({ text: w });
    const entry = lex.index.get(w)!;
    entryOf.push(entry);
    derivedOfId.push(NOT_YET);
    compoundOfId.push(NOT_YET);
    flagsOf[id] = entry.flags;
    bitsOf[id] = formBits(w, entry);
  }
  return table;
}

/** The id of the lexicon form text[start, end) (text already lowercase), or -1 for a word the lexicon does not know. */
export function formId(text: string, start: number, end: number): number {
  return (index ??= buildIndex()).idOf(text, start, end);
}

/**
 * What the passes over a sentence read about a token's form, packed into one small integer
 * (FACT.*) and cached per shared form (core/forms.ts): a token costs one cache lookup, and
 * the passes then read the bits from a per-sentence buffer (lookup.ts) instead of touching
 * the form's strings again (the stage runs after the other stages have pushed its data out
 * of the processor cache, so every object touched per token counts).
 */
export const FACT = {
  /** Lexicon id + 1, 0 for a word the lexicon does not know. */
  ID: 0x1ffff,
  /** Upper-case first letter (the form's `cap`). */
  CAPITAL: 1 << 17,
  /** Ends in -e, -en, -er, -es or -em (hasAdjectiveEnding). */
  ADJECTIVE_ENDING: 1 << 18,
  /** Six letters or more (lowercase). */
  LONG: 1 << 19,
  /** Lowercase, long, with a derived-adjective reading (derivedOf). */
  DERIVED: 1 << 20,
  /** Capitalised, with a compound reading (compoundOf). */
  COMPOUND: 1 << 21,
  /** FORM.COMPOUND_END, FORM.HYPHEN and FORM.DERIVATION_START, shifted by SHAPE_SHIFT (bits 22–24). */
  SHAPE_SHIFT: 18,
  /** Ends in -er (the article-less genitive plural: Präsenz westlicher Truppen). */
  ER_ENDING: 1 << 28,
  /** Ends like a preterite, -te or -ten but not -ste(n) (PRETERITE_LIKE). */
  PRETERITE_LIKE: 1 << 29,
} as const;
/** What ends like a preterite (sagte, bezeichneten) rather than an adjective without an article. */
const PRETERITE_LIKE = /[^s]ten?$/;
const SHAPE_BITS = FORM.COMPOUND_END | FORM.HYPHEN | FORM.DERIVATION_START;

const FACTS = new FormCache<number>();

/** The FACT.* bits of the token form `form`, computed once per form. */
export function formFacts(form: Form): number {
  return FACTS.get(form) ?? FACTS.set(form, factsOf(form));
}

function factsOf(form: Form): number {
  const w = form.lower;
  const id = formId(w, 0, w.length);
  if (id + 1 > FACT.ID) throw new RangeError('stance lexicon: more forms than FACT.ID can number');
  const capital = form.cap;
  const long = w.length >= 6;
  let facts = id + 1;
  if (capital) facts |= FACT.CAPITAL;
  if (hasAdjectiveEnding(w)) facts |= FACT.ADJECTIVE_ENDING;
  if (long) facts |= FACT.LONG;
  if (w.endsWith('er')) facts |= FACT.ER_ENDING;
  if (PRETERITE_LIKE.test(w)) facts |= FACT.PRETERITE_LIKE;
  // (for a word outside the lexicon the reading is kept only when the cue pass asks for it:
  // only the forms that have one)
  if (!capital && long && (id < 0 ? derivedAt(w, 0, w.length) : derivedOf(id, form)) !== null) facts |= FACT.DERIVED;
  if (capital && (id < 0 ? compoundAt(w, 0, w.length) : compoundOf(id, form)) !== null) facts |= FACT.COMPOUND;
  return facts | (shapeBits(w, 0, w.length) << FACT.SHAPE_SHIFT);
}

/** The lexicon id in FACT.* bits, -1 outside the lexicon. */
export function factsId(facts: number): number {
  return (facts & FACT.ID) - 1;
}

/** The endings of an inflected adjective: -e, -en, -er, -es, -em (lowercase). */
export function hasAdjectiveEnding(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  if (last === 101) return true; // -e
  const prev = w.charCodeAt(w.length - 2);
  return prev === 101 && (last === 110 || last === 114 || last === 115 || last === 109); // -en -er -es -em
}

export function formEntry(id: number): WordEntry | undefined {
  return entryOf[id];
}
/** Closed-class bits (WORD.*) of the form's entry. */
export function formFlags(id: number): number {
  return flagsOf[id]!;
}
/** FORM.* bits of a lexicon form. */
export function formBitsOf(id: number): number {
  return bitsOf[id]!;
}
/** FORM.* bits of a token form outside the lexicon, from its FACT.* bits. */
export function unknownFormBits(facts: number): number {
  return (facts >> FACT.SHAPE_SHIFT) & SHAPE_BITS;
}

function formBits(w: string, e: WordEntry | undefined): number {
  let bits = shapeBits(w, 0, w.length);
  if (e?.phrases) bits |= FORM.PHRASES;
  if (e?.hits) {
    bits |= FORM.HITS;
    for (const h of e.hits) {
      // forced losses ask the prefilter for a verb of necessity instead (common verbs: verlassen, gibt … auf)
      if (h.entry.onlyForced) { bits |= FORM.FORCED_HIT; continue; }
      if (h.entry.weight !== 0 && !h.entry.requiresPrep) bits |= FORM.FREE_HIT;
      if (h.entry.requiresPrep) bits |= FORM.PREP_HIT;
      const noun = h.entry.pos === 'noun';
      if (h.needsParticle) bits |= noun ? FORM.NOUN_NEEDS_PARTICLE : FORM.OTHER_NEEDS_PARTICLE;
      else bits |= noun ? FORM.NOUN_CUE : FORM.OTHER_CUE;
    }
  }
  return bits;
}

/** The bits that depend on the letters alone (length, ending, hyphen, first two letters). */
function shapeBits(text: string, start: number, end: number): number {
  const length = end - start;
  let bits = 0;
  if (length >= 8 && hasCompoundEndingAt(text, end)) bits |= FORM.COMPOUND_END;
  if (hasHyphen(text, start, end)) bits |= FORM.HYPHEN;
  if (length >= 7 && hasDerivationStart(text, start, end)) bits |= FORM.DERIVATION_START;
  return bits;
}

/** The readings of token forms outside the lexicon (derivedOf, compoundOf); null: none. */
const DERIVED_READINGS = new FormCache<Derived | null>();
const COMPOUND_READINGS = new FormCache<CueEntry | null>();

/**
 * Adjectives by word formation: un- negates (unkonstruktiv), brand-/grund-/hoch- intensify
 * (brandgefährlich). `id`: the form's lexicon id (factsId of its formFacts), -1 outside the lexicon.
 */
export function derivedOf(id: number, form: Form): Derived | null {
  const w = form.lower;
  // outside the lexicon: cached per token form (the cue pass asks at every occurrence)
  if (id < 0) {
    const known = DERIVED_READINGS.get(form);
    return known !== undefined ? known : DERIVED_READINGS.set(form, derivedAt(w, 0, w.length));
  }
  const d = derivedOfId[id]!;
  if (d !== NOT_YET) return d;
  const found = derivedAt(w, 0, w.length);
  derivedOfId[id] = found;
  return found;
}

/**
 * Compounds: Staatsterror, Verhandlungserfolg; hyphenated ones by their parts
 * (Staatsterror-Methoden). `id`: the form's lexicon id (factsId of its formFacts), -1 outside the lexicon.
 */
export function compoundOf(id: number, form: Form): CueEntry | null {
  const w = form.lower;
  // outside the lexicon: cached per token form, see derivedOf
  if (id < 0) {
    const known = COMPOUND_READINGS.get(form);
    return known !== undefined ? known : COMPOUND_READINGS.set(form, compoundAt(w, 0, w.length));
  }
  const c = compoundOfId[id]!;
  if (c !== NOT_YET) return c;
  const found = compoundReadingAt(w, 0, w.length);
  compoundOfId[id] = found;
  return found;
}
