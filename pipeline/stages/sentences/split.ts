/**
 * Sentence boundaries inside one paragraph, as small passes (each tested alone):
 *   0. paragraphs (./paragraphs.ts);
 *   1. candidates: terminal punctuation with its closing marks, before white space
 *      (./candidates.ts);
 *   2. decisions: each candidate is a boundary or not, by a list of small rules
 *      (./rules.ts: continuation, brackets, ?/!, ellipsis, dateline, enumerator,
 *      abbreviation, initial, number);
 *   3. cut: the paragraph cut at the boundaries and trimmed; a paragraph that is one
 *      sentence without final punctuation is a headline (this file).
 */
import { TextSpan } from '../../core/span.js';
import { findCandidates } from './candidates.js';
import { bracketPairs, datelineEnd } from './layout.js';
import { trimSpan } from './paragraphs.js';
import { decide, type Context } from './rules.js';
import type { SentenceKind } from './types.js';

export interface SentencePiece {
  start: number;
  end: number;
  kind: SentenceKind;
}

/** Pass 2 over all candidates of a paragraph: the offsets after which a sentence ends. */
export function findBoundaries(
  text: string,
  para: { start: number; end: number },
  articleStart = false,
): Array<{ end: number; next: number }> {
  const candidates = findCandidates(text, para.start, para.end);
  if (candidates.length === 0) return [];
  const x: Context = {
    text,
    from: para.start,
    to: para.end,
    sentenceStart: para.start,
    brackets: bracketPairs(text, para.start, para.end),
    datelineEnd: datelineEnd(text, para.start, para.end, articleStart),
  };
  const out: Array<{ end: number; next: number }> = [];
  for (const c of candidates) {
    if (decide(c, x) === 'cut') {
      out.push({ end: c.after, next: c.next });
      x.sentenceStart = c.next;
    }
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (WORD_CHAR.test(text[i]!)) return true;
  return false;
}

/** Final punctuation, possibly followed by closing quotes or brackets. */
const FINAL = /[.!?…:;,‽]["“”»«’'‘›‹)\]]*$/;

/** A single line without final punctuation: title, subheading, byline. */
export function isHeadline(text: string, piece: { start: number; end: number }): boolean {
  return !FINAL.test(text.slice(Math.max(piece.start, piece.end - 8), piece.end));
}

/**
 * Pass 3: cut the paragraph at the boundaries. A piece without any letter or digit (a
 * stray closing quote after a space, an omission mark) is added to the sentence before. `articleStart`: the paragraph opens the
 * article body (a dateline "Berlin. …" may stand there).
 */
export function splitParagraph(
  text: string,
  para: TextSpan,
  options: { detectHeadlines: boolean; articleStart?: boolean },
): SentencePiece[] {
  const pieces: SentencePiece[] = [];
  let start = para.start;
  for (const b of [...findBoundaries(text, para, options.articleStart), { end: para.end, next: para.end }]) {
    const s = trimSpan(text, start, b.end);
    start = b.next;
    if (!s) continue;
    const last = pieces[pieces.length - 1];
    // a stray closing quote or "[…]" after a boundary belongs to the sentence before it
    if (last && !hasWordChar(text, s.start, s.end)) last.end = s.end;
    else pieces.push({ start: s.start, end: s.end, kind: 'sentence' });
  }
  if (options.detectHeadlines && pieces.length === 1 && isHeadline(text, pieces[0]!)) pieces[0]!.kind = 'headline';
  return pieces;
}
