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
   * Indices of the capitalised words with lexical facts (not WordInfo.noFacts): the only
   * words a first name, title or role can be, so the first pass over the document
   * (./person-names.ts collectDocNames) reads these instead of every word.
   */
  factWords: number[];
}

const CLOSERS = new Set(['“', '”', '«', '‹', '»', '"', "''"]);

/**
 * Builds the word views of every sentence. Tokens arrive in document order, grouped by
 * sentence (the tokens stage guarantees it).
 */
export function sentenceWords(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): SentenceWords[] {
  const out: SentenceWords[] = sentences.map((s) => ({ index: s.index, paragraph: s.paragraph, words: [], factWords: [] }));
  let open = false;
  let opener = '';
  let paragraph = -1;
  let current: SentenceWords | undefined;
  let expectInitial = true;
  for (const token of tokens) {
    const target = out[token.sentence];
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
      target.words.push({ start: token.start, end: token.end, text: raw, lower: raw, isWord: false, cap: false, allCaps: false, initial: false, inQuote: open, info: NO_INFO });
      if (opened || raw === ':' || raw === '(') expectInitial = true;
      else if (!CLOSERS.has(raw) && raw !== '–' && raw !== '-') expectInitial = false;
      continue;
    }
    const isWord = token.kind === 'word';
    if (form.cap) {
      // Capitalised words carry the lexical facts: computed once per form (lexemes.ts).
      const info = wordInfo(form);
      if (isWord && !info.noFacts) target.factWords.push(target.words.length);
      target.words.push({ start: token.start, end: token.end, text: form.text, lower: form.lower, isWord, cap: true, allCaps: form.allCaps, initial: expectInitial, inQuote: open, info });
    } else {
      // The rest keep their letters as written: "iPhone" is matched as "iPhone".
      target.words.push({ start: token.start, end: token.end, text: form.text, lower: form.text, isWord, cap: false, allCaps: false, initial: expectInitial, inQuote: open, info: NO_INFO });
    }
    expectInitial = false;
  }
  return out;
}
