/**
 * The distinct word forms seen so far, each with what is known about it independently of
 * its context (lower-case form, capitalisation, lexical facts), computed once per form for
 * the whole process instead of once per token.
 *
 * Tokens are looked up by hashing their characters in the document text, so a form already
 * seen costs no string slice, no lower-casing and no lexicon lookups; and since every token
 * of a form shares one string, later Map and Set lookups with it reuse its cached hash. The
 * table is bounded (two generations of at most 100,000 forms), and very long tokens (URLs,
 * runs of letters) are not kept.
 */
import { infoOf, NO_INFO, type WordInfo } from './phrase.js';

export interface Lexeme {
  /** The form as written. */
  readonly text: string;
  /** Lower-cased if capitalised, else `text` itself. */
  readonly lower: string;
  /** First letter is an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case (NATO, CNN, IWF). */
  readonly allCaps: boolean;
  /** Lexical facts (NO_INFO unless capitalised). */
  readonly info: WordInfo;
}

const MAX_LENGTH = 40;
const LIMIT = 100_000;
const SLOTS = 1 << 18; // load factor ≤ 0.4 at LIMIT
const MASK = SLOTS - 1;

/** One generation of forms: open addressing over FNV-1a hashes of the characters. */
class FormTable {
  private readonly slots = new Int32Array(SLOTS).fill(-1);
  private readonly hashes = new Int32Array(LIMIT);
  private readonly entries: Lexeme[] = [];

  get full(): boolean {
    return this.entries.length >= LIMIT;
  }

  find(h: number, text: string, start: number, length: number): Lexeme | undefined {
    for (let slot = h & MASK; ; slot = (slot + 1) & MASK) {
      const e = this.slots[slot]!;
      if (e < 0) return undefined;
      if (this.hashes[e] === h) {
        const lexeme = this.entries[e]!;
        if (sameForm(lexeme.text, text, start, length)) return lexeme;
      }
    }
  }

  /** Adds a lexeme not in the table (the caller has looked). */
  add(h: number, lexeme: Lexeme): void {
    let slot = h & MASK;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & MASK;
    this.slots[slot] = this.entries.length;
    this.hashes[this.entries.length] = h;
    this.entries.push(lexeme);
  }
}

// Two generations: when the current table is full it becomes the previous one, and forms
// still in use move back into the new current table on their next lookup. A long archive
// keeps its frequent words however much new vocabulary passes through.
let current = new FormTable();
let previous: FormTable | null = null;

/** The lexeme of text[start, end). */
export function lexemeAt(text: string, start: number, end: number): Lexeme {
  const length = end - start;
  if (length > MAX_LENGTH || length <= 0) return makeLexeme(text.slice(start, end));
  // FNV-1a over the UTF-16 code units.
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  const known = current.find(h, text, start, length);
  if (known) return known;
  const lexeme = previous?.find(h, text, start, length) ?? makeLexeme(ownCopy(text.slice(start, end)));
  if (current.full) {
    previous = current;
    current = new FormTable();
  }
  current.add(h, lexeme);
  return lexeme;
}

function sameForm(form: string, text: string, start: number, length: number): boolean {
  if (form.length !== length) return false;
  for (let k = 0; k < length; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * A slice of 13 or more characters is a view into the whole document text; kept in the table
 * it would keep the document alive. Concatenating and slicing again makes a string of its own.
 */
function ownCopy(s: string): string {
  return s.length >= 13 ? (s + ' ').slice(0, -1) : s;
}

function makeLexeme(raw: string): Lexeme {
  const first = raw.charCodeAt(0);
  const cap = first >= 65 && first <= 90 ? true : first < 128 ? false : isUpperLetter(raw);
  // Lower-casing and the all-capitals test allocate: only capitalised words need them.
  const lower = cap ? raw.toLowerCase() : raw;
  const allCaps = cap && raw.length >= 2 && isUpperCaseUnit(raw.charCodeAt(1)) && raw === raw.toUpperCase() && /\p{L}.*\p{L}/u.test(raw);
  return { text: raw, lower, cap, allCaps, info: cap ? infoOf(raw) : NO_INFO };
}

/** A UTF-16 unit (not a surrogate) that lower-casing changes. */
function isUpperCaseUnit(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128 || code >= 0xd800) return false;
  const c = String.fromCharCode(code);
  return c !== c.toLowerCase();
}

/** Does text[start, end) start with an upper-case letter (as makeLexeme decides `cap`)? */
export function startsCapitalised(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const first = text.charCodeAt(start);
  if (first >= 65 && first <= 90) return true;
  if (first < 128) return false;
  // A surrogate pair cut by the token end counts as the lone unit, as in the slice.
  const code = end - start >= 2 ? (text.codePointAt(start) ?? first) : first;
  const firstChar = String.fromCodePoint(code);
  return /\p{L}/u.test(firstChar) && firstChar !== firstChar.toLowerCase();
}

function isUpperLetter(raw: string): boolean {
  const firstChar = String.fromCodePoint(raw.codePointAt(0) ?? 0);
  return /\p{L}/u.test(firstChar) && firstChar !== firstChar.toLowerCase();
}
