import type { Form } from '../../core/forms.js';
import { TextSpan } from '../../core/span.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url';

export class Token extends TextSpan {
  constructor(
    start: number,
    end: number,
    readonly kind: TokenKind,
    /** Index of the sentence the token belongs to. */
    readonly sentence: number,
    /**
     * The token's word form in the shared interner (core/forms.ts): its interned string, lower
     * case, capitalisation, and the id under which the stages keep their facts about it.
     */
    readonly form: Form,
  ) {
    super(start, end);
  }
}
