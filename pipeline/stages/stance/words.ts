/**
 * What the stage knows about one lowercase word form, computed once per form and kept for
 * the process: its lexicon entry, the bits the per-sentence prefilter tests, and (lazily)
 * its reading as a derived adjective (unkonstruktiv, brandgefährlich) or a compound with an
 * evaluative head (Staatsterror). Everything here depends on the form alone.
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
 * its lexicon id once per form (lexiconId).
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

/** The lexicon id of each shared word form (core/forms.ts), looked up once per form. */
const LEXICON_IDS = new FormCache<number>();

/** The lexicon id of the token form `form` by its lower case, or -1. */
export function lexiconId(form: Form): number {
  return LEXICON_IDS.get(form) ?? LEXICON_IDS.set(form, formId(form.lower, 0, form.lower.length));
}

/** The form's string (the same string object for every occurrence). */
export function formText(id: number): string {
  return index!.entry(id).text;
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
/** FORM.* bits of each form outside the lexicon, computed once per form. */
const UNKNOWN_BITS = new FormCache<number>();

/** FORM.* bits of a token form outside the lexicon (by its lower case). */
export function unknownFormBits(form: Form): number {
  return UNKNOWN_BITS.get(form) ?? UNKNOWN_BITS.set(form, shapeBits(form.lower, 0, form.lower.length));
}

function formBits(w: string, e: WordEntry | undefined): number {
  let bits = shapeBits(w, 0, w.length);
  if (e?.phrases) bits |= FORM.PHRASES;
  if (e?.hits) {
    bits |= FORM.HITS;
    for (const h of e.hits) {
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

/**
 * The word-formation readings of forms outside the lexicon, once per token form (a form
 * outside the lexicon is a form of the shared interner, whose ids the FormCache keys by).
 */
const DERIVED_OUTSIDE = new FormCache<Derived | null>();
const COMPOUND_OUTSIDE = new FormCache<CueEntry | null>();

/**
 * Adjectives by word formation: un- negates (unkonstruktiv), brand-/grund-/hoch- intensify
 * (brandgefährlich). `id`: the form's lexicon id (lexiconId), -1 outside the lexicon.
 */
export function derivedOf(id: number, form: Form): Derived | null {
  const w = form.lower;
  if (id < 0) {
    const cached = DERIVED_OUTSIDE.get(form);
    return cached !== undefined ? cached : DERIVED_OUTSIDE.set(form, derivedAt(w, 0, w.length));
  }
  const d = derivedOfId[id]!;
  if (d !== NOT_YET) return d;
  const found = derivedAt(w, 0, w.length);
  derivedOfId[id] = found;
  return found;
}

/**
 * Compounds: Staatsterror, Verhandlungserfolg; hyphenated ones by their parts
 * (Staatsterror-Methoden). `id`: the form's lexicon id (lexiconId), -1 outside the lexicon.
 */
export function compoundOf(id: number, form: Form): CueEntry | null {
  const w = form.lower;
  if (id < 0) {
    const cached = COMPOUND_OUTSIDE.get(form);
    return cached !== undefined ? cached : COMPOUND_OUTSIDE.set(form, compoundAt(w, 0, w.length));
  }
  const c = compoundOfId[id]!;
  if (c !== NOT_YET) return c;
  const found = compoundReadingAt(w, 0, w.length);
  compoundOfId[id] = found;
  return found;
}
