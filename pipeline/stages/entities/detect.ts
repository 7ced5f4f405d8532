/**
 * Mention detection: one left-to-right pass per sentence over its words, trying in order
 * places and known organisations (multi-word names), titles and roles glued to names, first
 * names, role nouns, organisation heads and acronyms, surnames alone, pronouns and group
 * nouns. Every candidate carries the grammatical features coreference needs (gender,
 * number, definiteness, oblique or genitive position, inside a quotation, next to a speech
 * verb). Words taken by one mention are not looked at again, so mentions never overlap.
 *
 * German capitalises every noun, so a capital letter alone never makes a name: a word is a
 * name when the document gives evidence (see ./evidence.ts): a known first name before it,
 * a title or role before it, a non-German surname shape, a speech verb next to it, or the
 * same word as a name elsewhere in the document.
 */
import type { MentionKind, EntityType } from './types.js';
import type { SentenceWords, Word } from './words.js';
import {
  FIRST_NAMES, AMBIGUOUS_FIRST_NAMES, FAMILY_NAME_FIRST, roleOf, orgHeadOf, groupHeadOf, matchPhrase,
  adjectiveStem, memo, phraseKeys, type RoleHit, type NumberGuess,
} from './lexicon.js';
import { NAME_TITLES, ROLE_RANK_PREFIXES, GENERIC_PERSON_NOUNS } from './de/roles.js';
import { NOT_ORG_ACRONYMS, COMPANY_SUFFIXES, ORG_HEADS_WITH_ARTICLE, CLUB_PREFIXES, type GrammaticalGender } from './de/organisations.js';
import { LOCATIVE_PREPOSITIONS, type PlaceRank } from './de/places.js';
import { NAME_PARTICLES, SURNAME_START_PARTICLES, NEVER_NAMES } from './de/names.js';
import { DETERMINERS, PREPOSITIONS, SOURCE_PREPOSITIONS, DEMONSTRATIVE_PRONOUNS, type Definiteness } from './de/words.js';
import { SPEECH_VERB_FORMS } from './de/speech.js';
import { isFunctionWord, looksLikeCommonNoun, nameEvidence, staticNameEvidence, DocNames, stripGenitive, isNameShaped } from './evidence.js';

export type Gram = 'm' | 'f' | 'n' | 'u' | 'pl';

/** What the lexicon says about a capitalised word, computed once per distinct word. */
interface WordInfo {
  /** Known first name (with gender), or undefined. */
  firstName: 'm' | 'f' | 'u' | undefined;
  /** Title before names ("Dr", "Frau"), with gender; undefined if none. */
  title: 'm' | 'f' | 'u' | undefined;
  /** Gazetteer surname or non-German surname shape (also in the genitive). */
  staticName: boolean;
  /** Could start a place or known organisation name. */
  phrase: boolean;
  role: RoleHit | undefined;
  org: ReturnType<typeof orgHeadOf>;
  group: string | undefined;
  /** Role, organisation or group noun: never part of a person name. */
  noun: boolean;
  common: boolean;
  functionWord: boolean;
}

/** Names written in lower case ("dpa"): the only lower-case words the phrase matcher must see. */
const LOWER_CASE_NAMES: ReadonlySet<string> = new Set(['dpa', 'ver.di', 'verdi']);

/** The lower-case words the mention finder looks at at all. */
const LOWER_CASE_INTERESTING: ReadonlySet<string> = new Set([
  ...LOWER_CASE_NAMES, 'er', 'sie', 'der', 'die', 'das', 'dem', 'denen', 'welcher', 'welche', 'welches', 'welchem',
  'dieser', 'diese', 'letzterer', 'letztere', 'von', 'van', 'de', 'di', 'da', 'bin', 'al', 'el', 'ter', 'ten', 'zu',
]);

const NO_INFO: WordInfo = {
  firstName: undefined, title: undefined, staticName: false, phrase: false, role: undefined, org: undefined, group: undefined,
  noun: false, common: false, functionWord: false,
};

const infoOf = memo((text: string): WordInfo => {
  if (!isCapitalised(text)) return NO_INFO;
  const lower = text.toLowerCase();
  const role = roleOf(lower);
  const org = orgHeadOf(lower);
  const group = groupHeadOf(lower);
  return {
    firstName: FIRST_NAMES.get(text), title: NAME_TITLES.get(text) ?? NAME_TITLES.get(`${text}.`), staticName: staticNameEvidence(text),
    phrase: phraseKeys(lower).length > 0, role, org, group, noun: !!(role || org || group), common: looksLikeCommonNoun(text),
    functionWord: isFunctionWord(lower),
  };
});

function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || c === 196 || c === 214 || c === 220 || (c > 127 && text[0] !== text[0]?.toLowerCase());
}

/** Lexical facts of a word (cached on the word); lower-case words have none. */
function info(w: Word): WordInfo {
  if (!w.cap) return NO_INFO;
  if (w.info === undefined) w.info = infoOf(w.text);
  return w.info as WordInfo;
}

export interface Candidate {
  start: number;
  end: number;
  kind: MentionKind;
  type: EntityType;
  sentence: number;
  /** Word indices of the mention in its sentence, inclusive. */
  first: number;
  last: number;
  /** Char offsets of the name part; -1 when the mention has no name. */
  nameStart: number;
  nameEnd: number;
  /** Given names as written ("Wladimir"), or null. */
  givenName: string | null;
  /** Surname as used alone, genitive -s removed ("Putin", "von der Leyen"). */
  surname: string | null;
  /** Name without title and genitive ("Wladimir Putin"). */
  fullName: string | null;
  /** Grammatical gender for pronoun agreement; 'u' unknown; 'pl' plural. */
  gender: Gram;
  number: NumberGuess;
  role: RoleHit | null;
  def: Definiteness | 'none';
  oblique: boolean;
  genitive: boolean;
  inQuote: boolean;
  /** Next to a speech verb or source cue ("sagte er", "laut X", "X zufolge", "X: „…“"). */
  speaker: boolean;
  /** Organisation or place: key of the referent (canonical name or actor), or null for "das Ministerium". */
  key: string | null;
  /** Organisation class (for "das Ministerium") or place rank. */
  cls: string | null;
  /** Canonical display name for known organisations and places. */
  canonical: string | null;
  placeRank: PlaceRank | null;
  /** Index (in the document's candidate list) of the name this role is an apposition to. */
  apposTo: number;
  /** Pronoun: 'er', 'sie' or a demonstrative ('dieser'). */
  pronoun: 'er' | 'sie' | 'dem' | 'rel' | null;
  /** A genitive name before its noun at the start of a sentence ("Donald Trumps Rolle"): topical. */
  possessor: boolean;
}

interface NP {
  first: number;
  def: Definiteness | 'none';
  oblique: boolean;
  genitive: boolean;
  determiner: string | null;
}

/** Finite verbs ending like adjectives (-e, -en, -er): never part of a noun phrase. */
const FINITE_VERBS = new Set([
  'habe', 'hatte', 'hatten', 'hätte', 'hätten', 'werde', 'wurde', 'wurden', 'würde', 'würden', 'wäre', 'wären', 'seien',
  'könne', 'könnte', 'könnten', 'müsse', 'müsste', 'müssten', 'solle', 'sollte', 'sollten', 'wolle', 'wollte', 'wollten',
  'dürfe', 'dürfte', 'dürften', 'gebe', 'gäbe', 'liege', 'stehe', 'gehe', 'komme', 'sehe', 'haben', 'werden', 'sollen',
  'wollen', 'können', 'müssen', 'dürfen', 'sagen', 'erwarten', 'warnen', 'fordern', 'kritisieren', 'sehen', 'gehen',
  'gingen', 'kamen', 'waren', 'blieben', 'begann', 'bleiben', 'meinen', 'glauben', 'fürchten', 'berichten', 'erklärten',
]);

/** Acronyms with a small letter inside: GdF, VfGH, AfD, SoVD (two capitals at least, at most one small letter in a row). */
const MIXED_ACRONYM = /^\p{Lu}(?:\p{Ll}?\p{Lu}){1,4}\p{Ll}?$/u;

/** Adjectives whose -er is an inflection ending (Internationaler, Russischer, Neuer), unlike Schweizer, Berliner. */
const INFLECTED_ER = /(isch|al|ig|lich|ell|iv|är|bar|neu|frei|groß|hoh|alt|jung|deutsch|europäisch|eigen|ander|ehemalig)er$/;

const STRICT_ADJECTIVE = /(isch|lich|ig|al|ell|iv|är|bar|los|sam|haft|end|iert|ierte|ert|neu|alt|hoh|groß|klein|rangig|oberst|höchst|ehemalig|amtierend|scheidend|derzeitig|früher|weiter|eigen|ander)(e|en|er|es|em)$/;
const LOOSE_ADJECTIVE = /\p{Ll}(e|en|er|es|em)$/u;

/** Extends a noun phrase left over adjectives and one determiner (not over used words). */
function extendLeft(words: readonly Word[], used: Uint8Array, head: number): NP {
  let j = head - 1;
  let adjectives = 0;
  let strict = true;
  while (j >= 0 && adjectives < 4) {
    const w = words[j];
    if (!w || used[j]) break;
    const hyphenAdjective = w.isWord && w.cap && ((w.text.includes('-') && /-\p{Ll}[^-]*(e|en|er|es|em)$/u.test(w.text)) ||
      // "Ukrainische Medien": an adjective capitalised only because it starts the sentence.
      (w.initial && STRICT_ADJECTIVE.test(w.lower) && !info(w).role));
    if (hyphenAdjective || (w.isWord && !w.cap && LOOSE_ADJECTIVE.test(w.lower) && !DETERMINERS.has(w.lower) && !PREPOSITIONS.has(w.lower) && !isFunctionWord(w.lower) && !SPEECH_VERB_FORMS.has(w.lower) && !FINITE_VERBS.has(w.lower))) {
      if (!STRICT_ADJECTIVE.test(w.lower)) strict = false;
      adjectives++;
      j--;
      continue;
    }
    // "53-jährige": number, hyphen, adjective.
    if (w.text === '-' && j >= 1 && words[j - 1]?.text.match(/^\d/)) {
      j -= 2;
      adjectives++;
      continue;
    }
    // "russischen und ukrainischen Vertretern"
    if ((w.lower === 'und' || w.text === ',') && adjectives > 0) {
      const before = words[j - 1];
      if (before && !used[j - 1] && before.isWord && !before.cap && LOOSE_ADJECTIVE.test(before.lower) && STRICT_ADJECTIVE.test(before.lower)) {
        j--;
        continue;
      }
    }
    break;
  }
  const detWord = j >= 0 && !used[j] ? words[j] : undefined;
  const det = detWord ? DETERMINERS.get(detWord.lower) : undefined;
  if (det && detWord) {
    return { first: j, def: det.def, oblique: det.oblique, genitive: det.genitive, determiner: detWord.lower };
  }
  if (adjectives > 0 && !strict) {
    // Without an article, only words that are adjectives by their suffix join the phrase:
    // "sagen Experten" must not take the verb.
    let k = head;
    while (k - 1 > j && STRICT_ADJECTIVE.test(words[k - 1]?.lower ?? '')) k--;
    return { first: k, def: 'none', oblique: false, genitive: false, determiner: null };
  }
  return { first: j + 1, def: 'none', oblique: false, genitive: false, determiner: null };
}

/** A preposition right before the phrase makes it oblique (not a subject). */
function precededByPreposition(words: readonly Word[], first: number): { prep: string | null } {
  const w = words[first - 1];
  if (w && w.isWord && PREPOSITIONS.has(w.lower)) return { prep: w.lower };
  return { prep: null };
}

function speakerContext(words: readonly Word[], first: number, last: number): boolean {
  const before = words[first - 1];
  const after = words[last + 1];
  if (before && before.isWord && (SPEECH_VERB_FORMS.has(before.lower) || SOURCE_PREPOSITIONS.has(before.lower))) return true;
  if (before && before.lower === 'so' && words[first - 2]?.text === ',') return true;
  if (after && (after.text === ':' || (after.isWord && (SPEECH_VERB_FORMS.has(after.lower) || after.lower === 'zufolge')))) return true;
  return false;
}

function isInitialLetter(words: readonly Word[], k: number): boolean {
  const w = words[k];
  return !!w && w.isWord && w.cap && words[k + 1]?.text === '.' && (w.text.length === 1 || /^(?:\p{Lu}\.){1,3}\p{Lu}$/u.test(w.text));
}

export interface SentenceContext {
  doc: DocNames;
  /** Index of the first candidate of this sentence in the document list. */
  offset: number;
}

/**
 * Words k… that continue a person name: further given names, initials ("Joe R. Biden"),
 * particles before a capitalised word ("von der Leyen"), the surname. Returns the index
 * after the run.
 */
function nameRunEnd(words: readonly Word[], used: Uint8Array, k: number, ctx: SentenceContext, requireEvidence: boolean, firstIsGiven = true): number {
  let end = k;
  let count = 0;
  let onlyGivenNames = true;
  while (end < words.length && count < 6) {
    const w = words[end];
    if (!w || used[end]) break;
    if (isInitialLetter(words, end)) {
      end += 2;
      continue;
    }
    if (w.isWord && !w.cap && NAME_PARTICLES.has(w.lower) && w.lower !== 'und' && count > 0 && onlyGivenNames) {
      // Particles only inside a name, and only when a capitalised name word follows.
      let p = end;
      while (p < words.length && words[p]?.isWord && !words[p]?.cap && NAME_PARTICLES.has(words[p]?.lower ?? '') && p - end < 3) p++;
      const next = words[p];
      if (next && next.isWord && next.cap && isNameWord(words, p, ctx, false)) {
        end = p;
        continue;
      }
      break;
    }
    // Right after a known given name a capitalised word is the surname even if it ends like a noun (Dettling, Jung).
    const afterGiven = count > 0 && onlyGivenNames && firstIsGiven && isFirstName(words[k]);
    if (!isNameWord(words, end, ctx, requireEvidence && count === 0) && !(afterGiven && isSurnameAfterGiven(w))) break;
    // Two names side by side without 'und' are rare; a place or known organisation ends the run.
    if (count > 0 && words[end]?.cap && matchPhrase(lowersOf(words), end)) break;
    end++;
    count++;
    const given = FIRST_NAMES.has(w.text) && !(count === 1 && !firstIsGiven);
    if (!given) {
      onlyGivenNames = false;
      // The surname ends the name: "Kirill Dmitrijew traf", "Putin Selenskyj", "Trumps Kurs".
      if (ctx.doc.knowsSurname(w.text, !info(w).common && !info(w).noun) || info(w).staticName) break;
    }
  }
  return end;
}

let lowersCache: { words: readonly Word[]; lowers: string[] } | undefined;
function lowersOf(words: readonly Word[]): string[] {
  if (lowersCache?.words === words) return lowersCache.lowers;
  const lowers = words.map((w) => (w.isWord ? w.lower : ''));
  lowersCache = { words, lowers };
  return lowers;
}

/** Could words[k] be (part of) a person name? With `requireEvidence`, only with evidence. */
function isNameWord(words: readonly Word[], k: number, ctx: SentenceContext, requireEvidence: boolean): boolean {
  const w = words[k];
  if (!w || !w.isWord || !w.cap || w.allCaps) return false;
  const facts = info(w);
  if (facts.functionWord) return false;
  if (facts.firstName) return true;
  if (nameEvidence(w.text, ctx.doc, facts.staticName, !facts.common && !facts.noun)) return true;
  if (requireEvidence) return false;
  return !facts.noun && !facts.common;
}

function isSurnameAfterGiven(w: Word): boolean {
  const facts = info(w);
  return w.isWord && w.cap && !w.allCaps && !facts.functionWord && !facts.noun && !facts.phrase && !NEVER_NAMES.has(w.text);
}

function isFirstName(w: Word | undefined): boolean {
  if (!w || !w.isWord || !w.cap) return false;
  if (!info(w).firstName) return false;
  return !(w.initial && AMBIGUOUS_FIRST_NAMES.has(w.text));
}

/** A candidate with every field in a fixed order (one object shape for the engine), then the given ones. */
function cand(sentence: number, props: Partial<Candidate> & Pick<Candidate, 'kind' | 'type' | 'first' | 'last'>): Candidate {
  const c: Candidate = {
    start: 0, end: 0, kind: props.kind, type: props.type, sentence, first: props.first, last: props.last,
    nameStart: -1, nameEnd: -1, givenName: null, surname: null, fullName: null, gender: 'u', number: 'sg',
    role: null, def: 'none', oblique: false, genitive: false, inQuote: false, speaker: false, key: null, cls: null,
    canonical: null, placeRank: null, apposTo: -1, pronoun: null, possessor: false,
  };
  return Object.assign(c, props);
}

/** Gender and number of a role from its form and the article in front of it. */
function roleAgreement(role: RoleHit, np: NP, next?: Word): { gender: Gram; number: NumberGuess } {
  let number: NumberGuess = role.number;
  let gender: Gram = role.gender;
  const det = np.determiner;
  if (role.adjective) {
    // der Gesandte (m), die Gesandte (f), ein Gesandter (m), Gesandte/die Gesandten (pl)
    if (det === 'der' || det === 'dieser') { number = role.ending === 'e' ? 'sg' : 'amb'; gender = role.ending === 'e' ? 'm' : 'u'; }
    else if (det === 'die' || det === 'diese') { number = role.ending === 'e' ? 'sg' : 'pl'; gender = role.ending === 'e' ? 'f' : 'pl'; }
    else if (det === 'ein' || (det === null && role.ending === 'er')) { number = 'sg'; gender = 'm'; }
    else if (det === 'eine') { number = 'sg'; gender = 'f'; }
    else if (det === null && role.ending === 'e') { number = 'pl'; gender = 'pl'; }
    else if (np.def === 'quant') { number = 'pl'; gender = 'pl'; }
  } else if (number === 'amb') {
    if (det === 'der' || det === 'des' || det === 'dem' || det === 'ein' || det === 'eines' || det === 'einem' || det === 'einen' || det === 'dieser' || det === 'diesem') number = 'sg';
    else if (det === 'die' || det === 'diese' || np.def === 'quant') number = 'pl';
    // "ihre Partner", "unsere Partner", "seine Berater": an -e determiner with a masculine form.
    else if (det !== null && det.endsWith('e') && role.gender === 'm') number = 'pl';
    // "Trainer des FC …": a bare role with its organisation is one office holder; otherwise bare = plural.
    else if (det === null && role.gender !== 'f') number = next?.lower === 'des' ? 'sg' : 'pl';
  }
  if (number === 'pl') gender = 'pl';
  return { gender, number };
}

function nameParts(words: readonly Word[], from: number, to: number, doc: DocNames): {
  given: string | null; surname: string; full: string; genitive: boolean; gender: Gram;
} {
  const parts: string[] = [];
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (!w) continue;
    if (w.text === '.') { parts[parts.length - 1] += '.'; continue; }
    parts.push(w.text);
  }
  let genitive = false;
  const lastIndex = parts.length - 1;
  const lastWord = parts[lastIndex] ?? '';
  const before = words[from - 1];
  const after = words[to];
  const stripped = stripGenitive(lastWord, doc, {
    nounBefore: !!before && before.isWord && before.cap && !info(before).role && !NAME_TITLES.has(before.text) && !info(before).functionWord,
    // "Trumps Kurs": a prenominal genitive is a surname alone; after a full name the capitalised
    // word is as likely the next constituent ("Edmund S. Phelps Anerkennung zollen").
    nounAfter: to - from === 1 && !!after && after.isWord && after.cap && !isFunctionWord(after.lower) && !FIRST_NAMES.has(after.text),
    determinerBefore: !!before && (before.lower === 'des' || before.lower === 'eines'),
  });
  if (stripped !== lastWord) {
    genitive = true;
    parts[lastIndex] = stripped;
  }
  const familyFirst = parts.length > 1 && FAMILY_NAME_FIRST.has(parts[0] ?? '');
  let surnameStart = lastIndex;
  while (surnameStart > 0 && NAME_PARTICLES.has(parts[surnameStart - 1] ?? '')) surnameStart--;
  const surname = familyFirst ? (parts[0] ?? '') : parts.slice(surnameStart).join(' ');
  const givenParts = familyFirst ? [] : parts.slice(0, surnameStart);
  const given = givenParts.length > 0 ? givenParts.join(' ') : null;
  const firstGiven = givenParts[0];
  const g = firstGiven ? FIRST_NAMES.get(firstGiven) : undefined;
  return { given, surname, full: parts.join(' '), genitive, gender: g === 'm' || g === 'f' ? g : 'u' };
}

/** Finds the mention candidates of one sentence. */
export function detectSentence(sw: SentenceWords, ctx: SentenceContext): Candidate[] {
  const words = sw.words;
  const n = words.length;
  const used = new Uint8Array(n);
  const out: Candidate[] = [];
  const s = sw.index;
  let capitals = 0;
  let wordCount = 0;
  for (const w of words) {
    if (w.allCaps) capitals++;
    if (w.isWord) wordCount++;
  }
  const capsHeavy = capitals > Math.max(3, wordCount / 2);
  let lastPlaceLocative = -10;

  const finish = (c: Candidate): void => {
    const w0 = words[c.first];
    const w1 = words[c.last];
    if (!w0 || !w1) return;
    for (let k = c.first; k <= c.last; k++) used[k] = 1;
    c.start = w0.start;
    c.end = w1.end;
    c.inQuote = w0.inQuote;
    const { prep } = precededByPreposition(words, c.first);
    if (prep && !SOURCE_PREPOSITIONS.has(prep)) c.oblique = true;
    c.speaker = speakerContext(words, c.first, c.last);
    if (c.genitive && c.def === 'none' && c.first <= 2) {
      const next = words[c.last + 1];
      c.possessor = !!next && next.isWord && next.cap;
    }
    out.push(c);
  };

  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const w = words[i];
    if (!w || !w.isWord) continue;
    // Lower-case words matter only as pronouns, particles, age nouns and a few names ("dpa").
    if (!w.cap && !LOWER_CASE_INTERESTING.has(w.lower) && !w.lower.startsWith('jährig') && words[i + 1]?.text !== '„' && words[i + 1]?.text !== '»') continue;

    // 1. Places and known organisations (multi-word, inflected).
    if ((w.cap && info(w).phrase) || LOWER_CASE_NAMES.has(w.text)) {
      const m = matchPhrase(sw.lowers, i);
      if (m && (w.cap || m.phrase.name === w.text)) {
        let last = i + m.length - 1;
        if (m.phrase.kind === 'organisation' && COMPANY_SUFFIXES.has(words[last + 1]?.text ?? '')) last++;
        const np = extendLeft(words, used, i);
        const prepWord = words[np.first - 1];
        const prepLower = prepWord?.isWord ? prepWord.lower : '';
        let locative = m.phrase.kind === 'place' && LOCATIVE_PREPOSITIONS.has(prepLower);
        // A dateline: "BERLIN (dpa) –", "Wien – Die Gewerkschaft …" says where, not who.
        const afterPlace = words[i + m.length]?.text;
        if (m.phrase.kind === 'place' && np.first === 0 && (afterPlace === '(' || afterPlace === '–' || afterPlace === '-' || afterPlace === '/')) locative = true;
        if (m.phrase.kind === 'place' && !locative && np.first - lastPlaceLocative <= 2) {
          const between = words[np.first - 1];
          if (between && (between.text === ',' || between.lower === 'und' || between.lower === 'oder' || between.lower === 'sowie')) locative = true;
        }
        if (locative) {
          for (let k = np.first; k <= last; k++) used[k] = 1;
          lastPlaceLocative = last;
          i = last;
          continue;
        }
        const place = m.phrase.kind === 'place';
        const gender: Gram = m.phrase.gender === 'pl' ? 'pl' : m.phrase.gender;
        finish(cand(s, {
          first: np.first, last,
          kind: place ? 'place' : 'organisation', type: place ? 'place-as-actor' : 'organisation',
          gender, number: gender === 'pl' ? 'pl' : 'sg', def: np.def, oblique: np.oblique, genitive: np.genitive || m.genitive,
          key: m.phrase.key, cls: m.phrase.cls, canonical: m.phrase.name, placeRank: m.phrase.place?.rank ?? null,
          nameStart: words[i]?.start ?? -1, nameEnd: words[last]?.end ?? -1,
        }));
        i = last;
        continue;
      }
    }

    // 2. Titles before names: "Dr. Christian Osthold", "Frau Merkel".
    const title = info(w).title;
    if (title !== undefined && w.cap) {
      let k = i + 1;
      if (words[k]?.text === '.') k++;
      while (words[k] && NAME_TITLES.has(words[k]?.text ?? '')) { k++; if (words[k]?.text === '.') k++; }
      const end = nameRunEnd(words, used, k, ctx, false);
      if (end > k) {
        const np = extendLeft(words, used, i);
        const parts = nameParts(words, k, end, ctx.doc);
        finish(cand(s, {
          first: np.first, last: end - 1, kind: parts.given ? 'name' : 'surname', type: 'person',
          nameStart: words[k]?.start ?? -1, nameEnd: words[end - 1]?.end ?? -1, givenName: parts.given, surname: parts.surname,
          fullName: parts.full, gender: title === 'u' ? parts.gender : title, def: np.def, oblique: np.oblique, genitive: parts.genitive || np.genitive,
        }));
        i = end - 1;
        continue;
      }
    }

    // 3. Role nouns: glued to a following name, or a mention of their own.
    // "der 81-jährige": a nominalised age adjective after number and hyphen, in either case.
    const ageNoun = !w.cap && w.lower.startsWith('jährig') && words[i - 1]?.text === '-' && /^\d/.test(words[i - 2]?.text ?? '');
    const role = w.cap ? info(w).role : ageNoun ? roleOf(w.lower) : undefined;
    if (role) {
      const np = extendLeft(words, used, i);
      let k = i + 1;
      // "Regierungssprecher Dr. Steffen Hebestreit"
      while (words[k] && NAME_TITLES.has(words[k]?.text ?? '')) { k++; if (words[k]?.text === '.') k++; }
      const bare = np.first === i && np.def === 'none';
      const next = words[k];
      let end = k;
      if (next && !used[k] && (role.number !== 'pl' || role.adjective)) {
        if (isFirstName(next)) end = nameRunEnd(words, used, k, ctx, false);
        else end = nameRunEnd(words, used, k, ctx, !bare);
        // After "der Schriftsteller", two capitalised non-nouns are a name ("Musa Okwanga"); one needs evidence.
        if (end === k && !bare && !isFirstName(next)) {
          const loose = nameRunEnd(words, used, k, ctx, false);
          if (loose >= k + 2) end = loose;
        }
      }
      const { gender, number } = roleAgreement(role, np, words[i + 1]);
      let parts = end > k ? nameParts(words, k, end, ctx.doc) : null;
      // "Gesandter Wladimir Putins": the role belongs to someone else, the name is a genitive.
      if (parts?.genitive) { parts = null; end = k; }
      if (parts) {
        const g: Gram = parts.gender !== 'u' ? parts.gender : role.gender === 'f' ? 'f' : role.gender === 'm' && !role.adjective ? 'm' : gender === 'pl' ? 'u' : gender;
        finish(cand(s, {
          first: np.first, last: end - 1, kind: parts.given ? 'name' : 'surname', type: 'person',
          nameStart: words[k]?.start ?? -1, nameEnd: words[end - 1]?.end ?? -1, givenName: parts.given, surname: parts.surname,
          fullName: parts.full, gender: g, role, def: np.def, oblique: np.oblique, genitive: parts.genitive,
        }));
        i = end - 1;
        continue;
      }
      const plural = number === 'pl';
      // "Frau" or "Mann" without article is a word, not a referent ("Mann und Frau", "Frau X" failed).
      if (np.def === 'none' && GENERIC_PERSON_NOUNS.has(role.base)) continue;
      // "Chef des Russischen Fonds", "Direktor des Instituts": a role with its organisation is specific.
      const complement = words[i + 1]?.lower;
      const specific = complement === 'des' || complement === 'der' || complement === 'von' || complement === 'vom';
      // (A copy: the role object is shared through the word cache.)
      const roleHere = specific ? { ...role, key: `${role.key}+` } : role;
      finish(cand(s, {
        first: np.first, last: i, kind: plural ? 'group' : 'role', type: plural ? 'group' : 'person',
        gender, number, role: roleHere, def: np.def, oblique: np.oblique, genitive: np.genitive,
      }));
      continue;
    }

    // 4. A first name starts a person name: "Wladimir Putin", "Ursula von der Leyen".
    if (isFirstName(w)) {
      const end = nameRunEnd(words, used, i, ctx, false);
      if (end > i + 1) {
        const parts = nameParts(words, i, end, ctx.doc);
        const np = extendLeft(words, used, i);
        finish(cand(s, {
          first: np.first, last: end - 1, kind: 'name', type: 'person',
          nameStart: w.start, nameEnd: words[end - 1]?.end ?? -1, givenName: parts.given, surname: parts.surname,
          fullName: parts.full, gender: parts.gender, def: np.def, oblique: np.oblique, genitive: parts.genitive || np.genitive,
        }));
        i = end - 1;
        continue;
      }
    }

    // 5b. Names in quotation marks after a medium or an article: die Zeitschrift „Billboard“,
    //     der „Focus“ berichtete. (Titles in quotation marks are not quotes: this tells the quotes stage.)
    if (words[i + 1]?.text === '„' || words[i + 1]?.text === '»') {
      const quoted = quotedName(words, used, i, s);
      if (quoted) {
        finish(quoted);
        i = quoted.last;
        continue;
      }
    }

    // 5. Organisations: a head noun with its name ("Der Internationale Währungsfonds",
    //    "Institut für Weltwirtschaft", "das Ministerium"), acronyms, legal forms.
    if (w.cap) {
      const org = info(w).org;
      if (org) {
        const c = organisationFromHead(words, used, i, org, s, ctx.doc);
        if (c) {
          finish(c);
          i = c.last;
          continue;
        }
      }
      if (w.text.length <= 6 && !capsHeavy && (w.allCaps || MIXED_ACRONYM.test(w.text)) && !NOT_ORG_ACRONYMS.has(w.text) && /^\p{Lu}[\p{L}\d]+$/u.test(w.text)) {
        const np = extendLeft(words, used, i);
        if (CLUB_PREFIXES.has(w.text)) {
          // "FC Bayern München": the club is the prefix with the capitalised words after it.
          let last = i;
          while (last - i < 3 && words[last + 1]?.isWord && words[last + 1]?.cap && !used[last + 1]) last++;
          const name = words.slice(i, last + 1).map((x) => x.text).join(' ');
          finish(cand(s, {
            first: np.first, last, kind: 'organisation', type: 'organisation', gender: 'm', def: np.def, oblique: np.oblique,
            genitive: np.genitive, key: name.toLowerCase(), cls: 'verein', canonical: name, nameStart: w.start, nameEnd: words[last]?.end ?? -1,
          }));
          i = last;
          continue;
        }
        finish(cand(s, {
          first: np.first, last: i, kind: 'organisation', type: 'organisation',
          gender: 'u', def: np.def, oblique: np.oblique, genitive: np.genitive, key: w.text, cls: 'acronym', canonical: w.text,
          nameStart: w.start, nameEnd: w.end,
        }));
        continue;
      }
      const company = words[i + 1]?.cap ? companyEnd(words, used, i) : -1;
      if (company > i) {
        const np = extendLeft(words, used, i);
        const name = words.slice(i, company + 1).map((x) => x.text).join(' ');
        finish(cand(s, {
          first: np.first, last: company, kind: 'organisation', type: 'organisation',
          gender: 'f', def: np.def, oblique: np.oblique, key: name, cls: 'unternehmen', canonical: name,
          nameStart: w.start, nameEnd: words[company]?.end ?? -1,
        }));
        i = company;
        continue;
      }
    }

    // 5c. Two or three capitalised words that are not nouns, mid-sentence and without article:
    //     a person named by the document without any first name we know ("Thaksin Shinawatra").
    if (w.cap && !w.initial && !w.text.endsWith('s') && !info(w).common && !info(w).noun && !info(w).functionWord && !w.allCaps) {
      const prev = words[i - 1];
      // Not after an article or adjective (a noun phrase), a locative preposition or a comma (places: "in Krywyj Rih").
      const afterArticle = !prev || prev.text === ',' || (prev.isWord && (DETERMINERS.has(prev.lower) || LOOSE_ADJECTIVE.test(prev.lower) ||
        prev.cap || LOCATIVE_PREPOSITIONS.has(prev.lower) || prev.lower === 'aus' || prev.lower === 'von'));
      const second = words[i + 1];
      if (!afterArticle && second && second.isWord && second.cap && !second.allCaps && !/(e|en|er|es|em)$/.test(w.lower) &&
          !info(second).common && !info(second).noun && !info(second).functionWord && !info(second).phrase && !used[i + 1]) {
        const third = words[i + 2];
        const last = third && third.isWord && third.cap && !info(third).common && !info(third).noun && !info(third).functionWord && !used[i + 2] ? i + 2 : i + 1;
        const next = words[last + 1];
        if (!next || !next.isWord || !next.cap) {
          const parts = nameParts(words, i, last + 1, ctx.doc);
          finish(cand(s, {
            first: i, last, kind: 'name', type: 'person', nameStart: w.start, nameEnd: words[last]?.end ?? -1,
            givenName: parts.given, surname: parts.surname, fullName: parts.full, gender: parts.gender, genitive: parts.genitive,
          }));
          i = last;
          continue;
        }
      }
    }

    // 5e. Sources inside a compound: "nach Polizeiangaben", "Medienberichten zufolge",
    //     "UNHCR-Angaben": the first part names who gave the information.
    if (w.cap) {
      const source = compoundSource(w);
      if (source) {
        finish(cand(s, { first: i, last: i, ...source }));
        continue;
      }
    }

    // 5d. An organisation the document introduced by name: "Eurostat bestätigte".
    if (w.cap && ctx.doc.organisations.has(w.text)) {
      const np = extendLeft(words, used, i);
      finish(cand(s, {
        first: np.first, last: i, kind: 'organisation', type: 'organisation', def: np.def, oblique: np.oblique, genitive: np.genitive,
        key: w.text.toLowerCase(), cls: 'named', canonical: w.text, nameStart: w.start, nameEnd: w.end,
      }));
      continue;
    }

    // 6. Surnames alone, with evidence: "Rubio", "Putins", "sagte Habeck", "von der Leyen".
    const surnameStart = surnameAt(words, used, i, ctx);
    if (surnameStart >= 0) {
      const end = nameRunEnd(words, used, surnameStart, ctx, false, false);
      const last = Math.max(end - 1, surnameStart);
      const parts = nameParts(words, i, last + 1, ctx.doc);
      finish(cand(s, {
        first: i, last, kind: parts.given ? 'name' : 'surname', type: 'person',
        nameStart: w.start, nameEnd: words[last]?.end ?? -1, givenName: parts.given, surname: parts.surname,
        fullName: parts.full, gender: parts.gender !== 'u' ? parts.gender : ctx.doc.genderOf(parts.surname), genitive: parts.genitive,
      }));
      i = last;
      continue;
    }

    // 7a. Relative pronouns after a mention: "Dmitrijew, der in Washington …", "Ägypten, das vorschlug".
    const relative = RELATIVE_PRONOUNS.get(w.lower);
    if (relative && words[i - 1]?.text === ',' && !w.cap) {
      const next = words[i + 1];
      const articleUse = !!next && next.isWord && (next.cap || (LOOSE_ADJECTIVE.test(next.lower) && !!words[i + 2]?.cap && !DETERMINERS.has(next.lower)));
      const antecedent = out[out.length - 1];
      if (!articleUse && antecedent && antecedent.last >= i - 3 && !rangeHasComma(words, antecedent.last + 1, i - 1)) {
        const agrees = relative === 'n' ? antecedent.type !== 'person' && antecedent.type !== 'group' && antecedent.gender === 'n'
          : relative === 'pl' ? antecedent.number !== 'sg' || antecedent.type === 'group'
          : relative === 'f' ? antecedent.gender === 'f' || antecedent.gender === 'u' || antecedent.number !== 'sg'
          : antecedent.gender !== 'f' && antecedent.number !== 'pl';
        if (agrees) {
          finish(cand(s, {
            first: i, last: i, kind: 'pronoun', type: antecedent.type, pronoun: 'rel',
            gender: antecedent.gender, number: antecedent.number, apposTo: ctx.offset + out.length - 1,
          }));
          continue;
        }
      }
    }

    // 7. Pronouns that can be speakers: er, sie (Sie only at the start of a sentence:
    //    elsewhere it is the polite form), and demonstratives used alone ("dieser").
    if (w.lower === 'er' || w.lower === 'sie') {
      if (w.text === 'Sie' && !w.initial) continue;
      if (w.text === 'Er' && !w.initial) continue;
      const number = w.lower === 'er' ? 'sg' : pronounNumber(words, i);
      finish(cand(s, {
        first: i, last: i, kind: 'pronoun', type: 'person', pronoun: w.lower,
        gender: w.lower === 'er' ? 'm' : number === 'pl' ? 'pl' : 'f', number,
      }));
      continue;
    }
    const demonstrative = DEMONSTRATIVE_PRONOUNS.get(w.text);
    if (demonstrative) {
      const next = words[i + 1];
      if (!next || !next.isWord || (!next.cap && !LOOSE_ADJECTIVE.test(next.lower)) || DETERMINERS.has(next.lower)) {
        finish(cand(s, {
          first: i, last: i, kind: 'pronoun', type: 'person', pronoun: 'dem',
          gender: demonstrative, number: demonstrative === 'f' ? 'amb' : 'sg',
        }));
        continue;
      }
    }

    // 8. Groups: "Diplomaten", "ukrainische Medien", "Regierungskreise".
    if (w.cap) {
      const group = info(w).group;
      if (group) {
        // "die Schweizer Regierung", "Berliner Polizei": an -er word before a noun is an adjective.
        const following = words[i + 1];
        if (w.lower.endsWith('er') && following?.isWord && following.cap && !following.initial) continue;
        const np = extendLeft(words, used, i);
        // "der Italiener", "dem Berliner", "ein Insider": an -er noun after a singular article is one person.
        if (w.lower.endsWith('er') && np.determiner && SINGULAR_ARTICLES.has(np.determiner)) {
          finish(cand(s, {
            first: np.first, last: i, kind: 'role', type: 'person', gender: 'm', number: 'sg', def: np.def, oblique: np.oblique,
            genitive: np.genitive, role: { base: group, gender: 'm', number: 'sg', adjective: false, ending: '', modifier: '', key: group },
          }));
          continue;
        }
        if (np.def === 'indef') continue;
        finish(cand(s, {
          first: np.first, last: i, kind: 'group', type: 'group', gender: 'pl', number: 'pl',
          def: np.def, oblique: np.oblique, genitive: np.genitive, key: group, cls: group,
        }));
        continue;
      }
    }
  }
  linkAppositions(words, out, ctx.offset);
  return out;
}

/** The surname mention starting at word i, or -1: needs evidence from the document or the word. */
function surnameAt(words: readonly Word[], used: Uint8Array, i: number, ctx: SentenceContext): number {
  const w = words[i];
  if (!w) return -1;
  // "von der Leyen": particles, then a surname the document knows with them.
  if (w.isWord && !w.cap && SURNAME_START_PARTICLES.has(w.lower)) {
    let p = i;
    while (p < words.length && words[p]?.isWord && !words[p]?.cap && NAME_PARTICLES.has(words[p]?.lower ?? '') && p - i < 3) p++;
    const head = words[p];
    if (p > i && head && !used[p] && head.cap) {
      const full = words.slice(i, p + 1).map((x) => x.text).join(' ');
      if (ctx.doc.hasSurname(full) || ctx.doc.hasSurname(stripGenitive(full, ctx.doc, { nounBefore: false, nounAfter: false, determinerBefore: false }))) return p;
    }
    return -1;
  }
  if (!w.cap || w.allCaps || info(w).functionWord) return -1;
  if (nameEvidence(w.text, ctx.doc, info(w).staticName, !info(w).common && !info(w).noun)) return i;
  // A speech verb next to an unknown capitalised word that is not a common noun: "sagte Habeck".
  if (!info(w).common && !info(w).noun) {
    const before = words[i - 1];
    const after = words[i + 1];
    const verbBefore = before?.isWord && SPEECH_VERB_FORMS.has(before.lower) && (!after || !after.isWord || !after.cap);
    // Sentence-initial words before a verb are often adverbs ("Parallel kündigte Moskau …"): a
    // speech verb counts only when the quote or clause follows at once ("Barth meint: …").
    const afterVerb = words[i + 2];
    const verbAfter = after?.isWord && (after.lower === 'zufolge' ||
      (w.initial && SPEECH_VERB_FORMS.has(after.lower) && !!afterVerb && (afterVerb.text === ':' || afterVerb.text === ',' || afterVerb.lower === 'dass')));
    const laut = (before?.lower === 'laut' || (before?.lower === 'so' && words[i - 2]?.text === ',')) && (!after || !after.cap);
    if (verbBefore || verbAfter || laut) return i;
    if (info(w).staticName) return i;
  }
  return -1;
}

function pronounNumber(words: readonly Word[], i: number): NumberGuess {
  for (const k of [i + 1, i - 1]) {
    const v = words[k];
    if (!v || !v.isWord || v.cap) continue;
    const l = v.lower;
    if (PLURAL_VERBS.has(l)) return 'pl';
    if (SINGULAR_VERBS.has(l)) return 'sg';
    if (DETERMINERS.has(l) || PREPOSITIONS.has(l)) continue;
    if (/[^e]te$/.test(l) || /[^e]t$/.test(l) && !l.endsWith('ht')) return 'sg';
    if (/ten$/.test(l) || (/en$/.test(l) && l.length > 4)) return 'pl';
  }
  return 'amb';
}

/** Relative pronouns and the gender/number they show: 'm' der/dem/welcher, 'f' die, 'n' das, 'pl' denen. */
const RELATIVE_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'n' | 'pl'> = new Map([
  ['der', 'm'], ['dem', 'm'], ['welcher', 'm'], ['welchem', 'm'], ['die', 'f'], ['welche', 'f'], ['das', 'n'], ['welches', 'n'], ['denen', 'pl'],
]);

/** Articles that mark a singular noun phrase (for nouns whose singular and plural look alike). */
const SINGULAR_ARTICLES: ReadonlySet<string> = new Set(['der', 'dem', 'des', 'ein', 'einem', 'eines', 'dieser', 'diesem']);

const PLURAL_VERBS = new Set(['sind', 'haben', 'werden', 'waren', 'hatten', 'wurden', 'können', 'müssen', 'sollen', 'wollen', 'dürfen', 'seien', 'hätten', 'würden', 'könnten', 'müssten', 'sollten', 'wollten', 'dürften', 'wären', 'wissen', 'gehen', 'stehen']);
const SINGULAR_VERBS = new Set(['ist', 'hat', 'wird', 'war', 'hatte', 'wurde', 'kann', 'muss', 'soll', 'will', 'darf', 'sei', 'habe', 'werde', 'hätte', 'würde', 'könnte', 'müsste', 'sollte', 'wollte', 'dürfte', 'wäre', 'weiß', 'geht', 'steht', 'könne', 'müsse', 'solle', 'wolle']);

function organisationFromHead(words: readonly Word[], used: Uint8Array, i: number, org: ReturnType<typeof orgHeadOf> & object, s: number, doc: DocNames): Candidate | null {
  // Capitalised adjectives that belong to the name: "Internationale", "Russischen".
  let nameFirst = i;
  while (nameFirst > 0) {
    const w = words[nameFirst - 1];
    if (!w || used[nameFirst - 1] || !w.isWord || !w.cap || isFunctionWord(w.lower) || !/(e|en|er|es|em)$/.test(w.lower) || w.initial && DETERMINERS.has(w.lower)) break;
    if (info(w).role || info(w).org) break;
    nameFirst--;
  }
  // "für Weltwirtschaft", "für Migration und Flüchtlinge", "(IWF)".
  let last = i;
  const fuer = words[i + 1];
  if (fuer && fuer.lower === 'für' && words[i + 2]?.cap && words[i + 2]?.isWord && !used[i + 2]) {
    last = i + 2;
  }
  // "das Statistikamt Eurostat", "der Handelsverband HDE", "die Nachrichtenagentur Reuters":
  // the proper name after the head names the organisation and is its key.
  let properKey: string | null = null;
  let properName: string | null = null;
  const proper = words[last + 1];
  if (proper && proper.isWord && proper.cap && !used[last + 1] && !proper.initial && last === i) {
    const facts = info(proper);
    const known = facts.phrase ? matchPhrase(lowersOf(words), last + 1) : undefined;
    if (known && known.phrase.kind === 'organisation') {
      properKey = known.phrase.key.toLowerCase();
      properName = known.phrase.name;
      last += known.length;
    } else if (!known && !facts.common && !facts.noun && !facts.functionWord && !facts.firstName && !/s$/.test(proper.text) &&
        (proper.allCaps ? !NOT_ORG_ACRONYMS.has(proper.text) : true)) {
      properKey = proper.text.toLowerCase();
      properName = proper.text;
      last += 1;
    }
  }
  const np = extendLeft(words, used, nameFirst);
  const named = nameFirst < i || last > i || org.modifier.length > 0;
  if (org.bare && !named && !(np.def === 'def' && ORG_HEADS_WITH_ARTICLE.has(org.base))) return null;
  if (np.def === 'indef' && !named) return null;
  if (org.plural && np.def === 'none' && !named && org.base !== 'behörden' && org.base !== 'streitkräfte') return null;
  const nameWords = words.slice(nameFirst, last + 1);
  const gender: Gram = org.plural ? 'pl' : org.gender === 'pl' ? 'pl' : org.gender;
  let key = properName ?? (named ? canonicalOrgName(nameWords, org.gender, i - nameFirst) : null);
  if (properName && !properKey?.includes(' ')) doc.organisations.set(properName, properName);
  // "die Regierung Joe Bidens", "die Regierung Frankreichs": a specific organisation, not an anaphor.
  const after = words[last + 1];
  const ownerFollows = !named && !!after && after.isWord && after.cap && !used[last + 1] && (FIRST_NAMES.has(after.text) || /s$/.test(after.text));
  if (ownerFollows) key = `${w0(words, i)}@${words[i]?.start ?? 0}`;
  return cand(s, {
    first: np.first, last, kind: 'organisation', type: 'organisation',
    gender, number: gender === 'pl' ? 'pl' : 'sg', def: np.def, oblique: np.oblique, genitive: np.genitive,
    key: properKey ?? (key ? key.toLowerCase() : null), cls: org.cls, canonical: ownerFollows ? null : key,
    nameStart: named ? (words[nameFirst]?.start ?? -1) : -1, nameEnd: named ? (words[last]?.end ?? -1) : -1,
  });
}

/**
 * The name of an organisation in the nominative without article, as a register would list
 * it: "des Russischen Fonds für Direktinvestitionen" → "Russischer Fonds für
 * Direktinvestitionen"; "des Instituts für Weltwirtschaft" → "Institut für Weltwirtschaft".
 */
function canonicalOrgName(nameWords: readonly Word[], gender: GrammaticalGender, headIndex: number): string {
  const strong = gender === 'm' ? 'er' : gender === 'n' ? 'es' : 'e';
  return nameWords
    .map((w, k) => {
      // Place adjectives in -er do not inflect ("Schweizer Regierung", "Berliner Polizei").
      if (k < headIndex && w.lower.endsWith('er') && !INFLECTED_ER.test(w.lower)) return w.text;
      if (k < headIndex) return `${adjectiveStem(w.lower).replace(/^./, (c) => c.toUpperCase())}${strong}`;
      if (k === headIndex) {
        const hit = orgHeadOf(w.lower);
        if (hit && w.lower !== hit.modifier + hit.base && !hit.plural) {
          return w.text.slice(0, hit.modifier.length + hit.base.length);
        }
      }
      return w.text;
    })
    .join(' ');
}

const MEDIUM_WORDS = /(zeitung|zeitschrift|magazin|blatt|sender|portal|site|seite|agentur|dienst|sendung|programm|partei|organisation|initiative|bündnis|kampagne|verein|gruppe|firma|band|club|klub)$/;

/**
 * "die Zeitschrift „Billboard“", "der „Focus“ berichtete": a name in quotation marks after a
 * medium or organisation noun, or after an article when a speech verb or "laut" frames it.
 */
function quotedName(words: readonly Word[], used: Uint8Array, i: number, s: number): Candidate | null {
  const w = words[i];
  if (!w || !w.isWord) return null;
  const open = i + 1;
  let close = -1;
  for (let k = open + 1; k < Math.min(words.length, open + 7); k++) {
    const t = words[k]?.text;
    if (t === '“' || t === '"' || t === '«' || t === '”') { close = k; break; }
  }
  if (close < 0 || close === open + 1) return null;
  const firstInside = words[open + 1];
  if (!firstInside || !firstInside.cap) return null;
  for (let k = open + 1; k < close; k++) if (used[k]) return null;
  const medium = w.cap && MEDIUM_WORDS.test(w.lower);
  const article = !w.cap && DETERMINERS.has(w.lower) && DETERMINERS.get(w.lower)?.def === 'def';
  // "schrieb „Die Zeit“", "laut „Spiegel“": the name starts at the quotation mark.
  const cue = !w.cap && (w.lower === 'laut' || SPEECH_VERB_FORMS.has(w.lower));
  if (!medium && !article && !cue) return null;
  if (cue) {
    for (let k = open + 1; k < close; k++) {
      const x = words[k];
      if (x && x.isWord && !x.cap && !DETERMINERS.has(x.lower)) return null;
    }
    if (close - open > 4) return null;
    const name = words.slice(open + 1, close).map((x) => x.text).join(' ');
    return cand(s, {
      first: open, last: close, kind: 'organisation', type: 'organisation', gender: 'u', key: name.toLowerCase(), cls: 'medium',
      canonical: name, nameStart: words[open + 1]?.start ?? -1, nameEnd: words[close - 1]?.end ?? -1,
    });
  }
  if (article) {
    // Only short all-capitalised names, framed as a source.
    for (let k = open + 1; k < close; k++) {
      const x = words[k];
      if (x && x.isWord && !x.cap) return null;
    }
    if (close - open > 4) return null;
    const after = words[close + 1];
    const before = words[i - 1];
    const framed = (after?.isWord && SPEECH_VERB_FORMS.has(after.lower)) || (before?.isWord && (before.lower === 'laut' || SPEECH_VERB_FORMS.has(before.lower)));
    if (!framed) return null;
  }
  const np = medium ? extendLeft(words, used, i) : { first: i, def: 'def' as const, oblique: false, genitive: false, determiner: w.lower };
  const nameText = words.slice(open + 1, close).map((x) => x.text).join(' ');
  return cand(s, {
    first: np.first, last: close, kind: 'organisation', type: 'organisation', gender: 'u', def: np.def, oblique: np.oblique,
    genitive: np.genitive, key: nameText.toLowerCase(), cls: 'medium', canonical: nameText,
    nameStart: words[open + 1]?.start ?? -1, nameEnd: words[close - 1]?.end ?? -1,
  });
}

/** Tails of compounds whose first part is the source of the information. */
const SOURCE_TAILS = ['angaben', 'berichten', 'berichte', 'aussagen', 'informationen', 'erkenntnissen', 'schätzungen', 'kreisen', 'kreise'];

/**
 * "Polizeiangaben" → the police (organisation), "Medienberichten" → the media (group),
 * "UNHCR-Angaben" → UNHCR. Returns the candidate fields, or null when the first part is not
 * an organisation, group or acronym.
 */
function compoundSource(w: Word): Pick<Candidate, 'kind' | 'type' | 'key' | 'cls' | 'canonical' | 'gender' | 'number'> | null {
  const lower = w.lower;
  const tail = SOURCE_TAILS.find((t) => lower.endsWith(t) && lower.length > t.length + 2);
  if (!tail) return null;
  let head = w.text.slice(0, w.text.length - tail.length);
  if (head.endsWith('-')) head = head.slice(0, -1);
  const headLower = head.toLowerCase();
  const stem = headLower.endsWith('s') && !orgHeadOf(headLower) ? headLower.slice(0, -1) : headLower;
  // "Regierungskreise", "Sicherheitskreisen": circles are a group, whoever they belong to.
  if (tail.startsWith('kreis')) {
    return { kind: 'group', type: 'group', key: `${stem}kreise`, cls: 'kreise', canonical: null, gender: 'pl', number: 'pl' };
  }
  if (/^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(head) && !NOT_ORG_ACRONYMS.has(head)) {
    return { kind: 'organisation', type: 'organisation', key: headLower, cls: 'acronym', canonical: head, gender: 'u', number: 'sg' };
  }
  const org = orgHeadOf(stem);
  if (org && !org.bare) {
    const name = head.endsWith('s') && stem !== headLower ? head.slice(0, -1) : head;
    return { kind: 'organisation', type: 'organisation', key: org.modifier ? stem : null, cls: org.cls, canonical: name, gender: org.gender === 'pl' ? 'pl' : org.gender, number: org.gender === 'pl' ? 'pl' : 'sg' };
  }
  const group = groupHeadOf(stem) ?? (groupHeadOf(`${stem}n`) ? `${stem}n` : undefined);
  if (group) {
    return { kind: 'group', type: 'group', key: group ?? stem, cls: group ?? stem, canonical: null, gender: 'pl', number: 'pl' };
  }
  return null;
}

function w0(words: readonly Word[], i: number): string {
  return words[i]?.text ?? '';
}

function companyEnd(words: readonly Word[], used: Uint8Array, i: number): number {
  for (let k = i + 1; k < Math.min(words.length, i + 5); k++) {
    const w = words[k];
    if (!w || used[k]) return -1;
    if (COMPANY_SUFFIXES.has(w.text) || (words[k + 1]?.text === '.' && COMPANY_SUFFIXES.has(`${w.text}.`))) return k;
    if (!w.isWord || !w.cap) return -1;
  }
  return -1;
}

/**
 * Appositions: a role right after a name ("Fedor Wojtolowskij, Direktor des Instituts …",
 * "Kirill Dmitrijew empfing – Chef des …") or right before it ("Der Leiter des Programms,
 * Klaus Stöhr") describes the same person.
 */
function linkAppositions(words: readonly Word[], cands: Candidate[], offset: number): void {
  for (let c = 0; c < cands.length; c++) {
    const cand = cands[c];
    if (!cand || cand.kind !== 'role' || cand.def === 'indef' || cand.number === 'pl') continue;
    const punctBefore = words[cand.first - 1];
    if (punctBefore && (punctBefore.text === ',' || punctBefore.text === '–' || punctBefore.text === '(' || punctBefore.text === '-')) {
      const prev = cands[c - 1];
      if (prev && prev.type === 'person' && (prev.kind === 'name' || prev.kind === 'surname')) {
        let gap = 0;
        let ok = true;
        for (let k = prev.last + 1; k < cand.first - 1; k++) {
          const w = words[k];
          if (!w || !w.isWord || w.cap) { ok = false; break; }
          gap++;
        }
        if (ok && gap <= 2 && (cand.def === 'none' || punctBefore.text !== ',' || gap === 0)) {
          cand.apposTo = offset + c - 1;
          continue;
        }
      }
    }
    // Role, its complement, comma, name.
    for (let d = c + 1; d < cands.length; d++) {
      const next = cands[d];
      if (!next) break;
      if (next.type === 'person' && (next.kind === 'name' || next.kind === 'surname')) {
        if (words[next.first - 1]?.text === ',' && next.first - cand.last <= 10 && !rangeHasComma(words, cand.last + 1, next.first - 1)) {
          cand.apposTo = offset + d;
        }
        break;
      }
      if (next.kind !== 'organisation' && next.kind !== 'place') break;
    }
  }
}

function rangeHasComma(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (!w) continue;
    if (w.text === ',' || w.text === '.' || w.text === ';' || (w.isWord && !w.cap && SPEECH_VERB_FORMS.has(w.lower))) return true;
  }
  return false;
}

export { ROLE_RANK_PREFIXES };

/**
 * First pass over the whole document: the surnames it introduces with a first name, a
 * title, or a role without article ("Präsident Selenskyj"), so that later (and earlier)
 * mentions of the surname alone are recognised.
 */
export function collectDocNames(sentences: readonly SentenceWords[]): DocNames {
  const doc = new DocNames();
  const ctx: SentenceContext = { doc, offset: 0 };
  const none = new Uint8Array(0);
  for (const sw of sentences) {
    const words = sw.words;
    const used = none.length >= words.length ? none : new Uint8Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!w || !w.isWord || !w.cap) continue;
      let start = -1;
      let gender: 'm' | 'f' | 'u' = 'u';
      if (isFirstName(w)) {
        start = i;
      } else if (info(w).title) {
        start = words[i + 1]?.text === '.' ? i + 2 : i + 1;
        const g = info(w).title;
        if (g === 'm' || g === 'f') gender = g;
      } else {
        const role = info(w).role;
        const before = words[i - 1];
        const bare = !before || !before.isWord || !DETERMINERS.has(before.lower);
        if (role && role.number !== 'pl' && bare && !role.adjective) {
          const next = words[i + 1];
          if (next && next.isWord && next.cap && !info(next).functionWord && !info(next).common && !info(next).noun && !matchPhrase(sw.lowers, i + 1)) {
            start = i + 1;
            if (role.gender === 'f') gender = 'f';
          }
        }
      }
      if (start < 0) continue;
      const end = nameRunEnd(words, used, start, ctx, false);
      const minimum = start === i ? start + 2 : start + 1;
      if (end < minimum) continue;
      const parts = nameParts(words, start, end, doc);
      const g = parts.gender !== 'u' ? (parts.gender === 'pl' || parts.gender === 'n' ? 'u' : parts.gender) : gender;
      doc.add(parts.surname, g);
      // A given name we do not know is often used alone later ("Thaksin Shinawatra" … "Thaksin").
      if (parts.given && !parts.given.includes(' ') && !FIRST_NAMES.has(parts.given) && !/\.$/.test(parts.given)) doc.addAlias(parts.given);
      i = end - 1;
    }
  }
  return doc;
}
