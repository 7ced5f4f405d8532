/**
 * What the stage knows about one lowercase word form, computed once per form and kept for
 * the process: its lexicon entry, the bits the per-sentence prefilter tests, and (lazily)
 * its reading as a derived adjective (unkonstruktiv, brandgefährlich) or a compound with an
 * evaluative head (Staatsterror). Everything here depends on the form alone, so a form seen
 * in one document costs one table lookup in every later one. The cache is dropped when it
 * grows past a bound, so an archive with an unbounded vocabulary does not grow memory.
 */
import { ADJECTIVE_INTENSIFYING_PREFIXES } from './de/modifiers.js';
import { getLexicon, type CueEntry, type Lexicon, type WordEntry } from './lexicon.js';

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
} as const;

export interface Derived {
  entry: CueEntry;
  negated: boolean;
  factor: number;
}

const DERIVATION_STARTS = new Set(['un', ...ADJECTIVE_INTENSIFYING_PREFIXES.map((p) => p.slice(0, 2))]);
/** Distinct forms kept before the table starts over (a few tens of MB at most). */
const MAX_FORMS = 300_000;
const NOT_YET = 0;

/**
 * The forms seen so far, in an open-addressing table keyed by a hash of the characters, so
 * that a token is looked up straight in the lowercased document text: no string is sliced
 * for a known form, and every token of that form gets the same (interned) string, whose
 * hash the later Set lookups compute only once. What is known about form `id` lies in
 * parallel arrays (entry, closed-class flags, prefilter bits, and lazily the derived and
 * compound readings), so the per-token pass touches no object per form.
 */
let forms: string[] = [];
let entryOf: Array<WordEntry | undefined> = [];
let flagsOf: Int32Array = new Int32Array(1 << 15);
let bitsOf: Int32Array = new Int32Array(1 << 15);
let hashOf32: Int32Array = new Int32Array(1 << 15);
/** Derived-adjective reading: NOT_YET, or null / the reading. */
let derivedOfId: Array<Derived | null | typeof NOT_YET> = [];
let compoundOfId: Array<CueEntry | null | typeof NOT_YET> = [];
/**
 * Pairs (hash, form id + 1) per slot, id 0 = empty: a probe reads hash and id from one cache
 * line. The number of slots is a power of two, at most half of them used.
 */
let slots = new Int32Array(2 << 16);

function reset(): void {
  forms = [];
  entryOf = [];
  flagsOf = new Int32Array(1 << 15);
  bitsOf = new Int32Array(1 << 15);
  hashOf32 = new Int32Array(1 << 15);
  derivedOfId = [];
  compoundOfId = [];
  slots = new Int32Array(2 << 16);
}

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h | 0;
}

function sameForm(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let k = 0; k < form.length; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The id of the form text[start, end) (text already lowercase), added when new. */
export function formId(text: string, start: number, end: number): number {
  const h = hashOf(text, start, end);
  const mask = (slots.length >> 1) - 1;
  let slot = h & mask;
  for (let id = slots[2 * slot + 1]!; id !== 0; id = slots[2 * slot + 1]!) {
    if (slots[2 * slot] === h && sameForm(forms[id - 1]!, text, start, end)) return id - 1;
    slot = (slot + 1) & mask;
  }
  if (forms.length >= MAX_FORMS) {
    reset();
    return formId(text, start, end);
  }
  const id = forms.length;
  const w = text.slice(start, end);
  const lex = getLexicon();
  const entry = lex.index.get(w);
  if (id >= flagsOf.length) {
    flagsOf = grown(flagsOf);
    bitsOf = grown(bitsOf);
    hashOf32 = grown(hashOf32);
  }
  forms.push(w);
  entryOf.push(entry);
  derivedOfId.push(NOT_YET);
  compoundOfId.push(NOT_YET);
  flagsOf[id] = entry?.flags ?? 0;
  bitsOf[id] = formBits(lex, w, entry);
  hashOf32[id] = h;
  slots[2 * slot] = h;
  slots[2 * slot + 1] = id + 1;
  if (forms.length * 4 > slots.length) rehash();
  return id;
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function rehash(): void {
  slots = new Int32Array(slots.length * 2);
  const mask = (slots.length >> 1) - 1;
  for (let id = 0; id < forms.length; id++) {
    const h = hashOf32[id]!;
    let slot = h & mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = h;
    slots[2 * slot + 1] = id + 1;
  }
}

/** The form's string (the same string object for every occurrence). */
export function formText(id: number): string {
  return forms[id]!;
}
export function formEntry(id: number): WordEntry | undefined {
  return entryOf[id];
}
/** Closed-class bits (WORD.*) of the form's entry, 0 without one. */
export function formFlags(id: number): number {
  return flagsOf[id]!;
}
/** FORM.* bits. */
export function formBitsOf(id: number): number {
  return bitsOf[id]!;
}

function formBits(lex: Lexicon, w: string, e: WordEntry | undefined): number {
  let bits = 0;
  if (e?.phrases) bits |= FORM.PHRASES;
  if (e?.hits) {
    bits |= FORM.HITS;
    for (const h of e.hits) {
      if (h.entry.weight !== 0 && !h.entry.requiresPrep) bits |= FORM.FREE_HIT;
      if (h.entry.requiresPrep) bits |= FORM.PREP_HIT;
    }
  }
  if (w.length >= 8 && lex.compoundEndings.has(w.slice(-3))) bits |= FORM.COMPOUND_END;
  if (w.includes('-')) bits |= FORM.HYPHEN;
  if (w.length >= 7 && DERIVATION_STARTS.has(w.slice(0, 2))) bits |= FORM.DERIVATION_START;
  return bits;
}

/** Adjectives by word formation: un- negates (unkonstruktiv), brand-/grund-/hoch- intensify (brandgefährlich). */
export function derivedOf(id: number): Derived | null {
  const d = derivedOfId[id]!;
  if (d !== NOT_YET) return d;
  const found = derivedAdjective(getLexicon(), forms[id]!);
  derivedOfId[id] = found;
  return found;
}

/** Compounds: Staatsterror, Verhandlungserfolg; hyphenated ones by their parts (Staatsterror-Methoden). */
export function compoundOf(id: number): CueEntry | null {
  const c = compoundOfId[id]!;
  if (c !== NOT_YET) return c;
  const lex = getLexicon();
  const w = forms[id]!;
  const parts = w.includes('-') ? w.split('-') : [w];
  let found: CueEntry | null = null;
  for (const part of parts) {
    found = compoundHead(lex, part, parts.length > 1);
    if (found) break;
  }
  compoundOfId[id] = found;
  return found;
}

function adjectiveEntry(lex: Lexicon, rest: string): CueEntry | undefined {
  const hits = lex.forms.get(rest);
  if (hits === undefined) return undefined;
  for (const h of hits) if (h.entry.pos === 'adj') return h.entry;
  return undefined;
}

function derivedAdjective(lex: Lexicon, w: string): Derived | null {
  if (w.startsWith('un') && w.length >= 7) {
    const entry = adjectiveEntry(lex, w.slice(2));
    if (entry) return { entry, negated: true, factor: 1 };
  }
  for (const prefix of ADJECTIVE_INTENSIFYING_PREFIXES) {
    if (!w.startsWith(prefix) || w.length - prefix.length < 4) continue;
    const entry = adjectiveEntry(lex, w.slice(prefix.length));
    if (entry) return { entry, negated: false, factor: 1.3 };
  }
  return null;
}

function compoundHead(lex: Lexicon, w: string, part: boolean): CueEntry | null {
  if (part) {
    const exact = lex.forms.get(w)?.find((h) => h.entry.pos === 'noun');
    if (exact && w.length >= 5) return exact.entry;
  }
  if (w.length < 8 || !lex.compoundEndings.has(w.slice(-3))) return null;
  for (let k = 3; k <= w.length - 5; k++) {
    const head = lex.compoundHeads.get(w.slice(k));
    if (head) return head;
  }
  return null;
}
