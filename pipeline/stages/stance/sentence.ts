/**
 * One sentence prepared for stance analysis: its word tokens (lowercase), clauses, noun
 * phrases, and the polarity cues found in it with their modifiers applied. Built once per
 * sentence and shared by every quote and by the author-voice pass over that sentence.
 */
import type { Token } from '../tokens/types.js';
import { CHANGE_FORMS, WORD, type CueEntry, type FormHit, type PhraseStart, type WordEntry } from './lexicon.js';
import { adjectiveForms } from './inflect.js';
import { sentenceFacts, TOKEN } from './lookup.js';
import { compoundOf, derivedOf, FACT, factsId, formEntry, formFlags, formId } from './words.js';
import {
  AUXILIARIES, CLAUSE_WORDS, EXCESS_WORDS, CONTRAST_BEFORE, DETERMINERS, HEDGES, INTENSIFIERS, NECESSITY_WORDS, NEGATORS, PREPOSITIONS,
  PRONOUNS,
} from './de/modifiers.js';
import { ABSENCE_AFTER, ABSENCE_PAIRS, EMPHATIC_BEFORE, OMISSION_NEGATORS, BAD_QUANTITIES, GOOD_QUANTITIES } from './de/quantities.js';

// quotation marks are not clause boundaries: partial quotes sit inside the clause („geschäftsunfähig“ abtut)
const CLAUSE_PUNCT = new Set([',', ';', ':', '–', '—', '(', ')', '?', '!', '.', '-']);
const COORDINATORS = new Set(['und', 'oder', 'sowie']);
const QUOTE_MARKS = new Set(['„', '“', '”', '"', '»', '«', '‚', '‘', '›', '‹', "'"]);
const FUNCTION_WORD = (w: string) =>
  DETERMINERS.has(w) || PREPOSITIONS.has(w) || CLAUSE_WORDS.has(w) || PRONOUNS.has(w) || AUXILIARIES.has(w) || NEGATORS.has(w) || w === 'als' || w === 'zu';
/** Postpositions: the NP before them is not a subject ("Dmitrijew zufolge", "Moskau gegenüber"). */
const POSTPOSITIONS = new Set(['zufolge', 'gegenüber', 'zuliebe', 'entgegen', 'halber']);
const PASSIVE = new Set(['wurde', 'wurden', 'worden', 'wird', 'werden', 'werde']);

export interface NounPhrase {
  first: number;
  last: number;
  /** Preposition right before the phrase (lowercase), or null. */
  prep: string | null;
  /** Could be a subject: no preposition, no oblique determiner, not before a postposition. */
  nominative: boolean;
  pronoun: boolean;
}

export interface Cue {
  entry: CueEntry;
  first: number;
  last: number;
  /** Token indexes of a separated particle ("lehnte … ab"); read only (shared when empty). */
  particle: readonly number[];
  participle: boolean;
  /** Weight after negation, intensity, contrast and hedging (see cueWeight). */
  weight: number;
  /** Strength of the negation over the cue, 0–1 (kaum = 0.6). */
  negation: number;
  /** Product of intensifiers, diminishers, contrast and hedge damping. */
  factor: number;
  negated: boolean;
  hedged: boolean;
}

/** The cue's weight for a base polarity (the entry's, or a preposition rule's). */
export function cueWeight(cue: Cue, base: number): number {
  let w = base;
  if (cue.negation > 0) {
    const flipped = w < 0 ? -w * 0.5 : -w * 0.9;
    w = w + (flipped - w) * cue.negation;
  }
  return Math.max(-1, Math.min(1, w * cue.factor));
}

export interface SentenceView {
  index: number;
  tokens: Token[];
  lower: string[];
  /** Clause number of each token. */
  clause: number[];
  /** First and last token index of each clause. */
  clauses: Array<[number, number]>;
  nps: NounPhrase[];
  /** The noun phrases of each clause (by the clause of their first token). */
  npsByClause: NounPhrase[][];
  /** NP index covering each token, or -1. */
  npAt: number[];
  cues: Cue[];
}

/**
 * What only the building of a view reads, in buffers reused from sentence to sentence, so
 * that a view keeps (and the garbage collector copies) only what the target and aggregation
 * passes read. Valid while one view is built.
 */
interface BuildScratch {
  /** The number of tokens of the sentence. */
  n: number;
  /**
   * FACT.* and TOKEN.* bits of each token (lookup.ts): lexicon id, kind, capitalisation,
   * endings, read through the helpers below (isWord, capitalAt …) instead of the tokens'
   * objects and strings. Valid for indexes below n only.
   */
  facts: Int32Array;
  /** Lexicon entry of each word token, or undefined. */
  entries: Array<WordEntry | undefined>;
  /** Closed-class bits of each token (WORD.*). */
  flags: Int32Array;
  /** Index of the mention covering each token, or -1. */
  mentionAt: Int32Array;
  /**
   * Per-token scans computed at first use (see scansOf), so that a cue's modifiers cost the
   * same in a sentence of 20 tokens and in a paragraph of 20,000 without punctuation.
   */
  scanned: boolean;
  /** Start of the segment (after the last colon, semicolon or quotation mark) holding token j. */
  segmentStart: Int32Array;
  /** First index ≥ j whose token ends the sentence (. ? !), or the token count. */
  sentenceEnd: Int32Array;
  /** First index ≥ j holding a forward negator (nicht, nie …) or a kein- form, or the token count. */
  forwardNegation: Int32Array;
  /** Index of the first 'weder', or -1. */
  firstWeder: number;
  /** Token indexes of hedges (see hedgePositions), computed at first use. */
  hedgesFound: boolean;
  hedges: number[];
}
const scratch: BuildScratch = {
  n: 0, facts: new Int32Array(0), entries: [], flags: new Int32Array(256), mentionAt: new Int32Array(256),
  scanned: false, segmentStart: new Int32Array(257), sentenceEnd: new Int32Array(257), forwardNegation: new Int32Array(257), firstWeder: -1,
  hedgesFound: false, hedges: [],
};

/** Makes the scratch buffers hold at least n tokens (plus one for the scans) and forgets the last sentence. */
function resetScratch(n: number): void {
  if (scratch.flags.length < n) {
    const size = Math.max(n, 2 * scratch.flags.length);
    scratch.flags = new Int32Array(size);
    scratch.mentionAt = new Int32Array(size);
    scratch.segmentStart = new Int32Array(size + 1);
    scratch.sentenceEnd = new Int32Array(size + 1);
    scratch.forwardNegation = new Int32Array(size + 1);
  }
  scratch.scanned = false;
  scratch.hedgesFound = false;
}

/** Is token i a word? (i may lie outside the sentence; build time, like the helpers below) */
function isWord(i: number): boolean {
  return i >= 0 && i < scratch.n && (scratch.facts[i]! & TOKEN.WORD) !== 0;
}
/** Is token i (inside the sentence) a punctuation mark? */
function isPunct(i: number): boolean {
  return (scratch.facts[i]! & TOKEN.PUNCT) !== 0;
}
/** Is token i (inside the sentence) a number? */
function isNumber(i: number): boolean {
  return (scratch.facts[i]! & TOKEN.NUMBER) !== 0;
}
/** Does token i (inside the sentence) start with an upper-case letter (its form's `cap`)? */
function capitalAt(i: number): boolean {
  return (scratch.facts[i]! & FACT.CAPITAL) !== 0;
}
/** Does token i (inside the sentence) end like an inflected adjective (hasAdjectiveEnding)? */
function adjectiveEndingAt(i: number): boolean {
  return (scratch.facts[i]! & FACT.ADJECTIVE_ENDING) !== 0;
}
/** Lexicon id of token i (i ≥ 0; -1 outside the lexicon, -2 past the sentence's end). */
function idAt(i: number): number {
  return i < scratch.n ? factsId(scratch.facts[i]!) : -2;
}

/**
 * Lexicon ids of the function words the build passes look for, looked up once (after the
 * lexicon is built): comparing a token's id reads the per-sentence facts buffer, comparing
 * its string would touch the token's lowercase string, one more object per token. A word
 * made of letters is always a word token with its lexicon id, so the comparisons agree.
 */
interface FunctionWordIds {
  zu: number; als: number; das: number; die: number; der: number; des: number; dies: number; weder: number;
  /** First words of the two-word hedges (unter Umständen). */
  hedgeFirst: ReadonlySet<number>;
}
let functionWordIds: FunctionWordIds | null = null;

function wordIds(): FunctionWordIds {
  return functionWordIds ??= {
    zu: lexiconWordId('zu'), als: lexiconWordId('als'), das: lexiconWordId('das'), die: lexiconWordId('die'),
    der: lexiconWordId('der'), des: lexiconWordId('des'), dies: lexiconWordId('dies'), weder: lexiconWordId('weder'),
    hedgeFirst: new Set([...HEDGE_FIRST_WORDS].map(lexiconWordId)),
  };
}

function lexiconWordId(word: string): number {
  const id = formId(word, 0, word.length);
  // the closed-class lists (de/modifiers.ts) are lexicon forms; one that is not is a data error
  if (id < 0) throw new Error(`stance: '${word}' is not a form of the lexicon`);
  return id;
}

/** Index of the first token with lexicon id `id`, or -1. */
function firstWithId(id: number): number {
  for (let j = 0; j < scratch.n; j++) if (factsId(scratch.facts[j]!) === id) return j;
  return -1;
}

/**
 * `mentions`: the entities layer's mentions (sorted), when present, so that two
 * adjacent names ("Putin Selenskyj") stay two phrases.
 */
export function buildSentenceView(
  tokens: Token[], index: number, mentions: readonly MentionRange[] = NO_MENTIONS,
): SentenceView {
  resetScratch(tokens.length);
  const lower = prepareSentence(tokens);
  const { flags, entries } = scratch;
  const { clause, clauses } = splitClauses(tokens, lower, flags);
  markMentions(tokens, mentions);
  const { nps, npAt } = chunkNounPhrases(tokens, lower, clause, scratch.mentionAt, entries, flags);
  const npsByClause: NounPhrase[][] = clauses.map(() => []);
  for (const np of nps) npsByClause[clause[np.first]!]?.push(np);
  const view: SentenceView = { index, tokens, lower, clause, clauses, nps, npsByClause, npAt, cues: [] };
  view.cues = findCues(view);
  return view;
}

/** "Russland und die USA", "Riad und Brüssel": und between noun phrases does not open a clause. */
function coordinatesNouns(lower: string[], i: number): boolean {
  if (!isWord(i - 1) || !isWord(i + 1)) return false;
  // coordinated attributes: "wirtschaftliche und politische Fragen", "der einen oder anderen Form"
  if (!capitalAt(i - 1)) {
    return adjectiveEndingAt(i - 1) && adjectiveEndingAt(i + 1) && !capitalAt(i + 1) &&
      !AUXILIARIES.has(lower[i - 1]!) && !AUXILIARIES.has(lower[i + 1]!);
  }
  if (capitalAt(i + 1) || DETERMINERS.has(lower[i + 1]!)) return true;
  return isWord(i + 2) && capitalAt(i + 2) && adjectiveEndingAt(i + 1);
}

function splitClauses(tokens: Token[], lower: string[], flags: Int32Array) {
  const clause: number[] = new Array(tokens.length);
  const clauses: Array<[number, number]> = [];
  let current = 0;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = lower[i]!;
    const boundaryBefore = i > start && (flags[i]! & WORD.CLAUSE) !== 0 && isWord(i) && !(COORDINATORS.has(w) && coordinatesNouns(lower, i));
    if (boundaryBefore) {
      clauses.push([start, i - 1]);
      current++;
      start = i;
    }
    clause[i] = current;
    if (isPunct(i) && CLAUSE_PUNCT.has(w)) {
      clauses.push([start, i]);
      current++;
      start = i + 1;
    }
  }
  if (start < tokens.length) clauses.push([start, tokens.length - 1]);
  // keep clause numbers dense even when a clause was empty
  return { clause, clauses: clauses.length ? clauses : [[0, -1] as [number, number]] };
}

/** A mention of the entities layer, as far as the chunker needs it (sorted by start). */
export interface MentionRange {
  start: number;
  end: number;
}
const NO_MENTIONS: readonly MentionRange[] = [];

/** For each token, the index of the mention covering it, or -1 (mentions sorted, binary search to the sentence): scratch.mentionAt. */
function markMentions(tokens: Token[], mentions: readonly MentionRange[]): void {
  const out = scratch.mentionAt;
  out.fill(-1, 0, tokens.length);
  if (mentions.length === 0 || tokens.length === 0) return;
  let lo = 0;
  let hi = mentions.length;
  const from = tokens[0]!.start;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  let m = lo;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    while (m < mentions.length && mentions[m]!.end <= tok.start) m++;
    if (m < mentions.length && mentions[m]!.start <= tok.start && tok.end <= mentions[m]!.end) out[t] = m;
  }
}

/**
 * The lowercase string of each token (the shared string of its form, core/forms.ts: no
 * slice), and into the scratch buffers its facts (lexicon id, kind, capitalisation …), lexicon
 * entry and closed-class bits: the only per-token lookups of the stage (lookup.ts, shared
 * with the prefilter that ran on the sentence).
 */
function prepareSentence(tokens: Token[]): string[] {
  const n = tokens.length;
  const lower: string[] = new Array(n);
  const facts = sentenceFacts(tokens);
  const { entries, flags } = scratch;
  scratch.facts = facts;
  scratch.n = n;
  for (let i = 0; i < n; i++) {
    const id = factsId(facts[i]!);
    lower[i] = tokens[i]!.form.lower;
    if (id >= 0 && (facts[i]! & TOKEN.WORD) !== 0) {
      entries[i] = formEntry(id);
      flags[i] = formFlags(id);
    } else {
      entries[i] = undefined;
      flags[i] = 0;
    }
  }
  return lower;
}

const NUMBER_WORD = /^(ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|hundert|tausend)|(zig|ßig|zehn)$/;

const CHUNK_FUNCTION = WORD.DET | WORD.PREP | WORD.CLAUSE | WORD.PRON | WORD.AUX | WORD.NEG;
/** What the chunker's helpers read and write (module-level helpers: no closures per sentence). */
interface Chunker {
  tokens: Token[];
  lower: string[];
  clause: number[];
  mentionAt: Int32Array;
  entries: Array<WordEntry | undefined>;
  fl: Int32Array;
  nps: NounPhrase[];
  npAt: number[];
}
const DERIVED_ADVERB = /(lich|weise|mals|dings|falls|ens)$/;

function chunkIsNoun(ch: Chunker, i: number): boolean {
  const { fl } = ch;
  if (!isWord(i) || (fl[i]! & WORD.NON_NOUN) !== 0 || !capitalAt(i)) return false;
  // a capitalised sentence opener that is an adverb, hedge or adjective ("Vermutlich", "Offenbar") is no noun
  if (i === 0 || isPunct(i - 1)) {
    const w = ch.lower[i]!;
    if ((fl[i]! & (WORD.HEDGE | WORD.INTENS | WORD.NEG)) !== 0) return false;
    // derived adverbs open sentences too: Örtlich, Möglicherweise, Letztendlich
    if (DERIVED_ADVERB.test(w) && !ch.entries[i]?.hits) return false;
    const hits = ch.entries[i]?.hits;
    if (hits && !hits.some(isNounHit)) return false;
  }
  return true;
}
function isNounHit(h: FormHit): boolean {
  return h.entry.pos === 'noun';
}

function chunkIsAttribute(ch: Chunker, i: number, afterDet = true): boolean {
  if (!isWord(i)) return false;
  const f = scratch.facts[i]!;
  return (ch.fl[i]! & CHUNK_FUNCTION) === 0 && (f & FACT.ADJECTIVE_ENDING) !== 0 && (f & FACT.CAPITAL) === 0 &&
    // without an article a -te/-ten word is more often a verb (sagte, bezeichnete) than an adjective
    // without an article, short -e words are more often verbs (nehme, habe, sage) and -te(n) words preterites
    (afterDet || (f & (FACT.PRETERITE_LIKE | FACT.LONG)) === FACT.LONG);
}

function chunkIsQuoteMark(ch: Chunker, k: number): boolean {
  return k < ch.tokens.length && isPunct(k) && QUOTE_MARKS.has(ch.lower[k]!);
}

function chunkAddNp(ch: Chunker, first: number, last: number, pronoun: boolean): void {
  const { lower, fl, clause, nps } = ch;
  let b = first - 1;
  // a number stands between a preposition and its noun: "binnen 24 Stunden", "nach 3 Tagen"
  while (b >= 0 && (chunkIsQuoteMark(ch, b) || isNumber(b))) b--;
  const before = b >= 0 ? lower[b]! : '';
  // "Während Rubio …" opens a clause; "als Gesandter" is a predicate, not a subject
  const beforeFlags = b >= 0 ? fl[b]! : 0;
  const opensClause = (beforeFlags & WORD.SUBORD) !== 0 && (b === 0 || isPunct(b - 1) || clause[b - 1] !== clause[b]);
  let prep = ((beforeFlags & WORD.PREP) !== 0 || before === 'als') && !opensClause && b >= 0 && clause[b] === clause[first] ? before : null;
  // "in Europa und Kiew": the second conjunct shares the preposition of the first
  if (prep === null && (before === 'und' || before === 'oder') && b > 0) {
    const previous = nps[nps.length - 1];
    if (previous && previous.last === b - 1) prep = previous.prep;
  }
  const after = lower[last + 1] ?? '';
  const nominative =
    prep === null && (fl[first]! & WORD.OBLIQUE) === 0 && !POSTPOSITIONS.has(after) &&
    (!pronoun || (fl[first]! & WORD.SUBJ_PRON) !== 0);
  const idx = nps.length;
  nps.push({ first, last, prep, nominative, pronoun });
  for (let t = first; t <= last; t++) ch.npAt[t] = idx;
}

function chunkNounPhrases(
  tokens: Token[], lower: string[], clause: number[], mentionAt: Int32Array, entries: Array<WordEntry | undefined>,
  fl: Int32Array,
) {
  const nps: NounPhrase[] = [];
  const npAt: number[] = new Array(tokens.length).fill(-1);
  const ch: Chunker = { tokens, lower, clause, mentionAt, entries, fl, nps, npAt };
  const ids = wordIds();
  let i = 0;
  while (i < tokens.length) {
    if (!isWord(i)) { i++; continue; }
    let j = i;
    const hasDet = (fl[i]! & WORD.DET) !== 0;
    if (hasDet) {
      j++;
      while (chunkIsQuoteMark(ch, j)) j++;
      // after an article, adverbs may stand among the adjectives: einen taktisch ambivalenten Kurs
      let k = j;
      while (k < j + 4 && isWord(k) && (fl[k]! & CHUNK_FUNCTION) === 0 && idAt(k) !== ids.als && idAt(k) !== ids.zu && !capitalAt(k)) k++;
      while (chunkIsQuoteMark(ch, k)) k++;
      if (k > j && chunkIsNoun(ch, k)) j = k;
    }
    while (chunkIsAttribute(ch, j, hasDet) || (isWord(j) && (fl[j]! & WORD.INTENS) !== 0 && chunkIsAttribute(ch, j + 1, hasDet)) || (j > i && chunkIsQuoteMark(ch, j))) j++;
    if (chunkIsNoun(ch, j) || (j < tokens.length && isNumber(j))) {
      // a numeral before its noun: "die 600 neuen Arbeitsplätze" is one phrase
      if (isNumber(j)) {
        let m = j + 1;
        while (chunkIsAttribute(ch, m)) m++;
        if (chunkIsNoun(ch, m) && clause[m] === clause[j]) j = m;
      }
      // name runs (Wladimir Putin, Präsident Selenskyj) have no article; "dem Konzern Wortbruch" is two phrases
      // (a capitalised adjective after an article belongs to the name: die Vereinigten Staaten;
      // a role noun takes the name that follows it: die Ministerin Anna Berg — but one name per phrase)
      let named = false;
      for (let k = i; k <= j; k++) if (mentionAt[k]! >= 0) named = true;
      while (chunkIsNoun(ch, j + 1) && clause[j + 1] === clause[j] && entries[j + 1]?.hits === undefined) {
        const m = mentionAt[j + 1]!;
        if (m >= 0 && m === mentionAt[j]) { j++; continue; } // inside one mention: always one phrase
        if (m >= 0 && named) break; // a second name: "Putin Selenskyj", "Kiew Russland"
        if (hasDet && m < 0 && !named && !adjectiveEndingAt(j)) break;
        named ||= m >= 0;
        j++;
      }
      // genitive attachment: der Abzug der Truppen, NATO-Beitritt der Ukraine
      let k = j + 1;
      while ((idAt(k) === ids.der || idAt(k) === ids.des) && clause[k] === clause[i]) {
        let m = k + 1;
        while (chunkIsAttribute(ch, m)) m++;
        if (!chunkIsNoun(ch, m)) break;
        while (chunkIsNoun(ch, m + 1)) m++;
        j = m;
        k = m + 1;
      }
      // article-less genitive plural: Präsenz westlicher Truppen, Einschränkungen westlicher Militärhilfe
      if (chunkIsAttribute(ch, j + 1, false) && (scratch.facts[j + 1]! & FACT.ER_ENDING) !== 0 && chunkIsNoun(ch, j + 2) && clause[j + 2] === clause[i]) j += 2;
      chunkAddNp(ch, i, j, false);
      i = j + 1;
      continue;
    }
    const id = idAt(i);
    if ((fl[i]! & WORD.PRON) !== 0 && !(id === ids.das || id === ids.die || id === ids.der)) {
      chunkAddNp(ch, i, i, true);
    } else if ((id === ids.das || id === ids.dies) && (i + 1 >= tokens.length || !isWord(i + 1) || !chunkIsNoun(ch, i + 1))) {
      chunkAddNp(ch, i, i, true);
    }
    i++;
  }
  return { nps, npAt };
}

const EXCESS_FORMS = new Set(EXCESS_WORDS.flatMap((w) => adjectiveForms(w)));
/** "zu spät", "viel zu hohe Kosten": excess is criticism of what it is said of. */
const EXCESS: CueEntry = { lemma: 'zu …', pos: 'adj', weight: -0.5, role: 'self', preps: new Map(), requiresPrep: false, particle: null, onlyForced: false };

/**
 * After "zu", a listed gradable word in any form, or any lowercase word that cannot be an
 * infinitive (zu glatt, zu laut; not zu verhandeln, zu sein) and is no function word.
 */
export function isExcess(token: Token, w: string): boolean {
  if (EXCESS_FORMS.has(w)) return true;
  if (token.form.cap || w.endsWith('n') || FUNCTION_WORD(w) || w.length < 3 || NUMBER_WORD.test(w)) return false;
  return !/^(zweit|dritt|viert|fünft|sechst|letzt|erst|gunsten|lasten|folge|ende|hause|recht|mute|grunde|tage|teil|fuß)/.test(w) && !/\d/.test(w);
}

function findCues(view: SentenceView): Cue[] {
  const { tokens, lower } = view;
  const ids = wordIds();
  const cues: Cue[] = [];
  let consumed: Set<number> | null = null;
  let i = 0;
  while (i < tokens.length) {
    if (!isWord(i)) { i++; continue; }
    if (idAt(i) === ids.zu && isWord(i + 1) && isExcess(tokens[i + 1]!, lower[i + 1]!)) {
      cues.push(makeCue(EXCESS, i, i + 1, NO_PARTICLE, false));
      i += 2;
      continue;
    }
    // multiword phrases first: they win over their single words
    const entry = scratch.entries[i];
    const phrase = entry?.phraseStart ? matchPhrase(tokens, i, entry.phraseStart) : null;
    if (phrase) {
      cues.push(makeCue(phrase.entry, i, phrase.last, NO_PARTICLE, false));
      i = phrase.last + 1;
      continue;
    }
    const hits = entry?.hits;
    const hit = hits && !consumed?.has(i) ? chooseHit(view, i, hits) : null;
    if (hit) {
      const particle = chosenParticle;
      cues.push(makeCue(hit.entry, i, i, particle, hit.participle));
      // a separated particle belongs to its verb ("nehme … ernst" is not also "ernst")
      if (particle.length > 0) consumed ??= new Set();
      for (const p of particle) consumed!.add(p);
    } else if (!hits && (scratch.facts[i]! & FACT.DERIVED) !== 0) {
      // adjectives by word formation: un- negates (unkonstruktiv), brand-/grund-/hoch- intensify
      // (brandgefährlich); lowercase and six letters or more, the bit says a reading exists
      const derived = derivedOf(factsId(scratch.facts[i]!), tokens[i]!.form);
      if (derived) {
        const cue = makeCue(derived.entry, i, i, NO_PARTICLE, false);
        if (derived.negated) cue.negation = 1;
        cue.factor = derived.factor;
        cues.push(cue);
      }
    } else if (!hits && (scratch.facts[i]! & FACT.COMPOUND) !== 0) {
      // compounds: Staatsterror, Verhandlungserfolg; hyphenated ones by their parts
      // (Staatsterror-Methoden); capitalised, the bit says a reading exists
      const head = compoundOf(factsId(scratch.facts[i]!), tokens[i]!.form);
      if (head) {
        const cue = makeCue(head, i, i, NO_PARTICLE, false);
        cue.factor = 0.8;
        cues.push(cue);
      }
    }
    i++;
  }
  const constructions = constructionBits();
  if (constructions !== 0) findConstructions(view, cues, constructions);
  // an intensifying word right before another cue modifies it instead of counting itself
  const kept = cues.filter((c, n) => {
    const next = cues[n + 1];
    if (c.entry.onlyForced && !clauseHasNecessity(view, c.first)) return false;
    return !(next && c.first === c.last && next.first - c.last <= 2 && INTENSIFIERS.has(lower[c.first]!) && c.entry.pos === 'adj');
  });
  for (const cue of kept) applyModifiers(view, cue);
  // the construction holds its own negation (kein … mehr, darf nicht): nothing left to flip
  for (const cue of kept) {
    if (!isConstruction(cue.entry) && !warnedAgainst(view, cue, constructions)) continue;
    cue.negation = 0;
    cue.negated = false;
    cue.weight = cueWeight(cue, cue.entry.weight);
  }
  applyContrast(view, kept);
  return kept;
}

function isConstruction(entry: CueEntry): boolean {
  return entry === ABSENCE || entry === PROHIBITION || entry === INSUFFICIENT || entry === OMISSION;
}

/**
 * A bad thing named by a noun under "darf nicht" is warned against, not denied: "darf nicht
 * auf Kosten der Rechte gehen", "darf kein Dauerzustand werden" stay negative. Verbs and
 * phrases keep their flip ("darf … nicht im Stich lassen" asks for support).
 */
function warnedAgainst(view: SentenceView, cue: Cue, bits: number): boolean {
  if ((bits & WORD.PROHIBIT) === 0 || cue.negation === 0 || cue.entry.pos !== 'noun' || cue.entry.weight >= 0) return false;
  const [cs, ce] = view.clauses[view.clause[cue.first]!]!;
  for (let j = cs; j <= ce; j++) if ((scratch.flags[j]! & WORD.PROHIBIT) !== 0) return true;
  return false;
}

const CONSTRUCTION_BITS = WORD.RISE | WORD.FALL | WORD.CHANGE_ROOT | WORD.MORE | WORD.LESS | WORD.ABSENCE_END | WORD.PROHIBIT |
  WORD.SO_MORE | WORD.EMPHATIC | WORD.SUFFICE | WORD.ATTENTION;

/** The construction bits (de/quantities.ts) of the sentence's words, or 0: most sentences have none. */
function constructionBits(): number {
  let bits = 0;
  for (let i = 0; i < scratch.n; i++) bits |= scratch.flags[i]!;
  return bits & CONSTRUCTION_BITS;
}

function constructionEntry(lemma: string, pos: CueEntry['pos'], weight: number): CueEntry {
  // the clause subject is the target, and the author pass skips them (news of figures is no stance)
  return { lemma, pos, weight, role: 'subject', preps: new Map(), requiresPrep: false, particle: null, onlyForced: false };
}
const CHANGE_GOOD = constructionEntry('change toward the better', 'verb', 0.5);
const CHANGE_BAD = constructionEntry('change toward the worse', 'verb', -0.5);
const COMPARED_GOOD = constructionEntry('more of a good, less of a bad quantity', 'adj', 0.5);
const COMPARED_BAD = constructionEntry('more of a bad, less of a good quantity', 'adj', -0.5);
const ABSENCE = constructionEntry('kein … mehr', 'phrase', -0.5);
const PROHIBITION = constructionEntry('darf nicht', 'phrase', -0.5);
const INSUFFICIENT = constructionEntry('reicht nicht', 'phrase', -0.5);
const OMISSION = constructionEntry('niemand hat … gesagt', 'phrase', -0.5);

const QUANTITY_WHOLE = new Map<string, number>();
const QUANTITY_ENDS: Array<[string, number]> = [];
for (const [list, sign] of [[GOOD_QUANTITIES, 1], [BAD_QUANTITIES, -1]] as const) {
  for (const q of list) {
    if (q.startsWith('=')) QUANTITY_WHOLE.set(q.slice(1), sign);
    else QUANTITY_ENDS.push([q, sign]);
  }
}

/** +1 for a good quantity noun, −1 for a bad one, 0 otherwise (compounds by their end: Baukosten). */
function quantitySign(i: number, lower: readonly string[]): number {
  if (!capitalAt(i) || !isWord(i)) return 0;
  const w = lower[i]!;
  const whole = QUANTITY_WHOLE.get(w);
  if (whole !== undefined) return whole;
  for (const [end, sign] of QUANTITY_ENDS) if (w.endsWith(end)) return sign;
  return 0;
}

/** The sign of the first quantity noun of token i's clause, or 0. */
function clauseQuantity(view: SentenceView, i: number): number {
  const [cs, ce] = view.clauses[view.clause[i]!]!;
  for (let j = cs; j <= ce; j++) {
    const sign = quantitySign(j, view.lower);
    if (sign !== 0) return sign;
  }
  return 0;
}

/** Is there a cue already found in the clause from token `from` on? */
function cueInClause(view: SentenceView, cues: readonly Cue[], i: number, from: number): boolean {
  const c = view.clause[i];
  return cues.some((q) => q.first >= from && view.clause[q.first] === c);
}

/**
 * Constructions whose polarity no single word has (de/quantities.ts): a change or comparison
 * of a quantity whose polarity is known, "kein … mehr" / "kaum noch", and "darf nicht" over a
 * clause without a cue.
 */
function findConstructions(view: SentenceView, cues: Cue[], bits: number): void {
  const { lower, tokens } = view;
  const found: Cue[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const fl = scratch.flags[i]! & bits;
    if (fl === 0) continue;
    const [cs, ce] = view.clauses[view.clause[i]!]!;
    if ((fl & (WORD.RISE | WORD.FALL | WORD.CHANGE_ROOT)) !== 0 && !capitalAt(i)) {
      const direction = (fl & WORD.RISE) !== 0 ? 1 : (fl & WORD.FALL) !== 0 ? -1 : separatedDirection(view, i, cs, ce);
      const sign = direction === 0 ? 0 : clauseQuantity(view, i);
      if (sign !== 0) found.push(makeCue(direction * sign > 0 ? CHANGE_GOOD : CHANGE_BAD, i, i, NO_PARTICLE, false));
    }
    const record = (fl & WORD.SO_MORE) !== 0 && lower[i - 1] === 'so';
    if (((fl & (WORD.MORE | WORD.LESS)) !== 0 || record) && absenceEndAt(view, i, cs) < 0 && !countAfter(view, i) && !(i > 0 && negatorAt(view, i - 1) > 0)) {
      const sign = clauseQuantity(view, i);
      const direction = (fl & WORD.LESS) !== 0 ? -1 : 1;
      if (sign !== 0) found.push(makeCue(direction * sign > 0 ? COMPARED_GOOD : COMPARED_BAD, i, i, NO_PARTICLE, false));
    }
    if ((fl & WORD.ABSENCE_END) !== 0) {
      // "keine Apotheke mehr"; "kaum noch eine Wohnung"
      const kein = absenceEndAt(view, i, cs);
      const first = kein >= 0 ? kein : i > cs && ABSENCE_PAIR_SET.has(`${lower[i - 1]} ${lower[i]}`) ? i - 1 : -1;
      if (first >= 0 && !cueInClause(view, cues, i, first)) found.push(makeCue(ABSENCE, first, i, NO_PARTICLE, false));
    }
    if ((fl & (WORD.PROHIBIT | WORD.SUFFICE)) !== 0 && clauseNegated(view, cs, ce) && !cueInClause(view, cues, i, cs)) {
      found.push(makeCue((fl & WORD.PROHIBIT) !== 0 ? PROHIBITION : INSUFFICIENT, i, i, NO_PARTICLE, false));
    }
    if ((fl & WORD.ATTENTION) !== 0 && !cueInClause(view, cues, i, cs)) {
      const neg = omissionNegator(view, cs, ce);
      if (neg >= 0) found.push(makeCue(OMISSION, Math.min(i, neg), Math.min(i, neg), NO_PARTICLE, false));
    }
    if ((fl & WORD.EMPHATIC) !== 0) {
      const kein = emphaticKein(view, i);
      if (kein >= 0 && !cueInClause(view, cues, i, Math.min(i, kein))) found.push(makeCue(ABSENCE, Math.min(i, kein), Math.max(i, kein), NO_PARTICLE, false));
    }
  }
  if (found.length === 0) return;
  cues.push(...found);
  cues.sort((a, b) => a.first - b.first);
}

const ABSENCE_PAIR_SET = new Set(ABSENCE_PAIRS);
const ABSENCE_AFTER_SET = new Set(ABSENCE_AFTER);

/** For "mehr" at i: the kein- word before it in its clause ("keinen Hausarzt mehr"), or -1. */
function absenceEndAt(view: SentenceView, i: number, cs: number): number {
  if ((scratch.flags[i]! & WORD.ABSENCE_END) === 0 || !ABSENCE_AFTER_SET.has(view.lower[i]!)) return -1;
  for (let j = i - 1; j >= Math.max(cs, i - 6); j--) if (isKeinForm(view.lower[j]!)) return j;
  return -1;
}

/** niemand, keiner, nie or niemals in the clause (not "nie zuvor"), or -1. */
function omissionNegator(view: SentenceView, cs: number, ce: number): number {
  for (let j = cs; j <= ce; j++) if (OMISSION_NEGATOR_SET.has(view.lower[j]!) && negatorAt(view, j) > 0) return j;
  return -1;
}
const OMISSION_NEGATOR_SET = new Set(OMISSION_NEGATORS);

/** The kein- word of an emphatic absence at i ("gar kein", "kein einziger"), or -1. */
function emphaticKein(view: SentenceView, i: number): number {
  const w = view.lower[i]!;
  if (EMPHATIC_BEFORE_SET.has(w)) return isKeinForm(view.lower[i + 1] ?? '') ? i + 1 : -1;
  return i > 0 && isKeinForm(view.lower[i - 1]!) ? i - 1 : -1;
}
const EMPHATIC_BEFORE_SET = new Set(EMPHATIC_BEFORE);

/** "mehr als 300": a count, not a comparison. */
function countAfter(view: SentenceView, i: number): boolean {
  return view.lower[i + 1] === 'als' && i + 2 < view.tokens.length && isNumber(i + 2);
}

/** A negator (nicht, kein-, nie …) in the clause. */
function clauseNegated(view: SentenceView, cs: number, ce: number): boolean {
  for (let j = cs; j <= ce; j++) if (negatorAt(view, j) >= 0.9) return true;
  return false;
}

/** A separated finite form of a separable change verb: its direction when its particle closes the clause ("nimmt … zu"), else 0. */
function separatedDirection(view: SentenceView, i: number, cs: number, ce: number): number {
  const readings = CHANGE_FORMS.separated.get(view.lower[i]!);
  if (!readings) return 0;
  let last = ce;
  while (last > i && !isWord(last)) last--;
  if (last <= i || last < cs) return 0;
  for (const r of readings) if (view.lower[last] === r.particle) return r.direction;
  return 0;
}

/** A verb of necessity in the clause of token i (see NECESSITY_WORDS); asked only for the rare `@forced` cues. */
function clauseHasNecessity(view: SentenceView, i: number): boolean {
  const [cs, ce] = view.clauses[view.clause[i]!] ?? [0, view.tokens.length - 1];
  for (let j = cs; j <= ce; j++) if (NECESSITY_WORDS.has(view.lower[j]!)) return true;
  return false;
}

const NO_PARTICLE: readonly number[] = Object.freeze([]);

function makeCue(entry: CueEntry, first: number, last: number, particle: readonly number[], participle: boolean): Cue {
  return { entry, first, last, particle, participle, weight: entry.weight, negation: 0, factor: 1, negated: false, hedged: false };
}

/**
 * The first phrase beginning with token i (a word; `start`: the phrases of its form, see
 * lexicon.ts PhraseStart) whose words follow from token i on (a soft hyphen between them
 * skipped), and the index of its last token; the prefilter asks the same (prefilter.ts).
 * Only the patterns that can match the word after token i are tried, each from its second
 * word on (its first word is token i's form).
 */
export function matchPhrase(tokens: readonly Token[], i: number, start: PhraseStart | undefined): { entry: CueEntry; last: number } | null {
  if (!start) return null;
  const n = tokens.length;
  const next = skipSoftHyphens(tokens, i + 1);
  const candidates = next >= n ? start.alone : start.bySecond.get(tokens[next]!.form.lower) ?? start.otherwise;
  for (const p of candidates) {
    const words = p.words;
    let t = i + 1;
    let ok = true;
    for (let k = 1; k < words.length; k++) {
      t = skipSoftHyphens(tokens, t);
      if (t >= n) { ok = false; break; }
      const word = words[k]!;
      const w = tokens[t]!.form.lower;
      if (!(word.prefix ? w.startsWith(word.text) : w === word.text)) { ok = false; break; }
      t++;
    }
    if (ok) return { entry: p.entry, last: t - 1 };
  }
  return null;
}

/** The first index from t on that is not a soft hyphen (a token of its own between the words of a phrase). */
function skipSoftHyphens(tokens: readonly Token[], t: number): number {
  while (t < tokens.length && tokens[t]!.kind !== 'word' && tokens[t]!.form.lower === '\u00ad') t++;
  return t;
}

/** The separated particle of the reading chooseHit returned last (token indexes, empty for none). */
let chosenParticle: readonly number[] = NO_PARTICLE;

/**
 * Picks the reading of an ambiguous form; a separable verb counts only with its particle
 * (then left in chosenParticle: no result object per cue).
 */
function chooseHit(view: SentenceView, i: number, hits: readonly FormHit[]): FormHit | null {
  const capital = capitalAt(i);
  const sentenceStart = i === 0 || isPunct(i - 1);
  for (const hit of rankedHits(factsId(scratch.facts[i]!), hits, capital, sentenceStart)) {
    if (!hit.needsParticle) {
      chosenParticle = NO_PARTICLE;
      return hit;
    }
    const particle = findParticle(view, i, hit.entry.particle!);
    if (particle) {
      chosenParticle = particle;
      return hit;
    }
  }
  return null;
}

/**
 * The readings of lexicon form `id` that chooseHit may take, in the order it tries them, per
 * position context (lowercase; capitalised inside the sentence; capitalised at its start):
 * ranked and filtered once per form and context instead of a copy and a sort per token.
 */
const RANKED_HITS: Array<Array<readonly FormHit[] | null>> = [[], [], []];

function rankedHits(id: number, hits: readonly FormHit[], capital: boolean, sentenceStart: boolean): readonly FormHit[] {
  const table = RANKED_HITS[!capital ? 0 : sentenceStart ? 2 : 1]!;
  // grown by push, never by a write past the end, so the array stays packed
  while (table.length <= id) table.push(null);
  return table[id] ??= rankHits(hits, capital, sentenceStart);
}

function rankHits(hits: readonly FormHit[], capital: boolean, sentenceStart: boolean): readonly FormHit[] {
  // a separable verb whose particle is present wins over the plain verb (forderte … auf ≠ forderte)
  const ranked = hits.length === 1 ? hits : [...hits].sort((a, b) => Number(b.needsParticle) - Number(a.needsParticle) || hitRank(a, capital, sentenceStart) - hitRank(b, capital, sentenceStart));
  // a noun reading counts capitalised, the others lowercase or at the start of the sentence
  return ranked.filter((hit) => (hit.entry.pos === 'noun' ? capital : !capital || sentenceStart));
}

function hitRank(h: FormHit, capital: boolean, sentenceStart: boolean): number {
  const pos = h.entry.pos;
  if (capital && !sentenceStart) return pos === 'noun' ? 0 : 2;
  if (!capital) return pos === 'noun' ? 3 : pos === 'adj' ? 0 : 1;
  return pos === 'adj' ? 0 : pos === 'verb' ? 1 : 0;
}

const PARTICLE_FOLLOWERS = new Set(['und', 'oder', 'aber', 'sowie', 'zu', 'sondern', 'doch']);

/** The particle of a separated verb: clause-final after the verb, or right before a participle/infinitive. */
function findParticle(view: SentenceView, i: number, particle: readonly string[]): number[] | null {
  const { lower, clause, tokens } = view;
  const n = particle.length;
  // before: "in Frage gestellt", "infrage stellen"
  if (i - n >= 0 && particle.every((p, k) => lower[i - n + k] === p)) return range(i - n, i - 1);
  for (let j = i + 1; j + n - 1 < tokens.length && clause[j] === clause[i]; j++) {
    if (!particle.every((p, k) => lower[j + k] === p)) continue;
    const after = j + n;
    const next = lower[after];
    const clauseFinal = after >= tokens.length || tokens[after]!.kind === 'punct' || PARTICLE_FOLLOWERS.has(next!) || clause[after] !== clause[i];
    if (clauseFinal || (n === 1 && !PREPOSITIONS.has(particle[0]!))) return range(j, j + n - 1);
  }
  return null;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k <= b; k++) out.push(k);
  return out;
}

// after the verb, a negative subject or object negates it too ("kümmert sich niemand", "hilft niemandem")
const FORWARD_NEGATORS = new Set([
  'nicht', 'nie', 'niemals', 'keineswegs', 'keinesfalls', 'nimmer', 'kaum', 'mitnichten', 'niemand', 'niemandem', 'niemanden',
]);

function applyModifiers(view: SentenceView, cue: Cue): void {
  const { lower, clause, tokens } = view;
  const c = clause[cue.first]!;
  const [cs, ce] = view.clauses[c] ?? [0, tokens.length - 1];
  let factor = cue.factor;
  // negation before the cue, within its clause (nicht akzeptabel, kein Interesse, ohne Erfolg)
  let negation = 0;
  for (let j = cue.first - 1; j >= Math.max(cs, cue.first - 5); j--) {
    const strength = negatorAt(view, j);
    if (strength > 0) { negation = strength; break; }
  }
  // a finite verb is negated by nicht/nie later in its clause (wir akzeptieren das nicht)
  if (negation === 0 && cue.entry.pos === 'verb') {
    const end = cue.particle.length ? Math.max(ce, cue.particle[cue.particle.length - 1]!) : ce;
    const j = cue.last + 1 < tokens.length ? scansOf(view).forwardNegation[cue.last + 1]! : tokens.length;
    if (j <= end && j < tokens.length) {
      // "erkennt keine Garantien an", "unterstützen keine Kürzungen": kein- on the object negates the verb
      negation = FORWARD_NEGATORS.has(lower[j]!) ? negatorAt(view, j) : 1;
    }
  }
  // un-adjectives arrive negated; "nicht unfair" is a weak positive (litotes)
  const morphological = cue.negation;
  if (morphological > 0) {
    if (negation > 0) factor *= 0.5;
    negation = negation > 0 ? 0 : morphological;
  }
  cue.negation = negation;
  cue.negated = negation >= 0.9;
  // intensifiers and diminishers right before the cue (or between verb and particle)
  for (let j = cue.first - 1; j >= Math.max(cs, cue.first - 3); j--) {
    const w = lower[j]!;
    const scale = (j > 0 && INTENSIFIER_FIRST_WORDS.has(lower[j - 1]!) ? INTENSIFIERS.get(`${lower[j - 1]} ${w}`) : undefined) ?? INTENSIFIERS.get(w);
    if (scale !== undefined) factor *= scale;
    else if (tokens[j]!.kind !== 'word' || DETERMINERS.has(w)) break;
  }
  // hedges in the cue's clause, or earlier in the sentence (a conditional or sentence adverb before it)
  const hedges = hedgePositions(view);
  const segment = segmentStart(view, cue.first);
  const firstHedge = firstAtLeast(hedges, segment);
  let hedged = firstHedge < hedges.length && hedges[firstHedge]! <= ce;
  if (hedged) factor *= 0.7;
  // a question asks rather than states: what it evaluates is in doubt
  const end = cue.last + 1 < tokens.length ? scansOf(view).sentenceEnd[cue.last + 1]! : tokens.length;
  if (lower[end] === '?' || lower[cs] === 'ob' || (c > 0 && lower[view.clauses[c - 1]![0]] === 'ob' && lower[cs - 1] !== ',')) {
    hedged = true;
    factor *= 0.2;
  }
  cue.hedged = hedged;
  cue.factor = factor;
  cue.weight = cueWeight(cue, cue.entry.weight);
}

const SEGMENT_MARKS = new Set([':', ';', '„', '“', '”', '"', '»', '«']);
const SENTENCE_ENDS = new Set(['?', '.', '!']);
const INTENSIFIER_FIRST_WORDS = new Set([...INTENSIFIERS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));
/**
 * Start of the stretch a cue belongs to: after the last colon, semicolon or quotation mark
 * before it. A hedge or concession in one quote does not reach into the next quote of the
 * same sentence („… könnten akzeptabel sein“, sagte er – und betonte: „…“).
 */
function segmentStart(view: SentenceView, at: number): number {
  return at <= 0 ? 0 : scansOf(view).segmentStart[at]!;
}

function scansOf(view: SentenceView): BuildScratch {
  if (scratch.scanned) return scratch;
  const { lower, tokens } = view;
  const n = tokens.length;
  const { segmentStart: segmentStartAt, sentenceEnd, forwardNegation } = scratch;
  let segment = 0;
  for (let j = 0; j < n; j++) {
    segmentStartAt[j] = segment;
    if (isPunct(j) && SEGMENT_MARKS.has(lower[j]!)) segment = j + 1;
  }
  segmentStartAt[n] = segment;
  sentenceEnd[n] = n;
  forwardNegation[n] = n;
  for (let j = n - 1; j >= 0; j--) {
    const w = lower[j]!;
    // only punctuation ends a sentence, only negators (closed-class bit NEG) negate: no string lookup for other words
    const word = isWord(j);
    sentenceEnd[j] = !word && SENTENCE_ENDS.has(w) ? j : sentenceEnd[j + 1]!;
    const negates = (!word || (scratch.flags[j]! & WORD.NEG) !== 0) &&
      ((FORWARD_NEGATORS.has(w) && negatorAt(view, j) > 0) || isKeinForm(w));
    forwardNegation[j] = negates ? j : forwardNegation[j + 1]!;
  }
  scratch.firstWeder = firstWithId(wordIds().weder);
  scratch.scanned = true;
  return scratch;
}

/** Index of the first element ≥ value in an ascending array (its length when none). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hedgePositions(view: SentenceView): number[] {
  const out = scratch.hedges;
  if (scratch.hedgesFound) return out;
  out.length = 0;
  const { lower } = view;
  const { hedgeFirst } = wordIds();
  for (let j = 0; j < lower.length; j++) {
    if ((scratch.flags[j]! & WORD.HEDGE) !== 0 || (j > 0 && hedgeFirst.has(idAt(j - 1)) && HEDGES.has(`${lower[j - 1]} ${lower[j]}`))) out.push(j);
  }
  scratch.hedgesFound = true;
  return out;
}
const HEDGE_FIRST_WORDS = new Set([...HEDGES].filter((h) => h.includes(' ')).map((h) => h.split(' ')[0]!));

/** A form of the negating determiner (kein, keine, keinen …, keinerlei, keineswegs): listed in NEGATORS. */
function isKeinForm(w: string): boolean {
  return w.startsWith('kein') && NEGATORS.has(w);
}

function negatorAt(view: SentenceView, j: number): number {
  // every negator is a lexicon form with the closed-class bit NEG: no lookup for other words
  if (isWord(j) && (scratch.flags[j]! & WORD.NEG) === 0) return 0;
  const w = view.lower[j]!;
  const strength = NEGATORS.get(w);
  if (strength === undefined) return 0;
  if (w === 'noch') {
    const weder = scratch.scanned ? scratch.firstWeder : firstWithId(wordIds().weder);
    return weder >= 0 && weder < j ? 1 : 0;
  }
  if (view.lower[j + 1] === 'nur') return 0; // nicht nur … sondern auch
  if (w === 'nie' && view.lower[j + 1] === 'zuvor') return 0; // so viel wie nie zuvor
  return strength;
}

/** zwar … aber: the part after the contrast weighs more than the part before. */
function applyContrast(view: SentenceView, cues: Cue[]): void {
  const { lower, tokens } = view;
  let pivot = -1;
  for (let i = tokens.length - 1; i > 0; i--) {
    if ((scratch.flags[i]! & WORD.CONTRAST) !== 0) { pivot = i; break; }
  }
  if (pivot < 0) return;
  const zwar = lower.slice(0, pivot).some((w) => CONTRAST_BEFORE.has(w));
  const before = cues.filter((c) => c.last < pivot);
  const after = cues.filter((c) => c.first > pivot);
  if (after.length === 0) {
    // "X ist gut, aber …" with nothing evaluative after: the aber-part counters the first part
    // (only a positive first part is conceded; "… – dafür aber …" after a negative one adds to it)
    const rest = tokens.slice(pivot + 1).filter((t) => t.kind === 'word').length;
    const segment = segmentStart(view, pivot);
    const conceded = before.filter((c) => c.first >= segment).reduce((sum, c) => sum + c.weight, 0) > 0;
    const concessive = lower[pivot] !== 'sondern';
    if (rest >= 3 && conceded && concessive) for (const c of before.filter((q) => q.first >= segment)) {
      c.factor *= -0.6;
      c.weight = cueWeight(c, c.entry.weight);
    }
    return;
  }
  if (before.length === 0 && !zwar) return;
  for (const c of before) c.factor *= zwar ? 0.4 : 0.6;
  for (const c of after) c.factor *= zwar ? 1.5 : 1.3;
  for (const c of [...before, ...after]) c.weight = cueWeight(c, c.entry.weight);
}

export function isPassiveClause(view: SentenceView, cue: Cue): boolean {
  if (!cue.participle) return false;
  const c = view.clause[cue.first];
  return view.lower.some((w, j) => view.clause[j] === c && PASSIVE.has(w));
}
