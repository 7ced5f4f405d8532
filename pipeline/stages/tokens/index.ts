/**
 * Tokens inside sentences: words (with inner hyphens and apostrophes: US-Präsident,
 * geht’s), German-format numbers (3.200, 1,5, -0,1), URLs and e-mail addresses, and single
 * punctuation marks. Internal layer for the analysis stages; not written to the output.
 */
import { layer } from '../../core/document.js';
import type { StageFactory } from '../../core/pipeline.js';
import { Token, type TokenKind } from './types.js';

const TOKEN =
  /(?<url>(?:https?:\/\/|www\.)[^\s<>"“”„]+[^\s<>"“”„.,;:!?)\]]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,})|(?<number>[-−]?\d+(?:[.,]\d+)*)|(?<word>[\p{L}\p{M}\p{N}]+(?:[-’'.\u00ad][\p{L}\p{M}\p{N}]+)*-?)|(?<punct>\p{P})|(?<symbol>\S)/gu;

export function tokenize(text: string, start: number, end: number, sentence: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const groups = m.groups ?? {};
    const kind = (Object.keys(groups).find((k) => groups[k] !== undefined) ?? 'symbol') as TokenKind;
    out.push(new Token(start + m.index, start + m.index + m[0].length, kind, sentence));
  }
  return out;
}

export const tokensStage: StageFactory<Record<string, never>> = {
  name: 'tokens',
  requires: ['sentences'],
  assigns: ['tokens'],
  germanOnly: false,
  defaults: {},
  create() {
    return {
      name: 'tokens',
      requires: ['sentences'],
      assigns: ['tokens'],
      run(doc) {
        doc.layers.tokens = layer(doc, 'sentences').flatMap((s) => tokenize(doc.text, s.start, s.end, s.index));
      },
    };
  },
};
