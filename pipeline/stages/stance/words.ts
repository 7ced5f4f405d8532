/**
 * What the stage knows about one lowercase word form, computed once per form and kept for
 * the process: its lexicon entry, the bits the per-sentence prefilter tests, and (lazily)
 * its reading as a derived adjective (unkonstruktiv, brandgefährlich) or a compound with an
 * evaluative head (Staatsterror). Everything here depends on the form alone, so a form seen
 * in one document costs one Map lookup in every later one. The cache is dropped when it
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

export interface WordInfo {
  entry: WordEntry | undefined;
  /** Closed-class bits of the entry (WORD.*), 0 without an entry. */
  flags: number;
  /** FORM.* bits. */
  bits: number;
  /** derivedAdjective of the form; undefined until first asked. */
  derived?: Derived | null;
  /** The cue of a capitalised form read as a compound (by its parts when hyphenated); undefined until first asked. */
  compound?: CueEntry | null;
}

const DERIVATION_STARTS = new Set(['un', ...ADJECTIVE_INTENSIFYING_PREFIXES.map((p) => p.slice(0, 2))]);
/** Distinct forms kept before the cache starts over (a few tens of MB at most). */
const MAX_FORMS = 300_000;

let cache = new Map<string, WordInfo>();

export function wordInfo(w: string): WordInfo {
  let info = cache.get(w);
  if (info === undefined) {
    if (cache.size >= MAX_FORMS) cache = new Map();
    const entry = getLexicon().index.get(w);
    // all fields from the start: one object shape for every form
    info = { entry, flags: entry?.flags ?? 0, bits: formBits(getLexicon(), w, entry), derived: undefined, compound: undefined };
    cache.set(w, info);
  }
  return info;
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
export function derivedOf(info: WordInfo, w: string): Derived | null {
  if (info.derived === undefined) info.derived = derivedAdjective(getLexicon(), w);
  return info.derived;
}

/** Compounds: Staatsterror, Verhandlungserfolg; hyphenated ones by their parts (Staatsterror-Methoden). */
export function compoundOf(info: WordInfo, w: string): CueEntry | null {
  if (info.compound === undefined) {
    const lex = getLexicon();
    const parts = w.includes('-') ? w.split('-') : [w];
    let found: CueEntry | null = null;
    for (const part of parts) {
      found = compoundHead(lex, part, parts.length > 1);
      if (found) break;
    }
    info.compound = found;
  }
  return info.compound;
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
