/**
 * Character classes and small scans over the original text, shared by the passes. They
 * read the text in place (no slicing of the rest of the paragraph), so each call costs in
 * proportion to the few characters it looks at. The Unicode classes of a character come
 * from the shared table of core/chars.ts; `ch` is always one character (code point).
 */
import { codePointClasses, LETTER, LOWER, MARK, UPPER, WORD } from '../../core/chars.js';


/** White space as a sentence separator: incl. NBSP, narrow NBSP, BOM, zero-width space. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x202f ||
    code === 0x2007 || code === 0xfeff || code === 0x200b || code === 0x85 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x3000 ||
    code === 0x205f || code === 0x1680
  );
}

/** A character that never belongs at the edge of a span: white space or a soft hyphen. */
export function isEdgeSpace(code: number): boolean {
  return isSpace(code) || code === 0xad;
}

/** Letter or combining mark (the mark keeps decomposed "e\u0301" inside its word). */
export function isLetter(ch: string): boolean {
  return (codePointClasses(ch) & (LETTER | MARK)) !== 0;
}

/** Letter, mark, digit or soft hyphen: what a word is made of. */
export function isWordChar(ch: string): boolean {
  return ch === '\u00ad' || (codePointClasses(ch) & WORD) !== 0;
}

export function isUpper(ch: string): boolean {
  return (codePointClasses(ch) & UPPER) !== 0;
}

export function isLower(ch: string): boolean {
  return (codePointClasses(ch) & LOWER) !== 0;
}

export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The character (code point) starting at `i`, so astral letters are tested whole. */
export function charAt(text: string, i: number): string {
  const c = text.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/** Start of the run of word characters that ends at `end`. */
export function wordStartBefore(text: string, end: number, from = 0): number {
  let i = end;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    // low surrogate: test the whole astral character
    if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
      if (!isWordChar(text.slice(i - 2, i))) break;
      i -= 2;
    } else if (isWordChar(text[i - 1]!)) i--;
    else break;
  }
  return i;
}

/** End of the run of word characters that starts at `start`. */
export function wordEndAfter(text: string, start: number, to = text.length): number {
  let i = start;
  while (i < to) {
    const ch = charAt(text, i);
    if (!isWordChar(ch)) break;
    i += ch.length;
  }
  return i;
}

/** The word that ends at `end`, without soft hyphens ("Bun\u00addes" → "Bundes"). */
export function wordBefore(text: string, end: number, from = 0): string {
  const start = wordStartBefore(text, end, from);
  const word = text.slice(start, end);
  return word.includes('\u00ad') ? word.replaceAll('\u00ad', '') : word;
}

/** Position of the first non-space character at or after `i` (or `to`). */
export function skipSpace(text: string, i: number, to = text.length): number {
  while (i < to && isEdgeSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Position after the last non-space character at or before `i - 1` (or `from`). */
export function skipSpaceBack(text: string, i: number, from = 0): number {
  while (i > from && isEdgeSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Opening quote marks and brackets that may stand before the first word of a sentence. */
const OPENERS = new Set(['„', '“', '”', '"', '»', '«', '‚', '‘', '’', "'", '‹', '›', '(', '[', '{', ',', '¿', '¡']);

/** The first word at or after `i`, past opening quotes and brackets ("„Wir" → "Wir"). */
export function nextWord(text: string, i: number, to = text.length): string {
  let j = i;
  while (j < to && OPENERS.has(text[j]!)) {
    // ",," is an OCR opening quote, but a lone comma is punctuation, not an opener
    if (text[j] === ',' && text[j + 1] !== ',') return '';
    j++;
  }
  const end = wordEndAfter(text, j, to);
  const word = text.slice(j, end);
  return word.includes('\u00ad') ? word.replaceAll('\u00ad', '') : word;
}

/** "Die" → "die": sentence-initial capital removed for lookups in lower-case lists. */
export function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}
