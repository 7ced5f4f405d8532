/**
 * A bound on sentence length. The later stages look, for each cue word, at the clause and
 * the sentence around it, so what they pay for a sentence grows with the square of its
 * length: 200,000 characters without a full stop (a scraped table, a list of names, a feed
 * pasted without punctuation) took quotes and stance 10 s, 1,000,000 characters 164 s. Real
 * sentences stay far below the bound (the longest of 112,000 sentences of news text we
 * measured has 725 characters; legal prose reaches 2,000), so it cuts only what is not
 * prose, and the stage says so in a diagnostic.
 */
import { isEdgeSpace } from './chars.js';
import { trimSpan } from './paragraphs.js';

/** Characters (UTF-16 code units) a sentence may have before it is cut. */
export const DEFAULT_MAX_SENTENCE_CHARS = 5000;

/**
 * Where to cut, best first: a line break, then a semicolon or colon, then a comma or dash,
 * then any white space. A cut after punctuation keeps the mark in the piece before it.
 */
function breakRank(ch: string): number {
  switch (ch) {
    case '\n':
    case '\r':
    case '\u2028':
    case '\u2029':
      return 4;
    case ';':
    case ':':
      return 3;
    case ',':
    case '–':
    case '—':
      return 2;
    case ' ':
    case '\t':
    case '\u00a0':
    case '\u202f':
      return 1;
    default:
      return 0;
  }
}

/**
 * Cuts [start, end) into pieces of at most `max` characters, each trimmed as every sentence
 * span is (trimSpan: white space and soft hyphens), in order. The best break in the second half of each window wins (so pieces are
 * not tiny), else the best anywhere in it; text without any break is cut at `max`, never
 * inside a surrogate pair. Linear in the length of the span.
 */
export function cutLongSentence(text: string, start: number, end: number, max: number): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let pos = start;
  while (end - pos > max) {
    const cut = cutPoint(text, pos, pos + max);
    pushTrimmed(text, pos, cut, pieces);
    pos = cut;
    while (pos < end && isEdgeSpace(text.charCodeAt(pos))) pos++;
  }
  pushTrimmed(text, pos, end, pieces);
  return pieces;
}

/** The offset to end the piece [pos, …) at, at most `limit`. */
function cutPoint(text: string, pos: number, limit: number): number {
  const half = pos + Math.floor((limit - pos) / 2);
  // White space right at the limit ends a piece of exactly the limit's length.
  let best = breakRank(text[limit]!) === 1 ? limit : -1;
  let bestRank = best < 0 ? 0 : 1;
  for (let i = limit - 1; i > pos; i--) {
    const rank = breakRank(text[i]!);
    if (rank > bestRank) {
      bestRank = rank;
      best = i;
      if (rank === 4) break;
    }
    if (i === half && best >= 0) break;
  }
  if (best < 0) {
    const code = text.charCodeAt(limit - 1);
    return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
  }
  // Punctuation stays with the piece before the cut; white space goes to neither.
  return bestRank >= 2 ? best + 1 : best;
}

function pushTrimmed(text: string, start: number, end: number, into: Array<{ start: number; end: number }>): void {
  const piece = trimSpan(text, start, end);
  if (piece) into.push({ start: piece.start, end: piece.end });
}
