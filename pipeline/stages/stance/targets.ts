/**
 * Finds what a cue is about, through the sentence: the object of an attitude verb ("lehnt
 * den Plan ab"), a phrase after the cue's preposition ("warnt vor X", "Kritik an X",
 * "gegen X", "gegenüber X", "X gegenüber"), the subject of an evaluative predicate ("X ist
 * inakzeptabel"), the noun an adjective modifies, "Y als Kriegsverbrecher", the genitive
 * after an idiom ("das wahre Gesicht der Russen"), and the subject of a judged act. Works on
 * the noun phrases of ./sentence.ts; no parser.
 */
import { COPULAS, DETERMINERS, FIRST_PERSON, HOLD_FORMS, LIGHT_NOUNS, POINTER_NOUNS, SUBORDINATORS } from './de/modifiers.js';
import type { Cue, NounPhrase, SentenceView } from './sentence.js';
import { isPassiveClause } from './sentence.js';

/** A target as a noun phrase (token range) of the sentence, with how it was found. */
export interface TargetNp {
  np: NounPhrase;
  /** `explicit`: found through syntax; `self`: the cue's own phrase (weakest). */
  how: 'explicit' | 'self';
  /** Weight override from a preposition rule (kämpfen gegen = -0.6). */
  weight?: number;
}

const GENERIC_TARGET_PREPS: PrepSet = new Set(['gegen', 'gegenüber']);
const AGENT_PREPS: PrepSet = new Set(['von', 'durch']);

function npsInClause(view: SentenceView, c: number): NounPhrase[] {
  return view.npsByClause[c] ?? [];
}

const QUOTE_CLOSERS = new Set(['“', '”', '"', '«', '»', '‘', "'"]);
const COORDINATING_OPENERS = new Set(['und', 'oder', 'sowie', 'aber', 'sondern', 'doch', 'jedoch']);
const NOMINATIVE_ARTICLES = new Set(['der', 'die', 'das', 'ein', 'eine']);

/**
 * The subject of clause `c`: a nominative phrase before the verb; after it when something
 * else opens the clause (inversion: "Gegenüber CNN kündigte er … an"); after a clause-initial
 * verb when a pronoun or name follows ("erklärte er"); otherwise the clause shares the
 * subject of the clause before ("…, lehnt jede Präsenz ab und erkennt … an").
 */
export function clauseSubject(
  view: SentenceView, c: number, verbAt: number | null, exclude: number | null = null, depth = 0, verbFinal = false,
): NounPhrase | null {
  const range = view.clauses[c];
  if (!range || depth > 3) return null;
  const [cs] = range;
  const opener = view.lower[cs]!;
  const coordinated = COORDINATING_OPENERS.has(opener);
  const firstContent = coordinated || SUBORDINATORS.has(opener) ? cs + 1 : cs;
  // the clause's first nominative phrase, the first before the verb and the first after it
  // (one pass, no filtered copy: this runs several times per cue)
  let first: NounPhrase | undefined;
  let before: NounPhrase | undefined;
  let after: NounPhrase | undefined;
  for (const np of npsInClause(view, c)) {
    if (!np.nominative || covers(np, verbAt) || covers(np, exclude)) continue;
    first ??= np;
    if (verbAt === null) break;
    if (before === undefined && np.last < verbAt) before = np;
    if (after === undefined && np.first > verbAt) after = np;
  }
  if (verbAt === null) return first ?? (coordinated ? ellipticSubject(view, c, cs, coordinated, depth) : null);
  // "und zugleich die Legitimität X infrage gestellt": a coordinated verb-final clause shares its subject
  if (coordinated && verbFinal) return ellipticSubject(view, c, cs, coordinated, depth);
  if (before) return before;
  if (verbAt > firstContent) return after ?? null;
  if (after && after.first <= verbAt + 2 && (after.pronoun || NOMINATIVE_ARTICLES.has(view.lower[after.first]!) || !DETERMINERS.has(view.lower[after.first]!))) {
    // ", lehnt die Regierung … ab" shares the subject before; „…“, lobte der Minister is inverted
    const afterQuote = cs >= 2 && view.lower[cs - 1] === ',' && QUOTE_CLOSERS.has(view.lower[cs - 2]!);
    if (!(coordinated || view.lower[cs - 1] === ',') || afterQuote || after.pronoun || !DETERMINERS.has(view.lower[after.first]!)) return after;
  }
  return ellipticSubject(view, c, cs, coordinated, depth) ?? (coordinated ? null : after ?? null);
}

function covers(np: NounPhrase, t: number | null): boolean {
  return t !== null && np.first <= t && t <= np.last;
}

/** The subject a clause shares with the clause before ("…, lehnt jede Präsenz ab und erkennt … an"). */
function ellipticSubject(view: SentenceView, c: number, cs: number, coordinated: boolean, depth: number): NounPhrase | null {
  if (c === 0 || !coordinated && view.lower[cs - 1] !== ',') return null;
  const prevVerb = view.cues.find((q) => q.entry.pos === 'verb' && view.clause[q.first] === c - 1);
  return clauseSubject(view, c - 1, prevVerb?.first ?? null, null, depth + 1);
}

/** Prepositions to look for: a Set, or a cue's rules by preposition. */
interface PrepSet {
  has(prep: string): boolean;
}

/**
 * The first phrase after `from` behind one of `preps`, in clause c or (with a preposition)
 * the clause after it, else the last such phrase before; one pass, no copies (it runs for
 * every cue with prepositions).
 */
function npAfterPrep(view: SentenceView, c: number, preps: PrepSet, from: number): NounPhrase | null {
  let after: NounPhrase | null = null;
  let last: NounPhrase | null = null;
  for (let k = c; k <= c + 1; k++) {
    // (a phrase of clause c + 1 has its first token in it: npsByClause holds exactly those, in order)
    for (const np of npsInClause(view, k)) {
      if (np.prep === null || !preps.has(np.prep)) continue;
      if (after === null && np.first > from) after = np;
      last = np;
    }
  }
  return after ?? last;
}

/** "X gegenüber": the NP right before a postposed gegenüber. */
function npBeforePostposition(view: SentenceView, c: number): NounPhrase | null {
  for (let j = 1; j < view.lower.length; j++) {
    if (view.lower[j] !== 'gegenüber' || view.clause[j] !== c) continue;
    if (view.npAt[j + 1] !== undefined && view.npAt[j + 1]! >= 0) continue;
    const idx = view.npAt[j - 1];
    if (idx !== undefined && idx >= 0) return view.nps[idx]!;
  }
  return null;
}

export function findTarget(view: SentenceView, cue: Cue): TargetNp | null {
  const c = view.clause[cue.first]!;
  const entry = cue.entry;
  // 1. the cue's own prepositions: warnt vor X, Kritik an X, kämpfen gegen X
  if (entry.preps.size > 0) {
    const np = npAfterPrep(view, c, entry.preps, cue.last);
    if (np) return { np, how: 'explicit', weight: entry.preps.get(np.prep!)!.weight };
  }
  if (entry.role === 'gen') {
    // the genitive inside the phrase's own NP (das wahre Gesicht der Russen), or the NP right after it
    const own = view.npAt[cue.last];
    if (own !== undefined && own >= 0) {
      const np = view.nps[own]!;
      if (np.last > cue.last) return { np: { ...np, first: cue.last + 1, prep: null }, how: 'explicit' };
    }
    const idx = view.npAt[cue.last + 1];
    if (idx !== undefined && idx >= 0) return { np: view.nps[idx]!, how: 'explicit' };
  }
  if (entry.role === 'subject' || entry.role === 'state') {
    if (isPassiveClause(view, cue)) {
      // "von X zerstört": the agent; without one, the patient ("Arbeitsplätze werden gesichert")
      const agent = npAfterPrep(view, c, AGENT_PREPS, cue.first) ?? clauseSubject(view, c, null);
      return agent ? { np: agent, how: 'explicit' } : null;
    }
    const subject = clauseSubject(view, c, cue.first, null, 0, cue.participle);
    return subject ? { np: subject, how: 'explicit' } : null;
  }
  // 2. attitude verbs: their object; then (and for attitude nouns) gegen X, gegenüber X, X gegenüber
  if (entry.role === 'object') {
    const object = verbObject(view, cue, c);
    if (object) return object;
  }
  if (entry.role === 'object' || entry.role === 'act') {
    const np = npAfterPrep(view, c, GENERIC_TARGET_PREPS, cue.last) ?? npBeforePostposition(view, c);
    return np ? { np, how: 'explicit' } : null;
  }
  return evaluativeTarget(view, cue, c);
}

/** Object of an attitude verb: the nearest non-subject, non-prepositional NP of its clause. */
export function verbObject(view: SentenceView, cue: Cue, c: number): TargetNp | null {
  const subject = clauseSubject(view, c, cue.first, null, 0, cue.participle);
  const nps = npsInClause(view, c).filter((np) => np !== subject && np.prep === null && !(np.first <= cue.first && cue.first <= np.last));
  const lastParticle = cue.particle.length ? cue.particle[cue.particle.length - 1]! : cue.last;
  const after = nps.find((np) => np.first > cue.last && np.last < Math.max(lastParticle, view.clauses[c]![1] + 1));
  if (after) return { np: after, how: 'explicit' };
  const before = nps.filter((np) => np.last < cue.first);
  if (before.length) return { np: before[before.length - 1]!, how: 'explicit' };
  // "lobte, dass viele Staaten …": the subject of the content clause
  const next = view.clauses[c + 1];
  if (next && ['dass', 'daß', 'ob'].includes(view.lower[next[0]]!)) {
    const s = clauseSubject(view, c + 1, null);
    if (s) return { np: s, how: 'explicit' };
  }
  return null;
}

/** What an evaluative adjective, noun or phrase is said of. */
function evaluativeTarget(view: SentenceView, cue: Cue, c: number): TargetNp | null {
  const [cs, ce] = view.clauses[c]!;
  const ownIdx = view.npAt[cue.first]!;
  const own = ownIdx >= 0 ? view.nps[ownIdx]! : null;
  // "bezeichnete den Kremlchef als Kriegsverbrecher", "tut Y als „geschäftsunfähig“ ab": the phrase before als
  let a = (own ? own.first : cue.first) - 1;
  while (a > cs && view.tokens[a]!.kind === 'punct') a--;
  if (view.lower[a] === 'als') {
    const subject = clauseSubject(view, c, null);
    const prev = view.nps.filter((np) => np.last < a && np.prep === null && view.clause[np.first] === c && np !== subject);
    const pick = prev[prev.length - 1];
    if (pick) return { np: pick, how: 'explicit' };
  }
  // "hält die Kürzungen für falsch": the object of halten … für
  const before = own ? own.first - 1 : cue.first - 1;
  if (view.lower[before] === 'für' && view.lower.some((w, j) => view.clause[j] === c && HOLD_FORMS.has(w))) {
    const subject = clauseSubject(view, c, null);
    const objects = npsInClause(view, c).filter((np) => np !== subject && np.prep === null && np.last < before);
    if (objects.length) return { np: objects[objects.length - 1]!, how: 'explicit' };
  }
  // predicate: "X ist inakzeptabel", "X sei eine reale Bedrohung", "sie zeigten sich dialogbereit"
  const copula = findCopula(view, cs, ce);
  // an adjective inside a predicate noun ("sie ist ein sinnvolles Instrument") judges the subject too
  const inPredicateNoun = copula !== null && own !== null && own.prep === null && own.first > copula;
  const predicative = own === null || own.last === cue.last || cue.entry.pos !== 'adj' || inPredicateNoun;
  const headWord = own ? view.lower[own.last]! : '';
  if (copula !== null && predicative) {
    const subject = clauseSubject(view, c, copula);
    // with a pronoun subject ("Das ist ein starkes Signal") or a pointer noun ("Die Folge ist …")
    // the predicate noun says more than the subject
    const weakSubject = inPredicateNoun && subject !== null &&
      (subject.pronoun || view.lower[subject.first] === 'es' || POINTER_NOUNS.has(view.lower[subject.last]!));
    // "Das ist ein guter Tag für die Stadt": a demonstrative subject, a light noun, the beneficiary after für
    if (subject?.pronoun && own && LIGHT_NOUNS.has(headWord) || subject?.pronoun && cue.weight > 0 && own) {
      const beneficiary = npsInClause(view, c).find((np) => np.prep === 'für' && np.first > own!.last);
      if (beneficiary) return { np: beneficiary, how: 'explicit' };
    }
    if (subject && subject !== own && !weakSubject) return { np: subject, how: 'explicit' };
  }
  // "Marco macht einen hervorragenden Job", "Die Bahn lässt uns keine andere Wahl": an evaluative
  // object with a light or evaluative head judges the subject that acts
  const attitudeInClause = view.cues.some((q) => q !== cue && view.clause[q.first] === c && (q.entry.role === 'object' || q.entry.role === 'report'));
  if (own && own.prep === null && copula === null && !attitudeInClause && (cue.entry.pos !== 'adj' || LIGHT_NOUNS.has(headWord))) {
    const subject = clauseSubject(view, c, null, cue.first);
    const w = subject ? view.lower[subject.first]! : '';
    // (with a verb between them: "Ersatzteile … und neue Energiepartnerschaften" is a list, not a clause)
    const verbBetween = subject !== null && view.lower.slice(subject.last + 1, own.first).some((x, k) => {
      const t = subject.last + 1 + k;
      return view.tokens[t]!.kind === 'word' && view.npAt[t] === -1 && !DETERMINERS.has(x) && !['und', 'oder', 'sowie', 'für', 'mit'].includes(x);
    });
    if (subject && verbBetween && subject !== own && subject.first < own.first && !FIRST_PERSON.has(w) && !['es', 'man', 'das', 'dies'].includes(w)) {
      return { np: subject, how: 'explicit' };
    }
  }
  // attributive: the phrase the adjective belongs to ("endlose Verhandlungen")
  if (own && own.last > cue.last) return { np: own, how: 'explicit' };
  // "nannte den Entwurf gefährlich": the object of a labelling verb
  const label = view.cues.find((q) => q.entry.role === 'report' && view.clause[q.first]! >= c - 2 && q.first < cue.first);
  if (label && own === null) {
    const lc = view.clause[label.first]!;
    const subject = clauseSubject(view, lc, label.first);
    const objects = npsInClause(view, lc).filter((np) => np !== subject && np.prep === null && np.first > label.first && np.last < cue.first);
    if (objects.length) return { np: objects[objects.length - 1]!, how: 'explicit' };
  }
  if (cue.entry.pos === 'adj' && own === null) {
    const subject = clauseSubject(view, c, cue.first);
    if (subject) return { np: subject, how: 'explicit' };
  }
  return own ? { np: own, how: 'self' } : null;
}

function findCopula(view: SentenceView, cs: number, ce: number): number | null {
  for (let j = cs; j <= ce; j++) if (COPULAS.has(view.lower[j]!)) return j;
  return null;
}
