/**
 * Pass 3: the speaker phrase of a cue, found by word order alone (German is verb-second):
 * - inverted: "…“, sagte Ministerin Anna Berg", "Am Montag erklärte der Sprecher" → the
 *   noun phrase right after the finite verb;
 * - preposed: "Die Kanzlerin betonte", "Auch US-Außenminister Marco Rubio bestätigte" → the
 *   noun phrase that opens the clause;
 * - subordinate: "wie die Polizei mitteilte" → the noun phrase after the subordinator;
 * - source cues carry their phrase: "laut X", "X zufolge", "nach Angaben von X", "so X".
 */
import {
  EXPLETIVE_ES_VERBS, POSSESSIVES, PREPOSITIONS, SKIPPABLE_ADVERBS, SPEAKER_PRONOUNS, SUBORDINATORS,
  CONTENT_CONJUNCTIONS, NON_REFERRING, DETERMINERS, IMPERSONAL_SOURCE_PREPOSITIONS,
  IMPERSONAL_ORIGIN_PREPOSITIONS,
} from './de/cues.js';
import {
  CLAUSE_COORDINATORS, COORDINATORS, DETERMINER_FORMS, DOCUMENT_PLACES, EXAMPLE_ADVERBS, GENITIVE_RELATIVES,
  NOMINATIVE_ARTICLES, NOMINATIVE_ONLY, NP_WORDS, OBLIQUE_OPENERS, OBLIQUE_STARTS, OPENING_NAME_PARTICLES,
  PLURAL_QUANTIFIERS, PRONOUN_OPENERS, PURPOSE_LEADS, REFERRING_SUBJECT_PRONOUNS, RELATIVE_OPENERS,
  SINGULAR_ARTICLES, SUBJECT_RELATIVES, WEAK_OBJECT_PRONOUNS, OWN_SOURCE_DETERMINERS, VERB_FIRST_COORDINATORS, OBJECT_ARTICLES,
} from './de/function-words.js';
import { HABEN_SEIN_FORMS, LASSEN_FORMS } from './de/function-verbs.js';
import { NOUN_ROLE } from './de/nouns.js';
import { isAuxiliary, isGeParticiple, isPassive, phraseAfter, phraseBefore, type Cue } from './cues.js';
import { hasMention, isCapitalized, isClauseBreak, isPunct, isQuoteMark, quotedSubjectName, type Word } from './words.js';
import { IMPERSONAL_LEMMAS, VON_TOPIC_LEMMAS } from './de/source-verbs.js';

export interface SpeakerPhrase {
  /** Word range [from, to], inclusive. */
  from: number;
  to: number;
}

/** Index of the first word of the clause holding word `i`. */
export function clauseStartOf(words: readonly Word[], i: number): number {
  let k = i;
  while (k > 0 && !isClauseBreak(words[k - 1])) k--;
  return k;
}

/** Index after the last word of the clause holding word `i`. */
export function clauseEndOf(words: readonly Word[], i: number): number {
  let k = i + 1;
  while (k < words.length && !isClauseBreak(words[k])) k++;
  return k;
}

/** The speaker phrase of a cue found in `words` (found once per cue and kept on it). */
export function speakerOf(words: readonly Word[], cue: Cue): SpeakerPhrase | null {
  if (cue.speaker === undefined) cue.speaker = findSpeaker(words, cue);
  return cue.speaker;
}

function findSpeaker(words: readonly Word[], cue: Cue): SpeakerPhrase | null {
  if (cue.kind === 'impersonal') {
    return cue.source ? { from: cue.source[0], to: cue.source[1] } : documentBeforeRelative(words, cue.index) ?? impersonalSource(words, cue.index);
  }
  if (cue.kind !== 'verb') {
    if (cue.ownSource) {
      // "nach eigenen Angaben": the subject, else the phrase; "nach seiner Einschätzung": the
      // subject, else nobody here (the current speaker is the possessor).
      const own = cue.source && words[cue.source[0]]!.lower.startsWith('eigen') ? { from: cue.source[0], to: cue.source[1] } : null;
      return subjectOfClause(words, cue.index) ?? own;
    }
    return cue.source ? { from: cue.source[0], to: cue.source[1] } : null;
  }
  const start = clauseStartOf(words, cue.index);
  // "Es wurde bekannt, dass …": nobody speaks.
  if (IMPERSONAL_LEMMAS.has(cue.lemma)) return documentSource(words, 0, cue.index);
  if (isPassive(words, cue, start)) {
    // "wie der Trainer von Spiegel Online zitiert wird", "Der Minister wird mit den Worten
    // zitiert": the quoted person (the passive subject) speaks, not the medium that quotes.
    if (cue.lemma === 'zitieren') {
      const quoted = subjectAround(words, start, cue.index);
      if (quoted) return quoted;
    }
    // "wurde von der Polizei mitgeteilt": the agent; otherwise nobody is named. Not "von"
    // after a noun ("die Regierung unter der Führung von X"), which belongs to that noun, nor
    // the topic of "sprechen von" ("Von Betrug wird gesprochen").
    for (let k = start; k < clauseEndOf(words, cue.index); k++) {
      if ((words[k]!.lower === 'von' || words[k]!.lower === 'vom') && !VON_TOPIC_LEMMAS.has(cue.lemma) && !followsPrepositionalNoun(words, k, start)) {
        const np = phraseAfter(words, k + 1);
        if (np) return { from: np[0], to: np[1] };
      }
    }
    // "eine Petition, in der der König ersucht wird, …", "ein Schreiben, in dem er darüber
    // informiert wurde, dass …": the document the relative clause stands in.
    // "In einer Presseerklärung, die … veröffentlicht wurde, wurde verkündet": from the start.
    return documentBeforeRelative(words, cue.index) ?? documentSource(words, 0, cue.index);
  }
  // "Die Zeitung zitierte den Minister mit den Worten: …": the quoted person is the object;
  // after the impersonal subject ("zitierte man die Sprecherin") too.
  if (cue.lemma === 'zitieren') {
    let np = phraseAfter(words, cue.index + 1);
    if (np && np[0] === np[1] && words[np[0]]!.lower === 'man') np = phraseAfter(words, np[1] + 1);
    if (np && !SPEAKER_PRONOUNS.has(words[np[0]]!.text)) return { from: np[0], to: np[1] };
  }
  // "Seit August vertritt er die These, dass …": an opinion noun is no verb; the clause's
  // subject holds the view, found from the clause's own finite verb.
  if ((words[cue.index]!.nouns & NOUN_ROLE.opinion) !== 0) {
    const holder = sentenceSubject(words, start, cue.index) ?? subjectAround(words, start, cue.index);
    // "ist die Gewerkschaft der Ansicht": the noun's article is no genitive of the subject.
    if (holder && holder.to >= cue.index) {
      // back over adjectives ("der festen Überzeugung") to the noun's article
      let det = cue.index - 1;
      while (det > holder.from && words[det]!.lowerInitial && words[det]!.inflected && !DETERMINERS.has(words[det]!.lower)) det--;
      return holder.from < det ? { from: holder.from, to: det - 1 } : null;
    }
    return holder;
  }
  return subjectAround(words, start, cue.index);
}

/** The subject of the clause holding word `i` (used for "nach eigenen Angaben"). */
function subjectOfClause(words: readonly Word[], i: number): SpeakerPhrase | null {
  const start = clauseStartOf(words, i);
  // "Der Bruder, Georg M., war nach eigenem Bekunden …": the subject before the apposition.
  if (start > 1 && words[start - 1]!.text === ',') {
    const before = subjectBeforeInsertion(words, start - 1);
    if (before) return before;
  }
  let k = start;
  while (k < words.length && SKIPPABLE_ADVERBS.has(words[k]!.lower)) k++;
  const np = phraseAfter(words, k);
  if (np && np[1] < i) return { from: np[0], to: np[1] };
  // "Nach eigenen Angaben erhielt das Amt …": the subject follows the finite verb.
  let end = i;
  while (end < words.length && isCapitalized(words[end]) || OWN_SOURCE_DETERMINERS.has(words[end]?.lower ?? '') || words[end]?.lower === 'nach') end++;
  const after = phraseAfter(words, end + 1);
  return after ? { from: after[0], to: after[1] } : null;
}

/**
 * "eine Erklärung der Behörde, in der es heißt, …": the noun phrase before the relative
 * clause that "heißt es" stands in.
 */
function documentBeforeRelative(words: readonly Word[], cue: number): SpeakerPhrase | null {
  const start = clauseStartOf(words, cue);
  if (start < 2 || words[start - 1]!.text !== ',' || !PREPOSITIONS.has(words[start]!.lower) || !RELATIVE_OPENERS.has(words[start + 1]?.lower ?? '')) return null;
  const np = phraseBefore(words, start - 2);
  if (!np) return null;
  // The phrase with its genitive: "eine Erklärung der Behörde" (phraseBefore stops at "der").
  let from = np[0];
  const det = words[from]!.lower;
  if ((det === 'der' || det === 'des') && from > 0 && words[from - 1]!.upper) {
    const head = phraseBefore(words, from - 1);
    if (head) from = head[0];
  }
  return { from, to: np[1] };
}

/**
 * "In der Pressemitteilung heißt es", "heißt es auf der Webseite", "In dem Bericht, der gestern
 * erschien, heißt es": a place-like phrase in the clause of "heißt es", or one opening the
 * sentence. A phrase in an earlier clause is part of what was said ("Die meisten Fälle
 * entfallen auf Südasien, heißt es"), not its source.
 */
function impersonalSource(words: readonly Word[], cue: number): SpeakerPhrase | null {
  const start = clauseStartOf(words, cue);
  // "eine Erklärung, in der es heißt, …": the relative pronoun, which stands for the document.
  if (start > 0 && words[start - 1]!.text === ',' && start + 2 <= cue && DOCUMENT_PLACES.has(words[start]!.lower) && RELATIVE_OPENERS.has(words[start + 1]!.lower)) return { from: start + 1, to: start + 1 };
  // "Aus Paris hieß es", "Von der Polizei hieß es": where the words came from.
  let lead = start;
  while (lead < cue && SKIPPABLE_ADVERBS.has(words[lead]!.lower)) lead++;
  if (lead < cue && IMPERSONAL_ORIGIN_PREPOSITIONS.has(words[lead]!.lower)) {
    const np = phraseAfter(words, lead + 1, cue);
    if (np && np[0] === lead + 1 && np[1] === cue - 1) return { from: np[0], to: np[1] };
  }
  const own = documentSource(words, start, cue, true);
  if (own || start === 0) return own;
  let k = 0;
  while (k < start && SKIPPABLE_ADVERBS.has(words[k]!.lower)) k++;
  const opening = documentSource(words, k, clauseEndOf(words, k), true);
  return opening && opening.from === k + 1 ? opening : null;
}

/** "In einem Bericht der Zeitung wurde vermutet", "In der Pressemitteilung heißt es": the document. */
function documentSource(words: readonly Word[], start: number, cue: number, anyDocument = false): SpeakerPhrase | null {
  for (let k = start; k < cue; k++) {
    const w = words[k]!;
    if (w.lower !== 'in' && w.lower !== 'im' && !(anyDocument && IMPERSONAL_SOURCE_PREPOSITIONS.has(w.lower))) continue;
    const np = phraseAfter(words, k + 1, cue);
    if (!np) continue;
    // Before "heißt es" any such phrase is the document ("In dem Antrag heißt es").
    if (anyDocument || hasSourceNoun(words, np[0], np[1])) return { from: np[0], to: np[1] };
  }
  return null;
}

function hasSourceNoun(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if ((words[k]!.nouns & NOUN_ROLE.source) !== 0) return true;
  return false;
}

function subjectAround(words: readonly Word[], start: number, verb: number): SpeakerPhrase | null {
  // An infinitive clause has no subject of its own ("X hat keine Hemmungen, seine Sympathien
  // offen zu zeigen: „…“"): the subject of the clause it depends on speaks.
  // Not "um/ohne/statt … zu": a purpose or manner clause says what someone does, not who speaks.
  if (words[verb - 1]?.lower === 'zu' && start > 1 && words[start - 1]!.text === ',' && !PURPOSE_LEADS.has(words[start]!.lower)) return matrixSubject(words, start - 1);
  let k = start;
  // "Denn wie die Zeitung berichtete", "Und als der Minister erklärte": a coordinating
  // conjunction before the subordinator belongs to neither clause.
  if (k + 1 < verb && COORDINATORS.has(words[k]!.lower) && (SUBORDINATORS.has(words[k + 1]!.lower) || CONTENT_CONJUNCTIONS.has(words[k + 1]!.lower))) k++;
  // A quotation opening the clause without a comma („Wer soll das bezahlen?“ fragen sich
  // Experten): the clause proper, and its finite verb, start after the closing mark.
  if (isQuoteMark(words[k]) && words[k]!.quote >= 0 && words[verb]!.quote < 0 && !quotedNameFirst(words, k)) {
    const q = words[k]!.quote;
    let e = k + 1;
    while (e < verb && words[e]!.quote === q) e++;
    k = e;
  }
  // Subordinate clause: "wie die Polizei mitteilte", "als der Minister erklärte".
  const lead = words[k]?.lower ?? '';
  // Only verb-final clauses are subordinate: "Als Antwort auf den Brief sagte ein Sprecher"
  // has "als" in a verb-second main clause.
  // "Wie die Sender berichten sind …" (no comma after the verb): "wie", one noun phrase and
  // the verb make a verb-final clause all the same.
  const verbFinal = clauseEndOf(words, verb) <= verb + 2 || lead === 'wie' && phraseAfter(words, k + 1, verb)?.[1] === verb - 1;
  // Relative clause: "…, der den Wahlsieg als „Fest“ bezeichnete" — the relative pronoun is
  // the subject as written (the entities layer links it to its antecedent), unless a subject
  // pronoun follows it ("…, die er gestern nannte").
  // "…, der Minister sei ein Risiko und kündigte an, …": a finite verb in second place and a
  // preterite after "und" make two main clauses, not a verb-final relative clause; the
  // preterite shares the sentence's subject.
  const ownFinite = words[verb - 1]?.lower === 'und' && isPreteriteForm(words[verb]!) && auxiliarySecond(words, k, verb - 1);
  if (k < verb && verbFinal && !ownFinite && start > 0 && words[start - 1]!.text === ',' && SUBJECT_RELATIVES.has(lead)) {
    const next = words[k + 1];
    if (next && REFERRING_SUBJECT_PRONOUNS.has(next.lower)) return { from: k + 1, to: k + 1 };
    // "…, die der Minister gestern vorstellte": a nominative phrase after it is the subject.
    // ("…, der der Regierung vorwarf": after the masculine relative "der", "der" is a dative.)
    if (next && NOMINATIVE_ONLY.has(next.lower) && !(lead === 'der' && next.lower === 'der')) {
      const np = phraseAfter(words, k + 1, verb);
      if (np && np[0] === k + 1) return { from: np[0], to: np[1] };
    }
    return { from: k, to: k };
  }
  // A relative clause opened by a preposition: "ein Zettel, in dem er verlangte, …" — the
  // subject follows the relative pronoun.
  // Not participles joined by "und" with no finite verb after them ("…, Anna Berg, gegen die
  // Pläne gewandt und behauptet, …"): the auxiliary stood earlier, in the main clause.
  const participlesOnly = words[verb - 1]?.lower === 'und' && isGeParticiple(words[verb - 2]) && !isAuxiliary(words[verb + 1]);
  if (k + 2 < verb && verbFinal && !participlesOnly && start > 0 && words[start - 1]!.text === ',' && PREPOSITIONS.has(lead) && RELATIVE_OPENERS.has(words[k + 1]!.lower)) {
    let at = k + 2;
    // "in dessen Folge das Gericht festgestellt hatte": the possessed noun belongs to the
    // preposition; the subject follows it.
    if (GENITIVE_RELATIVES.has(words[k + 1]!.lower)) {
      const possessed = phraseAfter(words, at, verb);
      if (possessed && possessed[0] === at) at = possessed[1] + 1;
    }
    const next = words[at];
    if (next && at < verb && REFERRING_SUBJECT_PRONOUNS.has(next.lower)) return { from: at, to: at };
    const np = at < verb ? phraseAfter(words, at, verb) : null;
    if (np && np[0] === at && mayBeSubject(words, np[0])) return { from: np[0], to: np[1] };
  }
  if (k < verb && verbFinal && (SUBORDINATORS.has(lead) || CONTENT_CONJUNCTIONS.has(lead))) {
    k++;
    while (k < verb && (SKIPPABLE_ADVERBS.has(words[k]!.lower) || words[k]!.lower === 'sich')) k++;
    // "wie aus einer Mitteilung der Polizei hervorgeht", "wie sich aus der Auswertung ergab":
    // where it comes from is the source.
    if (k < verb && IMPERSONAL_ORIGIN_PREPOSITIONS.has(words[k]!.lower)) {
      const source = phraseAfter(words, k + 1, verb);
      if (source && source[0] === k + 1) return { from: source[0], to: source[1] };
    }
    const np = phraseAfter(words, k, verb);
    return np ? { from: np[0], to: np[1] } : null;
  }
  while (k < verb && (SKIPPABLE_ADVERBS.has(words[k]!.lower) || words[k]!.lower === 'und')) k++;
  // The finite verb: an auxiliary before a participle ("hat … angekündigt"), else the cue.
  let finite = verb;
  // The auxiliary before a preterite after "und" belongs to the first conjunct ("habe … geräumt
  // und angekündigt" joins participles, "sei ein Risiko und kündigte an" two clauses).
  for (let m = k; m < verb && !ownFinite; m++) {
    // "ließ ein Sprecher verlauten", "lässt die Ministerin mitteilen": lassen is finite.
    if (isAuxiliary(words[m]) || LASSEN_FORMS.has(words[m]!.lower)) {
      finite = m;
      break;
    }
  }
  // A subject pronoun right after the finite verb is the subject, whatever stands first
  // ("Der Politik schlug er vor, …", "Zwar nehme Moskau …, erklärte er").
  const afterFinite = words[finite + 1];
  if (afterFinite && finite === verb - 0 || afterFinite && isAuxiliary(words[finite])) {
    if (afterFinite && REFERRING_SUBJECT_PRONOUNS.has(afterFinite.lower)) return { from: finite + 1, to: finite + 1 };
  }
  // Coordinated verb without its own subject: "… und meldete sich mit den Worten: …",
  // "Er sagte, Europa brauche X und fügte hinzu: …" — the sentence's subject.
  const coordinated = words[finite - 1]?.lower === 'und' && finite > 1;
  if (coordinated || k === finite && start > 0 && VERB_FIRST_COORDINATORS.has(words[start]!.lower)) {
    return sentenceSubject(words, 0, finite - 1);
  }
  // "Die Polizei räumte die Straße und die Anwohner befürchten, dass …": a second main clause
  // after "und" with a subject of its own right before the verb.
  // Also when the first clause has a perfect or copula auxiliary ("Dies war nicht die erste
  // Blockade und die Anwohner befürchten, …"), if the verb cannot be its participle.
  if (k < finite && (finite === verb || HABEN_SEIN_FORMS.has(words[finite]!.lower) && !isGeParticiple(words[verb]) && !words[verb]!.lower.endsWith('t'))) {
    const second = coordinatedClauseSubject(words, k, verb);
    if (second) return second;
  }
  if (k < finite) {
    const first = words[k]!;
    // "Zu Guttenberg hatte eingeräumt", "Von Weizsäcker sagte": a capitalised name particle
    // before a name is no preposition.
    const next = words[k + 1];
    // Not when a referent follows the verb: "Zu Putin sagte Merz" has a preposition.
    if (first.upper && OPENING_NAME_PARTICLES.has(first.lower) && next && next.upper && next.mention) {
      const np = phraseAfter(words, k + 1, finite);
      const inverted = invertedSubject(words, finite, verb);
      if (np && np[0] === k + 1 && np[1] === finite - 1 && !(inverted && hasMention(words, inverted.from, inverted.to))) return { from: k, to: np[1] };
    }
    if (!PREPOSITIONS.has(first.lower) && (!isQuoteMark(first) || quotedNameFirst(words, k))) {
      const np = phraseAfter(words, k, finite);
      // Object first, subject after the verb: "Die Anwendung … stellte der SPD-Vorsitzende in Frage".
      const after = words[finite + 1];
      if (np && np[0] === k && after?.lower === 'der' && OBJECT_ARTICLES.has(first.lower)) {
        const subject = phraseAfter(words, finite + 1);
        // Not the cue's own noun: "Die Vereinigung ist der Ansicht, dass …".
        if (subject && !(subject[0] <= verb && verb <= subject[1])) return { from: subject[0], to: subject[1] };
      }
      // A dative or accusative opens the clause ("Ihren Widersacher X forderte May auf",
      // "Dem Minister warf die Opposition vor"): the subject follows the finite verb.
      if (np && np[0] === k && OBLIQUE_OPENERS.has(first.lower)) {
        const inverted = invertedSubject(words, finite, verb);
        if (inverted && inverted.from > finite && mayBeSubject(words, inverted.from)) return inverted;
      }
      if (np && np[0] === k) {
        // The opening phrase is no referent but the phrase after the verb is: an adverbial or
        // an object stands first ("Besorgt äußerte sich Kofi Annan", "Des Weiteren verwies
        // Steinbrück darauf", "Das erklärte General Winai").
        const inverted = invertedSubject(words, finite, verb);
        const invertedReferent = inverted !== null && hasMention(words, inverted.from, inverted.to) && mayBeSubject(words, inverted.from);
        // The finite verb agrees with its subject: a plural verb keeps a plural opening phrase
        // against a singular name after it ("Mehrere Ärzte haben Minister X geschrieben"); a
        // singular verb rules out a plural opening phrase, which is then the object ("Die
        // Äußerungen der Richter bezeichnete der Minister als …").
        const number = finiteNumber(words[finite]!);
        if (invertedReferent && !hasMention(words, np[0], np[1]) && !(number === 'pl' && phraseNumber(words, inverted.from, inverted.to) === 'sg')) return inverted;
        if (invertedReferent && number === 'sg' && phraseNumber(words, np[0], np[1]) === 'pl' && phraseNumber(words, inverted.from, inverted.to) !== 'pl') return inverted;
        // An adverb opening the clause ("Monatelang haben die Verkehrsbetriebe bestritten"): the
        // subject follows the finite verb; with no subject there (a passive), nobody.
        if (np[0] === np[1] && isNonReferring(words[k]!)) return inverted && mayBeSubject(words, inverted.from) ? inverted : null;
        // "Theo Brandner, Präsident des Verbandes nannte …" (the closing comma missing): the
        // apposition opens the clause; the name before it is the subject.
        const named = k === start ? nameBeforeApposition(words, start, np) : null;
        if (named) return named;
        return { from: np[0], to: np[1] };
      }
    }
  }
  // The verb opens its clause after a comma that closes an apposition or relative clause:
  // the subject stands before it ("Der NDR, der … ist, begründete die Einblendungen damit").
  if (k === finite && start > 1 && words[start - 1]!.text === ',') {
    const before = subjectBeforeInsertion(words, start - 1);
    if (before) return before;
  }
  // Inverted: the subject follows the finite verb (after adverbs: "sagte zudem der Minister").
  // A dative or accusative there is an object; the subject may follow it ("…, hat den Minister
  // der Verband gebeten"), else it is not in this clause ("…, hat den Bürgermeister gebeten").
  const inverted = invertedSubject(words, finite, verb);
  if (inverted && mayBeSubject(words, inverted.from)) return inverted;
  if (inverted && inverted.to + 1 < verb) {
    const next = phraseAfter(words, inverted.to + 1, verb);
    if (next && next[0] === inverted.to + 1 && mayBeSubject(words, next[0]) && !isNonReferring(words[next[0]]!)) return { from: next[0], to: next[1] };
  }
  // Subject shared with the previous clause: "Zwar forderte er …, stellte aber klar: …".
  if (k === finite && start > 1 && words[start - 1]!.text === ',') {
    let end = start - 1;
    for (let hop = 0; hop < 3 && end > 0; hop++) {
      const prevStart = clauseStartOf(words, end - 1);
      for (let p = prevStart + 1; p < end && p < prevStart + 4; p++) {
        if (REFERRING_SUBJECT_PRONOUNS.has(words[p]!.lower)) return { from: p, to: p };
      }
      if (prevStart === 0 || words[prevStart - 1]!.text !== ',') break;
      end = prevStart - 1;
    }
  }
  // The verb opens its clause after a comma: the subject stands before an apposition or a
  // relative clause ("Dmitrijew, der … zusammentraf, sprach von …").
  if (k === finite && start > 1 && words[start - 1]!.text === ',') return subjectBeforeInsertion(words, start - 1);
  // No subject, but the clause opens with where the words came from: "Aus EU-Kreisen
  // verlautete, …", "Von der Polizei hieß es, …".
  if (k < finite && IMPERSONAL_ORIGIN_PREPOSITIONS.has(words[k]!.lower)) {
    const np = phraseAfter(words, k + 1, finite);
    if (np && np[1] === finite - 1) return { from: np[0], to: np[1] };
  }
  // A verb-final clause that goes on after an apposition: "Seitdem der Vorsitzende, Peter Lang,
  // im Oktober angekündigt hat, …" — the subject stands before the apposition.
  if (verbFinal && k < verb && start > 1 && words[start - 1]!.text === ',') return subjectBeforeInsertion(words, start - 1);
  return null;
}

/**
 * A speech verb form that can only be finite: not a participle or infinitive (ge-…, -t, -en),
 * so a weak preterite in -te or a strong one ("sprach", "rief", "wies").
 */
function isPreteriteForm(w: Word): boolean {
  return w.readings !== null && !isGeParticiple(w) && !w.lower.endsWith('t') && !w.lower.endsWith('en');
}

/** An auxiliary right after the noun phrase at `k`, with more of its clause before `und` (verb-second, not verb-final: "der krank war und …"). */
function auxiliarySecond(words: readonly Word[], k: number, und: number): boolean {
  const np = phraseAfter(words, k, und);
  return np !== null && np[0] === k && isAuxiliary(words[np[1] + 1]) && np[1] + 2 < und;
}
/**
 * "von" right after the noun of a prepositional phrase ("unter der Führung von X", "mit
 * Unterstützung von X") attaches to that noun; after the passive subject ("die Regierung vom
 * Verband aufgefordert") it is the agent.
 */
function followsPrepositionalNoun(words: readonly Word[], von: number, start: number): boolean {
  const noun = words[von - 1];
  if (von <= start || !noun || !noun.upper || noun.kind !== 'word') return false;
  for (let m = von - 2; m >= start && m >= von - 4; m--) {
    const w = words[m]!;
    if (PREPOSITIONS.has(w.lower)) return true;
    if (w.upper || w.kind !== 'word') return false;
  }
  return false;
}

/**
 * Number of a finite verb by its ending: 3rd person plural ends in -n ("haben", "sagten",
 * "erklärten") or is "sind"; singular ends in -t or -e ("hat", "sagte", "sei", "habe").
 * Null for anything else.
 */
export function finiteNumber(w: Word): 'sg' | 'pl' | null {
  const l = w.lower;
  if (l === 'sind' || l.endsWith('en') || l.endsWith('ern') || l.endsWith('eln')) return 'pl';
  if (l.endsWith('t') || l.endsWith('e')) return 'sg';
  return null;
}

/**
 * Number of a noun phrase where its form shows it: plural after a plural quantifier or after
 * "die" with a head in -en/-er/-e that is no mention ("die Äußerungen", "Einige der Ärzte",
 * "mehrere Abgeordnete"); singular after "der"/"ein"/"eine" or for a name standing without
 * article ("Premierminister Tom Baker", "Müller"). Null when the form does not tell.
 */
export function phraseNumber(words: readonly Word[], from: number, to: number): 'sg' | 'pl' | null {
  const first = words[from]!;
  if (PLURAL_QUANTIFIERS.has(first.lower)) return 'pl';
  if (SINGULAR_ARTICLES.has(first.lower)) return 'sg';
  if (first.lower === 'die') {
    for (let k = from + 1; k <= to; k++) {
      const w = words[k]!;
      if (!w.upper) continue;
      // the head: a common noun in -en (plural; feminine singulars in -en are rare) —
      // not a name the entities layer knows ("die Grünen" is plural anyway)
      return w.lower.endsWith('en') && !w.mention ? 'pl' : null;
    }
    return null;
  }
  if (first.upper && first.mention && !first.lower.endsWith('en')) return 'sg';
  return null;
}

/** The subject of the clause that ends at the comma `comma` (the clause an infinitive depends on). */
function matrixSubject(words: readonly Word[], comma: number): SpeakerPhrase | null {
  const from = clauseStartOf(words, comma - 1);
  let k = from;
  while (k < comma && SKIPPABLE_ADVERBS.has(words[k]!.lower)) k++;
  const np = PREPOSITIONS.has(words[k]?.lower ?? '') ? null : phraseAfter(words, k, comma);
  const next = np ? words[np[1] + 1] : undefined;
  if (np && np[0] === k && next && next.kind === 'word' && !next.upper) return { from: np[0], to: np[1] };
  return sentenceSubject(words, from, comma);
}

/**
 * The subject of a second main clause joined by a conjunction within one comma-free clause
 * ("Die Polizei räumte die Straße und die Anwohner befürchten"): the noun phrase between the
 * conjunction and the verb, when the first part has a finite verb of its own (not "Die Polizei
 * und die Anwohner befürchten", where both are the subject).
 */
function coordinatedClauseSubject(words: readonly Word[], k: number, verb: number): SpeakerPhrase | null {
  for (let u = verb - 2; u > k; u--) {
    if (!CLAUSE_COORDINATORS.has(words[u]!.lower)) continue;
    const np = phraseAfter(words, u + 1, verb);
    // "und das FBI seinerseits versprach": adverbs may stand between subject and verb.
    let end = np ? np[1] + 1 : verb;
    while (end < verb && SKIPPABLE_ADVERBS.has(words[end]!.lower)) end++;
    if (!np || np[0] !== u + 1 || end !== verb || !mayBeSubject(words, np[0])) return null;
    // The first conjunct opens with a noun phrase or a pronoun ("Dies war nicht die erste
    // Blockade und die Anwohner befürchten, …").
    const opener = phraseAfter(words, k, u) ?? (PRONOUN_OPENERS.has(words[k]!.lower) ? [k, k] : null);
    if (!opener || opener[0] !== k || finiteAfter(words, opener[1] + 1, u) < 0) return null;
    return { from: np[0], to: np[1] };
  }
  return null;
}

/**
 * The name before an apposition that opens the clause at `start` without an article
 * ("Theo Brandner, Präsident des Verbandes nannte …"): the sentence opens with that name (a
 * mention and nothing else) and the comma after it.
 */
function nameBeforeApposition(words: readonly Word[], start: number, np: [number, number]): SpeakerPhrase | null {
  const head = words[np[0]]!;
  if (start < 2 || words[start - 1]!.text !== ',' || DETERMINERS.has(head.lower) || !head.upper || !head.mention) return null;
  let k = clauseStartOf(words, start - 2);
  if (k !== 0) return null;
  while (k < start - 1 && SKIPPABLE_ADVERBS.has(words[k]!.lower)) k++;
  const name = phraseAfter(words, k, start - 1);
  if (!name || name[0] !== k || name[1] !== start - 2 || !words[k]!.mention || DETERMINERS.has(words[k]!.lower)) return null;
  return { from: name[0], to: name[1] };
}

/** A quoted name opening the clause before its verb („Muslix64“ erwähnte). */
function quotedNameFirst(words: readonly Word[], k: number): boolean {
  for (let c = k + 1; c < words.length && c < k + 8; c++) if (isQuoteMark(words[c]) && words[c]!.quote === words[k]!.quote) return quotedSubjectName(words, k, c);
  return false;
}

/** The noun phrase after the finite verb (after adverbs and "sich"), unless it is the cue itself. */
function invertedSubject(words: readonly Word[], finite: number, verb: number): SpeakerPhrase | null {
  let m = finite + 1;
  let es = -1;
  while (m < words.length && m < finite + 6 && (SKIPPABLE_ADVERBS.has(words[m]!.lower) || words[m]!.lower === 'sich' || EXAMPLE_ADVERBS.has(words[m]!.lower) && words[m + 1]?.kind === 'word' || WEAK_OBJECT_PRONOUNS.has(words[m]!.lower) && words[m + 1]?.kind === 'word' && m + 1 !== verb)) {
    if (words[m]!.lower === 'es') es = m;
    m++;
  }
  const np = phraseAfter(words, m);
  if (np && np[0] !== verb) return { from: np[0], to: np[1] };
  // "Hier stellte es fest, dass …": no phrase after "es" before the clause ends — "es" is the
  // subject (a neuter referent), not an object before one.
  // Not after sein/werden ("So sei es sinnvoller, …"), where "es" is expletive.
  return es >= 0 && isClauseBreak(words[m + 1]) && np === null && !EXPLETIVE_ES_VERBS.has(words[finite]!.lower) ? { from: es, to: es } : null;
}

/**
 * A phrase that can be a subject by its first word: not a dative or accusative determiner or
 * pronoun ("teilte dem Sender mit", "schlug den Mitarbeitern vor") and not a genitive name
 * before its noun ("nannte Patersons Entscheidung").
 */
function mayBeSubject(words: readonly Word[], from: number): boolean {
  const w = words[from]!;
  if (OBLIQUE_STARTS.has(w.lower)) return false;
  const next = words[from + 1];
  return !(w.upper && w.lower.endsWith('s') && next && next.upper && next.kind === 'word' && !next.mention);
}

/** A word that opens a clause but refers to nobody: "Darüber", "Monatelang", "Besonders". */
export function isNonReferring(w: Word): boolean {
  return !w.mention && (NON_REFERRING.has(w.lower) || w.adverbEnding);
}

export function subjectBeforeInsertion(words: readonly Word[], comma: number): SpeakerPhrase | null {
  let end = comma; // exclusive end of the segment before this comma
  for (let hops = 0; hops < 3; hops++) {
    const segStart = clauseStartOf(words, end - 1);
    if (segStart === 0 || words[segStart - 1]!.text !== ',') {
      // Only a subject if at least one insertion stood between it and the verb.
      if (hops === 0) return null;
      const subordinate = subordinateSubject(words, segStart, end);
      if (subordinate) return subordinate;
      // The sentence's first segment: its noun phrase is the subject if the segment is one.
      let k = segStart;
      while (k < end && SKIPPABLE_ADVERBS.has(words[k]!.lower)) k++;
      // A preposition opens an adverbial ("Trotz Anerkennung für …, kritisiert die OSZE"), not a subject.
      const np = PREPOSITIONS.has(words[k]!.lower) ? null : phraseAfter(words, k, end);
      if (np && np[0] === k) return { from: np[0], to: np[1] };
      // "Vor kurzem hatte ein Talibanführer …, Baitullah Mehsud, erklärt": after the verb.
      return sentenceSubject(words, segStart, end);
    }
    const lead = words[segStart]!;
    // "wie Burt Rutan, Chef der Firma, mitteilte": the subject follows the subordinator.
    const subordinate = subordinateSubject(words, segStart, end);
    if (subordinate) return subordinate;
    const isRelative = RELATIVE_OPENERS.has(lead.lower) || (PREPOSITIONS.has(lead.lower) && RELATIVE_OPENERS.has(words[segStart + 1]?.lower ?? ''));
    // An age between commas is an apposition too: "Karl Brandt, 71, sagte".
    const age = end - segStart === 1 && lead.kind === 'number';
    const isApposition = age || end - segStart <= 12 && (isCapitalized(lead) || phraseAfter(words, segStart, end) !== null) && !words.slice(segStart, end).some((w) => isAuxiliary(w));
    if (!isRelative && !isApposition) return null;
    end = segStart - 1;
  }
  return null;
}

/**
 * The subject of a plain sentence: the noun phrase opening it (after adverbs) when a finite
 * verb follows, or a subject pronoun right after the second-position verb.
 */
export function sentenceSubject(words: readonly Word[], from: number, to: number): SpeakerPhrase | null {
  // callers may pass bounds outside the word list (a quote opening the text, a sentence
  // ending in marks only)
  to = Math.min(to, words.length);
  let k = Math.max(0, from);
  while (k < to && (SKIPPABLE_ADVERBS.has(words[k]!.lower) || isPunct(words[k]) && !isQuoteMark(words[k]))) k++;
  const first = words[k];
  if (!first || first.quote >= 0) return null;
  // "Seine Botschaft ist …": the possessor speaks, not the phrase.
  if (POSSESSIVES.has(first.lower)) return null;
  if (!PREPOSITIONS.has(first.lower) && !SUBORDINATORS.has(first.lower)) {
    const np = phraseAfter(words, k, to);
    // "Der Betreiber des Kraftwerks, der Energieversorger Tepco, begann …": past the apposition.
    const next = np ? words[np[1] + 1]?.text === ',' ? words[afterApposition(words, np[1] + 1, to)] : words[np[1] + 1] : undefined;
    if (np && np[0] === k && next && next.kind === 'word' && !next.upper) {
      // An adverb or object first, the referent after the verb: "Hier sparte der
      // Bundespräsident nicht mit Kritik", "Jede Mitverantwortung weist Hartmann von sich".
      const verb = finiteAfter(words, np[1] + 1, to);
      const inverted = verb >= 0 ? invertedSubject(words, verb, -1) : null;
      if (inverted && inverted.to < to && !hasMention(words, np[0], np[1]) && hasMention(words, inverted.from, inverted.to) && mayBeSubject(words, inverted.from)) return inverted;
      return { from: np[0], to: np[1] };
    }
    // Adverbs first, then the verb: "Hier sparte der Bundespräsident nicht mit Kritik"; or a
    // clause before its comma ("Um … zu retten, erteilten sie den Befehl").
    if (!np && (k > from || from > 0 && words[from - 1]!.text === ',') && first.kind === 'word' && !first.upper && !NP_WORDS.has(first.lower)) {
      const inverted = invertedSubject(words, k, -1);
      if (inverted && inverted.to < to && mayBeSubject(words, inverted.from)) return inverted;
    }
    return null;
  }
  // A subordinate clause first ("Als ein Fluggast zu Hilfe eilte, biss der Randalierer …"):
  // the main clause's finite verb follows its comma, the subject after that verb.
  // "Seit August vertritt er …", "Bis Montag hatte …": before a bare noun a word that is both
  // preposition and subordinator ("seit", "während", "bis") is the preposition.
  if (SUBORDINATORS.has(first.lower) && !(PREPOSITIONS.has(first.lower) && words[k + 1]?.upper && words[k + 1]!.kind === 'word')) {
    const ce = clauseEndOf(words, k);
    const v = ce + 1;
    const verbWord = words[v];
    if (words[ce]?.text === ',' && verbWord && v < to && verbWord.kind === 'word' && !verbWord.upper && !PREPOSITIONS.has(verbWord.lower) && !SUBORDINATORS.has(verbWord.lower)) {
      const after = words[v + 1];
      if (after && REFERRING_SUBJECT_PRONOUNS.has(after.lower)) return { from: v + 1, to: v + 1 };
      const inverted = invertedSubject(words, v, -1);
      if (inverted && inverted.to < to && mayBeSubject(words, inverted.from)) return inverted;
    }
    return null;
  }
  // Adverbial first: the subject follows the finite verb ("Beim Treffen wurde Rubio deutlicher").
  // An auxiliary is the surest finite verb ("Erst vor zwei Tagen hatte der Investor …").

  for (let m = k + 1; m < Math.min(to, k + 10); m++) {
    const w = words[m]!;
    if (isClauseBreak(w) || w.quote >= 0) break;
    if (!isAuxiliary(w) || w.upper) continue;
    const after = words[m + 1];
    if (after && REFERRING_SUBJECT_PRONOUNS.has(after.lower)) return { from: m + 1, to: m + 1 };
    const np = phraseAfter(words, m + 1, to);
    if (np && np[0] === m + 1 && !POSSESSIVES.has(words[np[0]]!.lower) && mayBeSubject(words, np[0])) return { from: np[0], to: np[1] };
    break;
  }
  for (let m = k + 1; m < Math.min(to, k + 10); m++) {
    const w = words[m]!;
    if (isClauseBreak(w) || w.quote >= 0) break;
    // A subject pronoun right after a lower-case word: that word is the finite verb, whatever
    // its ending ("Im Januar legte er sein Amt nieder und verkündete, …").
    if (w.kind === 'word' && !w.upper && !PREPOSITIONS.has(w.lower) && !NP_WORDS.has(w.lower) && REFERRING_SUBJECT_PRONOUNS.has(words[m + 1]?.lower ?? '') && m + 1 < to) return { from: m + 1, to: m + 1 };
    // A word in -e/-en followed by a determiner is a verb, not an adjective (adjectives stand
    // before their noun): "Nach Entdeckung der Flucht leitete die Polizei …".
    if (w.kind === 'word' && !w.upper && w.inflected && !NP_WORDS.has(w.lower) && !DETERMINER_FORMS.has(w.lower) && !PREPOSITIONS.has(w.lower) && NOMINATIVE_ARTICLES.has(words[m + 1]?.lower ?? '')) {
      const np = phraseAfter(words, m + 1, to);
      if (np && np[0] === m + 1 && mayBeSubject(words, np[0])) return { from: np[0], to: np[1] };
    }
    if (w.kind !== 'word' || w.upper || PREPOSITIONS.has(w.lower) || w.inflected && !isAuxiliary(w)) continue;
    const after = words[m + 1];
    if (after && REFERRING_SUBJECT_PRONOUNS.has(after.lower)) return { from: m + 1, to: m + 1 };
    const np = phraseAfter(words, m + 1, to);
    return np && !POSSESSIVES.has(words[np[0]]!.lower) ? { from: np[0], to: np[1] } : null;
  }
  return null;
}
/**
 * The second-position verb after the opening phrase: the first lower-case word that is not a
 * preposition (its phrase is skipped) or a determiner. -1 when none stands before `to`.
 */
function finiteAfter(words: readonly Word[], from: number, to: number): number {
  let m = from;
  while (m < to) {
    const w = words[m]!;
    if (w.kind !== 'word' || w.quote >= 0 || isClauseBreak(w)) return -1;
    if (PREPOSITIONS.has(w.lower)) {
      const np = phraseAfter(words, m + 1, to);
      m = np ? np[1] + 1 : m + 1;
      continue;
    }
    if (!w.upper && !NP_WORDS.has(w.lower)) return m;
    m++;
  }
  return -1;
}

/** A segment that is a subordinator plus one noun phrase ("wie die Premierministerin von Queensland"). */
function subordinateSubject(words: readonly Word[], segStart: number, end: number): SpeakerPhrase | null {
  const lead = words[segStart]!.lower;
  // Not "als": "Müller, als Chef der Firma, sagte" is an apposition of Müller.
  if (!(SUBORDINATORS.has(lead) || lead === 'wie') || lead === 'als') return null;
  let k = segStart + 1;
  while (k < end && SKIPPABLE_ADVERBS.has(words[k]!.lower)) k++;
  const np = phraseAfter(words, k, end);
  return np && np[0] === k && np[1] >= end - 1 ? { from: np[0], to: np[1] } : null;
}

/**
 * The index after one or two appositions that follow a noun phrase, each a short noun phrase
 * between commas ("…, der Energieversorger Tepco, begann"), or `comma` itself when none does.
 */
function afterApposition(words: readonly Word[], comma: number, to: number): number {
  let at = comma;
  for (let hop = 0; hop < 2 && words[at]?.text === ','; hop++) {
    const np = phraseAfter(words, at + 1, to);
    if (!np || np[0] !== at + 1 || np[1] - np[0] > 9 || words[np[1] + 1]?.text !== ',') break;
    at = np[1] + 2;
    // One apposition is enough when a verb follows it.
    if (words[at] && words[at]!.kind === 'word' && !words[at]!.upper) return at;
    at--;
  }
  return comma;
}
