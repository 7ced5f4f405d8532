/** Sentence openers: the closed-class words of de/openers.ts, capitalised. */
import { isUpper, lowerFirst } from './chars.js';
import { SENTENCE_OPENERS } from './de/openers.js';

const OPENER = new Set(SENTENCE_OPENERS);

/** A capitalised closed-class word that starts sentences ("Die", "Dann", "Er"). */
export function isOpener(word: string): boolean {
  return word.length > 0 && isUpper(word[0]!) && OPENER.has(lowerFirst(word));
}
