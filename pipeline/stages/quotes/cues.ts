/**
 * Pass 2: find the cues of reported speech in a sentence: speech verbs (with separable
 * particles and the words some of them need), source prepositions ("laut X", "X zufolge",
 * "nach Angaben von X", "gemäß"), postposed "so X", impersonal "hieß es", and the
 * attributing adverbs "demnach", "wonach". Words inside direct quotations are never cues.
 */
import { SPEECH_VERB_FORMS, type SpeechVerb } from './lexicon.js';
import {
  CONTENT_ADVERBS, SOURCE_NOUN_ATTRIBUTES, DETERMINERS, NP_STOPPERS, NOT_SPEAKER_HEADS, ADJECTIVE_ADVERBS, PREPOSITIONS, QUANTITY_ADVERBS,
  IMPERSONAL_SOURCE_PREPOSITIONS, DATIVE_POSSESSIVES, SUBORDINATORS, PAST_NARRATION_VERBS,
} from './de/cues.js';
import {
  ADVERBS_AFTER_SO, ATTRIBUTE_LINKS, ATTRIBUTE_WORDS, DATIVE_PRONOUNS, DATIVE_RELATIVES,
  INNER_NAME_PARTICLES, LONE_DEMONSTRATIVES, LONE_PRONOUNS, NOUN_ATTACHMENTS, NOUN_CLAUSE_PARTICLES,
  NOUN_COMPLEMENTS, OPINION_DETERMINERS, OWN_DATIVES, PARTITIVE_HEADS, PERSONAL_PRONOUNS,
  PERSONAL_SUBJECT_PRONOUNS, PREPOSITIONS_AFTER_SO, PREPOSITION_STARTS, CAPITALISED_FUNCTION_WORDS,
} from './de/function-words.js';
import { AUXILIARIES, PASSIVE_AUXILIARIES_WITH_KONJUNKTIV } from './de/function-verbs.js';
import { NOUN_ROLE } from './de/nouns.js';
import { CUE_WORD, isClauseBreak, isCapitalized, isNormNoun, isQuoteMark, PARTICIPLE, type Word } from './words.js';
import type { SpeakerPhrase } from './speaker.js';

/** The determiner of an opinion noun right before it or before one adjective ("der festen Überzeugung"). */
function opinionDeterminer(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (!before) return false;
  if (OPINION_DETERMINERS.has(before.lower)) return true;
  return before.lowerInitial && before.inflected && before.readings === null && OPINION_DETERMINERS.has(words[i - 2]?.lower ?? '');
}

export type CueKind = 'verb' | 'source' | 'so' | 'impersonal' | 'adverb';

export interface Cue {
  kind: CueKind;
  /** Index of the cue word (the verb, "laut", "zufolge", "so", "hieß", "demnach"). */
  index: number;
  /** Index of a separable particle that belongs to the verb, or -1. */
  particle: number;
  lemma: string;
  verb: SpeechVerb | null;
  /** For source cues: the word range of the source phrase [from, to] (inclusive), if any. */
  source: [number, number] | null;
  /** "nach eigenen Angaben": the source is the subject of the sentence. */
  ownSource: boolean;
  /** The speaker phrase speaker.ts found for the cue, kept once found: the passes ask for it again. */
  speaker?: SpeakerPhrase | null;
}

export const isAuxiliary = (w: Word | undefined): boolean => w !== undefined && AUXILIARIES.has(w.lower);

export function findCues(words: readonly Word[]): Cue[] {
  const cues: Cue[] = [];
  // The sentence's checked words (checkedForms), made at the first speech verb form with
  // several readings to check (most sentences have none).
  let forms: ReadonlySet<string> | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Every branch below needs a cue form (words.ts): most words are none.
    if (!w.cue || w.quote >= 0 || w.kind !== 'word') continue;
    const lower = w.lower;
    if (forms === null && w.facts.checkedReadings > 1) forms = checkedForms(words);
    const verbCue = readVerb(words, i, forms);
    if (verbCue) {
      cues.push(verbCue);
      continue;
    }
    // "die von Arnold nach dem Urteil geäußerte Hoffnung, sein Leben werde …": a participle
    // attribute names the holder with "von"; the noun is the cue of the clause after its comma.
    if ((w.nouns & (NOUN_ROLE.opinion | NOUN_ROLE.act)) !== 0 && words[i + 1]?.text === ',' && words[i + 1]!.quote < 0 && words[i + 2]) {
      const agent = participleAgent(words, i);
      if (agent) {
        cues.push({ kind: 'verb', index: i, particle: -1, lemma: w.text, verb: { lemma: w.text, particle: '', particleWords: [], requires: [], infinitive: true, directive: true, weak: false, noun: true }, source: agent, ownSource: false });
        continue;
      }
    }
    // "ist der Meinung, dass …", "hegt den Verdacht, er könnte …": the noun stands in for the
    // speech verb; its content clause follows the comma, its holder is the subject.
    if ((w.nouns & NOUN_ROLE.opinion) !== 0 && words[i + 1]?.text === ',' && words[i + 1]!.quote < 0 && opinionDeterminer(words, i)) {
      cues.push({ kind: 'verb', index: i, particle: -1, lemma: w.text, verb: { lemma: w.text, particle: '', particleWords: [], requires: [], infinitive: false, directive: false, weak: false }, source: null, ownSource: false });
      continue;
    }
    // "die Forderung der Gewerkschaft, … zu …", "die Behauptung, dass …": a speech-act noun
    // right before the comma of its content clause (extract.ts checks the clause's form).
    if ((w.nouns & NOUN_ROLE.act) !== 0 && i > 0) {
      const noun = speechActNoun(words, i);
      if (noun) {
        cues.push(noun);
        continue;
      }
    }
    // A relative clause whose pronoun is the source: "Studien, nach denen …", "ein Gutachten,
    // laut dem …", "Grundsätze, denen zufolge …" (the pronoun stands for the document).
    const relative = relativeSource(words, i);
    if (relative >= 0) {
      cues.push({ kind: 'source', index: i, particle: -1, lemma: lower === 'lt.' ? 'laut' : lower, verb: null, source: [relative, relative], ownSource: false });
      continue;
    }
    const cueWord = w.facts.cueWord;
    if ((cueWord & CUE_WORD.sourcePreposition) !== 0) {
      const np = phraseAfter(words, i + 1) ?? sourcePhraseAfter(words, i + 1);
      if (np && lower === 'gemäß' && namesNorm(words, i + 1, np[1])) continue;
      if (np) cues.push({ kind: 'source', index: i, particle: -1, lemma: lower === 'lt.' ? 'laut' : lower, verb: null, source: np, ownSource: false });
    } else if ((cueWord & CUE_WORD.sourcePostposition) !== 0) {
      const np = bareStatementBefore(words, i - 1) ?? phraseBefore(words, i - 1) ?? sourcePhraseBefore(words, i - 1);
      if (np) cues.push({ kind: 'source', index: i, particle: -1, lemma: lower, verb: null, source: np, ownSource: isOwn(words, np) });
    } else if (lower === 'nach') {
      // "nach Angaben der Polizei", and postposed: "Seiner Meinung nach", "Angaben nach".
      const np = sourceNounPhrase(words, i + 1) ?? postposedSource(words, i);
      if (np) cues.push({ kind: 'source', index: i, particle: -1, lemma: 'nach', verb: null, source: np, ownSource: isOwn(words, np) });
    } else if (lower === 'so' && isPostposedSo(words, i)) {
      cues.push({ kind: 'so', index: i, particle: -1, lemma: 'so', verb: null, source: phraseAfter(words, i + 1), ownSource: false });
    } else if ((cueWord & CUE_WORD.impersonal) !== 0 && (words[i + 1]?.lower === 'es' || words[i - 1]?.lower === 'es' || esInClause(words, i))) {
      const from = words[i + 1]?.lower === 'es' ? i + 2 : i + 1;
      const prep = words[from];
      const source = prep && IMPERSONAL_SOURCE_PREPOSITIONS.has(prep.lower) ? phraseAfter(words, from + 1) ?? documentAfter(words, from + 1) : null;
      cues.push({ kind: 'impersonal', index: i, particle: -1, lemma: 'heißen', verb: null, source, ownSource: false });
    } else if ((cueWord & CUE_WORD.attributing) !== 0) {
      cues.push({ kind: 'adverb', index: i, particle: -1, lemma: lower, verb: null, source: null, ownSource: false });
    } else if (lower === 'danach' && i === 0 && w.upper && !pastNarration(words[i + 1])) {
      // "Die Studie wurde heute vorgestellt. Danach …": like "Demnach" when the sentence before
      // names a statement or document (extract.ts checks); otherwise "afterwards".
      cues.push({ kind: 'adverb', index: i, particle: -1, lemma: 'danach', verb: null, source: null, ownSource: false });
    }
  }
  // "bekannt gab": "bekannt" is the particle of "gab", not the participle of "bekennen".
  // "wies den Vorwurf zurück, …", "äußerte die Hoffnung, …": a strong speech verb whose clause
  // ends at the noun's comma takes the content itself; a weak one ("reagierte auf die
  // Forderung des X, …", "kritisierte den Plan, …") leaves it to the noun.
  return cues.filter((c) => !cues.some((o) => o.kind === 'verb' && o.particle === c.index) &&
    !(c.verb?.noun && cues.some((o) => o.kind === 'verb' && !o.verb?.noun && !o.verb?.weak && sameClause(words, o, c))) &&
    !(c.verb?.weak && cues.some((o) => o.verb?.noun && o.index > c.index && sameClause(words, c, o))));
}

function sameClause(words: readonly Word[], a: Cue, b: Cue): boolean {
  const from = Math.min(a.index, b.index);
  const to = Math.max(a.index, a.particle, b.index);
  for (let k = from + 1; k < to; k++) if (isClauseBreak(words[k])) return false;
  return true;
}

/**
 * A speech-act noun at `i` followed by at most a genitive or "von" phrase (its holder), a
 * complement ("an die Regierung", "gegen den Minister") and a pronominal adverb ("darauf"),
 * then the comma of its content: a cue whose `source` is the holder, if any.
 */
function speechActNoun(words: readonly Word[], i: number): Cue | null {
  let k = i + 1;
  let source: [number, number] | null = null;
  for (let hop = 0; hop < 3; hop++) {
    const w = words[k];
    if (!w || w.quote >= 0) return null;
    if (NOUN_ATTACHMENTS.has(w.lower) && !source) {
      const from = w.lower === 'von' || w.lower === 'vom' ? k + 1 : k;
      const np = phraseAfter(words, from);
      if (!np || np[0] !== from) return null;
      source = np;
      k = np[1] + 1;
    } else if (w.mention && isCapitalized(w) && k === i + 1) {
      // A genitive name: "die Forderung Frankreichs".
      const np = phraseAfter(words, k);
      if (!np) return null;
      source = np;
      k = np[1] + 1;
    } else if (NOUN_COMPLEMENTS.has(w.lower) && !(NOUN_CLAUSE_PARTICLES.has(w.lower) && words[k + 1]?.text === ',')) {
      const np = phraseAfter(words, k + 1);
      if (!np || np[0] !== k + 1) return null;
      k = np[1] + 1;
    } else break;
  }
  if (CONTENT_ADVERBS.has(words[k]?.lower ?? '')) k++;
  // The particle of the support verb closing the clause: "liegt nur die Äußerung vor, er
  // werde …", "gab die Erklärung ab, man prüfe …".
  if (NOUN_CLAUSE_PARTICLES.has(words[k]?.lower ?? '') && words[k + 1]?.text === ',') k++;
  const comma = words[k];
  if (!comma || comma.text !== ',' || comma.quote >= 0 || !words[k + 1]) return null;
  const lemma = words[i]!.text;
  return { kind: 'verb', index: i, particle: -1, lemma, verb: { lemma, particle: '', particleWords: [], requires: [], infinitive: true, directive: true, weak: false, noun: true }, source, ownSource: false };
}

/**
 * The agent of a participle attribute before the noun at `i`: "die von Arnold … geäußerte
 * Hoffnung", "der vom Minister erhobene Vorwurf" — the participle right before the noun, and
 * "von"/"vom" with its phrase after the article that opens the noun phrase.
 */
function participleAgent(words: readonly Word[], i: number): [number, number] | null {
  const participle = words[i - 1];
  if (!participle || !participle.lowerInitial || !participle.inflected || !PARTICIPLE_ATTRIBUTE.test(participle.lower)) return null;
  for (let k = i - 2; k >= 1 && k >= i - 12; k--) {
    const w = words[k]!;
    if (w.quote >= 0 || isClauseBreak(w)) return null;
    if ((w.lower === 'von' || w.lower === 'vom') && DETERMINERS.has(words[k - 1]!.lower)) {
      return phraseAfter(words, k + 1, i - 1);
    }
  }
  return null;
}
/** An inflected past participle: ge…te/ten/ene/enen, or with an inseparable prefix (erhobene, vorgetragene). */
const PARTICIPLE_ATTRIBUTE = /^(\p{L}*ge\p{L}+(t|en)|(be|er|ver|ent|zer|über|unter)\p{L}+(t|en))(e|en|er|es|em)$/u;

/**
 * A document phrase whose adjectives phraseAfter does not take ("in einer gestern verbreiteten
 * Erklärung"): from the determiner at `i` to the first capitalised noun within a few words.
 */
function documentAfter(words: readonly Word[], i: number): [number, number] | null {
  if (!DETERMINERS.has(words[i]?.lower ?? '')) return null;
  for (let k = i + 1; k < words.length && k < i + 5; k++) {
    const w = words[k]!;
    if (w.quote >= 0 || isClauseBreak(w)) return null;
    if (isCapitalized(w)) return [i, k];
  }
  return null;
}

/** A finite verb of past narration (see PAST_NARRATION_VERBS); a weak preterite unless it is a reported Konjunktiv II ("hätte"). */
function pastNarration(verb: Word | undefined): boolean {
  if (!verb || verb.kind !== 'word') return false;
  return PAST_NARRATION_VERBS.has(verb.lower) || verb.lowerInitial && !verb.mood && (verb.lower.endsWith('te') || verb.lower.endsWith('ten'));
}

/** "gemäß § 132a", "gemäß der Regelung", "gemäß den Strafrechtsbestimmungen": compliance, no source. */
function namesNorm(words: readonly Word[], from: number, to: number): boolean {
  if (words[from]?.text === '§') return true;
  for (let k = from; k <= to; k++) {
    const w = words[k]!;
    // the first noun decides: "gemäß einem Sprecher der Vereinsordnung" is a source
    if (w.upper) return isNormNoun(w);
  }
  return false;
}

/**
 * Whether the noun phrase ending at `j` (before ", nach der/denen") is headed by a statement,
 * document or source noun — also behind a genitive or prepositional attribute ("Studien der
 * Universität, nach denen …", "Umfragen im Land, nach denen …") — or is no noun at all.
 */
function sourceAntecedent(words: readonly Word[], j: number): boolean {
  const last = words[j];
  if (last === undefined || !last.upper) return true;
  const roles = NOUN_ROLE.act | NOUN_ROLE.document | NOUN_ROLE.antecedent | NOUN_ROLE.statement;
  for (let k = j, n = 0; k >= 0 && n < 7; k--, n++) {
    const w = words[k]!;
    if (w.upper) {
      if ((w.nouns & roles) !== 0) return true;
    } else if (!ATTRIBUTE_WORDS.has(w.lower) && (!w.inflected || w.readings !== null)) return false;
  }
  return false;
}

/**
 * The index of the relative pronoun that a source word at `i` governs after a comma: ", nach
 * denen", ", laut dem", ", gemäß der" (pronoun after), ", denen zufolge" (before); else -1.
 */
export function relativeSource(words: readonly Word[], i: number): number {
  const lower = words[i]!.lower;
  const cueWord = words[i]!.facts.cueWord;
  if (lower === 'nach' || (cueWord & CUE_WORD.sourcePreposition) !== 0) {
    const next = words[i + 1];
    const after = words[i + 2];
    // "nach dem Spiel" is no relative clause: the pronoun must not open a noun phrase; "denen"
    // never does ("Studien, nach denen Homöopathie wirke").
    if (!(words[i - 1]?.text === ',' && next !== undefined && DATIVE_RELATIVES.has(next.lower) && after !== undefined && (!after.upper || next.lower === 'denen'))) return -1;
    // "die Pause, nach der …" is time; "Studien, nach denen …", "Gerüchte, nach denen …" a source.
    return lower !== 'nach' || sourceAntecedent(words, i - 2) ? i + 1 : -1;
  }
  if ((cueWord & CUE_WORD.sourcePostposition) !== 0) {
    const prev = words[i - 1];
    return prev !== undefined && DATIVE_RELATIVES.has(prev.lower) && words[i - 2]?.text === ',' ? i - 1 : -1;
  }
  return -1;
}

/**
 * A source phrase after "laut"/"gemäß" that phraseAfter does not read: an attribute with a
 * phrase of its own ("laut einer am Dienstag veröffentlichten Mitteilung des WFP"). (A noun
 * with a lower-case prefix, "laut ai-Bericht", is capitalised in words.ts.) The phrase runs
 * to the first noun with its attachments, at most eight words on, with no verb or break.
 */
function sourcePhraseAfter(words: readonly Word[], from: number): [number, number] | null {
  for (let k = from; k < words.length && k < from + 8; k++) {
    const w = words[k]!;
    if (w.quote >= 0 || isClauseBreak(w) || AUXILIARIES.has(w.lower) || (w.readings && !(w.inflected && w.lowerInitial))) return null;
    if (k > from && isCapitalized(w) && !NOT_SPEAKER_HEADS.has(w.text)) {
      const np = phraseAfter(words, k);
      if (np) return [from, np[1]];
    }
  }
  return null;
}

/**
 * "wurde der Trainer Berichten zufolge entlassen", "nimmt die Organisation Schätzungen zufolge
 * … ein": a statement noun without article right after another noun opens a phrase of its
 * own; the noun before it ends the subject (phraseBefore would join the two).
 */
function bareStatementBefore(words: readonly Word[], i: number): [number, number] | null {
  const noun = words[i];
  const before = words[i - 1];
  if (!noun || !noun.statement || !before || !isCapitalized(before) || before.statement || before.quote >= 0 || DETERMINERS.has(before.lower)) return null;
  // A genitive name before its noun belongs to it: "Putins Angaben zufolge".
  if (before.mention && before.lower.endsWith('s')) return null;
  return [i, i];
}

/**
 * A source phrase before "zufolge" that phraseBefore does not read: one ending in a
 * parenthesis ("des Verbandes Deutscher Realschullehrer (VDR) zufolge") or a web domain ("der
 * Website example.com zufolge").
 */
function sourcePhraseBefore(words: readonly Word[], i: number): [number, number] | null {
  const last = words[i];
  if (!last) return null;
  if (last.text === ')') {
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
      if (words[k]!.text === '(') {
        const np = phraseBefore(words, k - 1);
        return np ? [np[0], i] : null;
      }
    }
    return null;
  }
  if (last.kind === 'url' || last.domain) {
    const np = phraseBefore(words, i - 1);
    return np ? [np[0], i] : [i, i];
  }
  return null;
}

/** "nach eigenen Angaben": the source is the clause's subject. */
/** "wie es auf einer Pressekonferenz hieß": "es" earlier in a verb-final clause. */
function esInClause(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    const w = words[k]!;
    if (isClauseBreak(w)) return false;
    if (w.lower === 'es') return words[k - 1]?.lower === 'wie' || words[k - 1]?.lower === 'so';
  }
  return false;
}

function isOwn(words: readonly Word[], np: [number, number]): boolean {
  for (let k = np[0]; k <= np[1]; k++) if (SOURCE_NOUN_ATTRIBUTES.has(words[k]!.lower) && words[k]!.lower.startsWith('eigen')) return true;
  return false;
}

/**
 * The sentence's words that a checked reading may need (a particle's last word, a required
 * word: lexicon.ts CHECKED_WORDS), by lower-case form. readVerb asks only for such words, so
 * the others need not be collected.
 */
function checkedForms(words: readonly Word[]): ReadonlySet<string> {
  const forms = new Set<string>();
  for (const w of words) if (w.facts.checkedWord) forms.add(w.lower);
  return forms;
}

/**
 * A speech verb at `i` whose particle and required word, if any, are present. `forms` (the
 * sentence's checked words, when made) rules out at once the readings whose particle or required word
 * the sentence lacks: "sagte" has six particle readings (zu-, ab-, an-, aus-, …), each a scan.
 */
function readVerb(words: readonly Word[], i: number, forms: ReadonlySet<string> | null): Cue | null {
  const w = words[i]!;
  const readings = w.readings;
  if (!readings) return null;
  // A capitalised form inside a clause is a noun ("die Rufe", "das Sagen").
  if (isCapitalized(w) && i > 0 && !isClauseBreak(words[i - 1]) && !isQuoteMark(words[i - 1])) return null;
  // No reading needs a word elsewhere in the sentence (most forms): the first one is the verb.
  if (w.facts.checkedReadings === 0) return verbCue(i, -1, readings[0]!.verb);
  let simple: SpeechVerb | null = null;
  for (const { verb, joined } of readings) {
    if (verb.requires.length > 0 && !verb.requires.some((r) => (forms === null || forms.has(r)) && clauseHas(words, i, r))) continue;
    if (verb.particle && !joined) {
      // findParticle finds only a word whose form is the particle's last word
      const parts = verb.particleWords;
      const p = forms === null || forms.has(parts[parts.length - 1]!) ? findParticle(words, i, parts) : -1;
      if (p >= 0) return verbCue(i, p, verb);
      continue;
    }
    simple ??= verb;
  }
  return simple ? verbCue(i, -1, simple) : null;
}

const verbCue = (index: number, particle: number, verb: SpeechVerb): Cue => ({ kind: 'verb', index, particle, lemma: verb.lemma, verb, source: null, ownSource: false });

/** The particle of a split verb: at the end of the verb's clause, or right before the verb. */
function findParticle(words: readonly Word[], i: number, parts: readonly string[]): number {
  const last = parts[parts.length - 1]!;
  // Verb-final, written apart: "wie die Polizei bekannt gab", "hat … bekannt gegeben".
  if (words[i - 1]?.lower === last && parts.length === 1) return i - 1;
  if (parts.length === 2 && words[i - 1]?.lower === last && words[i - 2]?.lower === parts[0]) return i - 1;
  let commas = 0;
  for (let k = i + 1; k < words.length && k < i + 30; k++) {
    const w = words[k]!;
    if (w.quote >= 0 && isQuoteMark(w) && words[k - 1]?.text === ':') return -1;
    if (isClauseBreak(w)) {
      // A subordinate clause may stand between verb and particle: "warf Obama, nachdem …
      // bekannt wurde, vor, er habe …".
      if (w.text === ',' && parts.length === 1 && SUBORDINATORS.has(words[k + 1]?.lower ?? '')) {
        let j = k + 2;
        while (j < words.length && j < k + 20 && !isClauseBreak(words[j])) j++;
        if (words[j]?.text === ',' && words[j + 1]?.lower === last && isClauseBreak(words[j + 2])) return j + 1;
      }
      // An apposition may stand between verb and particle: "gab der Leiter, Andreas Huber, bekannt".
      if (w.text === ',' && commas < 2 && (commas === 1 || isCapitalized(words[k + 1]))) {
        commas++;
        continue;
      }
      return -1;
    }
    if (w.lower !== last) continue;
    const next = words[k + 1];
    const atEnd = next === undefined || isClauseBreak(next) || isQuoteMark(next) || AUXILIARIES.has(next.lower) || next.lower === 'und';
    const before = parts.length === 1 || words[k - 1]?.lower === parts[0];
    if (atEnd && before) return k;
  }
  return -1;
}

function clauseHas(words: readonly Word[], i: number, word: string): boolean {
  for (let k = Math.max(0, i - 8); k < Math.min(words.length, i + 12); k++) if (words[k]!.lower === word) return true;
  return false;
}

/** "…, so der Minister." / "– so Trump –": so + a noun phrase that ends the clause. */
function isPostposedSo(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev || !(prev.text === ',' || prev.text === '–' || prev.text === '—' || prev.text === '(' || isQuoteMark(prev))) return false;
  const np = phraseAfter(words, i + 1);
  if (!np) return false;
  // A quoted source is a name („Spiegel“); a quoted clause in lower case after a conditional
  // ("Kämen sie nicht, so „schütze sie Gott“") makes "so" the correlative, not an attribution.
  if (isQuoteMark(words[np[0]]) && words[np[0] + 1]?.lowerInitial) return false;
  const next = words[np[1] + 1];
  // "so der Kapitän." / "so der Kapitän nach dem Spiel."
  return next === undefined || isClauseBreak(next) || PREPOSITIONS_AFTER_SO.has(next.lower) || ADVERBS_AFTER_SO.has(next.lower);
}

/**
 * The noun phrase starting at `i`: [determiner] [adjectives] Name/Noun+ with genitive and
 * "von" attachments and a parenthesis ("Oettinger (CDU)"); a pronoun on its own.
 */
export function phraseAfter(words: readonly Word[], i: number, limit = words.length): [number, number] | null {
  const first = words[i];
  if (!first || first.quote >= 0 && !isQuoteMark(first)) return quotedName(words, i);
  if (isQuoteMark(first)) return quotedName(words, i);
  // a web source names itself by its domain: "wie t-online.de berichtet"
  if (first.kind === 'url') return [i, i];
  // A quantity heads a phrase with its noun: "80 Prozent (der Befragten)", "300 Demonstranten";
  // not an ordinal ("dem 140. Geburtstag"), a time ("um 11:09 Uhr") or a number after a
  // preposition ("mit 27 von 35 Stimmen").
  if (QUANTITY_ADVERBS.has(first.lower) && words[i + 1]?.kind === 'number') {
    const rest = phraseAfter(words, i + 1, limit);
    return rest && rest[0] === i + 1 ? [i, rest[1]] : null;
  }
  if (first.kind === 'number') {
    const before = words[i - 1];
    if (!isCapitalized(words[i + 1]) || first.text.endsWith('.') || before && (before.text === ':' || PREPOSITIONS.has(before.lower))) return null;
  }
  if (first.kind !== 'word' && first.kind !== 'number') return null;
  if (LONE_PRONOUNS.has(first.lower)) return [i, i];
  // Demonstratives standing alone: "sagte dieser", "erklärte letzterer".
  if (LONE_DEMONSTRATIVES.has(first.lower)) {
    const next = words[i + 1];
    if (!next || !isCapitalized(next) && (DETERMINERS.has(next.lower) || !next.inflected || SPEECH_VERB_FORMS.has(next.lower) || AUXILIARIES.has(next.lower))) return [i, i];
  }
  let j = i;
  const determined = DETERMINERS.has(first.lower);
  // Partitive "Einer der Feuerwehrmänner", "Eine der Gruppen": the pronoun is the head.
  if (determined && PARTITIVE_HEADS.has(first.lower) && (words[i + 1]?.lower === 'der' || words[i + 1]?.lower === 'des')) {
    const rest = phraseAfter(words, i + 1, limit);
    return rest ? [i, rest[1]] : [i, i];
  }
  if (determined) j++;
  // An extended participle or adjective between determiner and noun: "der für die Region
  // zuständige Koordinator", "die das Unglück überlebende Alice K.".
  if (determined && words[i - 1]?.text !== ',') j = extendedAttribute(words, j, limit) ?? j;
  // A capitalised adverb or adjective opening the sentence: "Offiziell", "Bezüglich".
  // (Not a name the entities layer knows: "Glos sagte".)
  else if (isCapitalized(first) && first.adverbEnding && !isCapitalized(words[i + 1]) && !first.mention) return null;
  let head = -1;
  while (j < limit) {
    const w = words[j];
    if (!w || w.quote >= 0 && !isQuoteMark(w)) break;
    // Web sources are names too: "Wie t-online.de berichtet".
    if (w.kind === 'url' || w.quote < 0 && w.domain) {
      head = j;
      j++;
      continue;
    }
    if (isCapitalized(w) && w.readings === null && w.quote < 0) {
      head = j;
      j++;
      continue;
    }
    if (isCapitalized(w) && head < 0 && w.quote < 0) {
      head = j;
      j++;
      continue;
    }
    // An adverb before an adjective of the phrase: "ein nicht genannter Vertreter", "die
    // bisher unbekannte Gruppe".
    // Also in a row: "der erst kürzlich ernannte Bischof".
    if (head < 0 && determined && ADJECTIVE_ADVERBS.has(w.lower)) {
      let a = j + 1;
      while (a < limit && a < j + 3 && ADJECTIVE_ADVERBS.has(words[a]!.lower)) a++;
      const adj = words[a];
      if (adj?.inflected && adj.lowerInitial && adj.readings === null && !DETERMINERS.has(adj.lower)) {
        j = a;
        continue;
      }
    }
    // (-ste, -sten end in -e, -en: `inflected` covers them.)
    if (head < 0 && w.kind === 'word' && w.inflected && (w.lowerInitial || /^\d/.test(w.text)) && !AUXILIARIES.has(w.lower) && w.readings === null && !NP_STOPPERS.has(w.lower) && !DETERMINERS.has(w.lower)) {
      j++;
      continue;
    }
    if (head < 0 && w.kind === 'number') {
      j++;
      if (words[j]?.text === '-') j++; // "der 81-jährige"
      continue;
    }
    if (head < 0 && isQuoteMark(w) && w.quote >= 0) {
      // A quoted name as head: das „National Hurricane Centre“ der USA.
      const q = quotedName(words, j);
      if (q) {
        head = q[1];
        j = q[1] + 1;
      }
      break;
    }
    break;
  }
  // A nominalised adjective as head: "der 81-jährige", "die Grüne".
  if (head < 0 && determined && j > i + 1 && !isCapitalized(words[j]) && /(e|en)$/.test(words[j - 1]!.lower)) head = j - 1;
  if (head < 0) return null;
  if (NOT_SPEAKER_HEADS.has(words[head]!.text)) return null;
  let end = head;
  // Attachments: "des Ministeriums", "der Vereinten Nationen", "von Amnesty International", "(CDU)".
  for (;;) {
    const w = words[end + 1];
    if (!w) break;
    if (w.quote >= 0 && !isQuoteMark(w)) break;
    if (isQuoteMark(w) && w.quote >= 0) {
      // A quoted name inside the phrase: die Zeitung „Yemen Observer“.
      const q = quotedName(words, end + 1);
      if (q) {
        end = q[1];
        continue;
      }
      break;
    }
    // Name particles: "Karl-Theodor zu Guttenberg", "Ursula von der Leyen", "Rafael van der Vaart".
    if (INNER_NAME_PARTICLES.has(w.lower) && words[end]!.upper && words[end + 2]?.upper && words[end + 2]!.quote < 0) {
      end = end + 2;
      continue;
    }
    if (ATTRIBUTE_LINKS.has(w.lower)) {
      const more = phraseAfter(words, end + 2, limit);
      if (more && isCapitalized(words[more[1]]) && more[0] === end + 2 && !PERSONAL_SUBJECT_PRONOUNS.has(words[more[0]]!.lower)) {
        end = more[1];
        continue;
      }
      if (w.lower !== 'von' && w.lower !== 'vom') {
        const noun = words[end + 2];
        if (noun && isCapitalized(noun)) {
          end = end + 2;
          continue;
        }
      }
      break;
    }
    if (w.text === '(' && words[end + 3]?.text === ')' && isCapitalized(words[end + 2])) {
      end = end + 3;
      continue;
    }
    break;
  }
  return [i, end];
}

/** A source named in quotation marks: laut „Reuters“. */
function quotedName(words: readonly Word[], i: number): [number, number] | null {
  const open = words[i];
  if (!open || !isQuoteMark(open)) return null;
  for (let k = i + 1; k < Math.min(words.length, i + 8); k++) if (isQuoteMark(words[k])) return k > i + 1 ? [i, k] : null;
  return null;
}

/** The noun phrase ending at `i` ("Dmitrijew zufolge", "einem Bericht der Zeitung zufolge"). */
export function phraseBefore(words: readonly Word[], i: number): [number, number] | null {
  if (i < 0) return null;
  const last = words[i]!;
  if (isQuoteMark(last)) {
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) if (isQuoteMark(words[k])) return [k, i];
    return null;
  }
  if (!isCapitalized(last) && !DATIVE_PRONOUNS.has(last.lower)) return null;
  let k = i;
  while (k - 1 >= 0) {
    const w = words[k - 1]!;
    if (w.quote >= 0 || isClauseBreak(w)) break;
    if (isCapitalized(w) || DETERMINERS.has(w.lower) || (w.kind === 'word' && w.inflected && w.lowerInitial && !AUXILIARIES.has(w.lower) && w.readings === null && k - 1 > 0 && isNpWordBefore(words, k - 2) && adjectiveAfter(words[k - 2]!, w))) {
      k--;
      continue;
    }
    break;
  }
  // Do not swallow a sentence-initial capitalised function word ("Auch Dmitrijew zufolge").
  while (k < i && CAPITALISED_FUNCTION_WORDS.has(words[k]!.lower)) k++;
  return [k, i];
}

/**
 * The index of the noun after an extended attribute that starts at `j` (right after a
 * determiner): a prepositional phrase or object, then an inflected adjective or participle
 * directly before a capitalised noun ("für die Region zuständige Koordinator"). Null when the
 * words at `j` are no such attribute (most often they are not: "der Minister", "die neue …").
 */
function extendedAttribute(words: readonly Word[], j: number, limit: number): number | null {
  const first = words[j];
  if (!first || !(PREPOSITION_STARTS.has(first.lower) || DETERMINERS.has(first.lower))) return null;
  for (let m = j + 1; m < limit && m < j + 9; m++) {
    const w = words[m]!;
    if (w.quote >= 0 || isClauseBreak(w) || w.kind !== 'word') return null;
    if (!w.lowerInitial || !w.inflected || w.readings !== null || AUXILIARIES.has(w.lower) || DETERMINERS.has(w.lower) || NP_STOPPERS.has(w.lower)) continue;
    const next = words[m + 1];
    return next && isCapitalized(next) && next.quote < 0 ? m + 1 : null;
  }
  return null;
}

/**
 * A lower-case word after `before` that can be an adjective of the phrase: after a determiner
 * any inflected form; right after a noun only the strong genitive in -er ("Berichten britischer
 * Medien"), since a form in -en there is mostly the verb ("Die Männer stammen Berichten zufolge").
 */
function adjectiveAfter(before: Word, w: Word): boolean {
  return !isCapitalized(before) || DETERMINERS.has(before.lower) || w.lower.endsWith('er');
}

function isNpWordBefore(words: readonly Word[], k: number): boolean {
  const w = words[k];
  // A personal pronoun is a subject before its verb ("Sie stammen Berichten zufolge …"), never
  // the start of a noun phrase with an adjective.
  return w !== undefined && !PERSONAL_PRONOUNS.has(w.lower) && (DETERMINERS.has(w.lower) || isCapitalized(w) || w.lower === 'von' || w.lower === 'des');
}

function postposedSource(words: readonly Word[], i: number): [number, number] | null {
  const noun = words[i - 1];
  if (!noun || !noun.upper || (noun.nouns & (NOUN_ROLE.source | NOUN_ROLE.hearsay)) === 0) return null;
  // "Seiner Meinung nach", "Angaben nach" — not "die Forderung nach …" (a complement).
  const np = phraseBefore(words, i - 1);
  if (!np) return null;
  const first = words[np[0]]!;
  // The idiom is dative: "ihrer Meinung nach", not "änderte ihre Meinung nach der Anhörung".
  return DATIVE_POSSESSIVES.has(first.lower) || OWN_DATIVES.has(first.lower) || first.lower === 'dem' || np[0] === i - 1 ? np : null;
}

/** "nach (den) (eigenen) Angaben (der Polizei)", "nach Polizeiangaben". */
function sourceNounPhrase(words: readonly Word[], i: number): [number, number] | null {
  let j = i;
  while (j < words.length && j < i + 4) {
    const w = words[j]!;
    if (w.quote >= 0) return null;
    if (isCapitalized(w)) {
      if ((w.nouns & NOUN_ROLE.source) === 0) return null;
      const np = phraseAfter(words, i);
      return np && np[1] >= j ? np : [i, j];
    }
    if (AUXILIARIES.has(w.lower) || SPEECH_VERB_FORMS.has(w.lower)) return null;
    if (!(DETERMINERS.has(w.lower) || SOURCE_NOUN_ATTRIBUTES.has(w.lower) || w.inflected)) return null;
    j++;
  }
  return null;
}

/** A ge-participle form ("gewandt", "angekündigt", "gesprochen"). */
export const isGeParticiple = (w: Word | undefined): boolean => w !== undefined && (w.facts.participle & PARTICIPLE.ge) !== 0;

export function isPassive(words: readonly Word[], cue: Cue, clauseStart: number): boolean {
  if (cue.kind !== 'verb') return false;
  const w = words[cue.index]!;
  // Participles: ge-…-t/-en, -iert, -t, and strong verbs with an inseparable prefix that take
  // no ge- ("wurde beschlossen", "wird entschieden") — not the infinitive ("wird beschließen").
  if ((w.facts.participle & (PARTICIPLE.ge | PARTICIPLE.t)) === 0 && !((w.facts.participle & PARTICIPLE.inseparable) !== 0 && w.lower !== cue.lemma)) return false;
  for (let k = clauseStart; k < cue.index; k++) if (PASSIVE_AUXILIARIES_WITH_KONJUNKTIV.has(words[k]!.lower)) return true;
  const next = words[cue.index + 1];
  return next !== undefined && PASSIVE_AUXILIARIES_WITH_KONJUNKTIV.has(next.lower);
}
