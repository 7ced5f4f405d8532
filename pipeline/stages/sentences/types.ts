import { TextSpan } from '../../core/span.js';

export type SentenceKind = 'sentence' | 'headline';

export class Sentence extends TextSpan {
  constructor(
    start: number,
    end: number,
    readonly index: number,
    readonly paragraph: number,
    readonly kind: SentenceKind,
  ) {
    super(start, end);
  }
}
