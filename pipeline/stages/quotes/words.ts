/**
 * The quote stage's view of a sentence: its tokens with their text, lower-cased text and
 * whether they stand inside a direct quotation. Built once per sentence from the tokens
 * layer, so every later pass indexes arrays instead of slicing the document again.
 */
import { FormCache, type Form } from '../../core/forms.js';
import type { Token } from '../tokens/types.js';
import type { Sentence } from '../sentences/types.js';
import type { QuotePair } from './marks.js';
import { CHECKED_WORDS, SPEECH_VERB_FORMS, KONJUNKTIV_I_FORMS, KONJUNKTIV_II_FORMS, checkedReadings, type FormReading } from './lexicon.js';
import {
  ADVERB_ENDINGS, ATTRIBUTING_ADVERBS, IMPERSONAL_FORMS, KONJUNKTIV_II_REPORTED, LOWER_CASE_NAMES, NORM_NOUNS, REPORTIVE_MODALS, SOURCE_POSTPOSITIONS, SOURCE_PREPOSITIONS, STRONG_KONJUNKTIV,
} from './de/cues.js';
import { NOUN_ROLE, nounRoles, TAIL_ROLES } from './de/nouns.js';

/**
 * A word of a sentence: where it stands (offsets, quotation, mention, parentheses) and what
 * its form is. The facts of the form are shared by every word of that form (`facts`, one
 * object per form) and read through getters, not copied into each word: building a
 * sentence's words, the one allocation per token of the stage, stays small.
 */
export class Word {
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
    /** word | number | punct | symbol | url (from the tokens layer). */
    readonly kind: string,
    /** Index of the outermost quote pair this word lies in (marks included), or -1. */
    readonly quote: number,
    /** Starts with an upper-case letter (computed once: German nouns and names). */
    readonly upper: boolean,
    /** Lies inside a mention of the entities layer (a speaker-capable referent), when that layer exists. */
    readonly mention: boolean,
    /** Lies inside parentheses (the marks excluded): its commas end no clause ("(Awoda, dt. Arbeiterpartei)"). */
    readonly paren: boolean,
    /** The facts of the word's form (of `text`). */
    public facts: FormInfo,
  ) {}

  get readings(): readonly FormReading[] | null {
    return this.facts.readings;
  }
  get mood(): boolean {
    return this.facts.mood;
  }
  get cue(): boolean {
    return this.facts.cue;
  }
  get inflected(): boolean {
    return this.facts.inflected;
  }
  get lowerInitial(): boolean {
    return this.facts.lowerInitial;
  }
  get domain(): boolean {
    return this.facts.domain;
  }
  get statement(): boolean {
    return this.facts.statement;
  }
  get nouns(): number {
    return this.facts.nouns;
  }
  get adverbEnding(): boolean {
    return this.facts.adverbEnding;
  }
}

/** What a word form contributes regardless of its position: computed once per distinct form. */
interface FormInfo extends FormFacts {
  text: string;
  lower: string;
  /** First character is upper case (only counts for tokens of kind 'word'). */
  upperFirst: boolean;
}

/** The word-level facts that depend on the form only: computed once per word form. */
interface FormFacts {
  /** The speech verb readings of `lower` (lexicon.ts), or null. */
  readings: readonly FormReading[] | null;
  /** How many of the readings need a particle or a required word elsewhere in the sentence (lexicon.ts checkedReadings). */
  checkedReadings: number;
  /** `lower` is a word such a reading may need (lexicon.ts CHECKED_WORDS: a particle's last word, a required word). */
  checkedWord: boolean;
  /** `lower` is a form mood.ts looks at (Konjunktiv I/II, reportive modal): most words are not. */
  mood: boolean;
  /** The form can be a cue in cues.ts (speech verb, source preposition, "so", "nach", …). */
  cue: boolean;
  /** The cue word lists of de/cues.ts the form is in (CUE_WORD bits), 0 for most words: findCues tests these on every cue word. */
  cueWord: number;
  /** `lower` ends like an inflected adjective or determiner: -e, -en, -er, -es, -em. */
  inflected: boolean;
  /** `text` starts with a lower-case letter. */
  lowerInitial: boolean;
  /** `text` is a web domain written as a name ("t-online.de"). */
  domain: boolean;
  /** `lower` is or ends in a statement or document noun ("Urteil", "Gesetzesvorlage", "Vorwürfe"). */
  statement: boolean;
  /** The roles of the form in the noun lexicon (de/nouns.ts `NOUN_ROLE` bits), 0 for most words. */
  nouns: number;
  /** `text` is a quotation mark („ “ ” " » « ‚ ‘ ’ › ‹ '). */
  quoteMark: boolean;
  /** `text` is a mark that ends a clause as punctuation: , ; : – — . ! ? … (see isClauseBreak). */
  clauseMark: boolean;
  /**
   * `lower` is or ends in a norm noun (1) or not (0), -1 until first asked (isNormNoun): asked
   * only after "gemäß", so not worked out for every form.
   */
  norm: number;
  /** The shape of a past participle of `lower` (PARTICIPLE bits): tested for every verb cue and clause. */
  participle: number;
  /** `lower` ends like an adverb or adjective (de/cues.ts ADVERB_ENDINGS: "monatelang", "offiziell"). */
  adverbEnding: boolean;
}

/**
 * Past participle shapes of a lower-case form: ge-…-t/-en ("gesagt", "angekündigt",
 * "gesprochen"), -t or -iert ("erklärt"), and an inseparable prefix with -en ("beschlossen",
 * "entschieden", which may also be the infinitive).
 */
export const PARTICIPLE = { ge: 1, t: 2, inseparable: 4 } as const;
const PARTICIPLE_GE = /^(ge|\p{L}+ge)\p{L}+[tn]$/u;
const PARTICIPLE_T = /(iert|t)$/;
const PARTICIPLE_INSEPARABLE = /^(be|ver|er|ent|zer|emp|miss)\p{L}+en$/u;

function participleShape(lower: string): number {
  return (PARTICIPLE_GE.test(lower) ? PARTICIPLE.ge : 0) | (PARTICIPLE_T.test(lower) ? PARTICIPLE.t : 0) | (PARTICIPLE_INSEPARABLE.test(lower) ? PARTICIPLE.inseparable : 0);
}

/**
 * A noun or name after a lower-case prefix ("el-Baradei", "al-Dschasira", "ai-Bericht",
 * "dpa-Meldung"): the capital after the hyphen makes it a noun like any capitalised word.
 */
const PREFIXED_NOUN = /^\p{Ll}[\p{L}\d]*-\p{Lu}\p{L}+$/u;

/**
 * Marks that end a clause: , ; : – — . ! ? … outside quotations. Parentheses do not: they
 * hold asides inside a clause ("Matthias Berninger (Grüne) hat gefordert").
 */
const CLAUSE_PUNCT = new Set([',', ';', ':', '–', '—', '.', '!', '?', '…']);
const QUOTE_MARK_TOKENS = new Set(['„', '“', '”', '"', '»', '«', '‚', '‘', '’', '›', '‹', "'"]);

/**
 * The facts of a form, with the form's text, lower case and capitalisation: every FormInfo is
 * made here, as one object literal. (Not `{ text, lower, upperFirst, ...facts }`: the fields a
 * spread adds to a literal go to an out-of-object property store, and every read of a fact
 * then took a second load from another cache line.)
 */
function formFacts(text: string, lower: string, upperFirst: boolean): FormInfo {
  const readings = SPEECH_VERB_FORMS.get(lower) ?? null;
  // The roles that need the noun itself (act, content, opinion, hearsay) count only capitalised:
  // "bitte" is no "Bitte".
  const capitalised = text[0] !== lower[0];
  const nouns = nounRoles(lower) & (capitalised ? ~0 : TAIL_ROLES);
  const cueWord = cueWordOf(lower);
  return {
    text,
    lower,
    upperFirst,
    readings,
    checkedReadings: readings === null ? 0 : checkedReadings(readings),
    checkedWord: CHECKED_WORDS.has(lower),
    mood: isMoodForm(lower),
    cue: readings !== null || (nouns & (NOUN_ROLE.act | NOUN_ROLE.opinion)) !== 0 || cueWord !== 0 || lower === 'nach' || lower === 'so' || lower === 'danach',
    cueWord,
    inflected: /(e|en|er|es|em)$/.test(lower),
    lowerInitial: /^\p{Ll}/u.test(text) && !PREFIXED_NOUN.test(text) && !LOWER_CASE_NAMES.has(text),
    domain: /^\p{Ll}[\p{L}\d-]*\.(de|com|org|net|at|ch|eu|info)$/u.test(text),
    statement: (nouns & (NOUN_ROLE.antecedent | NOUN_ROLE.document)) !== 0,
    nouns,
    quoteMark: QUOTE_MARK_TOKENS.has(text),
    clauseMark: CLAUSE_PUNCT.has(text),
    norm: -1,
    participle: participleShape(lower),
    adverbEnding: ADVERB_ENDINGS.test(lower),
  };
}


/** The cue word lists of de/cues.ts a form is in: one bit per list (FormFacts.cueWord). */
export const CUE_WORD = { sourcePreposition: 1, sourcePostposition: 2, impersonal: 4, attributing: 8 } as const;

const cueWordOf = (lower: string): number =>
  (SOURCE_PREPOSITIONS.has(lower) ? CUE_WORD.sourcePreposition : 0) | (SOURCE_POSTPOSITIONS.has(lower) ? CUE_WORD.sourcePostposition : 0) |
  (IMPERSONAL_FORMS.has(lower) ? CUE_WORD.impersonal : 0) | (ATTRIBUTING_ADVERBS.has(lower) ? CUE_WORD.attributing : 0);

const isMoodForm = (lower: string): boolean =>
  STRONG_KONJUNKTIV.has(lower) || KONJUNKTIV_I_FORMS.has(lower) || KONJUNKTIV_II_REPORTED.has(lower) || KONJUNKTIV_II_FORMS.has(lower) || REPORTIVE_MODALS.has(lower);

// Word forms repeat (Zipf): the facts of a form are computed once per form of the shared
// interner (core/forms.ts: the tokens stage gives every token its form, found by hashing its
// characters in the document) and kept here by the form's id, so a form already seen costs
// no slice, no toLowerCase and no lexicon lookup. Bounded with the interner; a form record
// of a recycled generation never reads another form's facts (FormCache).
const FORM_INFO = new FormCache<FormInfo>();

function formInfo(form: Form): FormInfo {
  return FORM_INFO.get(form) ?? FORM_INFO.set(form, makeFormInfo(form));
}

function makeFormInfo(form: Form): FormInfo {
  const { text: s, lower } = form;
  // Capitalised as the other stages see it (the form's cap), or a name written in lower case
  // ("el-Baradei", "taz").
  return formFacts(s, lower, form.cap || PREFIXED_NOUN.test(s) || LOWER_CASE_NAMES.has(s));
}


/** A mention's extent; the entities layer's `Mention` satisfies it. */
export interface MentionExtent {
  start: number;
  end: number;
}

export interface SentenceWords {
  sentence: Sentence;
  words: Word[];
  /**
   * Words outside quotations that can be cues (kind word, form fact `cue`), counted while the
   * words are made: a sentence without has no cues, and findCues need not scan it.
   */
  cueWords: number;
  /**
   * Words outside quotations in a mood form (kind word, form fact `mood`): in a sentence
   * without, hasReportedMood is false for every range, and the free indirect pass finds nothing.
   */
  moodWords: number;
}

export function buildSentenceWords(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  outerPairs: readonly QuotePair[],
  mentions: readonly MentionExtent[] = [],
): SentenceWords[] {
  const out: SentenceWords[] = [];
  for (const sentence of sentences) out.push({ sentence, words: [], cueWords: 0, moodWords: 0 });
  let q = 0;
  let m = 0; // mentions are sorted by start and never overlap: one pointer suffices
  let depth = 0;
  let parenBucket: SentenceWords | undefined;
  // The tokens of a sentence come together: its bucket is looked up when the sentence changes.
  let s = -1;
  let bucket: SentenceWords | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== s) {
      s = t.sentence;
      bucket = out[s];
    }
    if (bucket === undefined) continue;
    const words = bucket.words;
    const info = formInfo(t.form);
    const kind = t.kind;
    // An ordinal dot ("am 25. November") belongs to its number: it ends no clause. The dot that
    // ends the sentence stays a word of its own.
    if (kind === 'punct' && info.text === '.' && joinsDot(text, t, words, bucket.sentence)) {
      const prev = words[words.length - 1]!;
      prev.end = t.end;
      prev.text += '.';
      prev.lower += '.';
      // counted again with the facts of the new form
      count(bucket, prev, -1);
      prev.facts = formFacts(prev.text, prev.lower, prev.facts.upperFirst);
      count(bucket, prev, 1);
      continue;
    }
    while (q < outerPairs.length && outerPairs[q]!.close <= t.start) q++;
    const pair = outerPairs[q];
    const inside = pair !== undefined && pair.open <= t.start && t.end <= pair.close;
    const upper = kind === 'word' && info.upperFirst;
    while (m < mentions.length && mentions[m]!.end <= t.start) m++;
    const inMention = m < mentions.length && mentions[m]!.start < t.end;
    // Parentheses within the sentence: depth is counted per sentence, so an unclosed "(" does
    // not run on past its sentence.
    if (bucket !== parenBucket) {
      parenBucket = bucket;
      depth = 0;
    }
    const isClose = kind === 'punct' && info.text === ')';
    if (isClose && depth > 0) depth--;
    const word = new Word(t.start, t.end, info.text, info.lower, kind, inside ? q : -1, upper, inMention, depth > 0 && !isClose, info);
    words.push(word);
    if (info.cue || info.mood) count(bucket, word, 1);
    if (kind === 'punct' && info.text === '(') depth++;
  }
  return out;
}

/** Counts `w` (`by` = 1) or no longer counts it (-1) among the sentence's cue and mood words. */
function count(bucket: SentenceWords, w: Word, by: number): void {
  if (w.kind !== 'word' || w.quote >= 0) return;
  if (w.facts.cue) bucket.cueWords += by;
  if (w.facts.mood) bucket.moodWords += by;
}

/**
 * Does the dot `t` belong to the word before it: the ordinal dot of a number ("am 25. November"),
 * the dot of an initial inside a name ("Larry A. Smith", "George W. Bush") or of a regnal
 * number after a name ("Papst Benedikt XVI. hat", "Ludwig XIV.") — right after the word and
 * followed by a space and a letter inside the sentence.
 */
function joinsDot(text: string, t: Token, words: readonly Word[], sentence: Sentence): boolean {
  const prev = words[words.length - 1];
  // The offsets first: most dots end their sentence.
  return prev !== undefined && t.end < sentence.end && prev.end === t.start && (prev.kind === 'number' || prev.kind === 'word' && (prev.text.length === 1 && prev.upper || isRegnalNumber(prev, words))) && /\s\p{L}/u.test(text.slice(t.end, t.end + 2));
}

/**
 * The word is or ends in a norm noun ("§", "Regelung", "Strafrechtsbestimmungen"; de/cues.ts
 * NORM_NOUNS): "gemäß" with such a phrase names a rule, not a source. Once per form.
 */
export function isNormNoun(w: Word): boolean {
  const facts = w.facts;
  if (facts.norm < 0) facts.norm = endsInNormNoun(facts.lower) ? 1 : 0;
  return facts.norm === 1;
}

function endsInNormNoun(lower: string): boolean {
  if (NORM_NOUNS.has(lower)) return true;
  for (let c = 3; c < lower.length - 3; c++) if (NORM_NOUNS.has(lower.slice(c))) return true;
  return false;
}

/** A Roman numeral right after a capitalised name: "Benedikt XVI", "Karl V". */
function isRegnalNumber(w: Word, words: readonly Word[]): boolean {
  return w.text.length <= 6 && ROMAN_NUMERAL.test(w.text) && words.length > 1 && words[words.length - 2]!.upper;
}
const ROMAN_NUMERAL = /^[IVXLC]+$/;

export const isPunct = (w: Word | undefined): boolean => w !== undefined && (w.kind === 'punct' || w.kind === 'symbol');
export const isWord = (w: Word | undefined): boolean => w !== undefined && (w.kind === 'word' || w.kind === 'number');
export const isCapitalized = (w: Word | undefined): boolean => w !== undefined && w.upper;

/** Does a word of words[from..to] (inclusive) lie inside an entities mention? */
export function hasMention(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (words[k]!.mention) return true;
  return false;
}

/**
 * A mark that ends a clause (CLAUSE_PUNCT) outside quotations and parentheses. This test and
 * isQuoteMark run on nearly every word scanned (clause bounds, phrase ends): the marks are
 * per-form facts, so each is a field read, not a Set lookup.
 */
export const isClauseBreak = (w: Word | undefined): boolean => w !== undefined && w.facts.clauseMark && w.quote < 0 && !w.paren && isPunct(w);
export const isQuoteMark = (w: Word | undefined): boolean => w !== undefined && w.facts.quoteMark;

/**
 * A short quoted name opening the sentence and followed directly by a lower-case word (its
 * verb): „Muslix64“ erwähnte auch …, „Ärzte ohne Grenzen“ kündigten an. Made of at most five
 * words, most of them capitalised, without sentence punctuation.
 */
export function quotedSubjectName(words: readonly Word[], open: number, close: number): boolean {
  const next = words[close + 1];
  if (!next || next.kind !== 'word' || next.upper || next.quote >= 0) return false;
  let count = 0;
  let capitalised = 0;
  for (let k = open + 1; k < close; k++) {
    const w = words[k]!;
    if (w.text === '.' || w.text === '!' || w.text === '?' || w.text === ',' || w.text === ':') return false;
    if (isPunct(w)) continue;
    count++;
    if (w.upper || w.kind === 'number' || /^\p{Lu}|\d/u.test(w.text)) capitalised++;
  }
  return count > 0 && count <= 5 && isCapitalized(words[open + 1]) && capitalised * 2 > count;
}
