/**
 * Readings by word formation, decided on a stretch of lowercase text (start, end) so that a
 * word outside the lexicon is never sliced: adjectives derived by un- (negating) or by an
 * intensifying prefix (unkonstruktiv, brandgefährlich), and compounds with an evaluative head
 * noun (Staatsterror, Staatsterror-Methoden). words.ts caches these per form: per lexicon
 * form, and per token form (core/forms.ts) for the words outside the lexicon.
 */
import { ADJECTIVE_INTENSIFYING_PREFIXES } from './de/modifiers.js';
import { getLexicon, type CueEntry } from './lexicon.js';
import { formEntry, formId } from './words.js';

export interface Derived {
  entry: CueEntry;
  negated: boolean;
  factor: number;
}

const DERIVATION_STARTS = new Set(['un', ...ADJECTIVE_INTENSIFYING_PREFIXES.map((p) => p.slice(0, 2))]);
/** The same as char codes: tested without slicing the word. */
const DERIVATION_START_CODES = new Set([...DERIVATION_STARTS].map((p) => p.charCodeAt(0) * 65536 + p.charCodeAt(1)));
const HYPHEN = 45;

/** Could text[start, end) be un-/brand-/grund-… + adjective (its first two letters)? */
export function hasDerivationStart(text: string, start: number, end: number): boolean {
  return end - start >= 2 && DERIVATION_START_CODES.has(text.charCodeAt(start) * 65536 + text.charCodeAt(start + 1));
}

/** The lexicon's compound-head endings (last three letters) as numbers: tested without slicing the word. */
let endingCodes: Set<number> | null = null;
function endingCode(text: string, from: number): number {
  return (text.charCodeAt(from) * 65536 + text.charCodeAt(from + 1)) * 65536 + text.charCodeAt(from + 2);
}
/** Do the three letters before `end` end a compound head? (The word must be at least three long.) */
export function hasCompoundEndingAt(text: string, end: number): boolean {
  endingCodes ??= new Set([...getLexicon().compoundEndings].map((e) => endingCode(e, 0)));
  return endingCodes.has(endingCode(text, end - 3));
}

export function hasHyphen(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === HYPHEN) return true;
  return false;
}

/** Adjectives by word formation: un- negates (unkonstruktiv), brand-/grund-/hoch- intensify (brandgefährlich). */
export function derivedAt(text: string, start: number, end: number): Derived | null {
  if (!hasDerivationStart(text, start, end)) return null;
  const length = end - start;
  if (length >= 7 && text.charCodeAt(start) === 117 && text.charCodeAt(start + 1) === 110) { // un-
    const entry = adjectiveAt(text, start + 2, end);
    if (entry) return { entry, negated: true, factor: 1 };
  }
  for (const prefix of ADJECTIVE_INTENSIFYING_PREFIXES) {
    if (length - prefix.length < 4 || !text.startsWith(prefix, start)) continue;
    const entry = adjectiveAt(text, start + prefix.length, end);
    if (entry) return { entry, negated: false, factor: 1.3 };
  }
  return null;
}

function adjectiveAt(text: string, start: number, end: number): CueEntry | undefined {
  const id = formId(text, start, end);
  const hits = id >= 0 ? formEntry(id)?.hits : undefined;
  if (hits === undefined) return undefined;
  for (const h of hits) if (h.entry.pos === 'adj') return h.entry;
  return undefined;
}

/**
 * The compound reading of a word outside the lexicon: most words fail the cheap tests (too
 * short without a hyphen, or no head ending) before any lookup.
 */
export function compoundAt(text: string, start: number, end: number): CueEntry | null {
  const hyphen = hasHyphen(text, start, end);
  if (end - start < 8 ? !hyphen : !hyphen && !hasCompoundEndingAt(text, end)) return null;
  return compoundReadingAt(text, start, end, hyphen);
}

/** Compounds: Staatsterror, Verhandlungserfolg; hyphenated ones by their parts, the first part with a head wins (Staatsterror-Methoden). */
export function compoundReadingAt(text: string, start: number, end: number, hyphen = hasHyphen(text, start, end)): CueEntry | null {
  if (!hyphen) return compoundHeadAt(text, start, end, false);
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k < end && text.charCodeAt(k) !== HYPHEN) continue;
    const head = compoundHeadAt(text, from, k, true);
    if (head) return head;
    from = k + 1;
  }
  return null;
}

function compoundHeadAt(text: string, start: number, end: number, part: boolean): CueEntry | null {
  const length = end - start;
  if (part && length >= 5) {
    const id = formId(text, start, end);
    const hits = id >= 0 ? formEntry(id)?.hits : undefined;
    if (hits) for (const h of hits) if (h.entry.pos === 'noun') return h.entry;
  }
  if (length < 8 || !hasCompoundEndingAt(text, end)) return null;
  return longestHeadAt(text, start + 3, end);
}

/**
 * Compound heads in an open-addressing table keyed by a hash of their letters read from the
 * last one backwards, so that all suffixes of a word are hashed in one backward walk (no
 * slice per suffix). Pairs (hash, head index + 1) per slot, a quarter of the slots used.
 */
let headSlots: Int32Array | null = null;
let heads: Array<[string, CueEntry]> = [];
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function buildHeadTable(): Int32Array {
  heads = [...getLexicon().compoundHeads];
  let size = 1 << 8;
  while (size < heads.length * 4) size *= 2;
  const table = new Int32Array(2 * size);
  const mask = size - 1;
  heads.forEach(([head], k) => {
    let h = FNV_OFFSET;
    for (let j = head.length - 1; j >= 0; j--) h = Math.imul(h ^ head.charCodeAt(j), FNV_PRIME);
    h |= 0;
    let slot = h & mask;
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    table[2 * slot] = h;
    table[2 * slot + 1] = k + 1;
  });
  return table;
}

/** The head of the longest suffix text[k, end) with k ≥ from and at least five letters, or null. */
function longestHeadAt(text: string, from: number, end: number): CueEntry | null {
  const table = headSlots ??= buildHeadTable();
  const mask = (table.length >> 1) - 1;
  let found: CueEntry | null = null;
  let h = FNV_OFFSET;
  for (let k = end - 1; k >= from; k--) {
    h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
    if (end - k < 5) continue;
    const hash = h | 0;
    let slot = hash & mask;
    for (let id = table[2 * slot + 1]!; id !== 0; id = table[2 * slot + 1]!) {
      if (table[2 * slot] === hash) {
        const [head, entry] = heads[id - 1]!;
        if (head.length === end - k && text.startsWith(head, k)) { found = entry; break; }
      }
      slot = (slot + 1) & mask;
    }
  }
  return found;
}
