/**
 * Pass 0: paragraphs. News feeds put one paragraph per line, and blank lines separate
 * paragraphs too, so a line break ends a paragraph — except where a line was only wrapped
 * (archives and OCR wrap hard at a fixed width): a line that ends without any final
 * punctuation continues on the next line when that starts with a lower-case letter, or
 * when the line ends in a comma, in a word that cannot end a line (an article, preposition
 * or conjunction: "… hat am" / "Montag …"), or in a hyphen right after a letter
 * ("Bundes-" / "regierung"). A line numbering the next item of a list ("2. …" after a
 * paragraph that began "1. …") starts a paragraph of its own.
 * Leading and trailing white space (incl. NBSP, soft hyphen, BOM) is not part of a span.
 */
import { TextSpan } from '../../core/span.js';
import { charAt, isEdgeSpace, isLetter, isLower, wordBefore } from './chars.js';
import { LINE_CONTINUERS } from './de/line-continuers.js';

const CONTINUERS = new Set(LINE_CONTINUERS);

const LINE = /[^\n\r\u2028\u2029\u0085]+/g;

/** Line spans, trimmed, blank lines dropped. */
export function findLines(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const trimmed = trimSpan(text, m.index, m.index + m[0].length);
    if (trimmed) out.push(trimmed);
  }
  return out;
}

/** "2. ", "b) " at `at`: the number of a list item (a = 1), or 0. */
export function listItemNumber(text: string, at: number, to: number): number {
  const m = LIST_ITEM.exec(text.slice(at, Math.min(to, at + 4)));
  if (!m) return 0;
  const label = m[1]!;
  return isLower(label) ? label.charCodeAt(0) - 0x60 : Number(label);
}
const LIST_ITEM = /^(\d{1,2}|[a-z])[.)][ \t\u00a0\u202f]/;

/**
 * Does the line `line` continue on `next` (a hard wrap, not a paragraph end)? `paragraphStart`:
 * where the paragraph that `line` ends began. A line that numbers the next item of the list
 * that paragraph opened ("1. ein Budget," / "2. ein Anspruch und" / "3. …") starts an item of
 * its own, although the items may form one sentence.
 */
export function continuesOnNextLine(text: string, line: TextSpan, next: TextSpan, paragraphStart = line.start): boolean {
  if (lineBreaksBetween(text, line.end, next.start) > 1) return false; // a blank line
  const item = listItemNumber(text, next.start, next.end);
  if (item > 1 && item === listItemNumber(text, paragraphStart, line.end) + 1) return false;
  const last = text[line.end - 1]!;
  const first = charAt(text, next.start);
  if (last === '-' && line.end - 2 >= line.start && isLetter(text[line.end - 2]!) && isLetter(first)) return true;
  if (!isLetter(first) && !/[\d„"»«(]/.test(first)) return false;
  // a line ending in final punctuation (or a closing mark after it) is a complete paragraph
  if (/[.!?…:;"“”»«'’)\]]/.test(last)) return false;
  if (isLower(first)) return true;
  // before a capital: only if the line cannot end as it does ("… hat am" / "Montag …")
  return last === ',' || CONTINUERS.has(wordBefore(text, line.end, line.start).toLowerCase());
}

/** Line breaks in [from, to): CRLF counts once, U+2029 (paragraph separator) twice. */
function lineBreaksBetween(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2028 || c === 0x85) breaks++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) breaks++;
    else if (c === 0x2029) breaks += 2;
  }
  return breaks;
}

/** Paragraph spans: lines, with hard-wrapped lines joined. */
export function findParagraphs(text: string): TextSpan[] {
  const lines = findLines(text);
  const out: TextSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!.start;
    while (i + 1 < lines.length && continuesOnNextLine(text, lines[i]!, lines[i + 1]!, start)) i++;
    out.push(new TextSpan(start, lines[i]!.end));
  }
  return out;
}

/** The span [start, end) without white space at its edges, or null if nothing is left. */
export function trimSpan(text: string, start: number, end: number): TextSpan | null {
  while (start < end && isEdgeSpace(text.charCodeAt(start))) start++;
  while (end > start && isEdgeSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? new TextSpan(start, end) : null;
}
