/**
 * Tokens inside sentences, for the analysis stages (an internal layer, not written to the
 * output): words with inner hyphens, apostrophes and soft hyphens (US-Präsident, geht’s,
 * Klaus’, Stra\u00adße, 3-Jährige), abbreviations with their period (Dr., z.B., usw.),
 * German-format numbers (3.200, 1,5, -0,1, 14.30), URLs, e-mail addresses and domains,
 * emoji sequences, runs of terminal punctuation ("...", "?!") and single marks.
 * One precompiled regular expression runs over each sentence in place; no slicing.
 */
import { layer } from '../../core/document.js';
import type { StageFactory } from '../../core/pipeline.js';
import { abbreviationClass, looksAbbreviated } from '../sentences/abbreviation.js';
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
    // 1 number-word compounds: 3-Jährige, 50-prozentig, 2,5-fach
    `(\\d+(?:[.,]\\d+)*-\\p{L}${W}*(?:-${W}+)*)`,
    // 2 number: sign only where no letter or digit precedes (2020-2024 is two numbers)
    `((?:(?<![\\p{L}\\p{N}])[-−+])?\\d+(?:[.,]\\d+)*)`,
    // 3 word: inner hyphen, apostrophe, period, soft hyphen; trailing hyphen (Ein- und Ausfuhr);
    //   genitive apostrophe after s, x, z (Klaus’)
    `(${W}+(?:[-’'.\\u00ad]${W}+)*(?:-(?=\\s+(?:und|oder|bis|sowie)\\b)|(?<=[sßxzSXZ])[’'](?![\\p{L}\\p{N}]))?)`,
    // 4 punctuation: runs of periods, ? and !, or one mark
    `(\\.{2,}|[?!]{2,}|\\p{P})`,
    // 5 symbol: emoji with modifiers, flags and joiners, or any other visible character
    `(\\p{Extended_Pictographic}(?:\\p{EMod}|\\uFE0F|\\u200D\\p{Extended_Pictographic})*|\\p{RI}\\p{RI}|[^\\s\\u200b\\u00ad])`,
  ].join('|'),
  'gu',
);
const KINDS: readonly TokenKind[] = ['word', 'number', 'word', 'punct', 'symbol'];

/** An abbreviation takes its period along: "Dr.", "z.B.", "usw.", "R." (an initial). */
function takesPeriod(word: string): boolean {
  if (abbreviationClass(word) !== undefined) return true;
  if (looksAbbreviated(word)) return true;
  return word.length === 1 && /\p{Lu}/u.test(word);
}

/** Could a URL, e-mail address or domain start at this word? */
function mayBeUrl(text: string, word: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return word.includes('.') || next === 0x40 /* @ */ || (next === 0x3a /* : */ && /^https?$/.test(word)) || (next === 0x2e && /^www$/i.test(word));
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
      if (url && url.index === m.index && m.index + url[0].length <= end) {
        kind = 'url';
        tokenEnd = m.index + url[0].length;
        TOKEN.lastIndex = tokenEnd;
      }
    }
    if (kind === 'word' && text.charCodeAt(tokenEnd) === 0x2e && tokenEnd + 1 < end && takesPeriod(m[0].replaceAll('\u00ad', ''))) {
      tokenEnd++;
      TOKEN.lastIndex = tokenEnd;
    }
    out.push(new Token(m.index, tokenEnd, kind, sentence));
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
        const tokens: Token[] = [];
        for (const s of layer(doc, 'sentences')) {
          for (const t of tokenize(doc.text, s.start, s.end, s.index)) tokens.push(t);
        }
        doc.layers.tokens = tokens;
      },
    };
  },
};
