/**
 * What the stage knows about one lowercase word form, computed once per form and kept for
 * the process: its lexicon entry, the bits the per-sentence prefilter tests, and (lazily)
 * its reading as a derived adjective (unkonstruktiv, brandgefährlich) or a compound with an
 * evaluative head (Staatsterror). Everything here depends on the form alone.
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
/** The same as char codes: tested without slicing the word. */
const DERIVATION_START_CODES = new Set([...DERIVATION_STARTS].map((p) => p.charCodeAt(0) * 65536 + p.charCodeAt(1)));
const NOT_YET = 0;
/** Compound readings of words outside the lexicon kept before the cache starts over. */
const MAX_CACHED_COMPOUNDS = 100_000;

/**
 * The forms the lexicon knows (cue forms, phrase starts, closed-class words), in an
 * open-addressing table keyed by a hash of the characters, so that a token is looked up
 * straight in the lowercased document text: no string is sliced for a known form, and every
 * token of that form gets the same (interned) string, whose hash the later Set lookups compute
 * only once. Only the lexicon's forms are in it (some ten thousand), not the vocabulary of the
 * archive, so the table stays small enough to stay in the processor's cache. What is known
 * about form `id` lies in parallel arrays (entry, closed-class flags, prefilter bits, and
 * lazily the derived and compound readings).
 */
let forms: string[] = [];
let entryOf: Array<WordEntry | undefined> = [];
let flagsOf: Int32Array = new Int32Array(0);
let bitsOf: Int32Array = new Int32Array(0);
/** Derived-adjective reading: NOT_YET, or null / the reading. */
let derivedOfId: Array<Derived | null | typeof NOT_YET> = [];
let compoundOfId: Array<CueEntry | null | typeof NOT_YET> = [];
/**
 * Pairs (hash, form id + 1) per slot, id 0 = empty: a probe reads hash and id from one cache
 * line. The number of slots is a power of two, at most a quarter of them used.
 */
let slots: Int32Array | null = null;
/** Compound readings of capitalised words outside the lexicon that pass the cheap ending test. */
let compoundCache = new Map<string, CueEntry | null>();

function buildTable(): Int32Array {
  const lex = getLexicon();
  const keys = [...lex.index.keys()];
  let size = 1 << 10;
  while (size < keys.length * 4) size *= 2;
  const table = new Int32Array(2 * size);
  const mask = size - 1;
  flagsOf = new Int32Array(keys.length);
  bitsOf = new Int32Array(keys.length);
  for (const w of keys) {
    const id = forms.length;
    const entry = lex.index.get(w)!;
    forms.push(w);
    entryOf.push(entry);
    derivedOfId.push(NOT_YET);
    compoundOfId.push(NOT_YET);
    flagsOf[id] = entry.flags;
    bitsOf[id] = formBits(lex, w, entry);
    const h = hashOf(w, 0, w.length);
    let slot = h & mask;
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    table[2 * slot] = h;
    table[2 * slot + 1] = id + 1;
  }
  return table;
}

/** The lexicon's compound-head endings (last three letters) as numbers: tested without slicing the word. */
let endingCodes: Set<number> | null = null;
function endingCode(w: string, from: number): number {
  return (w.charCodeAt(from) * 65536 + w.charCodeAt(from + 1)) * 65536 + w.charCodeAt(from + 2);
}
/** Do the last three letters of `w` (at least three long) end a compound head? */
function hasCompoundEnding(w: string): boolean {
  endingCodes ??= new Set([...getLexicon().compoundEndings].map((e) => endingCode(e, 0)));
  return endingCodes.has(endingCode(w, w.length - 3));
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

/** The id of the lexicon form text[start, end) (text already lowercase), or -1 for a word the lexicon does not know. */
export function formId(text: string, start: number, end: number): number {
  const table = slots ??= buildTable();
  const h = hashOf(text, start, end);
  const mask = (table.length >> 1) - 1;
  let slot = h & mask;
  for (let id = table[2 * slot + 1]!; id !== 0; id = table[2 * slot + 1]!) {
    if (table[2 * slot] === h && sameForm(forms[id - 1]!, text, start, end)) return id - 1;
    slot = (slot + 1) & mask;
  }
  return -1;
}

/** The form's string (the same string object for every occurrence). */
export function formText(id: number): string {
  return forms[id]!;
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
/** FORM.* bits of a word outside the lexicon. */
export function unknownFormBits(w: string): number {
  return formBits(getLexicon(), w, undefined);
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
  if (w.length >= 8 && hasCompoundEnding(w)) bits |= FORM.COMPOUND_END;
  if (w.includes('-')) bits |= FORM.HYPHEN;
  if (w.length >= 7 && DERIVATION_START_CODES.has(w.charCodeAt(0) * 65536 + w.charCodeAt(1))) bits |= FORM.DERIVATION_START;
  return bits;
}

/** Adjectives by word formation: un- negates (unkonstruktiv), brand-/grund-/hoch- intensify (brandgefährlich). `id` -1: outside the lexicon. */
export function derivedOf(id: number, w: string): Derived | null {
  if (id < 0) return derivedAdjective(getLexicon(), w);
  const d = derivedOfId[id]!;
  if (d !== NOT_YET) return d;
  const found = derivedAdjective(getLexicon(), w);
  derivedOfId[id] = found;
  return found;
}

/** Compounds: Staatsterror, Verhandlungserfolg; hyphenated ones by their parts (Staatsterror-Methoden). `id` -1: outside the lexicon. */
export function compoundOf(id: number, w: string): CueEntry | null {
  if (id >= 0) {
    const c = compoundOfId[id]!;
    if (c !== NOT_YET) return c;
    const found = compoundReading(w);
    compoundOfId[id] = found;
    return found;
  }
  // most words fail the cheap tests of compoundHead: no cache needed for them
  if (w.length < 8 ? !w.includes('-') : !hasCompoundEnding(w) && !w.includes('-')) return null;
  let found = compoundCache.get(w);
  if (found === undefined) {
    if (compoundCache.size >= MAX_CACHED_COMPOUNDS) compoundCache = new Map();
    found = compoundReading(w);
    compoundCache.set(w, found);
  }
  return found;
}

function compoundReading(w: string): CueEntry | null {
  const lex = getLexicon();
  const parts = w.includes('-') ? w.split('-') : [w];
  for (const part of parts) {
    const head = compoundHead(lex, part, parts.length > 1);
    if (head) return head;
  }
  return null;
}

function adjectiveEntry(lex: Lexicon, rest: string): CueEntry | undefined {
  const hits = lex.forms.get(rest);
  if (hits === undefined) return undefined;
  for (const h of hits) if (h.entry.pos === 'adj') return h.entry;
  return undefined;
}

function derivedAdjective(lex: Lexicon, w: string): Derived | null {
  if (w.length < 2 || !DERIVATION_START_CODES.has(w.charCodeAt(0) * 65536 + w.charCodeAt(1))) return null;
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
  if (w.length < 8 || !hasCompoundEnding(w)) return null;
  for (let k = 3; k <= w.length - 5; k++) {
    const head = lex.compoundHeads.get(w.slice(k));
    if (head) return head;
  }
  return null;
}
