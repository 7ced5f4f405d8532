/**
 * Sentence boundaries inside one paragraph, as small passes over candidate positions:
 *   1. candidates: after terminal punctuation (. ! ? …), together with any closing quote
 *      marks and brackets, where white space follows;
 *   2. vetoes: each candidate is kept or dropped by `isBoundary` (continuation after a quote,
 *      abbreviations, initials, ordinals and dates);
 *   3. spans: the paragraph cut at the kept positions, trimmed; a paragraph that is one
 *      sentence without final punctuation is a headline.
 */
import { TextSpan } from '../../core/span.js';
import { trimSpan } from './paragraphs.js';
import { ABBREVIATIONS, SENTENCE_FINAL } from './de/abbreviations.js';
import { MONTHS } from './de/months.js';
import { SENTENCE_OPENERS } from './de/openers.js';
import { ORDINAL_PRECEDERS } from './de/ordinal-context.js';
import type { SentenceKind } from './types.js';

const normaliseAbbr = (s: string) => s.replace(/\s+/g, '');
const ABBR = new Set(ABBREVIATIONS.map(normaliseAbbr));
const ABBR_FINAL = new Set(SENTENCE_FINAL.map(normaliseAbbr));
const MONTH = new Set(MONTHS);
const OPENER = new Set(SENTENCE_OPENERS);
const ORDINAL_BEFORE = new Set(ORDINAL_PRECEDERS);

export interface SentencePiece {
  start: number;
  end: number;
  kind: SentenceKind;
}

/** Pass 1: positions right after terminal punctuation plus closing marks, before white space. */
export function findCandidates(text: string, from: number, to: number): Array<{ punct: number; after: number }> {
  const out: Array<{ punct: number; after: number }> = [];
  const re = /[.!?…]+[“”"»«’'‘)\]]*(?=[\s\u00a0])/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const after = m.index + m[0].length;
    if (after >= to) break;
    out.push({ punct: m.index, after });
  }
  return out;
}

/** The word (letters, digits, inner periods) that ends right before `pos`. */
function wordBefore(text: string, pos: number): string {
  let i = pos;
  // allow "z. B" style inner spaces: take letters and single-space/period runs
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  let word = text.slice(i, pos);
  // multi-part abbreviations with spaces: "z. B", "u. a", "d. h"
  const multi = /(?:\p{L}\.\s)+\p{L}+$/u.exec(text.slice(Math.max(0, pos - 12), pos));
  if (multi && ABBR.has(normaliseAbbr(multi[0]))) word = multi[0];
  return word;
}

function wordAfter(text: string, pos: number): string {
  const m = /^[\s\u00a0]*[„“"»«‚‘(\[]*([\p{L}\p{N}]+)/u.exec(text.slice(pos, pos + 64));
  return m?.[1] ?? '';
}

function previousWord(text: string, pos: number): string {
  const m = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, pos - 40), pos));
  return m?.[1] ?? '';
}

const isOpener = (w: string) => OPENER.has(w.charAt(0).toLowerCase() + w.slice(1));

/** Pass 2: decide one candidate. `punct` is where the punctuation run starts. */
export function isBoundary(text: string, punct: number, after: number): boolean {
  const next = text.slice(after).trimStart().charAt(0);
  if (next === '') return false;
  // „Wann endet das?“, fragte sie. — the sentence goes on after the quote
  if (/[,;:\-–—)\]]/.test(next)) return false;
  const nextWord = wordAfter(text, after);
  if (/^\p{Ll}/u.test(next) || /^\p{Ll}/u.test(nextWord)) return false;
  if (text[punct] !== '.' || text.startsWith('...', punct)) return true;

  const before = wordBefore(text, punct);
  const bare = normaliseAbbr(before);
  if (bare === '') return true;
  if (ABBR.has(bare)) return ABBR_FINAL.has(bare) && isOpener(nextWord);
  // initials: "Joe R. Biden"
  if (/^\p{Lu}$/u.test(bare)) return isOpener(nextWord);
  if (/^\d+$/.test(bare)) {
    if (MONTH.has(nextWord)) return false;
    if (isOpener(nextWord)) return true;
    return !ORDINAL_BEFORE.has(previousWord(text, punct - before.length));
  }
  return true;
}

/** Pass 3: cut the paragraph at the kept boundaries. */
export function splitParagraph(
  text: string,
  para: TextSpan,
  options: { detectHeadlines: boolean },
): SentencePiece[] {
  const cuts = findCandidates(text, para.start, para.end)
    .filter((c) => isBoundary(text, c.punct, c.after))
    .map((c) => c.after);
  const pieces: SentencePiece[] = [];
  let start = para.start;
  for (const cut of [...cuts, para.end]) {
    const s = trimSpan(text, start, cut);
    if (s) pieces.push({ start: s.start, end: s.end, kind: 'sentence' });
    start = cut;
  }
  if (options.detectHeadlines && pieces.length === 1) {
    const only = pieces[0]!;
    if (!/[.!?…:;,]["“”»«’'‘)\]]*$/.test(text.slice(only.start, only.end))) only.kind = 'headline';
  }
  return pieces;
}
