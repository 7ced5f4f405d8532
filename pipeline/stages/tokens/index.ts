/**
 * Tokens inside sentences, for the analysis stages (an internal layer, not written to the
 * output): words with inner hyphens, apostrophes and soft hyphens (US-Präsident, geht’s,
 * Stra\u00adße), German-format numbers (3.200, 1,5, -0,1, 14.30), URLs, e-mail addresses and
 * domains, emoji sequences, and single punctuation marks. One precompiled regular
 * expression runs over each sentence in place; no slicing. The token boundaries are a
 * contract the later stages build on (a period is its own token: "Dr" ".", "Mrd" ".").
 * Each token carries its word form from the shared interner (core/forms.ts), sliced only the
 * first time the form is seen.
 */
import { layer } from '../../core/document.js';
import { formAt } from '../../core/forms.js';
import type { StageFactory } from '../../core/pipeline.js';
import { Token, type TokenKind } from './types.js';

const W = '[\\p{L}\\p{M}\\p{N}]';
const URL_END = '[^\\s<>"“”„«»\\])}.,;:!?\'’]';
const TLD = '(?:de|at|ch|com|org|net|eu|info|io|gov|edu|int|fr|it|uk|nl|pl|ru|ua|tv|online|news)';

/** URLs, e-mail addresses and bare domains, tried only where a word runs into . @ or : */
const URL = new RegExp(
  `(?:https?:\\/\\/|www\\.)[^\\s<>"“”„«»]*${URL_END}` +
    `|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}` +
    `|[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.${TLD}(?![\\p{L}\\p{N}])(?:\\/[^\\s<>"“”„«»]*${URL_END})?`,
  'uy',
);

const TOKEN = new RegExp(
  [
    // 1 number: German format (3.200, 1,5, 14.30); a sign only where no letter or digit
    //   precedes, so "2020-2024" is 2020 / - / 2024 and "-0,1" is one number
    `((?:(?<![\\p{L}\\p{N}])[-−+])?\\d+(?:[.,]\\d+)*)`,
    // 2 word: inner hyphen, apostrophe, period, soft hyphen (US-Präsident, geht’s, z.B,
    //   Stra\u00adße); a trailing hyphen (Ein- und Ausfuhr)
    `(${W}+(?:[-’'.\\u00ad]${W}+)*-?)`,
    // 3 punctuation: one mark
    `(\\p{P})`,
    // 4 symbol: emoji with modifiers, flags and joiners, or any other visible character
    `(\\p{Extended_Pictographic}(?:\\p{EMod}|\\uFE0F|\\u200D\\p{Extended_Pictographic})*|\\p{RI}\\p{RI}|[^\\s\\u200b\\u00ad])`,
  ].join('|'),
  'gu',
);
const KINDS: readonly TokenKind[] = ['number', 'word', 'punct', 'symbol'];

/** Could a URL, e-mail address or domain start at this word? */
function mayBeUrl(text: string, word: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return word.includes('.') || next === 0x40 /* @ */ || (next === 0x3a /* : */ && /^https?$/.test(word));
}

export function tokenize(text: string, start: number, end: number, sentence: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    let k = 1;
    while (m[k] === undefined) k++;
    let kind = KINDS[k - 1]!;
    let tokenEnd = Math.min(m.index + m[0].length, end);
    if (kind === 'word' && mayBeUrl(text, m[0], tokenEnd)) {
      URL.lastIndex = m.index;
      const url = URL.exec(text);
      if (url && m.index + url[0].length <= end) {
        kind = 'url';
        tokenEnd = m.index + url[0].length;
        TOKEN.lastIndex = tokenEnd;
      }
    }
    // Interned here once per token, so the stages find their per-form facts by the form's id
    // instead of each hashing the token's characters again.
    out.push(new Token(m.index, tokenEnd, kind, sentence, formAt(text, m.index, tokenEnd)));
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
      run(doc) {
        const tokens: Token[] = [];
        for (const s of layer(doc, 'sentences')) {
          for (const t of tokenize(doc.text, s.start, s.end, s.index)) tokens.push(t);
        }
        doc.layers.tokens = tokens;
      },
    };
  },
};
