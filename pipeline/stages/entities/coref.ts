/**
 * Coreference: groups mention candidates, in document order, into entities (one per
 * real-world referent).
 *
 * - Names: same surname (or its genitive, or a spelling variant by Jaro–Winkler) and no
 *   conflicting first name or gender → same person.
 * - Role nouns: "der US-Präsident" goes to the person the document gave that role ("US-
 *   Präsident Trump", or an earlier "der US-Präsident" resolved to him), else to the most
 *   recent salient person who fits (gender, no other office), never to someone in the same
 *   clause. Indefinite roles ("ein NATO-Diplomat") are new, unnamed people.
 * - Appositions ("Fedor Wojtolowskij, Direktor des …") join the name they describe.
 * - Organisations and places by key (canonical name, acronym alias, state for capital and
 *   seat); "das Ministerium" to the most recent organisation of its class.
 * - Pronouns (er, sie, dieser) to the best-scoring compatible mention of the last sentences:
 *   gender and number must agree; subjects, speakers, persons and nearer mentions score
 *   higher; mentions on the other side of a quotation mark, in the genitive or after a
 *   preposition score lower.
 */
import type { Candidate, Gram } from './detect.js';
import type { EntityType } from './types.js';
import type { SentenceWords } from './words.js';
import { ROLE_RANK_PREFIXES, GENERIC_PERSON_NOUNS } from './de/roles.js';
import { jaroWinkler } from './similarity.js';
import { VARIANT_SIMILARITY } from './evidence.js';
import { FIRST_NAMES, groupHeadOf, type NumberGuess } from './lexicon.js';

export interface EntityDraft {
  type: EntityType;
  gender: Gram;
  number: NumberGuess;
  mentions: number[];
  surnames: Set<string>;
  givenNames: Set<string>;
  roles: Set<string>;
  key: string | null;
  cls: string | null;
  /** Introduced by an indefinite role or a group noun: no name. */
  unnamed: boolean;
  lastSentence: number;
}

/**
 * Lookups over the entities built so far, so that a mention never scans all entities: long
 * documents (archives, transcripts) have thousands of them.
 */
export interface DraftIndex {
  bySurname: Map<string, Set<number>>;
  bySurnameInitial: Map<string, Set<number>>;
  byGivenName: Map<string, Set<number>>;
  /** Entities holding a role with this base noun ("präsident"). */
  byRoleBase: Map<string, Set<number>>;
  /** Latest group entity by role key or group key, latest organisation by class. */
  latestGroupByRole: Map<string, number>;
  latestGroupByKey: Map<string, number>;
  latestOrgByClass: Map<string, number>;
}

/**
 * The empty set every new draft starts with for its surnames, given names and roles; the
 * first value replaces it with a set of the draft's own (see addValue). Most drafts of a long
 * document (places, organisations, pronoun-less one-off roles) never get one, and three fresh
 * sets per draft were a good part of resolution's allocations. Never added to.
 */
const NO_VALUES: Set<string> = new Set();

/** `set` with `value` added: a new set in place of NO_VALUES. */
function addValue(set: Set<string>, value: string): Set<string> {
  if (set === NO_VALUES) return new Set([value]);
  set.add(value);
  return set;
}

function addTo(map: Map<string, Set<number>>, key: string, e: number): void {
  const set = map.get(key);
  if (set) set.add(e);
  else map.set(key, new Set([e]));
}

/** How many sentences back a pronoun or role looks for its antecedent. */
const PRONOUN_WINDOW = 3;
const ROLE_WINDOW = 6;
const ROLE_MEMORY = 100;
const MIN_PRONOUN_SCORE = -3.5;
/**
 * Bounds on how far back a pronoun looks, in candidates and in words. Ordinary news never
 * comes near them (three sentences hold a few dozen candidates); they keep a paragraph
 * without punctuation (tables, lists, OCR) from making resolution quadratic.
 */
const PRONOUN_LOOKBACK = 80;
const DISTRACTOR_WORDS = 120;

export function resolveEntities(cands: readonly Candidate[], sentences: readonly SentenceWords[]): { drafts: EntityDraft[]; assignment: Int32Array } {
  const drafts: EntityDraft[] = [];
  const assignment = new Int32Array(cands.length).fill(-1);
  // Organisations by lower-case key, places by key.
  const orgByKey = new Map<string, number>();
  const placeByKey = new Map<string, number>();
  const deferred: number[] = [];
  const index: DraftIndex = {
    bySurname: new Map(), bySurnameInitial: new Map(), byGivenName: new Map(), byRoleBase: new Map(),
    latestGroupByRole: new Map(), latestGroupByKey: new Map(), latestOrgByClass: new Map(),
  };

  const create = (c: Candidate, unnamed = false): number => {
    drafts.push({
      type: c.type, gender: c.gender, number: c.number, mentions: [], surnames: NO_VALUES, givenNames: NO_VALUES, roles: NO_VALUES,
      key: null, cls: c.cls, unnamed, lastSentence: c.sentence,
    });
    return drafts.length - 1;
  };
  const assign = (i: number, e: number): void => {
    const c = cands[i];
    const d = drafts[e];
    if (!c || !d) return;
    assignment[i] = e;
    d.mentions.push(i);
    d.lastSentence = Math.max(d.lastSentence, c.sentence);
    if (c.surname) {
      d.surnames = addValue(d.surnames, c.surname);
      if (d.type === 'person') {
        addTo(index.bySurname, c.surname, e);
        addTo(index.bySurnameInitial, c.surname.slice(0, 2), e);
      }
    }
    if (c.givenName) {
      d.givenNames = addValue(d.givenNames, c.givenName);
      if (d.type === 'person') addTo(index.byGivenName, c.givenName, e);
    }
    if (c.role) {
      d.roles = addValue(d.roles, c.role.key);
      if (d.type === 'person') addTo(index.byRoleBase, c.role.base, e);
      if (d.type === 'group') index.latestGroupByRole.set(c.role.key, e);
    }
    if (d.type === 'group' && d.key) index.latestGroupByKey.set(d.key, e);
    if (d.type === 'organisation' && d.cls) index.latestOrgByClass.set(d.cls, e);
    if (d.type === 'person' && (c.kind === 'name' || c.kind === 'surname' || c.kind === 'role')) {
      if ((c.gender === 'm' || c.gender === 'f') && d.gender === 'u') d.gender = c.gender;
      if (d.unnamed && (c.kind === 'name' || c.kind === 'surname')) d.unnamed = false;
    }
  };

  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!c) continue;
    if (c.apposTo >= 0) {
      if (c.apposTo < i) {
        const target = assignment[c.apposTo] ?? -1;
        if (target >= 0) {
          assign(i, target);
          continue;
        }
      } else {
        deferred.push(i);
        continue;
      }
    }
    switch (c.kind) {
      case 'name':
      case 'surname': {
        const e = findPerson(c, drafts, index);
        assign(i, e >= 0 ? e : create(c));
        break;
      }
      case 'role': {
        if (c.def === 'indef' || c.def === 'quant' || c.def === 'poss') {
          assign(i, create(c, true));
          break;
        }
        const e = findRoleHolder(c, i, cands, assignment, drafts, sentences, index);
        assign(i, e >= 0 ? e : create(c, true));
        break;
      }
      case 'group': {
        let e = -1;
        if (c.def === 'def' && c.role) e = index.latestGroupByRole.get(c.role.key) ?? -1;
        else if (c.def === 'def' && c.key) e = index.latestGroupByKey.get(c.key) ?? -1;
        if (e < 0) {
          e = create(c, true);
          const d = drafts[e];
          if (d) d.key = c.key;
        }
        assign(i, e);
        break;
      }
      case 'organisation': {
        let e = -1;
        const lowerKey = c.key ? c.key.toLowerCase() : null;
        if (lowerKey !== null) {
          e = orgByKey.get(lowerKey) ?? -1;
          // "(IWF)" right after the full name: an alias of it.
          if (e < 0 && c.cls === 'acronym') {
            const prev = cands[i - 1];
            if (prev && prev.kind === 'organisation' && prev.sentence === c.sentence && c.first - prev.last === 2) e = assignment[i - 1] ?? -1;
          }
        } else {
          e = c.cls ? (index.latestOrgByClass.get(c.cls) ?? -1) : -1;
        }
        if (e < 0) {
          e = create(c);
          const d = drafts[e];
          if (d) d.key = c.key;
        }
        if (lowerKey !== null) orgByKey.set(lowerKey, e);
        assign(i, e);
        break;
      }
      case 'place': {
        const key = c.key ?? '';
        let e = placeByKey.get(key) ?? -1;
        if (e < 0) {
          e = create(c);
          const d = drafts[e];
          if (d) { d.key = c.key; d.gender = c.gender; }
          placeByKey.set(key, e);
        }
        assign(i, e);
        break;
      }
      case 'pronoun': {
        const e = resolvePronoun(c, i, cands, assignment, drafts, sentences);
        if (e >= 0) assign(i, e);
        break;
      }
    }
  }
  for (const i of deferred) {
    const c = cands[i];
    if (!c) continue;
    const target = assignment[c.apposTo] ?? -1;
    if (target >= 0) assign(i, target);
    else assign(i, create(c, true));
  }
  return { drafts, assignment };
}

function givenCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = a.split(/[\s-]/)[0] ?? '';
  const fb = b.split(/[\s-]/)[0] ?? '';
  if (fa === fb) return true;
  // Initials: "J." ~ "Joe"
  if (fa.endsWith('.') && fb.startsWith(fa.slice(0, -1))) return true;
  if (fb.endsWith('.') && fa.startsWith(fb.slice(0, -1))) return true;
  return jaroWinkler(fa, fb) >= 0.9;
}

function findPerson(c: Candidate, drafts: readonly EntityDraft[], index: DraftIndex): number {
  const surname = c.surname;
  if (!surname) return -1;
  let best = -1;
  let bestScore = 0;
  // A surname alone that is the (unusual) given name of a person named before: "Thaksin".
  if (!c.givenName && !FIRST_NAMES.has(surname)) {
    for (const e of index.byGivenName.get(surname) ?? []) {
      const d = drafts[e];
      if (d && !d.surnames.has(surname)) {
        const score = 500 + d.lastSentence;
        if (score > bestScore) { best = e; bestScore = score; }
      }
    }
  }
  // Exact surnames first; spelling variants (Jaro–Winkler) only among surnames with the same first two letters.
  const exact = index.bySurname.get(surname);
  const pool = exact && exact.size > 0 ? exact : index.bySurnameInitial.get(surname.slice(0, 2));
  for (const e of pool ?? []) {
    const d = drafts[e];
    if (!d || d.type !== 'person' || d.surnames.size === 0) continue;
    let similarity = 0;
    for (const s of d.surnames) {
      if (s === surname) similarity = 1;
      else if (similarity < 1 && s.length >= 5 && surname.length >= 5 && s[0] === surname[0] && Math.abs(s.length - surname.length) <= 2) {
        const jw = jaroWinkler(s, surname);
        if (jw >= VARIANT_SIMILARITY) similarity = Math.max(similarity, jw);
      }
    }
    if (similarity === 0) continue;
    if (c.givenName && d.givenNames.size > 0 && ![...d.givenNames].some((g) => givenCompatible(g, c.givenName ?? ''))) continue;
    if ((c.gender === 'm' && d.gender === 'f') || (c.gender === 'f' && d.gender === 'm')) continue;
    const score = similarity * 1000 + d.lastSentence;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

function rankPrefix(key: string): string {
  for (const p of ROLE_RANK_PREFIXES) if (key.startsWith(p)) return p;
  return '';
}

/** 3: same role; 2: the mention names the general office of a specific one; 1: the reverse; 0: none. */
function roleMatch(mentionRole: string, mentionBase: string, entityRoleRaw: string): number {
  // A trailing '+' marks a role with its organisation ("Chef des Fonds"): it only matches the same office.
  const mentionKey = mentionRole.endsWith('+') ? mentionRole.slice(0, -1) : mentionRole;
  const specific = entityRoleRaw.endsWith('+');
  const entityRole = specific ? entityRoleRaw.slice(0, -1) : entityRoleRaw;
  if (entityRole === mentionKey) return 3;
  if (specific) return 0;
  if (rankPrefix(entityRole) !== rankPrefix(mentionKey)) return 0;
  if (!entityRole.endsWith(mentionBase)) return 0;
  if (entityRole.endsWith(mentionKey)) return 2;
  if (mentionKey.endsWith(entityRole)) return 1;
  return 0;
}

function clauseStart(sentences: readonly SentenceWords[], c: Candidate): number {
  const words = sentences[c.sentence]?.words ?? [];
  for (let k = c.first - 1; k >= 0; k--) {
    const t = words[k]?.text;
    if (t === ',' || t === ';' || t === ':' || t === '–' || t === '„' || t === '“') return k;
  }
  return -1;
}

function findRoleHolder(
  c: Candidate, i: number, cands: readonly Candidate[], assignment: Int32Array, drafts: readonly EntityDraft[],
  sentences: readonly SentenceWords[], index: DraftIndex,
): number {
  const role = c.role;
  if (!role) return -1;
  // Entities named in the same clause are someone else ("bezeichnet dieser den Kremlchef").
  const excluded = new Set<number>();
  const start = clauseStart(sentences, c);
  for (let j = i - 1; j >= 0; j--) {
    const m = cands[j];
    if (!m || m.sentence !== c.sentence || m.first <= start) break;
    const e = assignment[j] ?? -1;
    if (e >= 0 && (m.kind === 'pronoun' || ((m.kind === 'name' || m.kind === 'surname') && !m.oblique && !m.genitive))) excluded.add(e);
  }
  let best = -1;
  let bestScore = 0;
  for (const e of index.byRoleBase.get(role.base) ?? []) {
    const d = drafts[e];
    // An office named 100 sentences ago is not what "der Minister" refers to (and long documents stay linear).
    if (!d || d.type !== 'person' || excluded.has(e) || d.lastSentence < c.sentence - ROLE_MEMORY) continue;
    if ((c.gender === 'm' && d.gender === 'f') || (c.gender === 'f' && d.gender === 'm')) continue;
    let match = 0;
    for (const r of d.roles) match = Math.max(match, roleMatch(role.key, role.base, r));
    if (match === 0) continue;
    const score = match * 1000 + d.lastSentence;
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  // Generic person nouns and demonyms ("der Mann", "der Berliner") never take the salience fallback.
  if (GENERIC_PERSON_NOUNS.has(role.base) || GENERIC_PERSON_NOUNS.has(role.key.replace(/\+$/, '')) || groupHeadOf(role.base)) return -1;
  // Failing that: the most recent salient named person who holds no other office.
  const specificBase = `${role.base}+`;
  let fallback = -1;
  let fallbackScore = -Infinity;
  for (let j = i - 1; j >= 0; j--) {
    const m = cands[j];
    if (!m) continue;
    if (m.sentence < c.sentence - ROLE_WINDOW) break;
    const e = assignment[j] ?? -1;
    const d = drafts[e];
    if (!d || d.type !== 'person' || d.unnamed || d.surnames.size === 0 || excluded.has(e)) continue;
    if ((c.gender === 'm' && d.gender === 'f') || (c.gender === 'f' && d.gender === 'm')) continue;
    // Someone who holds another office of the same kind ("Chef des Fonds" vs "der Kremlchef") is someone else.
    if (holdsOffice(d.roles, role.base, specificBase)) continue;
    const score = (d.roles.size > 0 ? -1 : 0) - (c.sentence - m.sentence) + (m.oblique || m.genitive ? -0.5 : 0.5) + (m.speaker ? 0.3 : 0) + d.mentions.length * 0.1;
    if (score > fallbackScore) {
      fallback = e;
      fallbackScore = score;
    }
  }
  return fallback;
}

/**
 * Does one of `roles` end in the office `base` ("der Kremlchef" for chef), also as a role with
 * its organisation ("chef+", given as `specificBase`)? (Compared in place, without stripping
 * the mark from a copy of each role: this runs for every person a role looks back at.)
 */
function holdsOffice(roles: ReadonlySet<string>, base: string, specificBase: string): boolean {
  for (const r of roles) if (r.endsWith('+') ? r.endsWith(specificBase) : r.endsWith(base)) return true;
  return false;
}

/** Agreement of a pronoun with an antecedent mention m of entity d (organisations and places by the form's grammatical gender). */
function pronounCompatible(c: Candidate, d: EntityDraft, m: Candidate): boolean {
  const masculine = c.pronoun === 'er' || (c.pronoun === 'dem' && c.gender === 'm');
  const gender = d.type === 'person' ? d.gender : m.gender;
  if (masculine) {
    if (d.type === 'group') return false;
    return d.type === 'person' ? gender === 'm' || gender === 'u' : gender === 'm';
  }
  // sie / diese: feminine singular or plural.
  const singularOk = c.number !== 'pl';
  const pluralOk = c.number !== 'sg';
  if (d.type === 'group') return pluralOk;
  if (d.type === 'person') return singularOk && (gender === 'f' || gender === 'u') && d.number !== 'pl';
  if (gender === 'pl') return pluralOk;
  return singularOk && gender === 'f';
}

/**
 * A noun phrase of the pronoun's own sentence that is not a mention but fits the pronoun
 * ("… die amerikanischen Vorschläge ernst, … seien sie nicht akzeptabel"): the pronoun
 * probably refers to it, so no entity is forced on it. Returns its first word index, or -1.
 */
function nearerDistractor(c: Candidate, i: number, cands: readonly Candidate[], sentences: readonly SentenceWords[]): number {
  const words = sentences[c.sentence]?.words ?? [];
  const covered = new Set<number>();
  const from = Math.max(0, c.first - DISTRACTOR_WORDS);
  for (let j = i - 1; j >= 0; j--) {
    const m = cands[j];
    if (!m || m.sentence !== c.sentence || m.last < from) break;
    for (let k = m.first; k <= m.last; k++) covered.add(k);
  }
  for (let k = c.first - 1; k >= from; k--) {
    const w = words[k];
    if (!w || !w.isWord || covered.has(k)) continue;
    const det = w.lower;
    const fits = c.pronoun === 'er' ? det === 'der' || det === 'dieser' : det === 'die' || det === 'diese';
    if (!fits || words[k - 1]?.isWord && PREPOSITION_LIKE.has(words[k - 1]?.lower ?? '')) continue;
    let h = k + 1;
    while (h < c.first && words[h]?.isWord && !words[h]?.cap) h++;
    const head = words[h];
    if (h < c.first && h - k <= 3 && head?.isWord && head.cap && !covered.has(h)) return k;
  }
  return -1;
}

const PREPOSITION_LIKE = new Set(['in', 'an', 'auf', 'für', 'gegen', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen', 'durch', 'um', 'mit', 'von', 'zu', 'aus', 'bei', 'nach', 'seit', 'trotz', 'wegen', 'während']);

function resolvePronoun(
  c: Candidate, i: number, cands: readonly Candidate[], assignment: Int32Array, drafts: readonly EntityDraft[],
  sentences: readonly SentenceWords[],
): number {
  const scores = new Map<number, number>();
  let rank = 0;
  for (let j = i - 1; j >= 0 && i - j <= PRONOUN_LOOKBACK; j--) {
    const m = cands[j];
    if (!m) continue;
    if (m.sentence < c.sentence - PRONOUN_WINDOW) break;
    const e = assignment[j] ?? -1;
    const d = drafts[e];
    if (!d || !pronounCompatible(c, d, m)) continue;
    rank++;
    const subject = !m.oblique && !m.genitive;
    let score: number;
    if (c.pronoun === 'dem') {
      // A demonstrative picks up the most recent non-topic referent: "Putin … Selenskyj …, dieser".
      score = -0.5 * rank + (subject && m.first === 0 ? -1 : 0.5) + (m.inQuote !== c.inQuote ? -1.5 : 0);
    } else {
      score = -1.2 * (c.sentence - m.sentence);
      if (d.type === 'person') score += d.gender === 'u' && c.pronoun === 'sie' ? 0.2 : 0.6;
      if (subject) score += 1.0;
      if (m.possessor) score += 0.7;
      else if (m.genitive) score -= 0.8;
      if (m.speaker) score += 0.5;
      if (m.kind === 'pronoun') score += 0.3;
      if (m.inQuote !== c.inQuote) score -= 1.5;
      if (m.sentence === c.sentence) score -= 0.03 * Math.max(0, c.first - m.last);
      score += Math.min(5, d.mentions.length) * 0.05;
    }
    const previous = scores.get(e);
    if (previous === undefined || score > previous) scores.set(e, score);
  }
  let best = -1;
  let bestScore = MIN_PRONOUN_SCORE;
  for (const [e, score] of scores) {
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  // Next to a speech verb the pronoun is a speaker, and speakers are mentions; elsewhere a
  // nearer fitting noun phrase of the same sentence wins.
  if (best >= 0 && !c.speaker && (c.pronoun === 'er' || c.pronoun === 'sie') && drafts[best]?.type !== 'person') {
    const distractor = nearerDistractor(c, i, cands, sentences);
    if (distractor >= 0) {
      let nearest = -1;
      for (let j = i - 1; j >= 0 && i - j <= PRONOUN_LOOKBACK && cands[j]?.sentence === c.sentence; j--) {
        if (assignment[j] === best) {
          nearest = cands[j]?.last ?? -1;
          break;
        }
      }
      if (nearest < distractor) return -1;
    }
  }
  return best;
}
