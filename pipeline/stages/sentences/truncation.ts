/**
 * Does the article stop mid-sentence? Feeds and scrapers cut articles off ("… sagte der
 * Minister, die Verhandlungen", "Lesen Sie weiter […]"); analysts should know, because the
 * last quote or number may be incomplete. A single short line without final punctuation is
 * a headline, not a cut.
 */
import type { Sentence } from './types.js';

const FINAL = /[.!?…:]["“”»«’'‘)\]]*$/u;
const CUT_MARK = /(?:\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))$/u;
const LONG_LINE_WORDS = 15;

export function looksTruncated(text: string, sentences: readonly Sentence[]): boolean {
  const last = sentences[sentences.length - 1];
  if (!last) return false;
  const tail = text.slice(last.start, last.end);
  if (CUT_MARK.test(tail)) return true;
  if (FINAL.test(tail)) return false;
  const sameParagraph = sentences.length > 1 && sentences[sentences.length - 2]!.paragraph === last.paragraph;
  return sameParagraph || tail.split(/\s+/).length > LONG_LINE_WORDS;
}
