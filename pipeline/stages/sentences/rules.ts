/**
 * Pass 2: deciding one candidate. Each rule is a small pure function that looks at the
 * candidate in its paragraph and says 'cut' (a sentence boundary), 'keep' (no boundary) or
 * nothing; `decide` asks them in order and the first opinion wins. Without any opinion a
 * candidate is a boundary.
 */
import { abbreviationAt, looksAbbreviated } from './abbreviation.js';
import type { Candidate } from './candidates.js';
import { charAt, isLower, isSpace, isUpper, lowerFirst, nextWord, skipSpace, skipSpaceBack, wordBefore, wordStartBefore } from './chars.js';
import { LINE_CONTINUERS } from './de/line-continuers.js';
import { MONTHS } from './de/months.js';
import { PAUSE_WORDS } from './de/pause-words.js';
import { isOpener } from './openers.js';
import { CARDINAL_LABELS, ORDINAL_COORDINATORS, ORDINAL_HEAD_ENDINGS, ORDINAL_HEADS, ORDINAL_PRECEDERS } from './de/ordinal-context.js';

export type Verdict = 'cut' | 'keep' | undefined;

export interface Context {
  text: string;
  /** The paragraph [from, to). */
  from: number;
  to: number;
  /** Start of the sentence the candidate would close (after the last cut). */
  sentenceStart: number;
  /** Matching bracket pairs in the paragraph: [open, close] positions. */
  brackets: ReadonlyArray<readonly [number, number]>;
  /** End of the dateline at the paragraph start ("BERLIN (dpa) –"), or `from`. */
  datelineEnd: number;
}

export type Rule = (c: Candidate, x: Context) => Verdict;

const MONTH = new Set(MONTHS);
const PRECEDER = new Set(ORDINAL_PRECEDERS);
const HEAD = new Set(ORDINAL_HEADS);
const LABEL = new Set(CARDINAL_LABELS);
const COORDINATORS = new Set(ORDINAL_COORDINATORS);

/** "Weltkrieg", "Jahrhundert", or a compound ending like "Weltcupsieg", "Spielminute". */
export function isOrdinalHead(word: string): boolean {
  if (HEAD.has(word)) return true;
  const lower = word.toLowerCase();
  return ORDINAL_HEAD_ENDINGS.some((e) => lower.endsWith(e));
}

export { isOpener };

/** Characters that continue the sentence when they follow the candidate. */
const CONTINUERS = new Set([',', ';', ':', '–', '—', '-', ')', ']', '/', '&', '%']);

/**
 * „Wann endet das?“, fragte sie. — after a comma, dash or lower-case word the sentence goes
 * on ("usw. und", „Warum?“ fragte). Camel-case names (eBay, iPhone) are not lower-case words.
 * Two commas are no comma but the opening quote of OCR and hand-typed text (,,Wir …'').
 */
export const continuation: Rule = (c, x) => {
  const first = x.text[c.next]!;
  if (CONTINUERS.has(first) && !(first === ',' && x.text[c.next + 1] === ',')) return 'keep';
  const word = nextWord(x.text, c.next, x.to);
  if (word && isLower(word[0]!) && !/\p{Lu}/u.test(word)) return 'keep';
  return undefined;
};

/**
 * Die Partei (sie wurde 1990 gegründet. Heute …) tritt an. — a parenthesis opened inside a
 * sentence holds its sentences until it closes; one that starts a sentence may hold several.
 */
export const insideBrackets: Rule = (c, x) => {
  const sentenceFirst = skipSpace(x.text, x.sentenceStart, x.to);
  // pairs are sorted by their opening: start at the first one after the sentence start
  let lo = 0;
  let hi = x.brackets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x.brackets[mid]![0] <= sentenceFirst) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < x.brackets.length; i++) {
    const [open, close] = x.brackets[i]!;
    if (open > c.punct) break;
    if (close >= c.after) return 'keep';
  }
  return undefined;
};

/** ? and ! end a sentence unless what follows continues it (checked before). */
export const strongMark: Rule = (c) => (c.mark === 'strong' ? 'cut' : undefined);

/**
 * Ellipsis: an omission mark "[…]" never ends a sentence; otherwise it does when a sentence
 * opener follows, or when it is glued to the word before ("erstaunt...") or closes a quote
 * ("… sehen …“ Dann"). A free-standing " … " before a capitalised word ends the sentence
 * when the clause before it is complete ("… werden … Herausgekommen ist"), and is a pause
 * after a noun or name ("Berlin, Paris, Rom … Städte"), an article, preposition or
 * conjunction, or a copula that announces what follows ("Der Sieger ist … Deutschland").
 */
export const ellipsis: Rule = (c, x) => {
  if (c.mark !== 'ellipsis') return undefined;
  const before = x.text[c.punct - 1];
  const opened = x.text[skipSpaceBack(x.text, c.punct, x.from) - 1];
  if (opened === '[' || opened === '(') return 'keep'; // "[…]", "[ ... ]", "(…)
  if (isOpener(nextWord(x.text, c.next, x.to))) return 'cut';
  if (c.after > c.punctEnd) return 'cut';
  if (before !== undefined && !/\s/.test(before)) return 'cut';
  return endsClause(wordBefore(x.text, skipSpaceBack(x.text, c.punct, x.from), x.from)) ? 'cut' : 'keep';
};

const PAUSE_BEFORE = new Set([...LINE_CONTINUERS, ...PAUSE_WORDS]);

/** A lower-case word after which the clause can be complete (no noun, article, copula …). */
function endsClause(word: string): boolean {
  return word.length > 0 && isLower(word[0]!) && !PAUSE_BEFORE.has(word);
}

/** BERLIN (dpa). Die … — a period inside the dateline stays with the first sentence. */
export const dateline: Rule = (c, x) => (c.punct < x.datelineEnd ? 'keep' : undefined);

const ROMAN = /^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/**
 * "2. Soziale Bewegungen …", "a. Die Kosten": a number or letter with a period that starts
 * the sentence is an enumerator, not a sentence of its own; so is the number of an item in
 * an inline list ("Ergebnisse: 1. Gruber …; 2. Odermatt …").
 */
export const enumerator: Rule = (c, x) => {
  if (x.text[c.punct] !== '.' || c.mark !== 'period') return undefined;
  const start = wordStartBefore(x.text, c.punct, x.from);
  const token = x.text.slice(start, c.punct);
  if (!/^(?:\d{1,3}|\p{L}|[IVX]{1,4})$/u.test(token)) return undefined;
  let first = skipSpace(x.text, x.sentenceStart, x.to);
  while (first < start && /[(\["„»«-]/.test(x.text[first]!)) first++;
  if (first === start) return 'keep';
  return /^\d{1,2}$/.test(token) && isInlineItem(x.text, start, Number(token), x.from, x.to) ? 'keep' : undefined;
};

/** Separators of the items of an inline list, and the colon that opens it. */
const ITEM_SEPARATORS = ';,';
const LIST_OPENERS = ':;,';

/**
 * The separator before the number at `start` with white space between ("…: 1.", "…; 2."),
 * or ''. A glued one is no list separator but a score or time ("2:1.").
 */
function separatorBefore(text: string, start: number, from: number): string {
  const before = skipSpaceBack(text, start, from);
  return before > from && before < start && LIST_OPENERS.includes(text[before - 1]!) ? text[before - 1]! : '';
}

/** Whether "m." stands in [from, to) as a list item after one of `separators`. */
function hasItem(text: string, m: number, separators: string, from: number, to: number): boolean {
  const label = `${m}.`;
  for (let at = text.indexOf(label, from); at >= 0 && at < to; at = text.indexOf(label, at + 1)) {
    if (at > from && /\d/.test(text[at - 1]!)) continue;
    if (!isSpace(text.charCodeAt(at + label.length))) continue;
    const separator = separatorBefore(text, at, from);
    if (separator && separators.includes(separator)) return true;
  }
  return false;
}

/**
 * "Ergebnisse: 1. Gruber (AUT) 1:12,45; 2. Odermatt …; 3. Moretti": a number after a colon,
 * semicolon or comma numbers an item of an inline list when the list goes on with n + 1
 * after a semicolon or comma, or when it stands there itself after item n − 1. Two
 * figures after colons ("Tote: 19. Verletzte: 20.") are no list.
 */
function isInlineItem(text: string, start: number, n: number, from: number, to: number): boolean {
  const separator = separatorBefore(text, start, from);
  if (!separator) return false;
  if (hasItem(text, n + 1, ITEM_SEPARATORS, from, to)) return true;
  return n > 1 && ITEM_SEPARATORS.includes(separator) && hasItem(text, n - 1, LIST_OPENERS, from, to);
}

/**
 * Abbreviations from the list (see de/abbreviations.ts), in their classes; unlisted words
 * without vowels (Nr., bzgl.) count too.
 */
export const abbreviation: Rule = (c, x) => {
  if (c.mark !== 'period') return undefined;
  const match = abbreviationAt(x.text, c.punct, x.from, x.to);
  const next = nextWord(x.text, c.next, x.to);
  if (match) {
    if (match.inner) return 'keep';
    // „… usw.“ Dann / (Angaben in Mio.) Die: a closing mark after the abbreviation ends it
    if (c.after > c.punctEnd && /^\p{Lu}/u.test(next) && match.cls !== 'plain') return 'cut';
    switch (match.cls) {
      case 'plain':
        return 'keep';
      case 'list-end':
        return isUpper(charAt(x.text, c.next)) || /^\p{Lu}/u.test(next) ? 'cut' : 'keep';
      case 'open-end':
        return isOpener(next) ? 'cut' : 'keep';
      case 'before-number':
        return /^\d/.test(next) ? 'keep' : undefined;
    }
  }
  const word = wordBefore(x.text, c.punct, x.from);
  if (looksAbbreviated(word)) return isOpener(next) ? 'cut' : 'keep';
  return undefined;
};

/**
 * Initials and regnal numbers: "Joe R. Biden", "J. K. Rowling", "Ludwig XIV. lebte"; a
 * lower-case letter alone ("i. OFr.") never ends a sentence.
 */
export const initial: Rule = (c, x) => {
  if (c.mark !== 'period') return undefined;
  const word = wordBefore(x.text, c.punct, x.from);
  // "Freiburg i. Br.", "Heiligenstadt i. OFr.": a lower-case letter alone is a short form
  if ([...word].length === 1 && isLower(word)) return 'keep';
  const single = [...word].length === 1 && isUpper(word);
  if (!single && !ROMAN.test(word)) return undefined;
  return isOpener(nextWord(x.text, c.next, x.to)) ? 'cut' : 'keep';
};

/** The word before position `end`, skipping white space and closing marks. */
function previousWord(text: string, end: number, from: number): string {
  let i = end;
  while (i > from && /[\s\u00a0\u202f,"“”»«)]/.test(text[i - 1]!)) i--;
  return wordBefore(text, i, from);
}

/**
 * Numbers before a period: dates ("am 3. Mai", "14. 3. 2024"), ordinals ("im 19.
 * Jahrhundert", "der 2. Weltkrieg", "zum 3. Mal") and cardinals that end the sentence
 * ("stieg auf 19.", "seit 2015.", "auf Platz 1.", "über 3.200.").
 */
export const number: Rule = (c, x) => {
  if (c.mark !== 'period') return undefined;
  let start = c.punct;
  while (start > x.from && /[\d.,]/.test(x.text[start - 1]!)) start--;
  while (start < c.punct && !/\d/.test(x.text[start]!)) start++;
  const token = x.text.slice(start, c.punct);
  if (!token || (start > x.from && /[\p{L}\p{M}]/u.test(x.text[start - 1]!))) return undefined;
  const next = nextWord(x.text, c.next, x.to);
  if (MONTH.has(next)) return 'keep';
  if (/^\d{1,2}\.\d{1,2}$/.test(token)) return isOpener(next) ? 'cut' : 'keep'; // 3.5. (day.month.)
  if (!/^\d{1,3}$/.test(token)) return 'cut'; // 2024, 3.200, 1,5: not an ordinal
  const value = Number(token);
  if (/^\d/.test(next)) {
    // "14. 3. 2024": day, month, year written with spaces
    if (value >= 1 && value <= 31 && /^\d{1,2}$/.test(next) && x.text[c.next + next.length] === '.') return 'keep';
    // … and the month of it, before the year
    if (value >= 1 && value <= 12 && /^(?:\d{2}|\d{4})$/.test(next) && /\d\.[\s\u00a0\u202f]$/.test(x.text.slice(Math.max(x.from, start - 3), start))) return 'keep';
    return undefined;
  }
  if (isOpener(next)) return 'cut';
  if (isOrdinalHead(next)) return 'keep';
  const prev = previousWord(x.text, start, x.from);
  if (LABEL.has(prev)) return 'cut';
  if (PRECEDER.has(lowerFirst(prev))) return 'keep';
  // "zwischen dem 50. und 70. Lebensjahr", "vom 3. bis 5.": the second of coordinated ordinals
  if (COORDINATORS.has(prev) && /\d\.[\s\u00a0\u202f]+$/.test(x.text.slice(Math.max(x.from, start - prev.length - 8), start - prev.length - 1))) return 'keep';
  return 'cut';
};

/** The rules in the order they are asked. */
export const RULES: readonly Rule[] = [
  continuation,
  insideBrackets,
  strongMark,
  ellipsis,
  dateline,
  enumerator,
  abbreviation,
  initial,
  number,
];

export function decide(c: Candidate, x: Context): 'cut' | 'keep' {
  for (const rule of RULES) {
    const verdict = rule(c, x);
    if (verdict) return verdict;
  }
  return 'cut';
}
