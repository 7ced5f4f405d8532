/**
 * Per-sentence token views with the features the mention finder asks for again and again
 * (lower-case form, capitalisation, sentence-initial position, inside a quotation), computed
 * once per token. Quotation state is tracked across the sentences of a paragraph, so the
 * pronoun resolver can keep a speaker's "wir" and "sie" inside their quote apart from the
 * author's.
 */
import type { Sentence } from '../sentences/types.js';
import type { Token } from '../tokens/types.js';
import { wordInfo } from './lexemes.js';
import { NO_INFO, type WordInfo } from './phrase.js';
import { NAME_START_FACTS } from './person-names.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** First letter is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (NATO, CNN, IWF). */
  allCaps: boolean;
  /** Starts the sentence, or follows an opening quotation mark or a colon. */
  initial: boolean;
  inQuote: boolean;
  /** Lexical facts about the word (NO_INFO unless capitalised; see ./phrase.ts info()). */
  info: WordInfo;
}

export interface SentenceWords {
  index: number;
  paragraph: number;
  words: Word[];
  /**
   * Indices of the capitalised words that are a first name, title or role (NAME_START_FACTS):
   * the only words a name the first pass over the document looks for can start from, so that
   * pass (./person-names.ts collectDocNames) reads these instead of every word.
   */
  nameFactWords: number[];
}

const CLOSERS = new Set(['“', '”', '«', '‹', '»', '"', "''"]);

/**
 * The word views are reused from one document to the next (the first WORD_POOL_LIMIT of
 * them): a fresh object per token per document was a large part of the stage's garbage, and
 * collecting it a large part of its time. A view lives only while findEntities reads its
 * document: candidates keep word indices and mentions offsets, nothing keeps a Word, so the
 * next document may overwrite it.
 */
const WORD_POOL: Word[] = [];
const WORD_POOL_LIMIT = 1 << 16;
let poolNext = 0;

/** A word view with these fields: a pooled one while the pool lasts. */
function wordView(start: number, end: number, text: string, lower: string, isWord: boolean, cap: boolean, allCaps: boolean, initial: boolean, inQuote: boolean, info: WordInfo): Word {
  if (poolNext >= WORD_POOL_LIMIT) return { start, end, text, lower, isWord, cap, allCaps, initial, inQuote, info };
  let w = WORD_POOL[poolNext];
  if (w === undefined) {
    w = { start, end, text, lower, isWord, cap, allCaps, initial, inQuote, info };
    WORD_POOL.push(w);
  } else {
    w.start = start; w.end = end; w.text = text; w.lower = lower; w.isWord = isWord;
    w.cap = cap; w.allCaps = allCaps; w.initial = initial; w.inQuote = inQuote; w.info = info;
  }
  poolNext++;
  return w;
}

/**
 * The sentence views are reused too (the first SENTENCE_POOL_LIMIT of a document), with
 * their arrays: a sentence's words are written over the previous document's and the array
 * cut to length at the end, so an array keeps its room instead of growing anew.
 */
const SENTENCE_POOL: SentenceWords[] = [];
const SENTENCE_POOL_LIMIT = 1 << 13;

/** The view of sentence k of the document, its arrays still holding the previous document's entries. */
function sentenceView(k: number, s: Sentence): SentenceWords {
  if (k >= SENTENCE_POOL_LIMIT) return { index: s.index, paragraph: s.paragraph, words: [], nameFactWords: [] };
  let view = SENTENCE_POOL[k];
  if (view === undefined) {
    view = { index: s.index, paragraph: s.paragraph, words: [], nameFactWords: [] };
    SENTENCE_POOL.push(view);
  } else {
    view.index = s.index;
    view.paragraph = s.paragraph;
  }
  return view;
}

/** The next free index of array k (counted in `counts`), taken. */
function take(counts: Int32Array, k: number): number {
  const at = counts[k]!;
  counts[k] = at + 1;
  return at;
}

/**
 * Builds the word views of every sentence. Tokens arrive in document order, grouped by
 * sentence (the tokens stage guarantees it). The views are valid until the next call (see
 * WORD_POOL): read them, keep indices and offsets, never the views.
 */
export function sentenceWords(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): SentenceWords[] {
  const out: SentenceWords[] = sentences.map((s, k) => sentenceView(k, s));
  // Entries written so far per sentence (the arrays are cut to these at the end).
  const wordCount = new Int32Array(out.length);
  const factCount = new Int32Array(out.length);
  let open = false;
  let opener = '';
  let paragraph = -1;
  let current: SentenceWords | undefined;
  let expectInitial = true;
  poolNext = 0;
  for (const token of tokens) {
    const sentence = token.sentence;
    const target = out[sentence];
    if (!target) continue;
    if (target !== current) {
      current = target;
      expectInitial = true;
      if (target.paragraph !== paragraph) {
        paragraph = target.paragraph;
        open = false;
      }
    }
    // The token's form (tokens stage, core/forms.ts) carries its interned string, lower case
    // and capitalisation: no slice and no lower-casing here.
    const form = token.form;
    if (token.kind === 'punct' || token.kind === 'symbol') {
      const raw = form.text;
      let opened = false;
      if (raw === '„') {
        if (!open) { open = true; opener = raw; opened = true; }
      } else if (raw === '»' || raw === '«') {
        // »…« (German books) and «…» (Swiss press): whichever comes first opens.
        if (!open) { open = true; opener = raw; opened = true; }
        else if (opener !== raw) open = false;
      } else if (raw === '“' || raw === '”' || raw === '"') {
        if (open) open = false;
        else { open = true; opener = raw; opened = true; }
      }
      target.words[take(wordCount, sentence)] = wordView(token.start, token.end, raw, raw, false, false, false, false, open, NO_INFO);
      if (opened || raw === ':' || raw === '(') expectInitial = true;
      else if (!CLOSERS.has(raw) && raw !== '–' && raw !== '-') expectInitial = false;
      continue;
    }
    const isWord = token.kind === 'word';
    if (form.cap) {
      // Capitalised words carry the lexical facts: computed once per form (lexemes.ts).
      const info = wordInfo(form);
      if (isWord && (info.startFacts & NAME_START_FACTS) !== 0) target.nameFactWords[take(factCount, sentence)] = wordCount[sentence]!;
      target.words[take(wordCount, sentence)] = wordView(token.start, token.end, form.text, form.lower, isWord, true, form.allCaps, expectInitial, open, info);
    } else {
      // The rest keep their letters as written: "iPhone" is matched as "iPhone".
      target.words[take(wordCount, sentence)] = wordView(token.start, token.end, form.text, form.text, isWord, false, false, expectInitial, open, NO_INFO);
    }
    expectInitial = false;
  }
  for (let k = 0; k < out.length; k++) {
    out[k]!.words.length = wordCount[k]!;
    out[k]!.nameFactWords.length = factCount[k]!;
  }
  return out;
}
