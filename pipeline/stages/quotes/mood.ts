/**
 * Reported-speech mood: Konjunktiv I (sei, habe, werde, könne, gebe …), the Konjunktiv II
 * that stands in for it (hätten, würden …), and the reportive modal "soll … haben".
 */
import {
  KONJUNKTIV_NOT_FIRST_PERSON, NOUN_FOLLOWERS, REPORTIVE_STATIVES,
  DETERMINERS, KONJUNKTIV_FALSE_FRIENDS, KONJUNKTIV_II_REPORTED, PERFECT_AUXILIARIES, REPORTIVE_MODALS, STRONG_KONJUNKTIV,
} from './de/cues.js';
import { ARTICLE_OR_RELATIVE, SUBORDINATING } from './de/function-words.js';
import { KONJUNKTIV_I_FORMS, KONJUNKTIV_II_FORMS } from './lexicon.js';
import { isCapitalized, isClauseBreak, type Word } from './words.js';

export interface MoodOptions {
  /** Also accept Konjunktiv II (only where reported speech is already established). */
  konjunktivII: boolean;
  /** Accept the reportive "soll/sollen" with a perfect infinitive. */
  reportive: boolean;
}

/** Whether words [from, to) outside quotations carry a reported-speech verb form. */
export function hasReportedMood(words: readonly Word[], from: number, to: number, options: MoodOptions): boolean {
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    // Every test below needs one of the mood forms: skip the rest at once.
    if (!w.mood || w.quote >= 0 || w.kind !== 'word' || isCapitalized(w) && i > from) continue;
    const lower = w.lower;
    // "ich habe", "lehne ich … ab": first person indicative, not Konjunktiv I.
    if (lower.endsWith('e') && !KONJUNKTIV_NOT_FIRST_PERSON.has(lower) && firstPerson(words, i)) continue;
    if (STRONG_KONJUNKTIV.has(lower)) {
      if (isIdiom(words, i)) continue;
      return true;
    }
    if (KONJUNKTIV_I_FORMS.has(lower) && !KONJUNKTIV_FALSE_FRIENDS.has(lower) && lower.endsWith('e')) {
      // "Teile des Daches", "Berichte über …": a noun opening the clause.
      if (isCapitalized(w) && NOUN_FOLLOWERS.has(words[i + 1]?.lower ?? '')) continue;
      const prev = words[i - 1];
      const next = words[i + 1];
      // Adjective position: "die freie Wahl", "eine klare Linie".
      if (prev && DETERMINERS.has(prev.lower)) continue;
      if (next && isCapitalized(next) && !(prev && isClauseBreak(prev))) continue;
      if (isIdiom(words, i)) continue;
      return true;
    }
    if (options.konjunktivII && (KONJUNKTIV_II_REPORTED.has(lower) || KONJUNKTIV_II_FORMS.has(lower))) {
      if (isIdiom(words, i)) continue;
      return true;
    }
    // "soll … haben" reports a claim; plain "soll/sollen" reports a plan or demand from a
    // source only where reported speech is already established.
    if (options.reportive && REPORTIVE_MODALS.has(lower) && (options.konjunktivII || hasPerfectInfinitive(words, i + 1, to))) return true;
  }
  return false;
}

/** A clause opens at `i` after a comma — not an apposition ("dem 3. Mai", "der Chef der Firma"). */
function opensClause(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return true;
  if (SUBORDINATING.has(w.lower)) return true;
  if (!ARTICLE_OR_RELATIVE.has(w.lower)) return false;
  const next = words[i + 1];
  return !(next && (isCapitalized(next) || next.kind === 'number' || /^\d/.test(next.text)));
}

/** "ich" stands right before the form or after it, or earlier in its clause ("Ich arbeite … und plane"). */
function firstPerson(words: readonly Word[], i: number): boolean {
  if (words[i + 1]?.lower === 'ich') return true;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const w = words[k]!;
    if (isClauseBreak(w)) return false;
    if (w.lower === 'ich') return true;
  }
  return false;
}

function hasPerfectInfinitive(words: readonly Word[], from: number, to: number): boolean {
  let commas = 0;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w.quote >= 0) return false;
    // An apposition or a date may stand inside: "soll am Freitag, dem 17. März, … geschmuggelt haben".
    if (w.text === ',' && w.quote < 0 && k > from && commas < 2 && !opensClause(words, k + 1)) {
      commas++;
      continue;
    }
    if (isClauseBreak(w)) return false;
    const next = words[k + 1];
    // "Er soll resistent sein", "Das Lösegeld soll 120 Millionen betragen": a verb of state
    // closing the clause makes the modal a claim, not a plan or duty.
    if (REPORTIVE_STATIVES.has(w.lower) && (next === undefined || isClauseBreak(next) || next.quote >= 0)) return true;
    if (PERFECT_AUXILIARIES.has(w.lower)) {
      const prev = words[k - 1];
      return prev !== undefined && /(t|en)$/.test(prev.lower);
    }
  }
  return false;
}

/** "es sei denn", "als ob er … sei", "wie dem auch sei", "sei es … oder". */
function isIdiom(words: readonly Word[], i: number): boolean {
  const next = words[i + 1]?.lower;
  const lower = words[i]!.lower;
  if (lower === 'sei' && (next === 'denn' || next === 'dahingestellt')) return true;
  // "sei es in der Schule oder zu Hause" opens its clause; after a prefield "sei es" is the
  // reported verb with expletive "es" ("Dabei sei es zu einem Kurzschluss gekommen").
  if (lower === 'sei' && next === 'es' && (i === 0 || isClauseBreak(words[i - 1]!))) return true;
  if (lower === 'sei' && words[i - 1]?.lower === 'auch' && words[i - 2]?.lower === 'dem') return true;
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const w = words[k]!;
    if (isClauseBreak(w)) break;
    if ((w.lower === 'ob' || w.lower === 'wenn') && words[k - 1]?.lower === 'als') return true;
  }
  return false;
}
