/**
 * The German data files compiled once, at module load, into the lookups the passes use:
 * sets and maps keyed by lower-case word, phrase tables indexed by their first or last word.
 */
import { ARTICLE_ONE, FRACTION_NOUNS, HALF_FORMS, VAGUE_DETERMINERS } from './de/number-words.js';
import { SCALES, SCALE_ABBREVIATIONS } from './de/scales.js';
import { CASE_SENSITIVE_UNITS, CURRENCY_COMPOUNDS, PREFIX_CURRENCIES, TEMPERATURE_SCALES, UNIT_WORDS, type UnitInfo } from './de/units.js';
import { DATE_QUALIFIERS, QUALIFIER_PHRASES, type Qualifier } from './de/qualifiers.js';
import { COUNT_BASE, ID_NOUNS, NOT_COUNTED, RANK_NOUNS, YEAR_CUES } from './de/nouns.js';
import { DECADE_NOUNS, DECADE_WORDS, MONTH_NUMBERS, YEAR_PARTS } from './de/dates.js';
import { IDIOMS } from './de/exclusions.js';
import { LETTER, unitClasses } from '../../core/chars.js';

export type { UnitInfo };

const toMap = <V>(record: Readonly<Record<string, V>>): ReadonlyMap<string, V> => new Map(Object.entries(record));
export const SCALE_WORDS_MAP = toMap(SCALES);
export const MONTH_NUMBERS_MAP = toMap(MONTH_NUMBERS);
export const YEAR_PARTS_MAP = toMap(YEAR_PARTS);
export const DECADES_MAP = toMap(DECADE_WORDS);
export const TEMPERATURE_SCALES_MAP = toMap(TEMPERATURE_SCALES);
export const COUNT_BASE_MAP = toMap(COUNT_BASE);
export const FRACTION_NOUNS_MAP = toMap(FRACTION_NOUNS);
const UNIT_MAP = toMap(UNIT_WORDS);
const UNIT_CASE_MAP = toMap(CASE_SENSITIVE_UNITS);
const PREFIX_MAP = toMap(PREFIX_CURRENCIES);

export const ARTICLE = new Set(ARTICLE_ONE);
export const HALF = new Set(HALF_FORMS);
export const VAGUE_DET = new Set(VAGUE_DETERMINERS);
export const SCALE_ABBR = new Set(SCALE_ABBREVIATIONS);
export const ID_NOUN = new Set(ID_NOUNS);
export const RANK_NOUN = new Set(RANK_NOUNS);
export const YEAR_CUE = new Set(YEAR_CUES);
export const NOT_COUNTED_WORD = new Set(NOT_COUNTED);
export const DECADE_NOUN = new Set(DECADE_NOUNS);

/** Unit of a word: case-sensitive symbols first ("t", "MW"), then the lower-case table. */
export function unitOf(text: string, lower: string): UnitInfo | null {
  return UNIT_CASE_MAP.get(text) ?? UNIT_MAP.get(lower) ?? CURRENCY_COMPOUNDS_INFO.get(lower) ?? null;
}
const CURRENCY_COMPOUNDS_INFO = new Map<string, UnitInfo>(Object.entries(CURRENCY_COMPOUNDS).map(([k, unit]) => [k, { unit, kind: 'currency' }]));

export function prefixCurrency(text: string, lower: string): string | null {
  return PREFIX_MAP.get(text) ?? PREFIX_MAP.get(lower) ?? null;
}

/** The word part of CANDIDATE, sticky: tried only at word starts by mayContainNumber. */
let NUMBER_WORD_AT: RegExp;
/** Which three letters a number word of CANDIDATE can start with (see startTable). */
let NUMBER_WORD_START: Uint8Array;

/**
 * A cheap test on the raw sentence text: can it contain a number at all? True for a digit,
 * a currency symbol, a word beginning like a number word (zwei…, drei…, zehn…, hundert…,
 * Millionen, Hälfte, doppelt, ersten …), or an "ein(e)" before a scale, unit, fraction,
 * "halb-" or time noun. Sentences without one are skipped before they are lexed; the
 * alternatives are built from the same data files the grammar reads.
 */
export const CANDIDATE: RegExp = (() => {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const afterArticle = new Set<string>();
  for (const w of [...Object.keys(UNIT_WORDS), ...Object.keys(SCALES), ...Object.keys(FRACTION_NOUNS)]) {
    if (/^\p{L}[\p{L}-]*$/u.test(w)) afterArticle.add(w);
  }
  const units = [...afterArticle].sort((a, b) => b.length - a.length).map(escape).join('|');
  const stems = [
    'zw(?:ei|ölf|anzig|o\\b)', 'drei', 'vier', 'fünf', 'sech', 'sieb', 'acht', 'neun', 'zehn', 'elf', 'hundert', 'tausend', 'null\\b',
    'anderthalb', 'dutzend', 'doppel', 'erste[nrsm]?\\b', 'dritt', 'hälfte', 'million', 'milliard', 'billion', 'verdoppel', 'verdreifach',
    'ver\\p{L}+fach', 'halbier', 'eins\\b', 'einhundert', 'eintausend', 'einund', 'eineinhalb',
  ];
  const articles = ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'];
  const words = `(?<!\\p{L})(?:${stems.join('|')}|(?:${articles.join('|')})\\s+(?:halb\\p{L}*|(?:${units})(?!\\p{L})))`;
  NUMBER_WORD_AT = new RegExp(words, 'iuy');
  NUMBER_WORD_START = startTable([...stems, ...articles]);
  return new RegExp(`[\\d$€£¥]|${words}`, 'iu');
})();

/**
 * CANDIDATE.test(text.slice(start, end)) — a sentence read where it stands in the document —
 * without running the big alternation over every position: one char-code scan that answers at
 * the first digit or currency sign, and tries the number-word alternatives (sticky, same
 * source) only where a word can begin — not after a letter — and only where the next three
 * characters can begin a number word (see mayStartNumberWord).
 *
 * The scan reads the document text in place rather than a slice of it: a character read from
 * a slice unwraps the slice on every call (the scan over every sentence of the bench slice
 * took 13 % longer so). The slice is cut only for the regex, once per sentence that reaches
 * it, since the regex must see the sentence's ends as the ends of its input.
 */
export function mayContainNumber(text: string, start = 0, end = text.length): boolean {
  let sentence: string | undefined;
  let afterLetter = false;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    // the common case first: a lower-case ASCII letter inside a word, where nothing can begin
    if (afterLetter && c >= 97 && c <= 122) continue;
    if (c < 128) {
      if ((c >= 48 && c <= 57) || c === 36 /* $ */) return true;
      const folded = c | 0x20;
      const letter = folded >= 97 && folded <= 122;
      // past the sentence's end the regex sees the end of its input: NaN, as charCodeAt past a slice
      if (letter && !afterLetter && mayStartNumberWord(folded, p + 1 < end ? text.charCodeAt(p + 1) : NaN, p + 2 < end ? text.charCodeAt(p + 2) : NaN)) {
        sentence ??= text.slice(start, end);
        NUMBER_WORD_AT.lastIndex = p - start;
        if (NUMBER_WORD_AT.test(sentence)) return true;
      }
      afterLetter = letter;
    } else {
      if (c === 0x20ac /* € */ || c === 0xa3 /* £ */ || c === 0xa5 /* ¥ */) return true;
      // Every alternative begins with an ASCII letter, and under the regex's case folding (i,
      // u) only two other characters match one: ſ (U+017F, as s) and the Kelvin sign (U+212A,
      // as k). Only there can a match begin at a non-ASCII character.
      if (!afterLetter && (c === 0x17f || c === 0x212a)) {
        sentence ??= text.slice(start, end);
        NUMBER_WORD_AT.lastIndex = p - start;
        if (NUMBER_WORD_AT.test(sentence)) return true;
      }
      // a letter (ä, ß, é, ж …) rules out a match right after it, as the lookbehind would;
      // after any other character (a surrogate included) the regex's lookbehind decides
      afterLetter = (unitClasses(c) & LETTER) !== 0;
    }
  }
  return false;
}

/**
 * Can a number word of CANDIDATE start with these three characters (the first an ASCII letter,
 * lower-cased; the others NaN past the end)? Every alternative starts with three letters or
 * more, so an ASCII non-letter among them rules it out; a non-ASCII one (fü…, hä…, or one
 * that case-folds to an ASCII letter) is left to the regex; three ASCII letters are looked up.
 */
function mayStartNumberWord(first: number, second: number, third: number): boolean {
  if (second >= 128) return true;
  const s = second | 0x20;
  if (s < 97 || s > 122) return false;
  if (third >= 128) return true;
  const t = third | 0x20;
  if (t < 97 || t > 122) return false;
  return NUMBER_WORD_START[((first - 97) * 26 + s - 97) * 26 + t - 97] === 1;
}

/**
 * The table of mayStartNumberWord, from the alternatives' sources: the ASCII letters each
 * begins with, up to three. An alternative whose leading ASCII letters stop at a non-ASCII
 * letter (fünf, hälfte) needs no entry: text that matches it has a non-ASCII character there,
 * which goes to the regex. One whose letters stop at regex syntax ("zw(?:ei|ölf…)") after two
 * letters marks every third letter.
 */
function startTable(alternatives: readonly string[]): Uint8Array {
  const table = new Uint8Array(26 * 26 * 26);
  const index = (a: string, b: string, c: string) => ((a.charCodeAt(0) - 97) * 26 + b.charCodeAt(0) - 97) * 26 + c.charCodeAt(0) - 97;
  for (const alternative of alternatives) {
    const lead = /^[a-z]*/.exec(alternative)![0];
    if (lead.length >= 3) table[index(lead[0]!, lead[1]!, lead[2]!)] = 1;
    else if (/^\p{L}/u.test(alternative.slice(lead.length))) continue;
    else if (lead.length === 2) for (let c = 97; c <= 122; c++) table[index(lead[0]!, lead[1]!, String.fromCharCode(c))] = 1;
    else throw new Error(`numbers prefilter: the alternative ${alternative} needs two ASCII letters before its first regex syntax`);
  }
  return table;
}

/** A phrase as the lexemes it tokenises into: "ca." → ["ca", "."]. */
function phraseWords(phrase: string): string[] {
  return phrase.split(' ').flatMap((w) => (w.length > 1 && w.endsWith('.') ? [w.slice(0, -1), '.'] : [w]));
}

export interface Phrase<T> {
  words: string[];
  /** The words joined by spaces ("ca ." for "ca."). */
  text: string;
  value: T;
}

/** Phrases indexed by their LAST word, longest first (for looking back from a number). */
function byLastWord<T>(entries: ReadonlyArray<readonly [string, T]>): Map<string, Phrase<T>[]> {
  const map = new Map<string, Phrase<T>[]>();
  for (const [phrase, value] of entries) {
    const words = phraseWords(phrase);
    const last = words[words.length - 1]!;
    const list = map.get(last) ?? [];
    list.push({ words, text: words.join(' '), value });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(last, list);
  }
  return map;
}

export const QUALIFIERS_BY_LAST = byLastWord<Qualifier>(QUALIFIER_PHRASES);
export const DATE_QUALIFIERS_BY_LAST = byLastWord<Qualifier>(DATE_QUALIFIERS);

/** Idioms indexed by their first word. */
export const IDIOMS_BY_FIRST: ReadonlyMap<string, string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const words of IDIOMS.map(phraseWords)) {
    const list = map.get(words[0]!) ?? [];
    list.push(words);
    map.set(words[0]!, list);
  }
  return map;
})();
