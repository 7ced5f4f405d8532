/**
 * German number words, read from lower-case word forms: cardinals and their compounds
 * (dreiundzwanzig, zweihundertfünfzig, eintausendfünfhundert), ordinals (dritte, zweiten,
 * zwanzigste), halves (anderthalb, zweieinhalb), fractions (Drittel), multipliers (doppelt),
 * indefinite plurals (Dutzende, Tausende) and number + suffix words (zweijährig, dreifach,
 * zweimal). Results are memoised per word form: the set of forms in news is small.
 */
import {
  ADJECTIVE_ENDINGS, FRACTION_NOUNS, HALVES, HUNDRED, IRREGULAR_ORDINALS, MULTIPLIER_WORDS, SMALL, TENS, THOUSAND, UNITS,
  VAGUE_PLURALS,
} from './de/number-words.js';
import { GLUED_UNITS, NOT_QUANTITY_WORDS, QUANTITY_SUFFIXES, type SuffixInfo } from './de/compounds.js';
import { FALSE_FRIENDS } from './de/exclusions.js';

export type WordNumber =
  | { type: 'cardinal'; value: number }
  | { type: 'ordinal'; value: number }
  | { type: 'half'; value: number }
  | { type: 'fraction'; denominator: number }
  | { type: 'multiplier'; value: number }
  | { type: 'vague'; value: number }
  | { type: 'suffix'; value: number; info: SuffixInfo };

const NOT_QUANTITY = new Set(NOT_QUANTITY_WORDS);
const FALSE = new Set(FALSE_FRIENDS);
/** Every number word starts with one of these; anything else is rejected without parsing. */
const STEMS = /^(?:null|ein|zw|drei|vier|fünf|sech|sieb|acht|neun|zehn|elf|hundert|tausend|anderthalb|dutzend|doppelt|erst|dritt|hälfte|million|milliard|zehntausend|verdoppel|ver\p{L}+fach|halbier)/u;
/** verdoppelt, verdreifachte, verzehnfacht; halbiert. */
const MULTIPLY_VERB = /^ver(\p{L}+?)fach(?:t|te|ten|en|e)$/u;
const DOUBLE_VERB = /^verdoppel(?:t|te|ten|n)$|^verdopple$/;
const HALVE_VERB = /^halbier(?:t|te|ten|en)$/;
const SUFFIXES = Object.keys(QUANTITY_SUFFIXES).sort((a, b) => b.length - a.length);
const ENDINGS = [...ADJECTIVE_ENDINGS].sort((a, b) => b.length - a.length);

const cache = new Map<string, WordNumber | null>();

export function parseNumberWord(lower: string): WordNumber | null {
  // most words fail the stem test: answer those without touching the cache
  if (!STEMS.test(lower)) return null;
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  const result = FALSE.has(lower) ? null : parse(lower);
  if (cache.size > 100_000) cache.clear();
  cache.set(lower, result);
  return result;
}

function parse(w: string): WordNumber | null {
  const card = cardinal(w);
  if (card !== null && w !== 'ein') return { type: 'cardinal', value: card };
  if (w in HALVES) return { type: 'half', value: HALVES[w]! };
  if (w in FRACTION_NOUNS) return { type: 'fraction', denominator: FRACTION_NOUNS[w]! };
  if (w in MULTIPLIER_WORDS) return { type: 'multiplier', value: MULTIPLIER_WORDS[w]! };
  if (DOUBLE_VERB.test(w)) return { type: 'multiplier', value: 2 };
  if (HALVE_VERB.test(w)) return { type: 'multiplier', value: 0.5 };
  const mv = MULTIPLY_VERB.exec(w);
  if (mv) {
    const n = cardinal(mv[1]!);
    if (n !== null && n > 1) return { type: 'multiplier', value: n };
  }
  if (w in VAGUE_PLURALS) return { type: 'vague', value: VAGUE_PLURALS[w]! * 2 };
  const ord = ordinal(w);
  if (ord !== null) return { type: 'ordinal', value: ord };
  if (NOT_QUANTITY.has(w)) return null;
  return suffixed(w) ?? gluedUnit(w);
}

/** "fünfprozenthürde": a cardinal, a unit and a noun in one word. */
function gluedUnit(w: string): WordNumber | null {
  for (const unit in GLUED_UNITS) {
    const at = w.indexOf(unit);
    if (at <= 0 || at + unit.length >= w.length - 2) continue;
    const n = cardinal(w.slice(0, at));
    if (n !== null) return { type: 'suffix', value: n, info: GLUED_UNITS[unit]! };
  }
  return null;
}

/** Cardinal value of a whole word, or null. */
export function cardinal(w: string): number | null {
  if (w === '') return null;
  const t = w.indexOf(THOUSAND);
  if (t >= 0) {
    const left = w.slice(0, t);
    const l = left === '' ? 1 : below1000(left, true);
    if (l === null) return null;
    let right = w.slice(t + THOUSAND.length);
    if (right.startsWith('und')) right = right.slice(3);
    const r = right === '' ? 0 : below1000(right, false);
    return r === null ? null : l * 1000 + r;
  }
  return below1000(w, false);
}

function below1000(w: string, prefix: boolean): number | null {
  const h = w.indexOf(HUNDRED);
  if (h >= 0) {
    const left = w.slice(0, h);
    const l = left === '' || left === 'ein' ? 1 : UNITS[left] !== undefined && left !== 'eins' ? UNITS[left]! : null;
    if (l === null) return null;
    let right = w.slice(h + HUNDRED.length);
    if (right.startsWith('und')) right = right.slice(3);
    const r = right === '' ? 0 : below100(right, prefix);
    return r === null ? null : l * 100 + r;
  }
  return below100(w, prefix);
}

function below100(w: string, prefix: boolean): number | null {
  if (prefix && w === 'ein') return 1;
  if (w in SMALL) return SMALL[w]!;
  if (w in TENS) return TENS[w]!;
  const u = w.indexOf('und');
  if (u > 0) {
    const unit = w.slice(0, u);
    const ten = w.slice(u + 3);
    if (unit !== 'eins' && unit in UNITS && ten in TENS) return UNITS[unit]! + TENS[ten]!;
  }
  return null;
}

/** dritte, zweiten, zwanzigste, hundertsten, siebente … (with an adjective ending). */
function ordinal(w: string): number | null {
  for (const ending of ENDINGS) {
    if (ending === '' || !w.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    if (stem in IRREGULAR_ORDINALS) return IRREGULAR_ORDINALS[stem]!;
    if (stem.endsWith('st')) {
      const n = cardinal(stem.slice(0, -2));
      if (n !== null && n >= 20) return n;
    }
    if (stem.endsWith('t')) {
      const n = cardinal(stem.slice(0, -1));
      if (n !== null && n >= 2 && n < 20) return n;
    }
  }
  return null;
}

/** zweijährig(e), achtteilig, dreifach, zweimal, Siebzehnjähriger, zweieinhalbstündig … */
function suffixed(w: string): WordNumber | null {
  for (const ending of ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const base = w.slice(0, w.length - ending.length);
    for (const suffix of SUFFIXES) {
      if (!base.endsWith(suffix) || base.length === suffix.length) continue;
      if (suffix === 'mal' && ending !== '') continue;
      const head = base.slice(0, base.length - suffix.length);
      const n = head in HALVES ? HALVES[head]! : cardinal(head);
      if (n !== null) return { type: 'suffix', value: n, info: QUANTITY_SUFFIXES[suffix]! };
    }
  }
  return null;
}

/** The quantity suffix of a word part after a hyphen ("stündig" in "24-stündig"). */
export function suffixInfo(lower: string): SuffixInfo | null {
  for (const ending of ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const base = lower.slice(0, lower.length - ending.length);
    if (base in QUANTITY_SUFFIXES && !(base === 'mal' && ending !== '')) return QUANTITY_SUFFIXES[base]!;
  }
  return null;
}
