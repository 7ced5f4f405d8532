/**
 * Word forms shared by the stages: one bounded, process-wide interner of the distinct forms
 * of the tokens, found by hashing the token's characters where they stand in the document
 * (FNV-1a over the UTF-16 code units, open addressing), so a form already seen costs no
 * slice, no lower-casing and no string hashing; and since every token of a form shares one
 * string, later Map and Set lookups with it reuse that string's cached hash.
 *
 * A form carries only what every stage may want (the interned string, its lower case, the
 * capitalisation facts). What a stage knows about a form beyond that lives in the stage's own
 * FormCache, keyed by the form's id and computed once per form.
 *
 * Bounded for endless archives: two generations of at most FORM_LIMIT forms. When the current
 * generation is full it becomes the previous one, and a form still in use moves back into the
 * new current one on its next lookup (as a new record with a new id, sharing its strings), so a
 * long archive keeps its frequent words however much new vocabulary passes through. Ids of
 * consecutive generations lie in [0, FORM_LIMIT) and [FORM_LIMIT, 2·FORM_LIMIT) by turns, so
 * a FormCache never holds more than 2·FORM_LIMIT entries; a cache entry belongs to one form
 * record, so a record from a recycled generation never reads the facts of the form that took
 * its id over.
 *
 * Forms longer than MAX_FORM_LENGTH (URLs, runs of letters) are not kept: they get a record of
 * their own with id -1, which no cache stores.
 */

export interface Form {
  /** Index into FormCache entries: in [0, 2·limit), or -1 for a form not kept in the table. */
  readonly id: number;
  /** The form as written (the same string for every token of the form). */
  readonly text: string;
  /** `text.toLowerCase()`. */
  readonly lower: string;
  /** The first letter is an upper-case letter (Bund, Ärztin, NATO, Σωκράτης; not 2024, „, dpa). */
  readonly cap: boolean;
  /** Capitalised, two or more letters, all upper case (NATO, CNN, IWF; not AfD). */
  readonly allCaps: boolean;
}

export const FORM_LIMIT = 100_000;
export const MAX_FORM_LENGTH = 40;
/** Forms of one UTF-16 unit below this code are also kept by code (FormInterner.single). */
const SINGLE = 0x2100;

/** FNV-1a over the UTF-16 code units of text[start, end). */
export function hashChars(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h | 0;
}

/** Is text[start, end) the string `form`? */
export function sameChars(form: string, text: string, start: number, end: number): boolean {
  const length = form.length;
  if (length !== end - start) return false;
  for (let k = 0; k < length; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * Entries numbered in the order they were added (0, 1, 2, …), found by the characters of a
 * slice of some text equal to their `text`: the one hash table of the project's word forms.
 * Used by the interner (one per generation, entries are form records) and for fixed word
 * lists such as a lexicon (stance/words.ts).
 */
export class FormIndex<E extends { readonly text: string }> {
  /** Pairs (hash, id + 1) per slot, id 0 = empty: a probe reads hash and id from one cache line. */
  private slots: Int32Array;
  private mask: number;
  private readonly entries: E[] = [];
  /** The number of entries at which the slots double. */
  private grow: number;

  /**
   * A table for up to `capacity` entries, at most `load` of its slots used (fewer probes when
   * lower). The slots start small and double as entries come, so a vocabulary smaller than the
   * capacity probes a table that stays in the processor's cache.
   */
  constructor(readonly capacity: number, private readonly load = 0.4) {
    let size = 1 << 10;
    while (size * load < Math.min(capacity, 4096)) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    this.grow = Math.floor(size * load);
  }

  get size(): number {
    return this.entries.length;
  }

  get full(): boolean {
    return this.entries.length >= this.capacity;
  }

  /** The id of text[start, end), or -1; `h` is hashChars(text, start, end). */
  find(text: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = slots[2 * slot + 1]!;
      if (id === 0) return -1;
      if (slots[2 * slot] === h && sameChars(this.entries[id - 1]!.text, text, start, end)) return id - 1;
    }
  }

  /** The id of text[start, end), or -1. */
  idOf(text: string, start = 0, end = text.length): number {
    return this.find(text, start, end, hashChars(text, start, end));
  }

  /** Adds an entry whose text is not yet in the index (the caller has looked) and returns its id. */
  add(entry: E, h = hashChars(entry.text, 0, entry.text.length)): number {
    if (this.full) throw new RangeError(`FormIndex: more than ${this.capacity} forms`);
    if (this.entries.length >= this.grow) this.double();
    const slots = this.slots;
    const mask = this.mask;
    let slot = h & mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    const id = this.entries.length;
    this.entries.push(entry);
    slots[2 * slot] = h;
    slots[2 * slot + 1] = id + 1;
    return id;
  }

  private double(): void {
    const old = this.slots;
    const size = old.length; // twice the old number of slots
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      let slot = old[k]! & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[k]!;
      slots[2 * slot + 1] = old[k + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
    this.grow = Math.floor(size * this.load);
  }

  /** The entry of `id`. */
  entry(id: number): E {
    return this.entries[id]!;
  }
}

/** One generation of the interner: its forms, ids counted from `base`. */
class Generation extends FormIndex<Form> {
  constructor(limit: number, readonly base: number) {
    super(limit);
  }
}

/** A bounded table of word forms (see the module comment). The pipeline uses one, through formAt. */
export class FormInterner {
  private current: Generation;
  private previous: Generation | null = null;
  /**
   * The current generation's forms of one UTF-16 unit below SINGLE (punctuation marks, one
   * token in eight of news text), by code: found without hashing or probing.
   */
  private readonly single: Array<Form | undefined> = new Array<Form | undefined>(SINGLE).fill(undefined);

  constructor(readonly limit = FORM_LIMIT, readonly maxLength = MAX_FORM_LENGTH) {
    this.current = new Generation(limit, 0);
  }

  /** The form of text[start, end). */
  formAt(text: string, start: number, end: number): Form {
    const length = end - start;
    if (length === 1) {
      const code = text.charCodeAt(start);
      if (code < SINGLE) return this.single[code] ?? (this.single[code] = this.lookup(text, start, end));
    }
    if (length > this.maxLength || length <= 0) return makeForm(-1, text.slice(start, end));
    return this.lookup(text, start, end);
  }

  private lookup(text: string, start: number, end: number): Form {
    const h = hashChars(text, start, end);
    const current = this.current;
    const id = current.find(text, start, end, h);
    if (id >= 0) return current.entry(id);
    const previous = this.previous;
    const old = previous === null ? -1 : previous.find(text, start, end, h);
    return this.add(old >= 0 ? previous!.entry(old) : null, text, start, end, h);
  }

  private add(old: Form | null, text: string, start: number, end: number, h: number): Form {
    if (this.current.full) {
      this.previous = this.current;
      this.current = new Generation(this.limit, this.current.base === 0 ? this.limit : 0);
      // single-unit forms move into the new generation like the others, on their next lookup
      this.single.fill(undefined);
    }
    const current = this.current;
    const id = current.base + current.size;
    const form = old === null ? makeForm(id, ownCopy(text.slice(start, end))) : record(id, old.text, old.lower, old.cap, old.allCaps);
    current.add(form, h);
    return form;
  }
}

/**
 * A slice of 13 or more characters is a view into the whole document text; kept in the table
 * it would keep the document alive. Concatenating and slicing again makes a string of its own.
 */
function ownCopy(s: string): string {
  return s.length >= 13 ? (s + ' ').slice(0, -1) : s;
}

/**
 * Does `text` begin with an upper-case letter (Bund, Ärztin, NATO, Σωκράτης; not 2024, „, dpa,
 * Ⅻ)? The one test of capitalisation the stages share: a form's `cap`, and for strings
 * that are not token forms.
 */
export function isCapitalised(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 65 && first <= 90 ? true : first < 128 || Number.isNaN(first) ? false : isUpperLetter(text);
}

function makeForm(id: number, text: string): Form {
  const cap = isCapitalised(text);
  const lower = text.toLowerCase();
  const allCaps = cap && text.length >= 2 && isUpperCaseUnit(text.charCodeAt(1)) && text === text.toUpperCase() && /\p{L}.*\p{L}/u.test(text);
  return record(id, text, lower, cap, allCaps);
}

/** Every form record is made here: one object shape. */
function record(id: number, text: string, lower: string, cap: boolean, allCaps: boolean): Form {
  return { id, text, lower, cap, allCaps };
}

function isUpperLetter(text: string): boolean {
  const firstChar = String.fromCodePoint(text.codePointAt(0) ?? 0);
  return /\p{L}/u.test(firstChar) && firstChar !== firstChar.toLowerCase();
}

/** A UTF-16 unit (not a surrogate) that lower-casing changes. */
function isUpperCaseUnit(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128 || code >= 0xd800) return false;
  const c = String.fromCharCode(code);
  return c !== c.toLowerCase();
}

const FORMS = new FormInterner();

/** The form of text[start, end) in the process-wide interner (the tokens stage gives every token its form). */
export function formAt(text: string, start: number, end: number): Form {
  return FORMS.formAt(text, start, end);
}

/**
 * A stage's own facts about forms, keyed by form id: one entry per id, holding the form
 * record it was computed for, so a record of a recycled generation (whose id another form
 * now has) misses instead of reading that form's facts. Bounded by the ids (2·limit).
 */
export class FormCache<T> {
  private readonly keys: Array<Form | null> = [];
  private readonly values: Array<T | undefined> = [];

  /** The facts stored for `form`, or undefined. */
  get(form: Form): T | undefined {
    const id = form.id;
    // id -1 tested first: a negative index would take the array read off its fast path
    return id >= 0 && this.keys[id] === form ? this.values[id] : undefined;
  }

  /** Stores the facts of `form` (not for a form outside the table, id -1). */
  set(form: Form, value: T): T {
    const id = form.id;
    if (id < 0) return value;
    // Grown by push, never by a write past the end, so the arrays stay packed.
    while (this.keys.length <= id) {
      this.keys.push(null);
      this.values.push(undefined);
    }
    this.keys[id] = form;
    this.values[id] = value;
    return value;
  }
}
