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
import type { SentenceWords, Word } from './words.js';
import { roleHit, roleOf, NOMINALISED_GROUPS, type RoleHit, type NumberGuess } from './lexicon.js';
import { COLLECTIVE_GROUP_NOUNS } from './de/groups.js';
import { NAME_TITLES, GENERIC_PERSON_NOUNS } from './de/roles.js';
import { COMPANY_SUFFIXES, CLUB_PREFIXES } from './de/organisations.js';
import { LOCATIVE_PREPOSITIONS } from './de/places.js';
import { DETERMINERS, PREPOSITIONS, SOURCE_PREPOSITIONS, DEMONSTRATIVE_PRONOUNS, QUANTIFIER_PRONOUNS } from './de/words.js';
import { SPEECH_VERB_FORMS } from './de/speech.js';
import {
  info, cand, extendLeft, phraseAt, precededByPreposition, speakerContext, acronymLike, isInterestingLower,
  LOWER_CASE_NAMES, LOOSE_ADJECTIVE, START_FACTS, type StartFact, type Candidate, type Gram, type NP,
} from './phrase.js';
import { nameRunEnd, nameParts, isFirstName, surnameAt, isParticleName, type SentenceContext } from './person-names.js';
import { organisationFromHead, quotedName, compoundSource, companyEnd, englishOrgEnd, isSiteName, siteName } from './org-names.js';

export type { Candidate, Gram } from './phrase.js';
export type { SentenceContext } from './person-names.js';
export { collectDocNames } from './person-names.js';

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

/**
 * The sentence being read: its words, the words mentions have taken, the mentions found so
 * far. Each rule below is a function of its own (not one long loop body) so that the engine
 * compiles and, when new text takes an untried branch, recompiles one small rule instead of
 * the whole detector.
 */
interface SentenceState {
  readonly words: readonly Word[];
  readonly used: Uint8Array;
  readonly out: Candidate[];
  readonly s: number;
  readonly ctx: SentenceContext;
  /** Mostly capitals (a headline in capitals): acronyms there are not organisations. -1 until asked (see capsHeavy). */
  capsHeavy: -1 | 0 | 1;
  /** Last word of the latest place dropped as locative ("in Kiew und Moskau": both are). */
  lastPlaceLocative: number;
}

/**
 * Which words of the sentence being read mentions have taken: one buffer for every sentence
 * (a fresh typed array per sentence cost more than clearing it), cleared before each sentence
 * as far as the one before reached (its marks lie there, even if it ended in an exception),
 * so that it reads zero beyond the sentence's words too, as a fresh array would.
 */
let usedBuffer = new Uint8Array(256);
let usedDirty = 0;

/**
 * Finds the mention candidates of one sentence. `askEveryRule` (for the test of the rule
 * table): ask every word every rule, whatever its kind and facts; the same mentions must come
 * out, as no rule takes a word the table says it cannot.
 */
export function detectSentence(sw: SentenceWords, ctx: SentenceContext, askEveryRule = false): Candidate[] {
  const words = sw.words;
  const n = words.length;
  usedBuffer.fill(0, 0, usedDirty);
  if (usedBuffer.length <= n) usedBuffer = new Uint8Array(2 * n + 1);
  usedDirty = n;
  const used = usedBuffer;
  const out: Candidate[] = [];
  const st: SentenceState = { words, used, out, s: sw.index, ctx, capsHeavy: -1, lastPlaceLocative: -10 };
  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const w = words[i];
    if (!w) continue;
    if (!w.isWord) {
      // Punctuation and numbers start with no letter; a site name ("ndr.de") is a url token.
      if (w.text.length > 3 && isLetterCode(w.text.charCodeAt(0)) && isSiteName(w.text)) finish(st, siteName(words, i, st.s));
      continue;
    }
    // Lower-case words matter only as pronouns, particles, age nouns and a few names ("dpa").
    if (!w.cap && !isInterestingLower(w.lower) && words[i + 1]?.text !== '„' && words[i + 1]?.text !== '»' && !isParticleName(w.text)) continue;
    const rules = askEveryRule ? EVERY_RULE : !w.cap ? LOWER_CASE_RULES : RULES_BY_START_FACTS[w.info.startFacts]!;
    const last = firstRuleTaking(rules, st, i, w);
    if (last >= 0) i = last;
  }
  linkAppositions(words, out, ctx.offset);
  return out;
}

type Rule = (st: SentenceState, i: number, w: Word) => number;

/**
 * Which words a rule can take: lower-case words (pronouns, particles, age nouns, "dpa") or
 * not; and of the capitalised words all ('any': the rule reads the word's context), none, or
 * those with the lexical fact the rule starts from (a START_FACTS name, see ./phrase.ts).
 */
interface RuleEntry {
  readonly rule: Rule;
  readonly lowerCase: boolean;
  readonly capitalised: 'any' | 'none' | StartFact;
}

/**
 * The rules in order; the first that takes the word decides (returns the last word it took,
 * or -1 when none does). A word is asked only the rules that can take it: most words the
 * detector looks at are capitalised words without lexical facts, which only the rules reading
 * their context (and the organisation rule: heads, acronyms, legal forms) can take, and one in
 * six is lower case; asking the rules that cannot take them was a good part of the stage's
 * time. A word-led rule's fact here is the only record of its entry gate: the rule lists
 * below are derived from it (and test/entities-rules.test.ts checks that no rule takes a word
 * the table says it cannot).
 */
const RULES: readonly RuleEntry[] = [
  { rule: placeOrKnownOrganisation, lowerCase: true, capitalised: 'phrase' },
  { rule: titledName, lowerCase: false, capitalised: 'title' },
  { rule: roleNoun, lowerCase: true, capitalised: 'role' },
  { rule: givenNameFirst, lowerCase: false, capitalised: 'firstName' },
  { rule: nameInQuotes, lowerCase: true, capitalised: 'any' },
  { rule: organisation, lowerCase: false, capitalised: 'any' },
  { rule: unknownNamePair, lowerCase: false, capitalised: 'any' },
  { rule: sourceInCompound, lowerCase: false, capitalised: 'sourceTail' },
  { rule: documentOrganisation, lowerCase: false, capitalised: 'any' },
  { rule: surnameAlone, lowerCase: true, capitalised: 'any' },
  { rule: relativePronoun, lowerCase: true, capitalised: 'none' },
  { rule: personalPronoun, lowerCase: true, capitalised: 'pronoun' },
  { rule: groupNoun, lowerCase: false, capitalised: 'group' },
];

const EVERY_RULE: readonly Rule[] = RULES.map((e) => e.rule);
const LOWER_CASE_RULES: readonly Rule[] = RULES.filter((e) => e.lowerCase).map((e) => e.rule);

/** The rules for a capitalised word with these START_FACTS bits (WordInfo.startFacts). */
function capitalisedRules(facts: number): readonly Rule[] {
  return RULES.filter((e) => e.capitalised === 'any' || (e.capitalised !== 'none' && (START_FACTS[e.capitalised] & facts) !== 0)).map((e) => e.rule);
}
const ALL_START_FACTS = Object.values(START_FACTS).reduce((all, bit) => all | bit, 0);
/** capitalisedRules for every combination of facts, worked out once. */
const RULES_BY_START_FACTS: ReadonlyArray<readonly Rule[]> = Array.from({ length: ALL_START_FACTS + 1 }, (_, facts) => capitalisedRules(facts));

function firstRuleTaking(rules: readonly Rule[], st: SentenceState, i: number, w: Word): number {
  for (let r = 0; r < rules.length; r++) {
    const last = rules[r]!(st, i, w);
    if (last >= 0) return last;
  }
  return -1;
}

/** Is the sentence mostly capitals? Counted when an acronym first asks (few sentences have one), not for every sentence. */
function capsHeavy(st: SentenceState): boolean {
  if (st.capsHeavy < 0) {
    let capitals = 0;
    let wordCount = 0;
    for (const w of st.words) {
      if (w.allCaps) capitals++;
      if (w.isWord) wordCount++;
    }
    st.capsHeavy = capitals > Math.max(3, wordCount / 2) ? 1 : 0;
  }
  return st.capsHeavy === 1;
}

/** Takes a candidate's words and completes it with what its context says. */
function finish(st: SentenceState, c: Candidate): void {
  const { words, used } = st;
  const w0 = words[c.first];
  const w1 = words[c.last];
  if (!w0 || !w1) return;
  for (let k = c.first; k <= c.last; k++) used[k] = 1;
  c.start = w0.start;
  c.end = w1.end;
  c.inQuote = w0.inQuote;
  const prep = precededByPreposition(words, c.first);
  if (prep && !SOURCE_PREPOSITIONS.has(prep)) c.oblique = true;
  c.speaker = speakerContext(words, c.first, c.last);
  if (c.genitive && c.def === 'none' && c.first <= 2) {
    const next = words[c.last + 1];
    c.possessor = !!next && next.isWord && next.cap;
  }
  st.out.push(c);
}

// 1. Places and known organisations (multi-word, inflected).
function placeOrKnownOrganisation(st: SentenceState, i: number, w: Word): number {
  const { words, used, s } = st;
  if ((w.cap && info(w).phrase) || LOWER_CASE_NAMES.has(w.text)) {
    const m = phraseAt(words, i);
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
      if (m.phrase.kind === 'place' && !locative && np.first - st.lastPlaceLocative <= 2) {
        const between = words[np.first - 1];
        if (between && (between.text === ',' || between.lower === 'und' || between.lower === 'oder' || between.lower === 'sowie')) locative = true;
      }
      if (locative) {
        for (let k = np.first; k <= last; k++) used[k] = 1;
        st.lastPlaceLocative = last;
        return last;
      }
      const place = m.phrase.kind === 'place';
      const gender: Gram = m.phrase.gender === 'pl' ? 'pl' : m.phrase.gender;
      finish(st, cand(s, {
        first: np.first, last,
        kind: place ? 'place' : 'organisation', type: place ? 'place-as-actor' : 'organisation',
        gender, number: gender === 'pl' ? 'pl' : 'sg', def: np.def, oblique: np.oblique, genitive: np.genitive || m.genitive,
        key: m.phrase.key, cls: m.phrase.cls, canonical: m.phrase.name, placeRank: m.phrase.place?.rank ?? null,
        nameStart: words[i]?.start ?? -1, nameEnd: words[last]?.end ?? -1,
      }));
      return last;
    }
  }
  return -1;
}

// 2. Titles before names: "Dr. Christian Osthold", "Frau Merkel".
function titledName(st: SentenceState, i: number, w: Word): number {
  const { words, used, s, ctx } = st;
  const title = info(w).title;
  if (title !== undefined && w.cap) {
    let k = i + 1;
    if (words[k]?.text === '.') k++;
    while (words[k] && NAME_TITLES.has(words[k]?.text ?? '')) { k++; if (words[k]?.text === '.') k++; }
    const end = nameRunEnd(words, used, k, ctx, false);
    if (end > k) {
      const np = extendLeft(words, used, i);
      const parts = nameParts(words, k, end, ctx.doc);
      finish(st, cand(s, {
        first: np.first, last: end - 1, kind: parts.given ? 'name' : 'surname', type: 'person',
        nameStart: words[k]?.start ?? -1, nameEnd: words[end - 1]?.end ?? -1, givenName: parts.given, surname: parts.surname,
        fullName: parts.full, gender: title === 'u' ? parts.gender : title, def: np.def, oblique: np.oblique, genitive: parts.genitive || np.genitive,
      }));
      return end - 1;
    }
  }
  return -1;
}

// 3. Role nouns: glued to a following name, or a mention of their own.
// "der 81-jährige": a nominalised age adjective after number and hyphen, in either case.
function roleNoun(st: SentenceState, i: number, w: Word): number {
  const { words, used, s, ctx } = st;
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
      finish(st, cand(s, {
        first: np.first, last: end - 1, kind: parts.given ? 'name' : 'surname', type: 'person',
        nameStart: words[k]?.start ?? -1, nameEnd: words[end - 1]?.end ?? -1, givenName: parts.given, surname: parts.surname,
        fullName: parts.full, gender: g, role, def: np.def, oblique: np.oblique, genitive: parts.genitive,
      }));
      return end - 1;
    }
    const plural = number === 'pl';
    // "Frau" or "Mann" without article is a word, not a referent ("Mann und Frau", "Frau X" failed).
    // A nominalised adjective in the plural is a group, though ("Jugendliche berichteten").
    // A nominalised adjective in the plural is a group, though ("Jugendliche berichteten"),
    // unless a noun follows ("Jugendliche Straftäter": an adjective).
    if (np.def === 'none' && GENERIC_PERSON_NOUNS.has(role.base) && !(role.adjective && plural && !words[i + 1]?.cap)) return i;
    // "Chef des Russischen Fonds", "Direktor des Instituts": a role with its organisation is specific.
    const complement = words[i + 1]?.lower;
    const specific = complement === 'des' || complement === 'der' || complement === 'von' || complement === 'vom';
    // (A copy: the role object is shared through the word cache.)
    const roleHere = specific ? roleHit(role, role.modifier, `${role.key}+`) : role;
    finish(st, cand(s, {
      first: np.first, last: i, kind: plural ? 'group' : 'role', type: plural ? 'group' : 'person',
      gender, number, role: roleHere, def: np.def, oblique: np.oblique, genitive: np.genitive,
    }));
    return i;
  }
  return -1;
}

// 4. A first name starts a person name: "Wladimir Putin", "Ursula von der Leyen".
function givenNameFirst(st: SentenceState, i: number, w: Word): number {
  const { words, used, s, ctx } = st;
  if (isFirstName(w)) {
    const end = nameRunEnd(words, used, i, ctx, false);
    if (end > i + 1) {
      const parts = nameParts(words, i, end, ctx.doc);
      const np = extendLeft(words, used, i);
      finish(st, cand(s, {
        first: np.first, last: end - 1, kind: 'name', type: 'person',
        nameStart: w.start, nameEnd: words[end - 1]?.end ?? -1, givenName: parts.given, surname: parts.surname,
        fullName: parts.full, gender: parts.gender, def: np.def, oblique: np.oblique, genitive: parts.genitive || np.genitive,
      }));
      return end - 1;
    }
  }
  return -1;
}

// 5b. Names in quotation marks after a medium or an article: die Zeitschrift „Billboard“,
//     der „Focus“ berichtete. (Titles in quotation marks are not quotes: this tells the quotes stage.)
function nameInQuotes(st: SentenceState, i: number, w: Word): number {
  const { words, used, s } = st;
  if (words[i + 1]?.text === '„' || words[i + 1]?.text === '»') {
    const quoted = quotedName(words, used, i, s);
    if (quoted) {
      finish(st, quoted);
      return quoted.last;
    }
  }
  return -1;
}

/**
 * An organisation whose name is the words i..end themselves: a company with its legal form
 * ("Meyer Logistik GmbH"), keyed as written, or an English institution ("Hoover
 * Institution"), keyed in lower case and kept apart from a genitive it stands in. Returns end.
 */
function finishNamedOrganisation(st: SentenceState, i: number, end: number, kind: 'company' | 'institution'): number {
  const { words, used, s } = st;
  const np = extendLeft(words, used, i);
  const name = words.slice(i, end + 1).map((x) => x.text).join(' ');
  const institution = kind === 'institution';
  finish(st, cand(s, {
    first: np.first, last: end, kind: 'organisation', type: 'organisation',
    gender: 'f', def: np.def, oblique: np.oblique, genitive: institution && np.genitive,
    key: institution ? name.toLowerCase() : name, cls: institution ? 'institut' : 'unternehmen', canonical: name,
    nameStart: words[i]!.start, nameEnd: words[end]?.end ?? -1,
  }));
  return end;
}

// 5. Organisations: a head noun with its name ("Der Internationale Währungsfonds",
//    "Institut für Weltwirtschaft", "das Ministerium"), acronyms, legal forms.
function organisation(st: SentenceState, i: number, w: Word): number {
  const { words, used, s, ctx } = st;
  if (w.cap) {
    const org = info(w).org;
    if (org) {
      const c = organisationFromHead(words, used, i, org, s, ctx.doc);
      if (c) {
        finish(st, c);
        return c.last;
      }
    }
    if (acronymLike(w) && !capsHeavy(st)) {
      const np = extendLeft(words, used, i);
      if (CLUB_PREFIXES.has(w.text)) {
        // "FC Bayern München": the club is the prefix with the capitalised words after it.
        let last = i;
        while (last - i < 3 && words[last + 1]?.isWord && words[last + 1]?.cap && !used[last + 1]) last++;
        const name = words.slice(i, last + 1).map((x) => x.text).join(' ');
        finish(st, cand(s, {
          first: np.first, last, kind: 'organisation', type: 'organisation', gender: 'm', def: np.def, oblique: np.oblique,
          genitive: np.genitive, key: name.toLowerCase(), cls: 'verein', canonical: name, nameStart: w.start, nameEnd: words[last]?.end ?? -1,
        }));
        return last;
      }
      finish(st, cand(s, {
        first: np.first, last: i, kind: 'organisation', type: 'organisation',
        gender: 'u', def: np.def, oblique: np.oblique, genitive: np.genitive, key: w.text, cls: 'acronym', canonical: w.text,
        nameStart: w.start, nameEnd: w.end,
      }));
      return i;
    }
    const company = words[i + 1]?.cap ? companyEnd(words, used, i) : -1;
    if (company > i) return finishNamedOrganisation(st, i, company, 'company');
    const english = words[i + 1]?.cap ? englishOrgEnd(words, used, i) : -1;
    if (english > i) return finishNamedOrganisation(st, i, english, 'institution');
  }
  return -1;
}

// 5c. Two or three capitalised words that are not nouns, mid-sentence and without article:
//     a person named by the document without any first name we know ("Thaksin Shinawatra").
function unknownNamePair(st: SentenceState, i: number, w: Word): number {
  const { words, used, s, ctx } = st;
  if (w.cap && !w.initial && !w.text.endsWith('s') && !info(w).common && !info(w).noun && !info(w).functionWord && !w.allCaps) {
    // (The next word first: it rules out almost every word before any regex test.)
    const second = words[i + 1];
    if (second && second.isWord && second.cap && !second.allCaps && !info(second).common && !info(second).noun &&
        !info(second).functionWord && !info(second).phrase && !used[i + 1] && !/(e|en|er|es|em)$/.test(w.lower) && !afterArticle(words[i - 1])) {
      const third = words[i + 2];
      const last = third && third.isWord && third.cap && !info(third).common && !info(third).noun && !info(third).functionWord && !used[i + 2] ? i + 2 : i + 1;
      const next = words[last + 1];
      if (!next || !next.isWord || !next.cap) {
        const parts = nameParts(words, i, last + 1, ctx.doc);
        finish(st, cand(s, {
          first: i, last, kind: 'name', type: 'person', nameStart: w.start, nameEnd: words[last]?.end ?? -1,
          givenName: parts.given, surname: parts.surname, fullName: parts.full, gender: parts.gender, genitive: parts.genitive,
        }));
        return last;
      }
    }
  }
  return -1;
}

/** Not after an article or adjective (a noun phrase), a locative preposition or a comma (places: "in Krywyj Rih"). */
function afterArticle(prev: Word | undefined): boolean {
  return !prev || prev.text === ',' || (prev.isWord && (DETERMINERS.has(prev.lower) || LOOSE_ADJECTIVE.test(prev.lower) ||
    prev.cap || LOCATIVE_PREPOSITIONS.has(prev.lower) || prev.lower === 'aus' || prev.lower === 'von'));
}

// 5e. Sources inside a compound: "nach Polizeiangaben", "Medienberichten zufolge",
//     "UNHCR-Angaben": the first part names who gave the information.
function sourceInCompound(st: SentenceState, i: number, w: Word): number {
  const { s } = st;
  if (w.cap) {
    const source = compoundSource(w);
    if (source) {
      finish(st, cand(s, { first: i, last: i, ...source }));
      return i;
    }
  }
  return -1;
}

// 5d. An organisation the document introduced by name: "Eurostat bestätigte".
function documentOrganisation(st: SentenceState, i: number, w: Word): number {
  const { words, used, s, ctx } = st;
  if (w.cap && ctx.doc.organisations.has(w.text)) {
    const np = extendLeft(words, used, i);
    finish(st, cand(s, {
      first: np.first, last: i, kind: 'organisation', type: 'organisation', def: np.def, oblique: np.oblique, genitive: np.genitive,
      key: w.text.toLowerCase(), cls: 'named', canonical: w.text, nameStart: w.start, nameEnd: w.end,
    }));
    return i;
  }
  return -1;
}

// 6. Surnames alone, with evidence: "Rubio", "Putins", "sagte Habeck", "von der Leyen".
function surnameAlone(st: SentenceState, i: number, w: Word): number {
  const { words, used, s, ctx } = st;
  const surnameStart = surnameAt(words, used, i, ctx);
  if (surnameStart >= 0) {
    const end = nameRunEnd(words, used, surnameStart, ctx, false, false);
    const last = Math.max(end - 1, surnameStart);
    const parts = nameParts(words, i, last + 1, ctx.doc);
    finish(st, cand(s, {
      first: i, last, kind: parts.given ? 'name' : 'surname', type: 'person',
      nameStart: w.start, nameEnd: words[last]?.end ?? -1, givenName: parts.given, surname: parts.surname,
      fullName: parts.full, gender: parts.gender !== 'u' ? parts.gender : ctx.doc.genderOf(parts.surname), genitive: parts.genitive,
    }));
    return last;
  }
  return -1;
}

// 7a. Relative pronouns after a mention: "Dmitrijew, der in Washington …", "Ägypten, das vorschlug".
function relativePronoun(st: SentenceState, i: number, w: Word): number {
  const { words, out, s, ctx } = st;
  const relative = w.cap ? undefined : RELATIVE_PRONOUNS.get(w.lower);
  if (relative && words[i - 1]?.text === ',') {
    const next = words[i + 1];
    const articleUse = !!next && next.isWord && (next.cap || (LOOSE_ADJECTIVE.test(next.lower) && !!words[i + 2]?.cap && !DETERMINERS.has(next.lower)));
    const antecedent = out[out.length - 1];
    if (!articleUse && antecedent && antecedent.last >= i - 3 && !rangeHasComma(words, antecedent.last + 1, i - 1)) {
      const agrees = relative === 'n' ? antecedent.type !== 'person' && antecedent.type !== 'group' && antecedent.gender === 'n'
        : relative === 'pl' ? antecedent.number !== 'sg' || antecedent.type === 'group'
        : relative === 'f' ? antecedent.gender === 'f' || antecedent.gender === 'u' || antecedent.number !== 'sg'
        : antecedent.gender !== 'f' && antecedent.number !== 'pl';
      if (agrees) {
        finish(st, cand(s, {
          first: i, last: i, kind: 'pronoun', type: antecedent.type, pronoun: 'rel',
          gender: antecedent.gender, number: antecedent.number, apposTo: ctx.offset + out.length - 1,
        }));
        return i;
      }
    }
  }
  return -1;
}

// 7. Pronouns that can be speakers: er, sie (Sie only at the start of a sentence:
//    elsewhere it is the polite form), and demonstratives used alone ("dieser").
function personalPronoun(st: SentenceState, i: number, w: Word): number {
  const { words, s } = st;
  if (w.lower === 'er' || w.lower === 'sie') {
    if (w.text === 'Sie' && !w.initial) return i;
    if (w.text === 'Er' && !w.initial) return i;
    const number = w.lower === 'er' ? 'sg' : pronounNumber(words, i);
    finish(st, cand(s, {
      first: i, last: i, kind: 'pronoun', type: 'person', pronoun: w.lower,
      gender: w.lower === 'er' ? 'm' : number === 'pl' ? 'pl' : 'f', number,
    }));
    return i;
  }
  const quantifier = QUANTIFIER_PRONOUNS.get(w.lower);
  if (quantifier) return quantifierGroup(st, i, w, quantifier.article);
  const demonstrative = DEMONSTRATIVE_PRONOUNS.get(w.text);
  if (demonstrative) {
    const next = words[i + 1];
    if (!next || !next.isWord || (!next.cap && !LOOSE_ADJECTIVE.test(next.lower)) || DETERMINERS.has(next.lower)) {
      finish(st, cand(s, {
        first: i, last: i, kind: 'pronoun', type: 'person', pronoun: 'dem',
        gender: demonstrative, number: demonstrative === 'f' ? 'amb' : 'sg',
      }));
      return i;
    }
  }
  return -1;
}

/**
 * "Einige vertreten …", "wie viele befürchten", "Die beiden werden …", "Einige der Teilnehmer":
 * a quantifier with no noun after it (a verb, an adverb or a partitive "der") is a group of
 * its own, each mention its own referent. "Einige Politiker", "viele neue Jobs": a determiner.
 */
function quantifierGroup(st: SentenceState, i: number, w: Word, needsArticle: boolean): number {
  const { words, used, s } = st;
  const next = words[i + 1];
  if (!next || !next.isWord || next.cap) return -1;
  const afterNext = words[i + 2];
  if (!DETERMINERS.has(next.lower) && LOOSE_ADJECTIVE.test(next.lower) && afterNext?.isWord && afterNext.cap && !afterNext.initial) return -1;
  const article = words[i - 1];
  const withArticle = !!article && !used[i - 1] && article.isWord && article.lower === 'die';
  if (needsArticle && !withArticle) return -1;
  const first = withArticle ? i - 1 : i;
  finish(st, cand(s, {
    first, last: i, kind: 'group', type: 'group', gender: 'pl', number: 'pl', def: withArticle ? 'def' : 'none',
    key: `${w.lower}@${w.start}`, cls: 'quantifier',
  }));
  return i;
}

// 8. Groups: "Diplomaten", "ukrainische Medien", "Regierungskreise".
function groupNoun(st: SentenceState, i: number, w: Word): number {
  const { words, used, s } = st;
  if (w.cap) {
    const group = info(w).group;
    if (group) {
      // "die Schweizer Regierung", "Berliner Polizei": an -er word before a noun is an adjective.
      const following = words[i + 1];
      if (w.lower.endsWith('er') && following?.isWord && following.cap && !following.initial) return i;
      // "Jugendliche Straftäter": a nominalised adjective before a noun is an adjective.
      if (NOMINALISED_GROUPS.has(group) && following?.isWord && following.cap) return i;
      const np = extendLeft(words, used, i);
      // "der Italiener", "dem Berliner", "ein Insider": an -er noun after a singular article is one person.
      if (w.lower.endsWith('er') && np.determiner && SINGULAR_ARTICLES.has(np.determiner)) {
        finish(st, cand(s, {
          first: np.first, last: i, kind: 'role', type: 'person', gender: 'm', number: 'sg', def: np.def, oblique: np.oblique,
          genitive: np.genitive, role: { base: group, gender: 'm', number: 'sg', adjective: false, ending: '', modifier: '', key: group },
        }));
        return i;
      }
      if (np.def === 'indef') return i;
      // "das Personal", "die Belegschaft": one body of people, singular.
      const collective = COLLECTIVE_GROUP_NOUNS[group];
      finish(st, cand(s, {
        first: np.first, last: i, kind: 'group', type: 'group', gender: collective ?? 'pl', number: collective ? 'sg' : 'pl',
        def: np.def, oblique: np.oblique, genitive: np.genitive, key: group, cls: group,
      }));
      return i;
    }
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

/**
 * Appositions: a role right after a name ("Fedor Wojtolowskij, Direktor des Instituts …",
 * "Kirill Dmitrijew empfing – Chef des …") or right before it ("Der Leiter des Programms,
 * Klaus Stöhr") describes the same person.
 */
function linkAppositions(words: readonly Word[], cands: Candidate[], offset: number): void {
  for (let c = 0; c < cands.length; c++) {
    const cand = cands[c];
    if (!cand || cand.kind !== 'role' || cand.def === 'indef' || cand.number === 'pl') continue;
    // "Der Bruder des Bischofs, Georg Maier": the genitive role is the complement of the role
    // before it, which takes the name.
    const before = cands[c - 1];
    if (before && before.kind === 'role' && before.last === cand.first - 1 && genitiveForm(words, cand)) continue;
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
      if (next.kind !== 'organisation' && next.kind !== 'place' && !(next.kind === 'role' && cands[d - 1]?.last === next.first - 1 && genitiveForm(words, next))) break;
    }
  }
}

/** Right after a noun phrase, "des …" and "der …" are its genitive complement. */
function genitiveForm(words: readonly Word[], c: Candidate): boolean {
  return c.genitive || words[c.first]?.lower === 'der';
}

function rangeHasComma(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (!w) continue;
    if (w.text === ',' || w.text === '.' || w.text === ';' || (w.isWord && !w.cap && SPEECH_VERB_FORMS.has(w.lower))) return true;
  }
  return false;
}

function isLetterCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c >= 0xc0;
}
