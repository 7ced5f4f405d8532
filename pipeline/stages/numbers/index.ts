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
  borrowElidedUnits(out, doc.text);
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
 * Milliarden", "Bis 2030 sollen es 30 Gigawatt sein, bis 2045 mindestens 70". Money and
 * measures only (a count's noun is left out too often for other reasons: "393 Abgeordnete
 * dafür, 280 dagegen" keeps its own reading). A scaled figure ("60 Milliarden") reaches back
 * two sentences for money; an unscaled one takes the unit of a measure or amount in its own
 * sentence only. Dates, years and durations in between are stepped over.
 */
function borrowElidedUnits(numbers: NumberMention[], text: string): void {
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
    }
    last = n;
  }
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
