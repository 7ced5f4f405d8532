/**
 * The sentence length limit (pipeline/stages/sentences/length-limit.ts): text without full
 * stops — a list, a table, a feed pasted without punctuation — is cut into bounded pieces at
 * its best breaks, and the record says so; prose is never touched.
 */
import { describe, expect, it } from 'vitest';
import { OutputRecord } from '../pipeline/index.js';
import { cutLongSentence } from '../pipeline/stages/sentences/length-limit.js';
import { splitSentences } from '../pipeline/stages/sentences/index.js';
import { annotate } from './helpers/run.js';

const pieces = (text: string, max: number) => cutLongSentence(text, 0, text.length, max).map((p) => text.slice(p.start, p.end));

describe('cutting an overlong sentence', () => {
  it('cuts after the best break in the second half of the window: semicolon before comma before space', () => {
    const text = 'Gewählt wurden Anna Berg, Peter Krause; Klara Vogt, Jonas Weber und Lea Roth';
    expect(pieces(text, 40)).toEqual(['Gewählt wurden Anna Berg, Peter Krause;', 'Klara Vogt, Jonas Weber und Lea Roth']);
    expect(pieces(text, 30)).toEqual(['Gewählt wurden Anna Berg,', 'Peter Krause; Klara Vogt,', 'Jonas Weber und Lea Roth']);
  });

  it('prefers a break near the limit to a better one in the first half, so pieces are not tiny', () => {
    const text = 'Bern; Genf Zürich Basel Luzern Lugano Chur Sitten Aarau';
    expect(pieces(text, 30)).toEqual(['Bern; Genf Zürich Basel Luzern', 'Lugano Chur Sitten Aarau']);
  });

  it('cuts a run without any break at the limit, but never inside a surrogate pair', () => {
    expect(pieces('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    const emoji = '😀'.repeat(8); // 16 code units
    const cut = pieces(emoji, 5);
    expect(cut.join('')).toBe(emoji);
    for (const piece of cut) expect(piece.length).toBeLessThanOrEqual(5);
    for (const piece of cut) expect([...piece].every((ch) => ch === '😀')).toBe(true);
  });

  it('leaves a span within the limit whole', () => {
    expect(pieces('Der Rat tagt am Montag', 100)).toEqual(['Der Rat tagt am Montag']);
  });

  it('keeps every word of the span, in order, and every piece within the limit', () => {
    const names = ['Anna Berg', 'Peter Krause', 'Klara Vogt', 'Jonas Weber', 'Lea Roth', 'Emil Graf'];
    const text = Array.from({ length: 2000 }, (_, k) => names[k % names.length]).join(', ');
    const cut = cutLongSentence(text, 0, text.length, 5000);
    expect(cut.length).toBeGreaterThan(4);
    for (const p of cut) expect(p.end - p.start).toBeLessThanOrEqual(5000);
    for (const p of cut.slice(0, -1)) expect(text[p.end - 1]).toBe(',');
    expect(cut.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(text);
  });
});

describe('the length limit in the sentences stage and the record', () => {
  const list = Array.from({ length: 900 }, (_, k) => `Kandidat ${k + 1} kritisiert scharf und lehnt den Plan ab`).join(', ');

  it('cuts a paragraph of list text without full stops and warns with the whole span', () => {
    const text = `Wahl in Kleinstadt\n\nDie Liste der Bewerber: ${list}.\n\nDie Auszählung beginnt um 18 Uhr.`;
    const record = annotate(text, 'liste');
    expect(OutputRecord.safeParse(record).success).toBe(true);
    const warnings = record.diagnostics.filter((d) => d.code === 'long-sentence');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.span!.text).toBe(`Die Liste der Bewerber: ${list}.`);
    expect(warnings[0]!.message).toContain("document 'liste'");
    for (const s of record.sentences) expect(s.end - s.start).toBeLessThanOrEqual(5000);
    expect(record.sentences[0]!.text).toBe('Wahl in Kleinstadt');
    expect(record.sentences.at(-1)!.text).toBe('Die Auszählung beginnt um 18 Uhr.');
    // The cut sentences lie inside the span and keep their paragraph.
    const middle = record.sentences.slice(1, -1);
    expect(middle.length).toBeGreaterThan(5);
    expect(new Set(middle.map((s) => s.paragraph))).toEqual(new Set([1]));
  });

  it('does not touch prose: a long but real sentence stays one, without a warning', () => {
    const sentence =
      'Der Ausschuss, der seit dem Frühjahr über die Reform beraten hatte, legte am Montag einen Bericht vor, ' +
      'in dem er die Regierung auffordert, die Mittel für Schulen, Kitas und Hochschulen bis 2030 deutlich zu erhöhen, ' +
      'die Verfahren für Bauanträge zu vereinfachen und die Länder stärker an den Kosten zu beteiligen, ' +
      'wobei die Opposition kritisierte, dass der Bericht keine Angaben zur Finanzierung enthalte.';
    const record = annotate(sentence);
    expect(record.sentences.map((s) => s.text)).toEqual([sentence]);
    expect(record.diagnostics.some((d) => d.code === 'long-sentence')).toBe(false);
  });

  it('follows the configured limit', () => {
    const text = 'Gewählt wurden Anna Berg, Peter Krause, Klara Vogt, Jonas Weber und Lea Roth';
    expect(splitSentences(text).sentences).toHaveLength(1);
    const { sentences, cut } = splitSentences(text, { maxSentenceChars: 30 });
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Gewählt wurden Anna Berg,', 'Peter Krause, Klara Vogt,', 'Jonas Weber und Lea Roth']);
    expect(cut).toEqual([{ start: 0, end: text.length, pieces: 3 }]);
  });
});
