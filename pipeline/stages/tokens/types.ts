import { TextSpan } from '../../core/span.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url';

export class Token extends TextSpan {
  constructor(
    start: number,
    end: number,
    readonly kind: TokenKind,
    /** Index of the sentence the token belongs to. */
    readonly sentence: number,
  ) {
    super(start, end);
  }
}
