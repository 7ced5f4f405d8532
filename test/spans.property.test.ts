/**
 * Property tests for the sentence layer of the output record, over generated texts (a
 * seeded generator mixing German sentences with emoji, combining characters, soft hyphens,
 * NBSP, CRLF, astral characters, odd punctuation) and hand-written hard cases: spans are in
 * bounds, ordered, non-overlapping, their `text` is the code point slice of the record text,
 * and nothing but white space is lost between sentences.
 */
import { describe, expect, it } from 'vitest';
import { annotate, sliceCodePoints } from './helpers/run.js';
import { splitSentences } from '../pipeline/stages/sentences/index.js';
import { seededRandom } from '../scripts/lib/random.js';

const WORDS = [
  'Die', 'Regierung', 'hat', 'am', 'Montag', 'beschlossen', 'US-Präsident', 'geht’s', 'z. B.', 'u. a.',
  'Dr.', 'Nr.', 'usw.', 'etc.', '3.', 'Mai', '19.', 'Jahrhundert', '3.200', '1,5', '-0,1', 'Joe', 'R.',
  'www.example.de', 'info@example.de', 'bericht.pdf', 'Café', 'Cafe\u0301', 'Bu\u0308rger', 'Stra\u00adße',
  '😀', '👍🏽', '𝔄𝔟𝔠', '🇩🇪', 'e\u0301', '5\u00a0%', '5\u202f%', '…', '...', '–', '(dpa)', 'BERLIN',
  '„Wir', 'gehen.“', '»Nein«', '‚ja‘', ',,so\'\'', '"doch"', '(', ')', '[…]', ':', ';', '?!', '!', '?',
];
const JOINERS = [' ', ' ', ' ', ' ', '\u00a0', '\n', '\r\n', '\n\n', '  ', '\t', '\u202f', ''];
const ENDS = ['.', '?', '!', '…', '.“', '?“,', '!«', '', '.)', '...'];

function generate(seed: number): string {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const sentences = 1 + Math.floor(rnd() * 8);
  let text = rnd() < 0.2 ? pick(JOINERS) : '';
  for (let s = 0; s < sentences; s++) {
    const words = 1 + Math.floor(rnd() * 12);
    for (let w = 0; w < words; w++) text += (w ? pick(JOINERS.slice(0, 6)) : '') + pick(WORDS);
    text += pick(ENDS) + pick(JOINERS);
  }
  return text;
}

const HAND_WRITTEN = [
  '',
  ' ',
  '\n\n\n',
  '.',
  '....',
  '?!?! …',
  '„',
  '„Das Zitat endet nie. Und geht weiter',
  '😀',
  '😀. 😀! 👍🏽? 🇩🇪',
  'e\u0301. E\u0301. \u0301.',
  'Stra\u00adße.\u00ad Weg\u00ad',
  '\u00ad\u00ad\u00ad',
  '\ufeffBOM am Anfang. Dann Text.',
  'Zeile eins.\r\nZeile zwei.\rZeile drei.\u2028Zeile vier.\u2029Ende.',
  '𝔄𝔟𝔠. 𝔇𝔢𝔣. Astrale Zeichen vor Text.',
  'Die Partei (Sie kam. Und',
  ')))((( ]][[ .',
  'a\u00a0.\u00a0b\u202f.\u202fc',
  'Wir gehen... dann.... Dann …. Ende',
  'Das ' + 'sehr '.repeat(2000) + 'lange Satzende. Neuer Satz.',
];

/** White space that may fall between sentences (trimmed at their edges). */
const LOSABLE = /^[\s\u00ad\ufeff\u200b]*$/u;

function checkRecordSpans(text: string): void {
  const record = annotate(text);
  const cps = [...record.text];
  let previousEnd = 0;
  for (const s of record.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(cps.length);
    expect(s.start).toBeLessThan(s.end);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.text).toBe(sliceCodePoints(record.text, s.start, s.end));
    expect(cps.slice(previousEnd, s.start).join('')).toMatch(LOSABLE);
    expect(s.text).not.toMatch(/^[\s\u00ad]|[\s\u00ad]$/u);
    previousEnd = s.end;
  }
  expect(cps.slice(previousEnd).join('')).toMatch(LOSABLE);
  expect(record.sentences.map((s) => s.index)).toEqual(record.sentences.map((_, i) => i));
  const paragraphs = record.sentences.map((s) => s.paragraph);
  expect([...paragraphs].sort((a, b) => a - b)).toEqual(paragraphs);
}

describe('sentence spans in the output record', () => {
  const seeds = Array.from({ length: 300 }, (_, i) => i + 1);
  it.each(seeds.map((seed) => [seed]))('generated text, seed %i', (seed) => {
    checkRecordSpans(generate(seed));
  });

  it.each(HAND_WRITTEN.map((t) => [JSON.stringify(t).slice(0, 60), t]))('hand-written %s', (_label, text) => {
    checkRecordSpans(text);
  });
});

describe('sentence spans inside the pipeline (UTF-16)', () => {
  it('never splits a surrogate pair and keeps paragraphs around their sentences', () => {
    for (let seed = 1000; seed < 1200; seed++) {
      const text = generate(seed);
      const { paragraphs, sentences } = splitSentences(text);
      for (const s of sentences) {
        const para = paragraphs[s.paragraph]!;
        expect(para.start <= s.start && s.end <= para.end).toBe(true);
        for (const edge of [s.start, s.end]) {
          const c = text.charCodeAt(edge);
          expect(c >= 0xdc00 && c <= 0xdfff, `seed ${seed}: edge ${edge} inside a surrogate pair`).toBe(false);
        }
      }
    }
  });

  it('is fast on one very long line without any boundary, which only the length limit cuts', () => {
    const text = 'Wort z. B. Dr. 3. Mai '.repeat(20000);
    const t0 = performance.now();
    expect(splitSentences(text, { maxSentenceChars: Infinity }).sentences).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(3000);
    const { sentences } = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(80);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(5000);
    // the cuts fall on white space, so no piece starts or ends inside a word
    for (const s of sentences) expect([text[s.start - 1] ?? ' ', text[s.end] ?? ' ']).toEqual([' ', ' ']);
  });
});
