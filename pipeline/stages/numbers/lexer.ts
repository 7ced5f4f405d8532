/**
 * Pass 1: the tokens of one sentence as lexemes for the number grammar — with their text,
 * lower-case form, capitalisation and the separator before them. A number token glued to a
 * number before it with a leading minus ("25-50") is split into dash + number, so ranges
 * read the same with or without spaces.
 */
import type { Token } from '../tokens/types.js';

export type LexKind = 'num' | 'word' | 'punct' | 'symbol' | 'url';

export interface Lexeme {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: LexKind;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** The characters between the previous lexeme and this one ('' when glued). */
  gap: string;
}

/** Upper-case initial, or a lower-case letter before an upper-case one (iPhone, eBay). */
const UPPER = /^(?:\p{Lu}|\p{Ll}\p{Lu})/u;

export function lexSentence(text: string, tokens: readonly Token[], from: number, to: number): Lexeme[] {
  const out: Lexeme[] = [];
  let prevEnd = -1;
  for (let t = from; t < to; t++) {
    const tok = tokens[t]!;
    let start = tok.start;
    const raw = text.slice(tok.start, tok.end);
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, start);
    const first = raw.charCodeAt(0);
    if (tok.kind === 'number' && (first === 45 || first === 0x2212) && gap === '' && out.length > 0 && out[out.length - 1]!.kind === 'num') {
      out.push(lexeme(start, start + 1, raw[0]!, 'punct', ''));
      start += 1;
      out.push(lexeme(start, tok.end, raw.slice(1), 'num', ''));
    } else {
      out.push(lexeme(start, tok.end, raw, kindOf(tok.kind), gap));
    }
    prevEnd = tok.end;
  }
  return out;
}

function kindOf(kind: Token['kind']): LexKind {
  return kind === 'number' ? 'num' : kind;
}

function lexeme(start: number, end: number, text: string, kind: LexKind, gap: string): Lexeme {
  return { start, end, text, lower: text.toLowerCase(), kind, cap: UPPER.test(text), gap };
}

/** A single no-break or thin space: the thousands separator of "3 200". */
export function isThinSpace(gap: string): boolean {
  return gap === '\u00a0' || gap === '\u202f' || gap === '\u2009';
}
