/**
 * Pass 0: paragraphs. A line break ends a paragraph (news feeds put one paragraph per line;
 * blank lines are separators too). Leading and trailing white space is not part of a span.
 */
import { TextSpan } from '../../core/span.js';

export function findParagraphs(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const line = /[^\n\r\u2028\u2029]+/g;
  for (const m of text.matchAll(line)) {
    const trimmed = trimSpan(text, m.index, m.index + m[0].length);
    if (trimmed) out.push(trimmed);
  }
  return out;
}

/** White space that never belongs at the edge of a span (incl. NBSP, soft hyphen, BOM). */
const EDGE_SPACE = /[\s\u00ad\ufeff\u200b]/;

export function trimSpan(text: string, start: number, end: number): TextSpan | null {
  while (start < end && EDGE_SPACE.test(text[start]!)) start++;
  while (end > start && EDGE_SPACE.test(text[end - 1]!)) end--;
  return end > start ? new TextSpan(start, end) : null;
}
