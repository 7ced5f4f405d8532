/**
 * Pass 1: pair quotation marks. Works on the raw text, paragraph by paragraph, because a
 * quote can hold several sentences and even run over paragraphs (the opening mark repeated
 * at each paragraph start, the closing mark only at the end).
 *
 * Each mark is classified by its character and its context (what stands before and after
 * it), then paired with a stack. Apostrophes inside words (geht’s, Trump’s) never count.
 * Marks that find no partner are reported, never thrown.
 */
import type { TextSpan } from '../../core/span.js';
import { CLOSERS_FOR, MARK_CHARS, OPENING_ONLY, CLOSING_ONLY, type MarkChar } from './de/quote-marks.js';

export interface QuotePair {
  /** Offset of the opening mark. */
  open: number;
  /** Offset after the closing mark. */
  close: number;
  /** Content without the marks, trimmed of white space; may hold paragraph breaks. */
  contentStart: number;
  contentEnd: number;
  /** Nesting depth: 0 for outermost quotes. */
  depth: number;
  /** Offsets of the paragraph-initial opening marks of a quote running over paragraphs. */
  continuedAt: number[];
}

export interface PairingResult {
  pairs: QuotePair[];
  /** Offsets of marks without a partner. */
  unbalanced: number[];
}

interface Open {
  mark: MarkChar;
  pos: number;
  len: number;
  continuedAt: number[];
}

/** Jumps straight to characters that can be quotation marks (two commas: OCR ,,). */
const CANDIDATE = /[„“”"»«‚‘’›‹']|,,/g;
const isSpace = (c: string | undefined) => c === undefined || /[\s\u00a0\u202f]/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = /[\s\u00a0\u202f([{\-–—/]/;

/** Whether a mark at `pos` (length `len`) stands where a quote opens. */
function opensHere(text: string, pos: number, len: number, floor: number): boolean {
  const before = pos > floor ? text[pos - 1] : undefined;
  const after = text[pos + len];
  const beforeOk = before === undefined || OPEN_CONTEXT.test(before) || MARK_CHARS.has(before as MarkChar);
  return beforeOk && !isSpace(after);
}

function closesHere(text: string, pos: number, len: number, ceiling: number): boolean {
  const before = text[pos - 1];
  const after = pos + len < ceiling ? text[pos + len] : undefined;
  return !isSpace(before) && (after === undefined || !isLetter(after));
}

export function pairQuotes(text: string, paragraphs: readonly TextSpan[]): PairingResult {
  const pairs: QuotePair[] = [];
  const unbalanced: number[] = [];
  let carried: Open | null = null;
  // The first candidate at or after a paragraph's end, found while scanning that paragraph: no
  // candidate stands between, so a later paragraph starting at or before it begins its scan
  // there. Without this, every paragraph without a mark would scan on to the next mark in the
  // document, quadratic in the paragraphs of a long text with few quotations.
  let ahead = -1;

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const stack: Open[] = [];
    let i = para.start;
    if (carried) {
      // A quote left open at the end of the previous paragraph continues only when this
      // paragraph starts with the same opening mark.
      const first = readMark(text, i, para.end);
      if (first && first.mark === carried.mark) {
        carried.continuedAt.push(i);
        stack.push(carried);
        i += first.len;
      } else {
        unbalanced.push(carried.pos);
      }
      carried = null;
    }
    CANDIDATE.lastIndex = Math.max(i, ahead);
    while (ahead < para.end) {
      const m = CANDIDATE.exec(text);
      if (!m || m.index >= para.end) {
        ahead = m ? m.index : text.length;
        break;
      }
      i = m.index;
      const found = readMark(text, i, para.end);
      if (!found) {
        CANDIDATE.lastIndex = i + 1;
        continue;
      }
      const { mark, len } = found;
      const pos = i;
      CANDIDATE.lastIndex = i + len;
      // Apostrophes inside a word: geht’s, Trump’s, Jones’.
      if ((mark === '’' || mark === '‘' || mark === "'") && isLetter(text[pos - 1]) && (isLetter(text[pos + 1]) || !hasOpener(stack, mark))) continue;
      if (mark === "'" ) continue; // a single straight apostrophe is never a quote mark here
      // „ and ‚ only ever open, even when tokenised text puts a space after them („ Aber …).
      const canOpen = !CLOSING_ONLY.has(mark) && (OPENING_ONLY.has(mark) || opensHere(text, pos, len, para.start));
      const canClose =
        !OPENING_ONLY.has(mark) &&
        (closesHere(text, pos, len, para.end) || (!canOpenStrict(text, pos, len, para.start, mark) && hasOpener(stack, mark) && !isLetter(text[pos + len])));
      const target = canClose || !canOpen ? findOpener(stack, mark) : -1;
      if (target >= 0 && (canClose || !canOpen)) {
        for (let k = stack.length - 1; k > target; k--) unbalanced.push(stack[k]!.pos);
        const opener = stack[target]!;
        stack.length = target;
        pairs.push(makePair(text, opener, pos + len, target));
      } else if (canOpen) {
        stack.push({ mark, pos, len, continuedAt: [] });
      } else if (mark !== '’' && mark !== '‘') {
        unbalanced.push(pos);
      }
    }
    if (stack.length > 0) {
      const bottom = stack[0]!;
      for (let k = 1; k < stack.length; k++) unbalanced.push(stack[k]!.pos);
      const next = paragraphs[p + 1];
      const nextMark = next ? readMark(text, next.start, next.end) : null;
      if (nextMark && nextMark.mark === bottom.mark) carried = bottom;
      else unbalanced.push(bottom.pos);
    }
  }
  if (carried) unbalanced.push(carried.pos);
  pairs.sort((a, b) => a.open - b.open);
  return { pairs, unbalanced: unbalanced.sort((a, b) => a - b) };
}

/** Whether a mark stands where a quote opens by its context alone. */
function canOpenStrict(text: string, pos: number, len: number, floor: number, mark: MarkChar): boolean {
  return !CLOSING_ONLY.has(mark) && opensHere(text, pos, len, floor);
}

function hasOpener(stack: Open[], closer: MarkChar): boolean {
  return findOpener(stack, closer) >= 0;
}

function findOpener(stack: Open[], closer: MarkChar): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (CLOSERS_FOR[stack[k]!.mark]?.includes(closer)) return k;
  }
  return -1;
}

function makePair(text: string, opener: Open, close: number, depth: number): QuotePair {
  let contentStart = opener.pos + opener.len;
  let contentEnd = close - closerLength(text, close);
  while (contentStart < contentEnd && /\s/.test(text[contentStart]!)) contentStart++;
  while (contentEnd > contentStart && /\s/.test(text[contentEnd - 1]!)) contentEnd--;
  return { open: opener.pos, close, contentStart, contentEnd, depth, continuedAt: opener.continuedAt };
}

function closerLength(text: string, close: number): number {
  return text.startsWith("''", close - 2) ? 2 : 1;
}

/** The quotation mark starting at `i`, if any (two-character marks: ,, and ''). */
function readMark(text: string, i: number, end: number): { mark: MarkChar; len: number } | null {
  const c = text[i]!;
  if (c === ',' ) return i + 1 < end && text[i + 1] === ',' ? { mark: ',,', len: 2 } : null;
  if (c === "'") return i + 1 < end && text[i + 1] === "'" ? { mark: "''", len: 2 } : { mark: "'", len: 1 };
  return MARK_CHARS.has(c as MarkChar) ? { mark: c as MarkChar, len: 1 } : null;
}
