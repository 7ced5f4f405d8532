/**
 * Pass 1: the tokens of one sentence as lexemes for the number grammar — with their text,
 * lower-case form, capitalisation and the width of the gap before them. A number token glued
 * to a number before it with a leading minus ("25-50") is split into dash + number, so
 * ranges read the same with or without spaces.
 */
import type { Token } from '../tokens/types.js';
import { FormCache, type Form } from '../../core/forms.js';
import type { Figure, WordInfo } from './recognise.js';
import type { WordFacts } from './meaning.js';
import type { SuffixInfo } from './de/compounds.js';

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
  /** What the passes know about the lexeme's word form; null for the two halves of a split "25-50". */
  facts: FormFacts | null;
}

/**
 * What the passes know about a word form: one record per form of the shared interner
 * (core/forms.ts), found once per token here and shared by every lexeme of the form. Each pass
 * fills its own fields the first time it asks (recognise: grammar and figure; meaning: cues),
 * so no pass looks the form up again.
 */
export interface FormFacts {
  /** Lexeme.cap of the form as a word. */
  capAsWord: boolean;
  /** Lexeme.cap of the form as a number, punctuation, symbol or URL: the capital test of other scripts applies to words only. */
  capAsOther: boolean;
  /** The form begins with a minus or hyphen: as a number glued to a number, the second half of a range ("25-50"). */
  minus: boolean;
  grammar: WordInfo | undefined;
  figure: Figure | undefined;
  /** The quantity suffix the word is, written apart from its number ("4 stündigen"); null for none. */
  suffix: SuffixInfo | null | undefined;
  cues: WordFacts | undefined;
}
const FORM_FACTS = new FormCache<FormFacts>();

function formFacts(form: Form): FormFacts {
  return FORM_FACTS.get(form) ?? FORM_FACTS.set(form, newFacts(form.text));
}

function newFacts(text: string): FormFacts {
  const first = text.charCodeAt(0);
  const capAsWord = capitalAsWord(text);
  return {
    capAsWord, capAsOther: first < 128 && capAsWord, minus: first === 45 || first === 0x2212,
    grammar: undefined, figure: undefined, suffix: undefined, cues: undefined,
  };
}

const UPPER = /^(?:\p{Lu}|\p{Ll}\p{Lu})/u;

/**
 * The lexemes of the sentence tokens[from, to). The objects and the array are reused for every
 * sentence (see POOL): the result is valid until the next call.
 */
export function lexSentence(text: string, tokens: readonly Token[], from: number, to: number): readonly Lexeme[] {
  let n = 0;
  let prevEnd = -1;
  for (let t = from; t < to; t++) {
    const tok = tokens[t]!;
    const form = tok.form;
    // the form's strings, not a slice and a toLowerCase per token: interned, so every later
    // Map or Set lookup with them reuses the string's cached hash
    const raw = form.text;
    const start = tok.start;
    const gap = prevEnd < 0 ? 0 : start - prevEnd;
    const thin = gap === 1 && isThinSpace(text.charCodeAt(prevEnd));
    // what the lexeme needs of the form's characters is in its facts: most lexemes are never
    // read by character again, so their strings need not be loaded here
    const facts = formFacts(form);
    if (tok.kind === 'number' && facts.minus && gap === 0 && n > 0 && LEXEMES[n - 1]!.kind === 'num') {
      setLexeme(n++, start, start + 1, raw[0]!, raw[0]!, 'punct', 0, false, false, null);
      const digits = raw.slice(1);
      setLexeme(n++, start + 1, tok.end, digits, digits, 'num', 0, false, false, null);
    } else {
      const kind: LexKind = tok.kind === 'number' ? 'num' : tok.kind;
      const cap = kind === 'word' ? facts.capAsWord : facts.capAsOther;
      setLexeme(n++, start, tok.end, raw, kind === 'word' ? form.lower : raw, kind, gap, thin, cap, facts);
    }
    prevEnd = tok.end;
  }
  LEXEMES.length = n;
  return LEXEMES;
}

/**
 * Lexeme objects for every sentence: a sentence's lexemes are read by its two passes and
 * dropped (no number, cue or meaning keeps one), and making them anew — half a million
 * objects per 10 MB of news — made the young-generation collections that run inside the
 * stage, while a document's other layers are alive, more frequent. POOL keeps the objects
 * made for the first POOL_LIMIT lexemes of a sentence (a sentence of news has well under a
 * hundred; a run-on "sentence" of a table or a broken file, hundreds of thousands, which the
 * pool would otherwise keep for the rest of the batch); LEXEMES, the result, holds the first n.
 */
const POOL_LIMIT = 1 << 14;
const POOL: Lexeme[] = [];
const LEXEMES: Lexeme[] = [];

/** Every lexeme is written here, into the n-th object of the pool (made on first use): one object shape. */
function setLexeme(
  n: number, start: number, end: number, text: string, lower: string, kind: LexKind, gap: number, thin: boolean, cap: boolean,
  facts: FormFacts | null,
): void {
  let l = n < POOL_LIMIT ? POOL[n] : undefined;
  if (l === undefined) {
    l = { start, end, text, lower, kind, cap, gap, thin, facts };
    if (n < POOL_LIMIT) POOL.push(l);
  } else {
    l.start = start;
    l.end = end;
    l.text = text;
    l.lower = lower;
    l.kind = kind;
    l.cap = cap;
    l.gap = gap;
    l.thin = thin;
    l.facts = facts;
  }
  // grown by push, never by a write past the end, so the array stays packed
  if (n === LEXEMES.length) LEXEMES.push(l);
  else LEXEMES[n] = l;
}

/** Upper-case initial, or a lower-case ASCII letter before an upper-case one (iPhone, eBay). */
function capitalAsWord(text: string): boolean {
  const c = text.charCodeAt(0);
  // ASCII fast path for the capital test; the regex only for other scripts and "iPhone"
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return text.length > 1 && isAsciiUpper(text.charCodeAt(1));
  return c > 127 && UPPER.test(text);
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** U+00A0 no-break space, U+202F narrow no-break space, U+2009 thin space. */
function isThinSpace(code: number): boolean {
  return code === 0xa0 || code === 0x202f || code === 0x2009;
}
