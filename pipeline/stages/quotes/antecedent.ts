/**
 * What an anaphoric source points back to: "Demnach …" and "…, wonach …" attribute their
 * clause to a statement or document named just before ("Das geht aus dem Urteil hervor.
 * Demnach …", "Inzwischen sind Vorwürfe bekannt geworden. Demnach …", "hat Meldungen der
 * Zeitung zurückgewiesen, wonach …"), or to the speaker of the sentence before when the
 * document is only what that speaker published ("Die Polizei veröffentlichte einen Bericht.
 * Demnach …").
 */
import { DETERMINERS, SKIPPABLE_ADVERBS, PREPOSITIONS, POSSESSIVES } from './de/cues.js';
import { DOCUMENT_PLACE_PREPOSITIONS, HELD_BEFORE, OPENING_DOCUMENT_PREPOSITIONS } from './de/antecedents.js';
import { NOUN_ROLE } from './de/nouns.js';
import { phraseAfter } from './cues.js';
import { isClauseBreak, type Word } from './words.js';

export interface StatementPhrase {
  /** Word range [from, to], inclusive. */
  phrase: [number, number];
  /**
   * The statement is itself the source: the subject, the place the words stand in ("aus dem
   * Urteil", "im Bericht") or a dative object ("einer Vorlage zugestimmt") — not the
   * accusative object of someone who published it ("veröffentlichte einen Bericht").
   */
  own: boolean;
}

/** A word that heads a statement or document phrase ("Urteil", "Gesetzesvorlage", "Vorwürfe"). */
export function isStatementNoun(w: Word): boolean {
  return w.upper && w.kind === 'word' && w.quote < 0 && w.statement;
}

/** The last statement or document phrase in words[from, to), or null. */
export function statementPhrase(words: readonly Word[], from: number, to: number): StatementPhrase | null {
  for (let i = Math.min(to, words.length) - 1; i >= from; i--) {
    const w = words[i]!;
    if (!isStatementNoun(w)) continue;
    let start = phraseStart(words, from, i);
    // A genitive attachment: "Meldungen der Zeitung" — the phrase starts at the noun it belongs to.
    const det = words[start]!.lower;
    if ((det === 'der' || det === 'des') && start - 1 >= from && words[start - 1]!.upper && words[start - 1]!.kind === 'word') start = phraseStart(words, from, start - 1);
    // The phrase with its attachments: "dem Urteil des Gerichts", "Meldungen der Zeitung".
    const after = phraseAfter(words, start, to);
    const phrase: [number, number] = after && after[0] === start && after[1] >= i ? after : [start, i];
    return { phrase, own: ownStatement(words, from, start) };
  }
  return null;
}

function ownStatement(words: readonly Word[], from: number, start: number): boolean {
  let k = from;
  while (k < start && SKIPPABLE_ADVERBS.has(words[k]!.lower)) k++;
  if (k === start) return true; // the subject opens the clause
  const prev = words[start - 1]!.lower;
  if (DOCUMENT_PLACE_PREPOSITIONS.has(prev)) return true;
  if (PREPOSITIONS.has(prev)) return false;
  const first = words[start]!.lower;
  return first === 'einer' || first === 'dem';
}

/** The first word of the noun phrase headed by word `i`: back over adjectives to its determiner. */
function phraseStart(words: readonly Word[], from: number, i: number): number {
  let k = i;
  while (k - 1 >= from) {
    const w = words[k - 1]!;
    if (w.quote >= 0 || w.kind !== 'word') break;
    if (DETERMINERS.has(w.lower)) return k - 1;
    if (w.lowerInitial && w.inflected && w.readings === null) {
      k--;
      continue;
    }
    break;
  }
  return k;
}

/**
 * A narrated sentence that opens with the document its content stands in: "Im Bericht werden
 * zahlreiche Fälle aufgeführt", "In einer Analyse der BBC wird die Entwicklung als … gesehen",
 * "Im weiteren Verlauf der Pressemitteilung wird deutlich". The document phrase (after the
 * preposition), which is then the source in view for reported speech that follows.
 */
export function openingDocument(words: readonly Word[]): [number, number] | null {
  let k = 0;
  while (k < words.length && SKIPPABLE_ADVERBS.has(words[k]!.lower)) k++;
  return documentAt(words, k);
}

/**
 * The first document a clause places its words in, in words[from, to): "In einem Schreiben an
 * die Mitarbeiter war von einem „…“ die Rede", "Derzeit steht in dem Gesetzentwurf der Passus: …".
 */
export function documentPlace(words: readonly Word[], from: number, to: number): [number, number] | null {
  for (let k = from; k < to; k++) {
    if (words[k]!.quote >= 0) return null;
    const found = documentAt(words, k);
    if (found && found[1] < to) return found;
  }
  return null;
}

function documentAt(words: readonly Word[], k: number): [number, number] | null {
  const prep = words[k];
  if (!prep || !OPENING_DOCUMENT_PREPOSITIONS.has(prep.lower)) return null;
  const np = phraseAfter(words, k + 1);
  if (!np || np[0] !== k + 1) return null;
  for (let i = np[0]; i <= np[1]; i++) {
    if (!isStatementNoun(words[i]!)) continue;
    // "Im weiteren Verlauf der Pressemitteilung": the document from its determiner on.
    const det = words[i - 1];
    const from = i > np[0] + 1 && det && DETERMINERS.has(det.lower) && words[i - 2]!.upper ? i - 1 : np[0];
    return [from, np[1]];
  }
  return null;
}

/**
 * A claim noun whose content clause follows its comma inside words[from, to): "dem Vorwurf
 * der Verteidigung, das Gericht sei nicht legitim", "die Behauptung, die Sorte werde …".
 * Returns the noun phrase (with a genitive holder) and the index of the comma, or null.
 * `reportedAfter` tells whether the clause after a comma is reported content.
 */
export function contentNounPhrase(words: readonly Word[], from: number, to: number, reportedAfter: (comma: number) => boolean): { phrase: [number, number]; comma: number } | null {
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!w.upper || w.kind !== 'word' || w.quote >= 0 || (w.nouns & NOUN_ROLE.content) === 0) continue;
    // The noun may carry a genitive or a short attachment before its comma: "dem Vorwurf der
    // Verteidigung Saddam Husseins, …", "der Verdacht bei dem Franzosen, …".
    const start = phraseStart(words, from, i);
    // Held by someone named in the clause: "mit dem Hinweis, …" (the subject's reason), "von
    // dem Verdacht ausgehen", "seiner Darstellung" (the possessor's).
    const before = words[start - 1]?.lower ?? '';
    if (HELD_BEFORE.has(before) || POSSESSIVES.has(words[start]!.lower)) continue;
    const np = phraseAfter(words, start, to);
    const end = np && np[0] === start && np[1] >= i ? np[1] : i;
    // The comma that opens the content may follow a few more words of the clause ("der
    // Verdacht bei dem Franzosen in Réunion, …", "die Ängste zu zerstreuen, …"), but not a
    // held noun of its own: in "begegnete der Kritik mit dem Argument, …" the content is the
    // argument's, whose holder is the subject.
    let comma = end + 1;
    while (comma < to && comma <= end + 6 && words[comma]!.text !== ',' && words[comma]!.quote < 0 && !isClauseBreak(words[comma]) && !HELD_BEFORE.has(words[comma]!.lower)) comma++;
    if (words[comma]?.text !== ',' || !reportedAfter(comma)) continue;
    return { phrase: [start, end], comma };
  }
  return null;
}

