/**
 * The numbers stage: every numeric expression of a German news text with its value, unit,
 * kind, qualifier, subject and category. Per sentence: lexemes (./lexer.ts), the number
 * grammar (./recognise.ts), then what each number measures (./meaning.ts); last, a percentage
 * without a cue of its own inherits the category of the percentage just before it.
 */
import { layer, type Doc } from '../../core/document.js';
import type { StageFactory } from '../../core/pipeline.js';
import { span, byPosition } from '../../core/span.js';
import { lexSentence } from './lexer.js';
import { recognise } from './recognise.js';
import { interpret } from './meaning.js';
import type { NumberMention } from './types.js';
import { GENERIC_SUBJECTS } from './de/categories.js';
import { mayContainNumber, SCALE_WORDS_MAP } from './lexicon.js';
import { COPULAS, ELLIPSIS_LINKS, ELLIPSIS_STRONG, PARTITIVE_PRONOUNS, PLACE_PREPOSITIONS, PRONOUNS_BEFORE_COPULA, FOCUS_PARTICLES } from './de/ellipsis.js';

export interface NumbersConfig {
  /** Give a percentage without a cue the category of the percentage just before it (see inheritCategories). */
  inheritRepeatedFigures: boolean;
}

export function findNumbers(doc: Doc, config: NumbersConfig = { inheritRepeatedFigures: true }): NumberMention[] {
  const sentences = layer(doc, 'sentences');
  const tokens = layer(doc, 'tokens');
  const out: NumberMention[] = [];
  const fromCue: boolean[] = [];
  let t = 0;
  for (const sentence of sentences) {
    // the text test first: the tokens of the two sentences in three that it rules out are
    // never visited (firstTokenOf jumps over them)
    if (!mayContainNumber(doc.text, sentence.start, sentence.end)) continue;
    const from = firstTokenOf(tokens, sentence.index, t);
    t = from;
    while (t < tokens.length && tokens[t]!.sentence === sentence.index) t++;
    if (t === from) continue;
    const lex = lexSentence(doc.text, tokens, from, t);
    const found = recognise(lex);
    if (found.length === 0) continue;
    const meanings = interpret(lex, found);
    found.forEach((f, n) => {
      const m = meanings[n]!;
      const mention: NumberMention = {
        span: span(f.start, f.end),
        value: f.value,
        max: f.max,
        unit: f.unit ?? m.unit ?? null,
        kind: f.kind,
        qualifier: f.qualifier,
        subject: m.subject ? span(m.subject[0], m.subject[1]) : null,
        category: m.category,
        sentence: sentence.index,
        iso: f.iso,
        change: f.change,
        score: f.score,
        flags: m.flags.length > 0 ? [...new Set(m.flags)] : undefined,
      };
      out.push(mention);
      fromCue.push(m.fromCue);
    });
  }
  borrowElidedUnits(out, doc.text, sentences);
  if (config.inheritRepeatedFigures) inheritCategories(out, fromCue, doc.text);
  return out.sort((a, b) => byPosition(a.span, b.span));
}

/**
 * The index of the first token of sentence `index` at or after `from` (tokens are in sentence
 * order), or of the first token of a later sentence when it has none: a galloping search, so
 * the tokens of skipped sentences are stepped over in logarithmic time.
 */
function firstTokenOf(tokens: ReadonlyArray<{ readonly sentence: number }>, index: number, from: number): number {
  let lo = from;
  let step = 1;
  let hi = from;
  while (hi < tokens.length && tokens[hi]!.sentence < index) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > tokens.length) hi = tokens.length;
  // tokens[lo - 1] is before the sentence (or lo = from); tokens[hi] is not (or hi = length)
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.sentence < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A percentage without a cue of its own, and without a subject or with a generic one
 * ("Die CDU kam auf 23,6 Prozent", "ein Plus von 8,9 Prozentpunkten", "Lebensmittel kosteten
 * 0,6 Prozent mehr"), measures what the nearest percentage in the two sentences before it
 * measures — when that one's category was read from a cue.
 */
function inheritCategories(numbers: NumberMention[], fromCue: boolean[], text: string): void {
  // The nearest percentage before the current number, kept while walking (numbers are in
  // sentence order), not searched for: a table of thousands of figures stays linear.
  let lastPercent = -1;
  numbers.forEach((n, k) => {
    const p = lastPercent;
    if (n.kind === 'percent') lastPercent = k;
    if (n.kind !== 'percent' || fromCue[k]) return;
    if (n.subject && !GENERIC.has(n.subject.slice(text).toLowerCase()) && !n.flags?.includes('delta')) return;
    if (p < 0) return;
    const prev = numbers[p]!;
    if (n.sentence - prev.sentence > 2) return;
    // "von 41 auf 38 Prozent" is a level that changed, not a rate of growth
    if (n.change && prev.category === 'growth_rate') return;
    if (fromCue[p] && prev.category !== 'other') {
      n.category = prev.category;
      // a list of shares: the next one may inherit from this one
      fromCue[k] = true;
    }
  });
}
const GENERIC = new Set(GENERIC_SUBJECTS);

/**
 * A bare number whose unit is left out because the figure before it gave it: "Ausgaben von
 * 520,5 Mrd. Euro, gut 18 Milliarden mehr als …", "Vor drei Jahren waren es noch annähernd 60
 * Milliarden", "Bis 2030 sollen es 30 Gigawatt sein, bis 2045 mindestens 70". A scaled figure
 * ("60 Milliarden") reaches back two sentences for money; an unscaled one takes the unit of a
 * measure or amount in its own sentence only. A count takes the noun of the count before it
 * when German left the noun out (see countBorrowsNoun). Dates, years and durations in between
 * are stepped over.
 */
function borrowElidedUnits(numbers: NumberMention[], text: string, sentences: ReadonlyArray<{ start: number; end: number }>): void {
  let last: NumberMention | null = null;
  for (const n of numbers) {
    if (n.kind === 'date' || n.kind === 'year' || n.kind === 'duration') continue;
    if (last && n.kind === 'count' && n.unit === null && n.subject === null && (last.kind === 'currency' || last.kind === 'quantity')) {
      const scaled = endsWithScale(text.slice(n.span.start, n.span.end));
      const reach = n.sentence - last.sentence;
      if ((scaled && last.kind === 'currency' && reach <= 2) || (!scaled && reach === 0)) {
        n.unit = last.unit;
        n.kind = last.kind;
        if (n.category === 'other' || n.category === 'people_count') n.category = last.category;
      }
    } else if (last && n.kind === 'count' && n.unit === null && last.kind === 'count' && last.unit !== null
      && countBorrowsNoun(n, last, text, sentences[n.sentence])) {
      n.unit = last.unit;
      // a cue of its own ("vier weitere wurden verletzt") says more than the count it borrowed
      // from; a casualty category is never passed on ("fünf starben, vier weitere überlebten")
      if (n.category === 'other' && !last.category.startsWith('casualties')) n.category = last.category;
    }
    last = n;
  }
}

/**
 * A bare count borrows the noun of the count just before it when German left the noun out in
 * a coordination or comparison: "121 Parlamentarier stimmten dafür, 70 dagegen", "1.870
 * Infektionen, nach 1.420 in der Vorwoche", "vier weitere wurden verletzt", "4.700 davon".
 * A link word (comma, und, nach, als …) joins it within the sentence; only a strong signal
 * (weitere, davon, je, "von ihnen", "waren es") reaches into the sentence before. Not for identifiers
 * ("Hannover 96", "Linie 5", "im Jahr 413": a capitalised word right before; "Rating: 2.750";
 * "(19)" in brackets), not when its own noun follows adjectives ("170 kaufmännische und
 * handwerkliche Lehrlinge") or a copula ("drei waren Opfer"), not in results tables.
 */
function countBorrowsNoun(n: NumberMention, last: NumberMention, text: string, sentence: { start: number; end: number } | undefined): boolean {
  const reach = n.sentence - last.sentence;
  if (reach > 1) return false;
  const { word: before, start: beforeStart } = wordBeforeParticles(text, n.span.start);
  if (before === ':' || before === '(' || insideBrackets(text, last.span.end, n.span.start)) return false;
  const lower = before.toLowerCase();
  const place = isCapitalised(before) && placeLink(text, beforeStart);
  const link = place || (LINKS.has(lower) && (lower !== 'auf' || wordBefore(text, last.span.start).toLowerCase() === 'von'));
  if (isCapitalised(before) && !place && !LINKS.has(lower) && !STRONG.has(lower)) return false;
  const after = wordsAfter(text, n.span.end, 6);
  // "von ihnen" points at the nearest plural noun, which in the sentence before need not be
  // the counted one ("Zwei Tote … Es gab weitere Verletzte, wobei sechs von ihnen …")
  const strong = STRONG.has(lower) || STRONG.has((after[0] ?? '').toLowerCase()) || (reach === 0 && isPartOf(lower, after))
    || (COPULA.has(lower) && PRONOUN_SUBJECTS.has(wordBefore(text, beforeStart).toLowerCase()));
  if (!(strong || (link && reach === 0))) return false;
  if (ownNounAfterAdjectives(after) || ownNounAfterCopula(after)) return false;
  return !(sentence && isResultsTable(text.slice(sentence.start, sentence.end)));
}
/** "von denen mindestens 24", "sechs von ihnen": a part of what the count before counted. */
function isPartOf(before: string, after: string[]): boolean {
  return PARTITIVE.has(before) || (after[0] === 'von' && PARTITIVE.has(after[1] ?? ''));
}
const PARTITIVE = new Set(PARTITIVE_PRONOUNS);
const PRONOUN_SUBJECTS = new Set(PRONOUNS_BEFORE_COPULA);
const PLACES = new Set(PLACE_PREPOSITIONS);

/** "…, in Deutschland 6.116": a place phrase after a link word; `nameStart` is where the place name begins. */
function placeLink(text: string, nameStart: number): boolean {
  const prep = previousWord(text, nameStart);
  return PLACES.has(prep.word) && LINKS.has(wordBefore(text, prep.start).toLowerCase());
}
const LINKS = new Set(ELLIPSIS_LINKS);
const STRONG = new Set(ELLIPSIS_STRONG);
const COPULA = new Set(COPULAS);
const COORDINATORS = new Set([',', 'und', 'oder', 'sowie']);

/** The word before `pos`, stepping over focus particles: "waren es dann zwölf", "und noch 21 weitere". */
function wordBeforeParticles(text: string, pos: number): { word: string; start: number } {
  let w = previousWord(text, pos);
  for (let k = 0; k < 2 && PARTICLES.has(w.word); k++) w = previousWord(text, w.start);
  return w;
}
const PARTICLES = new Set(FOCUS_PARTICLES);

/** The word or punctuation mark right before `pos` ("" at the start of the text). */
function wordBefore(text: string, pos: number): string {
  return previousWord(text, pos).word;
}
function previousWord(text: string, pos: number): { word: string; start: number } {
  let end = pos;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.\-]/u.test(text[start - 1]!)) start--;
  if (start === end) start = Math.max(0, end - 1);
  return { word: text.slice(start, end), start };
}

/** Up to `max` words and punctuation marks after `pos`, stopping at a sentence end. */
function wordsAfter(text: string, pos: number, max: number): string[] {
  const words: string[] = [];
  const re = /\s*([\p{L}][\p{L}\-]*\.?|[,;:()]|[^\s])/uy;
  re.lastIndex = pos;
  while (words.length < max) {
    const m = re.exec(text);
    if (!m) break;
    const w = m[1]!;
    if (w === '.' || w === '!' || w === '?') break;
    if (w.endsWith('.')) {
      // "verletzt wurden. Außerdem …": the next sentence's capital says nothing about this count
      words.push(w.slice(0, -1));
      break;
    }
    words.push(w);
  }
  return words;
}

function insideBrackets(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    if (text[k] === '(') depth++;
    else if (text[k] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** "170 kaufmännische und handwerkliche Lehrlinge": the count names its noun after coordinated adjectives. */
function ownNounAfterAdjectives(after: string[]): boolean {
  const [a, link, b, noun] = after;
  return !!a && !!link && !!b && !!noun && isInflectedAdjective(a) && COORDINATORS.has(link)
    && isInflectedAdjective(b) && isCapitalised(noun);
}
function isInflectedAdjective(word: string): boolean {
  return /^\p{Ll}+(?:e|en|er|es|em)$/u.test(word) && !STRONG.has(word);
}

/** "drei waren Opfer": a copula and a noun in the count's own clause name what it counts. */
function ownNounAfterCopula(after: string[]): boolean {
  for (let k = 0; k + 1 < after.length; k++) {
    const w = after[k]!;
    if (w === ',' || w === ';') return false;
    if (COPULA.has(w) && isCapitalised(after[k + 1]!)) return true;
  }
  return false;
}

/** Several score-like pairs ("3:1", "2 - 0") in one sentence: a results table, not an ellipsis. */
function isResultsTable(sentence: string): boolean {
  return (sentence.match(/\d\s*[:–-]\s*\d/g)?.length ?? 0) >= 2;
}

/** The figure ends in a scale word or abbreviation ("60 Milliarden", "3 Mrd."). */
function endsWithScale(surface: string): boolean {
  const word = /(\p{L}+)\.?$/u.exec(surface)?.[1]?.toLowerCase() ?? '';
  return (SCALE_WORDS_MAP.get(word) ?? 0) >= 1e6;
}

export const numbersStage: StageFactory<NumbersConfig> = {
  name: 'numbers',
  requires: ['sentences', 'tokens'],
  assigns: ['numbers'],
  germanOnly: true,
  defaults: { inheritRepeatedFigures: true },
  create(config) {
    return {
      name: 'numbers',
      run(doc) {
        doc.layers.numbers = findNumbers(doc, config);
      },
    };
  },
};
