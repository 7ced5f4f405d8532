/**
 * Pass 3: what each number measures. A category comes from the nearest cue word of a
 * matching kind — first inside the number's clause, then in the sentence; a genitive right
 * after the number ("Prozent des BIP", "der Stimmen") wins outright. Casualty categories are
 * withheld from hypotheticals and negations and marked when a running total is restated.
 * The subject is the compound head, the genitive noun, the cue (noun or verb: "starben"),
 * the noun of "Zahl der …", or the counted noun, in that order.
 */
import type { Lexeme } from './lexer.js';
import type { Found } from './recognise.js';
import {
  CATEGORY_CUES, CHANGE_VERBS, CUMULATIVE_CUES, HYPOTHETICAL_CUES, NEGATION_CUES, PARTICLE_VERB_CUES, PARTITIVE_OPENERS,
  NON_CASUALTY_UNITS, PERSON_HEADS, TOTAL_VERBS,
  type Category, type CategoryCue,
} from './de/categories.js';
import { COUNT_BASE } from './de/nouns.js';
import { ARTICLE, SCALE_WORDS_MAP } from './lexicon.js';
import type { NumberFlag, NumberKind } from './types.js';

export interface Meaning {
  category: Category;
  subject: [number, number] | null;
  flags: NumberFlag[];
  /** The category comes from a cue word in the sentence (not from a default or a change). */
  fromCue: boolean;
  /** A unit learnt from the sentence ("Zahl der Todesopfer … auf 19" → Todesopfer). */
  unit?: string;
}

// ------------------------------------------------------------------ compiled cue tables
const WORD_CUES = new Map<string, CategoryCue[]>();
const HEAD_CUES = new Map<string, CategoryCue[]>();
const PHRASE_CUES = new Map<string, Array<{ words: string[]; cue: CategoryCue }>>();
for (const cue of CATEGORY_CUES) {
  for (const w of cue.words ?? []) push(WORD_CUES, w, cue);
  for (const h of cue.heads ?? []) push(HEAD_CUES, h, cue);
  for (const p of cue.phrases ?? []) {
    const words = p.split(' ');
    const list = PHRASE_CUES.get(words[0]!) ?? [];
    list.push({ words, cue });
    PHRASE_CUES.set(words[0]!, list);
  }
}
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One regex for every compound head: the alternation anchored at the end finds the longest suffix. */
const HEAD_RE = new RegExp(`(?:${[...HEAD_CUES.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})$`);
const PERSON_RE = new RegExp(`(?:${[...PERSON_HEADS].sort((a, b) => b.length - a.length).map(escape).join('|')})$`);
const HYPOTHETICAL = new Set(HYPOTHETICAL_CUES);
const NON_CASUALTY = new Set(NON_CASUALTY_UNITS);
const NEGATION = new Set(NEGATION_CUES);
const CUMULATIVE = new Set(CUMULATIVE_CUES);
const TOTAL = new Set(TOTAL_VERBS);
const CHANGE = new Set(CHANGE_VERBS);
/** "3,1 Prozent mehr als am Freitag", "0,8 Prozent höher". */
const COMPARATIVE = new Set(['mehr', 'weniger', 'höher', 'niedriger', 'teurer', 'billiger', 'günstiger', 'größer', 'kleiner', 'stärker', 'schwächer']);
/** "Gewinnrückgang um 64 Prozent", "Preisanstieg um 3 Prozent". */
/** Kinds whose number can be the size of a comparison ("N mehr als"). */
const MEASURED = new Set<NumberKind>(['count', 'currency', 'quantity', 'percent']);
const CHANGE_NOUN_RE = /(?:rückgang|anstieg|zuwachs|plus|minus|einbruch|steigerung|erhöhung|senkung|kürzung|verlust|wachstum)$/;
const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—', '(', ')', '„', '“', '”', '"', '»', '«', '?', '!']);
/** A segment: what commas join, bounded by the stronger breaks. */
const SEGMENT_BREAK = new Set([';', ':', '–', '—', '(', ')', '„', '“', '”', '"', '»', '«', '?', '!']);
/**
 * The two sets by character code, for the scans of clause() and segment(), which test up to
 * 30 lexemes on either side of every number: one array read instead of a string hash lookup.
 * (Every mark is one UTF-16 unit; a longer one would be rejected here.)
 */
const CLAUSE_BREAK_CODE = codeTable(CLAUSE_BREAK);
const SEGMENT_BREAK_CODE = codeTable(SEGMENT_BREAK);
function codeTable(marks: ReadonlySet<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const mark of marks) {
    if (mark.length !== 1) throw new Error(`numbers: the break mark ${mark} is not one UTF-16 unit`);
    table[mark.charCodeAt(0)] = 1;
  }
  return table;
}
/** Is the text one of the marks of the table? */
function isMark(table: Uint8Array, text: string): boolean {
  return text.length === 1 && table[text.charCodeAt(0)] === 1;
}
const PARTITIVE = PARTITIVE_OPENERS.map((p) => p.split(' '));
/** The one-word partitive openers ("davon", "darunter"). */
const PARTITIVE_SINGLE = new Set(PARTITIVE_OPENERS.filter((p) => !p.includes(' ')));
/** The particle-verb cues with their verbs as a set: particleVerb tests every word of a clause. */
const PARTICLE_VERBS = PARTICLE_VERB_CUES.map((pv) => ({ ...pv, verbs: new Set(pv.verbs) }));
const GENITIVE = new Set(['des', 'der']);
const CASUALTY = new Set<Category>(['casualties_killed', 'casualties_injured']);

interface CueHit {
  cue: CategoryCue;
  /** Lexeme range of the cue word(s). */
  from: number;
  to: number;
}

/**
 * What a word can cue and signal whatever its neighbours — the table lookups of CueIndex.at
 * and SentenceFacts — read once per word form, not once per occurrence in a cue window.
 */
export interface WordFacts {
  words: readonly CategoryCue[] | undefined;
  /** Cues of the word as a compound head ("Wasserleichen" → leichen). */
  heads: readonly CategoryCue[] | undefined;
  phrases: ReadonlyArray<{ words: string[]; cue: CategoryCue }> | undefined;
  change: boolean;
  cumulative: boolean;
}

/** The facts of a word lexeme (its lower case and capital test are those of its form), kept in its form's facts. */
function wordFacts(l: Lexeme): WordFacts {
  const known = l.facts;
  if (known !== null && known.cues !== undefined) return known.cues;
  // compound heads are nouns: "Wasserleichen", never "gleichen"
  const head = l.cap ? HEAD_RE.exec(l.lower) : null;
  const facts: WordFacts = {
    words: WORD_CUES.get(l.lower),
    heads: head ? HEAD_CUES.get(head[0]) : undefined,
    phrases: PHRASE_CUES.get(l.lower),
    change: CHANGE.has(l.lower),
    cumulative: CUMULATIVE.has(l.lower),
  };
  if (known !== null) known.cues = facts;
  return facts;
}

/** The hits of a lexeme without cues, shared (never written to). */
const NO_HITS: readonly CueHit[] = [];

/** Cues of one sentence, computed once per lexeme when first asked. */
class CueIndex {
  private readonly cache: Array<readonly CueHit[] | undefined>;
  constructor(readonly lex: readonly Lexeme[]) {
    this.cache = new Array(lex.length);
  }

  at(k: number): readonly CueHit[] {
    let hits = this.cache[k];
    if (hits) return hits;
    const l = this.lex[k]!;
    hits = l.kind === 'word' ? this.wordHits(k, wordFacts(l)) : NO_HITS;
    this.cache[k] = hits;
    return hits;
  }

  private wordHits(k: number, facts: WordFacts): readonly CueHit[] {
    if (facts.words === undefined && facts.heads === undefined && facts.phrases === undefined) return NO_HITS;
    const hits: CueHit[] = [];
    const before = this.lex[k - 1]?.lower ?? '';
    // a verb or adjective cue written with a capital inside the sentence is a noun: "Die
    // Kosten von 38,5 Mio. Euro" (not "kosten"), "das Sterben" (not "sterben")
    const noun = this.lex[k]!.cap && k > 0 && this.lex[k - 1]!.kind === 'word';
    if (facts.words && !noun) for (const cue of facts.words) if (!cue.notAfter?.includes(before)) hits.push({ cue, from: k, to: k + 1 });
    if (facts.heads) for (const cue of facts.heads) if (!cue.notAfter?.includes(before)) hits.push({ cue, from: k, to: k + 1 });
    if (facts.phrases) {
      for (const p of facts.phrases) {
        let ok = true;
        for (let w = 1; w < p.words.length && ok; w++) ok = this.lex[k + w]?.lower === p.words[w];
        if (ok) hits.push({ cue: p.cue, from: k, to: k + p.words.length });
      }
    }
    return hits;
  }
}

/**
 * How far (in lexemes) the cue search reaches on either side of a number: clauses in news
 * are short, and a bound keeps a sentence without punctuation (a table, a list) linear.
 */
const WINDOW = 30;

/**
 * Sentence-wide facts, computed once per sentence and only when first asked: most numbers
 * never ask (a change verb matters only after "um", a cumulative cue only for casualties).
 */
class SentenceFacts {
  private known = false;
  private hasChange = false;
  private hasCumulative = false;
  constructor(private readonly lex: readonly Lexeme[]) {}

  /** The sentence has a change verb ("stieg", "gesenkt"). */
  get change(): boolean {
    if (!this.known) this.read();
    return this.hasChange;
  }

  /** The sentence has a cumulative cue ("insgesamt", "bislang"). */
  get cumulative(): boolean {
    if (!this.known) this.read();
    return this.hasCumulative;
  }

  /** One pass over the sentence, the words' answers read per form. */
  private read(): void {
    this.known = true;
    for (const l of this.lex) {
      if (l.kind === 'word') {
        const facts = wordFacts(l);
        this.hasChange ||= facts.change;
        this.hasCumulative ||= facts.cumulative;
      } else {
        this.hasChange ||= CHANGE.has(l.lower);
        this.hasCumulative ||= CUMULATIVE.has(l.lower);
      }
      if (this.hasChange && this.hasCumulative) break;
    }
  }
}

export function interpret(lex: readonly Lexeme[], found: readonly Found[]): Meaning[] {
  const cues = new CueIndex(lex);
  const facts = new SentenceFacts(lex);
  const taken = takenBy(found, lex.length);
  const meanings: Meaning[] = [];
  found.forEach((f, n) => {
    const m = meaningOf(lex, f, cues, taken, facts);
    // "Über 80 wurden verletzt, 25 von ihnen schwer": a part measures what its whole measures
    const whole = n > 0 ? found[n - 1]! : null;
    if (!m.fromCue && whole && whole.kind === 'count' && f.kind === 'count' && partOfWhole(lex, f)) {
      const wm = meanings[n - 1]!;
      m.category = wm.category;
      for (const flag of wm.flags) if (flag !== 'cumulative' && !m.flags.includes(flag)) m.flags.push(flag);
    }
    // "Eine Tonne Braugerste brachte 240 Euro", "Ein Barrel kostete …": money for one unit of a measure is its price
    if (m.category === 'money_amount' && !m.fromCue && found.some((u, k) => k < n && isOneUnit(lex, u))) m.category = 'price';
    meanings.push(m);
  });
  return meanings;
}

/** "Eine Tonne", "Ein Barrel", "ein Liter": one of a physical unit, written with the article. */
function isOneUnit(lex: readonly Lexeme[], u: Found): boolean {
  return u.kind === 'quantity' && u.value === 1 && ARTICLE.has(lex[u.i]?.lower ?? '');
}

/** "25 von ihnen", "zwölf unter denen", "davon 15.000", "darunter fünf Kinder": a part of a count just given. */
function partOfWhole(lex: readonly Lexeme[], f: Found): boolean {
  const next = lex[f.j]?.lower;
  if ((next === 'von' || next === 'unter') && PRONOUN_WHOLE.has(lex[f.j + 1]?.lower ?? '')) return true;
  let k = f.i - 1;
  while (k >= 0 && lex[k]!.kind === 'word' && !lex[k]!.cap && !PARTITIVE_SINGLE.has(lex[k]!.lower) && k >= f.i - 3) k--;
  return k >= 0 && PARTITIVE_SINGLE.has(lex[k]!.lower);
}
const PRONOUN_WHOLE = new Set(['ihnen', 'denen']);

/**
 * The lexemes of a sentence of n lexemes that lie inside a number (1), in one buffer kept for
 * every sentence and cleared up to n: a typed array allocated per sentence cost more than
 * the marking. Only its first n entries are read.
 */
let takenBuffer = new Uint8Array(256);
function takenBy(found: readonly Found[], n: number): Uint8Array {
  if (takenBuffer.length < n) takenBuffer = new Uint8Array(Math.max(n, 2 * takenBuffer.length));
  else takenBuffer.fill(0, 0, n);
  for (const f of found) for (let k = f.i; k < f.j && k < n; k++) takenBuffer[k] = 1;
  return takenBuffer;
}

function meaningOf(lex: readonly Lexeme[], f: Found, cues: CueIndex, taken: Uint8Array, facts: SentenceFacts): Meaning {
  // Copied into a literal array, not spread: the literal's allocation site learns that its
  // arrays hold strings, whereas a spread copy of an empty list is an array of small integers
  // until the first push, and each push below then threw the optimised code away once.
  const flags: NumberFlag[] = [];
  for (const flag of f.flags) flags.push(flag);
  let unit: string | undefined;
  if (f.kind === 'date' || f.kind === 'year') return { category: 'date', subject: f.subject ?? null, flags, fromCue: true };

  const [cStart, cEnd] = clause(lex, f.i, f.j);
  let subject: [number, number] | null = f.subject ?? null;
  let hit: CueHit | null = null;

  // "Prozent des BIP", "der Stimmen", "der Bevölkerung": the genitive right after the number
  const gen = genitiveAfter(lex, f.j);
  if (gen !== null) {
    hit = bestIn(cues, f, gen, gen + 1) ?? null;
    if (!subject && (f.kind === 'percent' || f.unit === 'fraction')) subject = span(lex, gen, gen + 1);
  }
  // "Die Zahl der Todesopfer stieg auf 19": the noun counted by "Zahl"
  const zahl = zahlNoun(lex, cStart, f.i);
  if (zahl !== null && f.kind === 'count') {
    if (!f.unit) unit = COUNT_BASE[lex[zahl]!.lower] ?? lex[zahl]!.text;
    if (!hit) hit = bestIn(cues, f, zahl, zahl + 1);
    if (!subject) subject = span(lex, zahl, zahl + 1);
    // "Die Zahl der Todesopfer stieg auf 19", "Am Abend stieg die Zahl der Todesopfer auf 29",
    // "… ist auf drei gestiegen" — but "stieg um 24.000" is the change, not the total
    if (lex[f.i - 1]?.lower !== 'um' && totalVerbIn(lex, cStart, cEnd)) flags.push('cumulative');
  }
  if (!hit) hit = bestIn(cues, f, cStart, cEnd, taken);
  if (!hit) hit = particleVerb(lex, f, cStart, cEnd);
  if (!hit) {
    // the wider segment (across commas); a casualty cue there counts only for a partitive
    // clause ("…verletzt, darunter fünf Kinder"), and only to the left
    const [sStart, sEnd] = segment(lex, f.i, f.j);
    const partitive = opensPartitive(lex, cStart);
    const wide = bestIn(cues, f, sStart, partitive ? cStart : sEnd, taken, !partitive);
    if (wide) hit = wide;
  }

  let category: Category | null = hit ? hit.cue.category : null;

  if (category && CASUALTY.has(category) && f.unit && NON_CASUALTY.has(f.unit)) {
    category = null;
    hit = null;
  }
  if (category && CASUALTY.has(category)) {
    const words = clauseWords(lex, cStart, cEnd);
    if (words.some((w) => HYPOTHETICAL.has(w))) {
      flags.push('hypothetical');
      category = null;
    } else if (words.some((w) => NEGATION.has(w))) {
      flags.push('negated');
      category = null;
    } else if (!flags.includes('cumulative') && facts.cumulative) {
      flags.push('cumulative');
    }
    if (!category) hit = null;
  }

  if (hit && !subject) subject = cueSubject(lex, hit);
  if (!subject && f.noun !== undefined) subject = span(lex, f.noun, f.noun + 1);
  if (!subject) subject = nounBeforeVon(lex, f.i);

  // "um 3 Prozent gestiegen": the amount of a change
  // "ein Minus von 0,1 Prozent": a change noun as subject makes a percentage a change too
  if (f.unit === '%' && !hit && subject && CHANGE_NOUN_RE.test(sliceLower(lex, subject))) flags.push('delta');
  // "ein Verlust von 10,2 Prozentpunkten": a change noun right before "von" whatever the cue
  // (of money it is an amount: "ein Verlust von 1,2 Milliarden Euro")
  else if (f.kind === 'percent' && changeNounBeforeVon(lex, f.i)) flags.push('delta');
  if (lex[f.i - 1]?.lower === 'um' && f.kind !== 'duration' && (facts.change || CHANGE_NOUN_RE.test(lex[f.i - 2]?.lower ?? ''))) flags.push('delta');

  const fromCue = category !== null;
  // a percentage that states a change ("um 3 Prozent gestiegen", "3 Prozent mehr als") is a growth rate
  if (!category && f.unit === '%' && COMPARATIVE.has(lex[f.j]?.lower ?? '')) flags.push('delta');
  // "25 Punkte weniger als 2018", "45 Tsd. Euro mehr als geplant", "Diesel 3,17 Cent weniger"
  // — not a level after "auf": "auf 866 Millionen Euro mehr als verzehnfacht"
  else if (f.unit !== '%' && MEASURED.has(f.kind) && COMPARATIVE.has(lex[f.j]?.lower ?? '') && (f.kind !== 'count' || lex[f.j + 1]?.lower === 'als') && lex[f.i - 1]?.lower !== 'auf') flags.push('delta');
  if (!category && flags.includes('delta') && f.unit === '%') category = 'growth_rate';
  if (!category) category = fallback(f.kind, f.unit ?? unit ?? null, f.noun !== undefined ? lex[f.noun]!.lower : null);
  // "Hunderte mussten im Freien übernachten", "Mehrere Tausend sollen …": an indefinite round
  // number standing alone as a noun phrase counts people
  if (category === 'other' && f.qualifier === 'vague' && !f.unit && !unit && !endsWithLargeScale(lex, f)) category = 'people_count';
  const m: Meaning = { category, subject, flags, fromCue };
  if (unit) m.unit = unit;
  return m;
}

function fallback(kind: NumberKind, unit: string | null, noun: string | null): Category {
  switch (kind) {
    case 'currency':
      return 'money_amount';
    case 'duration':
      return 'duration';
    case 'count': {
      const word = (noun ?? unit ?? '').toLowerCase();
      return word && (PERSON_RE.test(word) || word.endsWith('innen')) ? 'people_count' : 'other';
    }
    default:
      return 'other';
  }
}

/** The nearest cue of a matching kind in [from, to), by distance to position `near`. */
function bestIn(cues: CueIndex, f: Found, from: number, to: number, taken?: Uint8Array, noCasualties = false): CueHit | null {
  let best: CueHit | null = null;
  let bestDist = Infinity;
  for (let k = from; k < to; k++) {
    if (taken && taken[k] && !(k >= f.i && k < f.j)) continue;
    const hits = cues.at(k);
    if (hits.length === 0) continue;
    let dist = k < f.i ? f.i - k : k >= f.j ? k - f.j + 1 : 0;
    // "22 Menschen getötet und 117 weitere verletzt": a cue across "und" belongs to the other conjunct
    if (k < f.i && conjunctionBetween(cues.lex, k, f.i)) dist += 3;
    for (const h of hits) {
      if (!h.cue.kinds.includes(f.kind)) continue;
      if (noCasualties && CASUALTY.has(h.cue.category)) continue;
      if (dist < bestDist) {
        best = h;
        bestDist = dist;
      }
    }
  }
  return best;
}

/** The clause around [i, j): bounded by clause punctuation. */
function clause(lex: readonly Lexeme[], i: number, j: number): [number, number] {
  const lo = Math.max(0, i - WINDOW);
  const hi = Math.min(lex.length, j + WINDOW);
  let s = i;
  while (s > lo && !isMark(CLAUSE_BREAK_CODE, lex[s - 1]!.text)) s--;
  let e = j;
  while (e < hi && !isMark(CLAUSE_BREAK_CODE, lex[e]!.text)) e++;
  return [s, e];
}

function conjunctionBetween(lex: readonly Lexeme[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (lex[k]!.lower === 'und' || lex[k]!.lower === 'sowie') return true;
  return false;
}

function segment(lex: readonly Lexeme[], i: number, j: number): [number, number] {
  const lo = Math.max(0, i - WINDOW);
  const hi = Math.min(lex.length, j + WINDOW);
  let s = i;
  while (s > lo && !isMark(SEGMENT_BREAK_CODE, lex[s - 1]!.text)) s--;
  let e = j;
  while (e < hi && !isMark(SEGMENT_BREAK_CODE, lex[e]!.text)) e++;
  return [s, e];
}

function opensPartitive(lex: readonly Lexeme[], s: number): boolean {
  for (const words of PARTITIVE) {
    let n = 0;
    while (n < words.length && lex[s + n]?.lower === words[n]) n++;
    if (n === words.length) return true;
  }
  return false;
}

/** "gab … aus", "legte … zu": a separable verb with its particle later in the clause. */
function particleVerb(lex: readonly Lexeme[], f: Found, s: number, e: number): CueHit | null {
  for (const pv of PARTICLE_VERBS) {
    if (!pv.kinds.includes(f.kind)) continue;
    // "legte um 7,1 Punkte auf 23,8 Prozent zu": the level after "auf" is what the subject
    // reached, not a growth rate; percentage points measure a share's change, not growth
    if (pv.category === 'growth_rate' && (lex[f.i - 1]?.lower === 'auf' || f.unit === 'pp')) continue;
    for (let k = s; k < e; k++) {
      if (!pv.verbs.has(lex[k]!.lower)) continue;
      for (let m = Math.max(k + 1, f.j); m < e; m++) {
        if (lex[m]!.lower === pv.particle && (m + 1 === e || lex[m + 1]!.kind === 'punct')) {
          return { cue: { category: pv.category, kinds: pv.kinds }, from: k, to: k + 1 };
        }
      }
    }
  }
  return null;
}

function clauseWords(lex: readonly Lexeme[], s: number, e: number): string[] {
  const out: string[] = [];
  for (let k = s; k < e; k++) out.push(lex[k]!.lower);
  return out;
}


/** "des BIP", "der Stimmen", "des gesamten Haushalts": index of the genitive noun after j. */
function genitiveAfter(lex: readonly Lexeme[], j: number): number | null {
  if (!GENITIVE.has(lex[j]?.lower ?? '')) return null;
  for (let k = j + 1; k < Math.min(lex.length, j + 4); k++) {
    const l = lex[k]!;
    if (l.kind !== 'word') return null;
    if (l.cap) return k;
  }
  return null;
}

/** "Zahl der Todesopfer" before the number in the clause: index of the counted noun. */
function zahlNoun(lex: readonly Lexeme[], from: number, to: number): number | null {
  for (let k = from; k < to; k++) {
    if (lex[k]!.lower === 'zahl' && GENITIVE.has(lex[k + 1]?.lower ?? '')) {
      for (let m = k + 2; m < Math.min(to, k + 5); m++) if (lex[m]!.cap && lex[m]!.kind === 'word') return m;
    }
  }
  return null;
}

function totalVerbIn(lex: readonly Lexeme[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TOTAL.has(lex[k]!.lower)) return true;
  return false;
}

/** The cue as subject; a price cue extends over "pro Unze" ("Preis pro Unze"). */
function cueSubject(lex: readonly Lexeme[], hit: CueHit): [number, number] {
  let to = hit.to;
  const first = lex[hit.from]!.lower;
  if ((first === 'pro' || first === 'je') && lex[hit.from - 1]?.cap && lex[hit.from - 1]!.kind === 'word') return span(lex, hit.from - 1, to);
  const next = lex[to]?.lower;
  if ((next === 'pro' || next === 'je') && lex[to + 1]?.cap) to += 2;
  return span(lex, hit.from, to);
}

/** "ein Allzeithoch von über 3.200 Dollar", "Strafzölle in Höhe von 25 Prozent": the noun before. */
function nounBeforeVon(lex: readonly Lexeme[], i: number): [number, number] | null {
  let k = lex[i]?.lower === 'von' ? i : i - 1;
  if (lex[k]?.lower !== 'von') return null;
  k--;
  if (lex[k]?.lower === 'höhe' && lex[k - 1]?.lower === 'in') k -= 2;
  const l = lex[k];
  return l && l.kind === 'word' && l.cap ? span(lex, k, k + 1) : null;
}

/** "Hunderte Millionen": the expression ends in a scale of a million or more (money or things, not people). */
function endsWithLargeScale(lex: readonly Lexeme[], f: Found): boolean {
  const k = lex[f.j - 1]?.lower === '.' ? f.j - 2 : f.j - 1;
  return (SCALE_WORDS_MAP.get(lex[k]?.lower ?? '') ?? 0) >= 1e6;
}

/** "ein Verlust von", "ein Plus von": a change noun right before "von" before the number. */
function changeNounBeforeVon(lex: readonly Lexeme[], i: number): boolean {
  const von = lex[i - 1]?.lower === 'von' ? i - 1 : null;
  const noun = von !== null ? lex[von - 1] : undefined;
  return !!noun && noun.kind === 'word' && noun.cap && CHANGE_NOUN_RE.test(noun.lower);
}

/** Lower-case text of the lexeme starting at s[0] (binary search: lexemes are in order). */
function sliceLower(lex: readonly Lexeme[], s: [number, number]): string {
  let lo = 0;
  let hi = lex.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = lex[mid]!.start;
    if (start === s[0]) return lex[mid]!.lower;
    if (start < s[0]) lo = mid + 1;
    else hi = mid - 1;
  }
  return '';
}

function span(lex: readonly Lexeme[], from: number, to: number): [number, number] {
  return [lex[from]!.start, lex[to - 1]!.end];
}
