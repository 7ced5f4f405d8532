/**
 * The building blocks of mention detection: lexical facts per word (looked up once), the
 * candidate record with one fixed object shape, and noun-phrase extension to the left over
 * adjectives and an article, with the oblique/genitive and speaker context of a phrase.
 */
import { isCapitalised } from '../../core/forms.js';
import type { MentionKind, EntityType } from './types.js';
import type { Word } from './words.js';
import {
  FIRST_NAMES, roleOfUncached, orgHeadOfUncached, groupHeadOfUncached, phraseKeysUncached, matchPhrase, matchPhraseFrom,
  type orgHeadOf, type RoleHit, type NumberGuess, type Phrase, type PhraseMatch,
} from './lexicon.js';
import { NAME_TITLES } from './de/roles.js';
import type { PlaceRank } from './de/places.js';
import { SOURCE_TAILS, NOT_ORG_ACRONYMS } from './de/organisations.js';
import { DETERMINERS, PREPOSITIONS, SOURCE_PREPOSITIONS, DEMONSTRATIVE_PRONOUNS, QUANTIFIER_PRONOUNS, type Definiteness } from './de/words.js';
import { SPEECH_VERB_FORMS } from './de/speech.js';
import { isFunctionWord, looksLikeCommonNounUncached, staticNameEvidenceOf } from './evidence.js';


export type Gram = 'm' | 'f' | 'n' | 'u' | 'pl';

/** What the lexicon says about a capitalised word, computed once per distinct word. */
export interface WordInfo {
  /** Known first name (with gender), or undefined. */
  firstName: 'm' | 'f' | 'u' | undefined;
  /** Title before names ("Dr", "Frau"), with gender; undefined if none. */
  title: 'm' | 'f' | 'u' | undefined;
  /** Gazetteer surname or non-German surname shape (also in the genitive). */
  staticName: boolean;
  /** Could start a place or known organisation name. */
  phrase: boolean;
  /** The place and organisation names it could start (see ./lexicon.ts phraseKeys). */
  phrases: readonly Phrase[][];
  role: RoleHit | undefined;
  org: ReturnType<typeof orgHeadOf>;
  group: string | undefined;
  /** Role, organisation or group noun: never part of a person name. */
  noun: boolean;
  common: boolean;
  functionWord: boolean;
  /** The source tail the word ends in ("Polizeiangaben" → angaben; see ./org-names.ts compoundSource). */
  sourceTail: string | undefined;
  /** Letters an organisation acronym can have (see acronymLike). */
  acronymShape: boolean;
  /** Matches MIXED_ACRONYM (GdF, AfD); only worked out for words with acronymShape. */
  mixedAcronym: boolean;
  /**
   * The facts of START_FACTS the word has (a bit each): the word-led rules of ./detect.ts
   * that it can start. 0 for most capitalised words, the common nouns: only the rules that
   * read the word's context can take them.
   */
  startFacts: number;
}

/**
 * The lexical facts the word-led rules of ./detect.ts start from, one bit each. Each such rule
 * names its fact in the rule table there, and takes no capitalised word without it; a word is
 * asked only the rules of the facts it has (besides the rules that read context), so a rule
 * and its entry fact are written down once, in the table, and cannot drift apart.
 */
export const START_FACTS = {
  /** Could start a place or known organisation name. */
  phrase: 1,
  title: 2,
  role: 4,
  firstName: 8,
  /** A source compound ("Polizeiangaben"). */
  sourceTail: 16,
  group: 32,
  /** A pronoun that can be a speaker (Er, Sie, Dieser). */
  pronoun: 64,
} as const;
export type StartFact = keyof typeof START_FACTS;

/** The START_FACTS bits of a word with these facts. */
function startFactsOf(facts: Record<StartFact, boolean>): number {
  let bits = 0;
  for (const fact of Object.keys(START_FACTS) as StartFact[]) if (facts[fact]) bits |= START_FACTS[fact];
  return bits;
}

/** Names written in lower case ("dpa"): the only lower-case words the phrase matcher must see. */
export const LOWER_CASE_NAMES: ReadonlySet<string> = new Set(['dpa', 'ver.di', 'verdi']);

/** The lower-case words the mention finder looks at at all. */
export const LOWER_CASE_INTERESTING: ReadonlySet<string> = new Set([
  ...LOWER_CASE_NAMES, 'er', 'sie', 'der', 'die', 'das', 'dem', 'denen', 'welcher', 'welche', 'welches', 'welchem',
  'dieser', 'diese', 'letzterer', 'letztere', 'von', 'van', 'de', 'di', 'da', 'bin', 'al', 'el', 'ter', 'ten', 'zu',
  ...QUANTIFIER_PRONOUNS.keys(),
]);

// Two thirds of all tokens are lower-case words, each a fresh slice of the text: their first
// letter and length rule most of them out before the set lookup hashes them.
const INTERESTING_FIRST = new Uint8Array(0x10000);
let interestingLength = 0;
for (const word of LOWER_CASE_INTERESTING) {
  INTERESTING_FIRST[word.charCodeAt(0)] = 1;
  interestingLength = Math.max(interestingLength, word.length);
}

/** A lower-case word the mention finder looks at: LOWER_CASE_INTERESTING or an age noun ("jährige"). */
export function isInterestingLower(lower: string): boolean {
  if (lower.length > 0 && lower.charCodeAt(0) === 0x6a && lower.startsWith('jährig')) return true;
  return lower.length <= interestingLength && INTERESTING_FIRST[lower.charCodeAt(0)] === 1 && LOWER_CASE_INTERESTING.has(lower);
}

export const NO_INFO: WordInfo = {
  firstName: undefined, title: undefined, staticName: false, phrase: false, phrases: [], role: undefined, org: undefined, group: undefined,
  noun: false, common: false, functionWord: false, sourceTail: undefined, acronymShape: false, mixedAcronym: false, startFacts: 0,
};

/** The lexical facts of a word form (computed once per form: see ./lexemes.ts). */
export function infoOf(text: string): WordInfo {
  if (!isCapitalised(text)) return NO_INFO;
  const lower = text.toLowerCase();
  // Each lexicon search once (not through the per-function caches: the form table caches this).
  const role = roleOfUncached(lower);
  const org = orgHeadOfUncached(lower);
  const group = groupHeadOfUncached(lower);
  const common = looksLikeCommonNounUncached(text);
  const phrases = phraseKeysUncached(lower);
  const acronymShape = acronymShapeOf(text);
  const firstName = FIRST_NAMES.get(text);
  const title = NAME_TITLES.get(text) ?? NAME_TITLES.get(`${text}.`);
  const sourceTail = sourceTailOf(lower);
  const pronoun = lower === 'er' || lower === 'sie' || DEMONSTRATIVE_PRONOUNS.has(text) || QUANTIFIER_PRONOUNS.has(lower);
  const startFacts = startFactsOf({
    phrase: phrases.length > 0, title: title !== undefined, role: !!role, firstName: !!firstName, sourceTail: !!sourceTail, group: !!group, pronoun,
  });
  return {
    firstName, title,
    staticName: staticNameEvidenceOf(text, lower, !!(role || org || common)),
    phrase: phrases.length > 0, phrases, role, org, group, noun: !!(role || org || group), common,
    functionWord: isFunctionWord(lower), sourceTail,
    acronymShape, mixedAcronym: acronymShape && MIXED_ACRONYM.test(text),
    startFacts,
  };
}

/** Letters an organisation acronym can have: at most six, a capital first, letters and digits (not BIP, LNG). */
function acronymShapeOf(text: string): boolean {
  return text.length <= 6 && !NOT_ORG_ACRONYMS.has(text) && /^\p{Lu}[\p{L}\d]+$/u.test(text);
}

/** Could the word be an organisation's acronym: all capitals or MIXED_ACRONYM, with an acronym's letters (IWF, GdF)? */
export function acronymLike(w: Word): boolean {
  const facts = w.info;
  if (facts === NO_INFO) return (w.allCaps || MIXED_ACRONYM.test(w.text)) && acronymShapeOf(w.text);
  return facts.acronymShape && (w.allCaps || facts.mixedAcronym);
}

/** The tail of a compound whose first part is a source of information ("Polizeiangaben" → angaben). */
export function sourceTailOf(lower: string): string | undefined {
  return SOURCE_TAILS.find((t) => lower.endsWith(t) && lower.length > t.length + 2);
}

/** The longest place or known-organisation name starting at words[i]. */
export function phraseAt(words: readonly Word[], i: number): PhraseMatch | undefined {
  const facts = words[i]?.info;
  return facts === undefined || facts === NO_INFO ? matchPhrase(words, i) : matchPhraseFrom(facts.phrases, words, i);
}

/** Lexical facts of a word (looked up with its form); lower-case words have none. */
export function info(w: Word): WordInfo {
  return w.info;
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

export interface NP {
  first: number;
  def: Definiteness | 'none';
  oblique: boolean;
  genitive: boolean;
  determiner: string | null;
}

/** Finite verbs ending like adjectives (-e, -en, -er): never part of a noun phrase. */
export const FINITE_VERBS = new Set([
  'habe', 'hatte', 'hatten', 'hätte', 'hätten', 'werde', 'wurde', 'wurden', 'würde', 'würden', 'wäre', 'wären', 'seien',
  'könne', 'könnte', 'könnten', 'müsse', 'müsste', 'müssten', 'solle', 'sollte', 'sollten', 'wolle', 'wollte', 'wollten',
  'dürfe', 'dürfte', 'dürften', 'gebe', 'gäbe', 'liege', 'stehe', 'gehe', 'komme', 'sehe', 'haben', 'werden', 'sollen',
  'wollen', 'können', 'müssen', 'dürfen', 'sagen', 'erwarten', 'warnen', 'fordern', 'kritisieren', 'sehen', 'gehen',
  'gingen', 'kamen', 'waren', 'blieben', 'begann', 'bleiben', 'meinen', 'glauben', 'fürchten', 'berichten', 'erklärten',
]);

/** Acronyms with a small letter inside: GdF, VfGH, AfD, SoVD (two capitals at least, at most one small letter in a row). */
export const MIXED_ACRONYM = /^\p{Lu}(?:\p{Ll}?\p{Lu}){1,4}\p{Ll}?$/u;

/** Adjectives whose -er is an inflection ending (Internationaler, Russischer, Neuer), unlike Schweizer, Berliner. */
export const INFLECTED_ER = /(isch|al|ig|lich|ell|iv|är|bar|neu|frei|groß|hoh|alt|jung|deutsch|europäisch|eigen|ander|ehemalig)er$/;

export const STRICT_ADJECTIVE = /(isch|lich|ig|al|ell|iv|är|bar|los|sam|haft|end|iert|ierte|ert|neu|alt|hoh|groß|klein|rangig|oberst|höchst|ehemalig|amtierend|scheidend|derzeitig|früher|weiter|eigen|ander)(e|en|er|es|em)$/;

export const LOOSE_ADJECTIVE = /\p{Ll}(e|en|er|es|em)$/u;

/** Extends a noun phrase left over adjectives and one determiner (not over used words). */
export function extendLeft(words: readonly Word[], used: Uint8Array, head: number): NP {
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

/** The preposition right before the phrase, or null: one makes the phrase oblique (not a subject). */
export function precededByPreposition(words: readonly Word[], first: number): string | null {
  const w = words[first - 1];
  return w && w.isWord && PREPOSITIONS.has(w.lower) ? w.lower : null;
}

export function speakerContext(words: readonly Word[], first: number, last: number): boolean {
  const before = words[first - 1];
  const after = words[last + 1];
  if (before && before.isWord && (SPEECH_VERB_FORMS.has(before.lower) || SOURCE_PREPOSITIONS.has(before.lower))) return true;
  if (before && before.lower === 'so' && words[first - 2]?.text === ',') return true;
  if (after && (after.text === ':' || (after.isWord && (SPEECH_VERB_FORMS.has(after.lower) || after.lower === 'zufolge')))) return true;
  return false;
}

/**
 * A candidate with every field in a fixed order (one object shape for the engine): the given
 * ones, defaults for the rest. (Written out field by field rather than Object.assign onto a
 * default record: the twenty call sites pass twenty differently shaped property bags, which
 * sent Object.assign down its slow generic path for every candidate. No caller passes a field
 * as undefined, so `??` keeps exactly what Object.assign kept.)
 */
export function cand(sentence: number, props: Partial<Candidate> & Pick<Candidate, 'kind' | 'type' | 'first' | 'last'>): Candidate {
  return {
    start: props.start ?? 0, end: props.end ?? 0, kind: props.kind, type: props.type, sentence: props.sentence ?? sentence,
    first: props.first, last: props.last, nameStart: props.nameStart ?? -1, nameEnd: props.nameEnd ?? -1,
    givenName: props.givenName ?? null, surname: props.surname ?? null, fullName: props.fullName ?? null,
    gender: props.gender ?? 'u', number: props.number ?? 'sg', role: props.role ?? null, def: props.def ?? 'none',
    oblique: props.oblique ?? false, genitive: props.genitive ?? false, inQuote: props.inQuote ?? false, speaker: props.speaker ?? false,
    key: props.key ?? null, cls: props.cls ?? null, canonical: props.canonical ?? null, placeRank: props.placeRank ?? null,
    apposTo: props.apposTo ?? -1, pronoun: props.pronoun ?? null, possessor: props.possessor ?? false,
  };
}
