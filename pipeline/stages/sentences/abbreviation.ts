/**
 * Recognising the abbreviation that ends at a period, also when it has several parts
 * written with or without inner spaces ("z. B.", "z.B.", "u. a.", "d. h.", "i. d. R.").
 */
import { ABBREVIATIONS, LIST_ENDINGS, NUMBER_ABBREVIATIONS, OPEN_ENDINGS } from './de/abbreviations.js';
import { isLetter } from './chars.js';

export type AbbreviationClass = 'plain' | 'list-end' | 'open-end' | 'before-number';

const CLASS = new Map<string, AbbreviationClass>();
for (const a of ABBREVIATIONS) CLASS.set(a, 'plain');
for (const a of NUMBER_ABBREVIATIONS) if (!CLASS.has(a)) CLASS.set(a, 'before-number');
for (const a of OPEN_ENDINGS) CLASS.set(a, 'open-end');
for (const a of LIST_ENDINGS) CLASS.set(a, 'list-end');

/** Longest number of parts of a listed abbreviation ("v.l.n.r" has 4). */
const MAX_PARTS = Math.max(...[...CLASS.keys()].map((k) => k.split('.').length));
/** Parts of multi-part abbreviations are short; longer letter runs end the chain. */
const MAX_PART_LENGTH = 5;

export function abbreviationClass(key: string): AbbreviationClass | undefined {
  return CLASS.get(key);
}

/** Letters of one part ending at `end`, or '' (digits or other characters end a part). */
function partBefore(text: string, end: number, from: number, maxLength: number): string {
  let i = end;
  while (i > from && end - i < maxLength + 1 && isLetter(text[i - 1]!)) i--;
  if (i === end || end - i > maxLength) return '';
  // the part must start a word: "Hauptstr" is one part, not "str"; after a hyphen it is
  // the last part of a compound ("Dr.-Ing.", "Bundes-Vors.")
  if (i > from && /[\p{L}\p{M}\p{N}\u00ad_@/]/u.test(text[i - 1]!)) return '';
  return text.slice(i, end);
}

const isInnerSpace = (ch: string | undefined) => ch === ' ' || ch === '\u00a0' || ch === '\u202f';

/**
 * Parts of a possible abbreviation ending at the period `period`, last part last:
 * "z. B" → ['z', 'B']. The first (last-written) part may be long ("Prof"); inner parts
 * are short and separated by a period and at most one space.
 */
export function partsBefore(text: string, period: number, from: number): string[] {
  const parts: string[] = [];
  let end = period;
  let limit = 24;
  while (parts.length < MAX_PARTS) {
    const part = partBefore(text, end, from, limit);
    if (!part) break;
    parts.unshift(part);
    let i = end - part.length;
    if (text[i - 1] !== '.' && !(isInnerSpace(text[i - 1]) && text[i - 2] === '.')) break;
    i -= text[i - 1] === '.' ? 1 : 2;
    end = i;
    limit = MAX_PART_LENGTH;
  }
  return parts;
}

/** Short parts following the period at `period`: "z. B. ist" at the first period → ['B']. */
export function partsAfter(text: string, period: number, to: number): string[] {
  const parts: string[] = [];
  let i = period + 1;
  while (parts.length < MAX_PARTS - 1) {
    if (isInnerSpace(text[i])) i++;
    let j = i;
    while (j < to && j - i <= MAX_PART_LENGTH && isLetter(text[j]!)) j++;
    if (j === i || j - i > MAX_PART_LENGTH || text[j] !== '.') break;
    parts.push(text.slice(i, j));
    i = j + 1;
  }
  return parts;
}

export interface AbbreviationMatch {
  key: string;
  cls: AbbreviationClass;
  /** The period is inside the abbreviation ("z." of "z. B."), not its last period. */
  inner: boolean;
}

/** The listed abbreviation the period at `period` belongs to, if any (longest wins). */
export function abbreviationAt(text: string, period: number, from: number, to: number): AbbreviationMatch | null {
  const before = partsBefore(text, period, from);
  if (before.length === 0) return null;
  const after = partsAfter(text, period, to);
  for (let k = before.length; k >= 1; k--) {
    const head = before.slice(before.length - k);
    for (let j = after.length; j >= 1; j--) {
      const key = [...head, ...after.slice(0, j)].join('.');
      const cls = CLASS.get(key);
      if (cls) return { key, cls, inner: true };
    }
    const key = head.join('.');
    const cls = CLASS.get(key);
    if (cls) return { key, cls, inner: false };
  }
  return null;
}

/**
 * An unlisted word that is still certainly an abbreviation: no vowel but a lower-case
 * letter ("Nr", "Str", "bzgl", "Hbf"; acronyms like "SPD" have no lower-case letter and can
 * end a sentence), or a street name shortened to "-str" ("Goethestr").
 */
export function looksAbbreviated(word: string): boolean {
  if (word.length === 0 || word.length > 12) return false;
  if (/str$/.test(word) && word.length > 3) return true;
  return !/[aeiouyäöüéèáàâêîôûAEIOUYÄÖÜ]/.test(word) && /\p{Ll}/u.test(word) && /^\p{L}+$/u.test(word);
}
