/**
 * Tokens inside sentences, for the analysis stages (an internal layer, not written to the
 * output): words with inner hyphens, apostrophes and soft hyphens (US-Präsident, geht’s,
 * Stra\u00adße), German-format numbers (3.200, 1,5, -0,1, 14.30), URLs, e-mail addresses and
 * domains, emoji sequences, and single punctuation marks. Words and numbers are scanned
 * through a table of character classes, anything else by one precompiled regular expression
 * in place; no slicing, no match arrays. The token boundaries are a
 * contract the later stages build on (a period is its own token: "Dr" ".", "Mrd" ".").
 * Each token carries its word form from the shared interner (core/forms.ts), sliced only the
 * first time the form is seen.
 */
import { layer } from '../../core/document.js';
import { codePointClasses, PUNCT as PUNCTUATION, SPACE, WORD } from '../../core/chars.js';
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

/**
 * The token grammar; at each position the first branch that matches wins. Sticky and run
 * with test(): the token's end is the regex's lastIndex, so a token costs no match array and
 * no substrings (the stages read a token through its interned form). Which branch matched
 * follows from the token's first character (kindAt), so the branches need no capture groups.
 */
const TOKEN = new RegExp(
  [
    // number: German format (3.200, 1,5, 14.30); a sign only where no letter or digit
    //   precedes, so "2020-2024" is 2020 / - / 2024 and "-0,1" is one number
    `(?:(?<![\\p{L}\\p{N}])[-−+])?\\d+(?:[.,]\\d+)*`,
    // word: inner hyphen, apostrophe, period, soft hyphen (US-Präsident, geht’s, z.B,
    //   Stra\u00adße); a trailing hyphen (Ein- und Ausfuhr)
    `${W}+(?:[-’'.\\u00ad]${W}+)*-?`,
    // punctuation: one mark
    `\\p{P}`,
    // symbol: emoji with modifiers, flags and joiners, or any other visible character
    `\\p{Extended_Pictographic}(?:\\p{EMod}|\\uFE0F|\\u200D\\p{Extended_Pictographic})*|\\p{RI}\\p{RI}|[^\\s\\u200b\\u00ad]`,
  ].join('|'),
  'uy',
);

// Classes of a token's first character, in the order of TOKEN's branches.
const DIGIT = 1;
const SIGN = 2;
const WORD_CHAR = 3;
const PUNCT = 4;
const SYMBOL = 5;
/** What no branch of TOKEN matches: the characters between tokens. */
const SKIP = 6;
const SURROGATE = 7;

/**
 * The class in TOKEN's grammar of each UTF-16 unit met so far (0: not yet known), from the
 * same Unicode properties as TOKEN's branches (core/chars.ts), so table and regex cannot
 * disagree.
 */
const UNIT_CLASS = new Uint8Array(0x10000);

function unitClass(c: number): number {
  const known = UNIT_CLASS[c]!;
  if (known !== 0) return known;
  return (UNIT_CLASS[c] = c >= 0xd800 && c <= 0xdfff ? SURROGATE : classOf(String.fromCharCode(c)));
}

function classOf(char: string): number {
  if (char >= '0' && char <= '9') return DIGIT;
  if (char === '-' || char === '−' || char === '+') return SIGN;
  const classes = codePointClasses(char);
  if ((classes & WORD) !== 0) return WORD_CHAR;
  if ((classes & PUNCTUATION) !== 0) return PUNCT;
  return (classes & SPACE) !== 0 || char === '\u200b' || char === '\u00ad' ? SKIP : SYMBOL;
}

/**
 * The kind of the token that TOKEN matched at text[start, matchEnd): the first branch whose
 * first character fits. A sign begins a number only when that branch took more than the sign;
 * alone, "-" is punctuation and "−", "+" are symbols.
 */
function kindAt(text: string, start: number, matchEnd: number): TokenKind {
  const c = text.charCodeAt(start);
  let cls = unitClass(c);
  if (cls === SURROGATE) cls = classOf(String.fromCodePoint(text.codePointAt(start)!));
  switch (cls) {
    case DIGIT:
      return 'number';
    case SIGN:
      return matchEnd - start > 1 ? 'number' : c === 0x2d ? 'punct' : 'symbol';
    case WORD_CHAR:
      return 'word';
    case PUNCT:
      return 'punct';
    default:
      return 'symbol';
  }
}

/** A character of TOKEN's W class (letter, mark, digit) outside the surrogate range. */
function isWordUnit(cls: number): boolean {
  return cls === WORD_CHAR || cls === DIGIT;
}

/** The inner joiners of TOKEN's word branch: - ’ ' . and the soft hyphen. */
function isWordJoiner(c: number): boolean {
  return c === 0x2d || c === 0x2019 || c === 0x27 || c === 0x2e || c === 0xad;
}

/**
 * The end of the match of TOKEN's number or word branch at `start`, scanned by unit class,
 * or -1 where the scan cannot decide alone (a sign, punctuation, symbols, any surrogate):
 * then TOKEN itself runs. Both branches are greedy without backtracking that could shorten
 * them, so the longest scan is the regex's match: numbers `\d+(?:[.,]\d+)*`, words
 * `W+(?:[-’'.\u00ad]W+)*-?`. Like TOKEN, the scan may run past the sentence's end.
 */
export function scanWordOrNumber(text: string, start: number): number {
  const first = unitClass(text.charCodeAt(start));
  const n = text.length;
  let q = start + 1;
  if (first === DIGIT) {
    for (;;) {
      while (q < n && unitClass(text.charCodeAt(q)) === DIGIT) q++;
      const c = text.charCodeAt(q);
      if ((c === 0x2e || c === 0x2c) && q + 1 < n && unitClass(text.charCodeAt(q + 1)) === DIGIT) q += 2;
      else return q;
    }
  }
  if (first !== WORD_CHAR) return -1;
  for (;;) {
    let cls = 0;
    while (q < n && isWordUnit((cls = unitClass(text.charCodeAt(q))))) q++;
    if (q < n && cls === SURROGATE) return -1; // a letter outside the BMP may continue the word
    const c = text.charCodeAt(q);
    if (!isWordJoiner(c)) return q;
    const after = q + 1 < n ? unitClass(text.charCodeAt(q + 1)) : 0;
    if (isWordUnit(after)) q += 2;
    else if (after === SURROGATE) return -1;
    else return c === 0x2d ? q + 1 : q; // a trailing hyphen (Ein- und Ausfuhr)
  }
}

/** Could a URL, e-mail address or domain start at the word text[start, matchEnd)? */
function mayBeUrl(text: string, start: number, matchEnd: number, tokenEnd: number): boolean {
  for (let k = start; k < matchEnd; k++) if (text.charCodeAt(k) === 0x2e /* . */) return true;
  const next = text.charCodeAt(tokenEnd);
  return next === 0x40 /* @ */ || (next === 0x3a /* : */ && isHttp(text, start, matchEnd));
}

/** Is text[start, end) "http" or "https"? */
function isHttp(text: string, start: number, end: number): boolean {
  const length = end - start;
  return (length === 4 || (length === 5 && text.charCodeAt(start + 4) === 0x73 /* s */)) && text.startsWith('http', start);
}

/** The end of TOKEN's match at `start` (TOKEN always matches where no SKIP character stands). */
export function tokenEndByRegex(text: string, start: number): number {
  TOKEN.lastIndex = start;
  TOKEN.test(text);
  return TOKEN.lastIndex;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The tokens of text[start, end), appended to `out` (the stage gathers a document's in one array). */
export function tokenize(text: string, start: number, end: number, sentence: number, out: Token[] = []): Token[] {
  // A start inside a surrogate pair begins at the pair, as a Unicode regex's search does.
  let p = start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1)) ? start - 1 : start;
  for (;;) {
    while (p < end && unitClass(text.charCodeAt(p)) === SKIP) p++;
    if (p >= end) break;
    // Most tokens are words or numbers of BMP characters: scanned through the class table
    // (what TOKEN would match, without entering the regex engine); the rest go to TOKEN.
    let matchEnd = scanWordOrNumber(text, p);
    if (matchEnd < 0) matchEnd = tokenEndByRegex(text, p);
    let kind = kindAt(text, p, matchEnd);
    let tokenEnd = Math.min(matchEnd, end);
    let next = matchEnd;
    if (kind === 'word' && mayBeUrl(text, p, matchEnd, tokenEnd)) {
      URL.lastIndex = p;
      if (URL.test(text) && URL.lastIndex <= end) {
        kind = 'url';
        tokenEnd = URL.lastIndex;
        next = tokenEnd;
      }
    }
    // Interned here once per token, so the stages find their per-form facts by the form's id
    // instead of each hashing the token's characters again.
    out.push(new Token(p, tokenEnd, kind, sentence, formAt(text, p, tokenEnd)));
    p = next;
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
          tokenize(doc.text, s.start, s.end, s.index, tokens);
        }
        doc.layers.tokens = tokens;
      },
    };
  },
};
