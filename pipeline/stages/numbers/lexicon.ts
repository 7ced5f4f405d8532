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
  ].join('|');
  const words = `(?<!\\p{L})(?:${stems}|(?:ein|eine|einen|einem|einer|eines)\\s+(?:halb\\p{L}*|(?:${units})(?!\\p{L})))`;
  NUMBER_WORD_AT = new RegExp(words, 'iuy');
  return new RegExp(`[\\d$€£¥]|${words}`, 'iu');
})();
/**
 * CANDIDATE.test(sentence), without running the big alternation over every position: one
 * char-code scan that answers at the first digit or currency sign, and tries the number-word
 * alternatives (sticky, same source) only where a word can begin — not after an ASCII letter,
 * and only at a letter a number word can start with (or any non-ASCII character, where the
 * regex's own case folding and letter test decide).
 */
export function mayContainNumber(sentence: string): boolean {
  let afterLetter = false;
  for (let p = 0; p < sentence.length; p++) {
    const c = sentence.charCodeAt(p);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || c === 36 /* $ */) return true;
      const folded = c | 0x20;
      const letter = folded >= 97 && folded <= 122;
      if (letter && !afterLetter && mayStartNumberWord(folded, sentence.charCodeAt(p + 1))) {
        NUMBER_WORD_AT.lastIndex = p;
        if (NUMBER_WORD_AT.test(sentence)) return true;
      }
      afterLetter = letter;
    } else {
      if (c === 0x20ac /* € */ || c === 0xa3 /* £ */ || c === 0xa5 /* ¥ */) return true;
      if (!afterLetter) {
        NUMBER_WORD_AT.lastIndex = p;
        if (NUMBER_WORD_AT.test(sentence)) return true;
      }
      // unknown here whether it is a letter: let the regex's lookbehind decide at the next position
      afterLetter = false;
    }
  }
  return false;
}
/**
 * Can a number word of CANDIDATE start with these two characters (the first an ASCII letter,
 * lower-cased)? The table holds the first two letters of every alternative; a non-ASCII second
 * character (fü…, hä…, or one that case-folds to an ASCII letter) is left to the regex.
 */
function mayStartNumberWord(first: number, second: number): boolean {
  if (second >= 128) return true;
  const folded = second | 0x20;
  return folded >= 97 && folded <= 122 && NUMBER_WORD_START[(first - 97) * 26 + folded - 97] === 1;
}
/** The first two letters of the alternatives in CANDIDATE's word part (zwei, drei, dutzend, …, ein …). */
const NUMBER_WORD_START: Uint8Array = (() => {
  const table = new Uint8Array(26 * 26);
  const pairs = ['zw', 'dr', 'du', 'do', 'vi', 've', 'se', 'si', 'ac', 'an', 'ne', 'ze', 'el', 'ei', 'er', 'hu', 'ha', 'ta', 'nu', 'mi', 'bi'];
  for (const pair of pairs) table[(pair.charCodeAt(0) - 97) * 26 + pair.charCodeAt(1) - 97] = 1;
  return table;
})();

/** A phrase as the lexemes it tokenises into: "ca." → ["ca", "."]. */
function phraseWords(phrase: string): string[] {
  return phrase.split(' ').flatMap((w) => (w.length > 1 && w.endsWith('.') ? [w.slice(0, -1), '.'] : [w]));
}

export interface Phrase<T> {
  words: string[];
  value: T;
}

/** Phrases indexed by their LAST word, longest first (for looking back from a number). */
function byLastWord<T>(entries: ReadonlyArray<readonly [string, T]>): Map<string, Phrase<T>[]> {
  const map = new Map<string, Phrase<T>[]>();
  for (const [phrase, value] of entries) {
    const words = phraseWords(phrase);
    const last = words[words.length - 1]!;
    const list = map.get(last) ?? [];
    list.push({ words, value });
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
