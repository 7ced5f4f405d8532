/**
 * Pass 1: the tokens of one sentence as lexemes for the number grammar — with their text,
 * lower-case form, capitalisation and the width of the gap before them. A number token glued
 * to a number before it with a leading minus ("25-50") is split into dash + number, so
 * ranges read the same with or without spaces.
 */
import type { Token } from '../tokens/types.js';

export type LexKind = 'num' | 'word' | 'punct' | 'symbol' | 'url';

export interface Lexeme {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: LexKind;
  /** Upper-case initial, or a lower-case letter before an upper-case one (iPhone, eBay). */
  cap: boolean;
  /** Characters between the previous lexeme and this one (0 when glued). */
  gap: number;
  /** The gap is one no-break or thin space: the thousands separator of "3 200". */
  thin: boolean;
}

const UPPER = /^(?:\p{Lu}|\p{Ll}\p{Lu})/u;

export function lexSentence(text: string, tokens: readonly Token[], from: number, to: number): Lexeme[] {
  const out: Lexeme[] = [];
  let prevEnd = -1;
  for (let t = from; t < to; t++) {
    const tok = tokens[t]!;
    let start = tok.start;
    const raw = text.slice(tok.start, tok.end);
    const gap = prevEnd < 0 ? 0 : start - prevEnd;
    const thin = gap === 1 && isThinSpace(text.charCodeAt(prevEnd));
    const first = raw.charCodeAt(0);
    if (tok.kind === 'number' && (first === 45 || first === 0x2212) && gap === 0 && out.length > 0 && out[out.length - 1]!.kind === 'num') {
      out.push(lexeme(start, start + 1, raw[0]!, 'punct', 0, false));
      start += 1;
      out.push(lexeme(start, tok.end, raw.slice(1), 'num', 0, false));
    } else {
      out.push(lexeme(start, tok.end, raw, tok.kind === 'number' ? 'num' : tok.kind, gap, thin));
    }
    prevEnd = tok.end;
  }
  return out;
}

function lexeme(start: number, end: number, text: string, kind: LexKind, gap: number, thin: boolean): Lexeme {
  const c = text.charCodeAt(0);
  // ASCII fast path for the capital test; the regex only for other scripts and "iPhone"
  const cap = c >= 65 && c <= 90 ? true : c >= 97 && c <= 122 && text.length > 1 ? isAsciiUpper(text.charCodeAt(1)) : c > 127 && kind === 'word' ? UPPER.test(text) : false;
  return { start, end, text, lower: kind === 'word' ? text.toLowerCase() : text, kind, cap, gap, thin };
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** U+00A0 no-break space, U+202F narrow no-break space, U+2009 thin space. */
function isThinSpace(code: number): boolean {
  return code === 0xa0 || code === 0x202f || code === 0x2009;
}
