/**
 * The sentence evaluator's own parts, on made-up data: gold boundaries from joined CoNLL-U
 * sentences, both splitters' boundaries, the own gold's offsets, tiling check and per-split
 * counts, and the exit codes with and without data.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { intlBoundaries, ourBoundaries, pseudoParagraphs, readConlluTexts, readSentenceGold, resolveUnits, run, scoreOwnGold, startsLine, type GoldText } from '../scripts/eval/sentences.js';

const CONLLU = [
  '# sent_id = a-1',
  '# text = Der Rat tagt am 3. Mai.',
  '1\tDer\tder\tDET\t_\t_\t0\t_\t_\t_',
  '',
  '# sent_id = a-2',
  '# text = Dr. Weber leitet die Sitzung.',
  '1\tDr.\tDr.\tNOUN\t_\t_\t0\t_\t_\t_',
  '',
  '# sent_id = a-3',
  '# text = Sie endet gegen 18 Uhr.',
  '',
].join('\n');

describe('sentence evaluation', () => {
  it('reads the text lines of CoNLL-U', () => {
    expect(readConlluTexts(CONLLU)).toEqual(['Der Rat tagt am 3. Mai.', 'Dr. Weber leitet die Sitzung.', 'Sie endet gegen 18 Uhr.']);
  });

  it('joins sentences into pseudo-paragraphs with one space and records where each starts', () => {
    const paragraphs = pseudoParagraphs(readConlluTexts(CONLLU), 2);
    expect(paragraphs.map((p) => p.text)).toEqual(['Der Rat tagt am 3. Mai. Dr. Weber leitet die Sitzung.', 'Sie endet gegen 18 Uhr.']);
    expect(paragraphs[0]!.gold).toEqual([24]);
    expect(paragraphs[1]!.gold).toEqual([]);
  });

  it('finds the gold boundaries with our splitter, where Intl.Segmenter over-splits', () => {
    const [p] = pseudoParagraphs(readConlluTexts(CONLLU), 3);
    expect(ourBoundaries(p!.text)).toEqual(p!.gold);
    expect(intlBoundaries(p!.text)).toEqual(expect.arrayContaining(p!.gold));
    expect(intlBoundaries(p!.text).length).toBeGreaterThan(p!.gold.length);
    expect(intlBoundaries('Er kam.  Sie ging.')).toEqual([9]);
  });

  it('returns 2 with a clear message when data asked for by name is missing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await run(['--data', '/nonexistent/ud-german-gsd-dev.conllu'])).toBe(2);
    expect(error.mock.calls.flat().join(' ')).toMatch(/UD data not found/);
    expect(await run(['--gold', '/nonexistent/sentences.jsonl'])).toBe(2);
    expect(error.mock.calls.flat().join(' ')).toMatch(/own gold not found/);
    expect(await run(['--size', '0', '--data', '/nonexistent'])).toBe(2);
    vi.restoreAllMocks();
  });
});

describe('own sentence gold', () => {
  const doc: GoldText = {
    id: 'mini',
    split: 'dev',
    text: 'Streik bei der Bahn\r\nBERLIN (dpa) – Die Züge stehen.\u00a0Pendler warten. Am 3. Mai geht es weiter.',
    sentences: ['Streik bei der Bahn', 'BERLIN (dpa) – Die Züge stehen.', 'Pendler warten.', 'Am 3. Mai geht es weiter.'],
  };

  it('reads one text a line and rejects a line without its fields', () => {
    const line = JSON.stringify(doc);
    expect(readSentenceGold(`${line}\n\n${line}\n`)).toHaveLength(2);
    expect(() => readSentenceGold(JSON.stringify({ id: 'x', text: 'Ja.', sentences: ['Ja.'] }))).toThrow(/line 1.*split/);
    expect(() => readSentenceGold(JSON.stringify({ ...doc, sentences: ['Streik', ''] }))).toThrow(/non-empty/);
  });

  it('resolves units to offsets across CRLF and NBSP gaps', () => {
    const { units } = resolveUnits(doc);
    expect(units.map((u) => doc.text.slice(u.start, u.end))).toEqual(doc.sentences);
    expect(units.map((u) => u.start)).toEqual([0, 21, 53, 69]);
  });

  it('fails loudly when the units do not tile the text', () => {
    expect(() => resolveUnits({ ...doc, sentences: doc.sentences.filter((_, i) => i !== 2) })).toThrow(/mini: text before unit 3 is not covered.*Pendler warten/);
    expect(() => resolveUnits({ ...doc, sentences: doc.sentences.slice(0, 3) })).toThrow(/after the last unit/);
    expect(() => resolveUnits({ ...doc, sentences: [...doc.sentences.slice(0, 2), 'Pendler warten!'] })).toThrow(/unit 3 not found/);
    expect(() => resolveUnits({ ...doc, sentences: [doc.sentences[1]!, doc.sentences[0]!] })).toThrow(/mini/);
  });

  it('knows which offsets start a line', () => {
    const text = 'Titel\n  Erster Satz. Zweiter Satz.';
    expect(startsLine(text, 0)).toBe(true);
    expect(startsLine(text, 8)).toBe(true);
    expect(startsLine(text, 21)).toBe(false);
    expect(startsLine('Eins.\u2028Zwei.', 6)).toBe(true);
  });

  it('counts boundaries per split, all and inside a line, and lists the errors', () => {
    const other: GoldText = { id: 'other', split: 'held-out', text: 'Er kam. Sie ging.', sentences: ['Er kam.', 'Sie ging.'] };
    const docs = [resolveUnits(doc), resolveUnits(other)];
    // A made-up splitter: misses the boundary before 'Pendler', cuts after '3.', finds the rest.
    const fake = (text: string): number[] => (text === doc.text ? [21, 72] : [8]);
    const errors = new Map<string, Array<{ kind: string; at: number; id?: string }>>();
    const rows = scoreOwnGold(docs, fake, errors as never);
    expect(rows.map((r) => r.split)).toEqual(['dev', 'held-out']);
    expect(rows[0]).toMatchObject({ texts: 1, units: 4, all: { tp: 1, fp: 1, fn: 2 }, insideLine: { tp: 0, fp: 1, fn: 2 } });
    expect(rows[1]).toMatchObject({ texts: 1, units: 2, all: { tp: 1, fp: 0, fn: 0 }, insideLine: { tp: 1, fp: 0, fn: 0 } });
    expect(errors.get('dev')!.map((e) => [e.kind, e.at, e.id])).toEqual([
      ['fp', 72, 'mini'],
      ['fn', 53, 'mini'],
      ['fn', 69, 'mini'],
    ]);
    expect(errors.has('held-out')).toBe(false);
  });

  it('scores the own gold with the UD data absent, says UD is skipped and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wortlaut-sentences-'));
    const gold = join(dir, 'sentences.jsonl');
    writeFileSync(gold, JSON.stringify(doc) + '\n');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await run(['--errors'], { gold, data: join(dir, 'absent.conllu') })).toBe(0);
      const out = log.mock.calls.flat().join('\n');
      expect(out).toMatch(/dev: 1 texts, 4 units, 3 boundaries \(2 inside a line\)/);
      expect(out).toMatch(/UD German GSD dev: skipped/);
      expect(out).not.toMatch(/pseudo-paragraphs/);
    } finally {
      log.mockRestore();
      rmSync(dir, { recursive: true });
    }
  });

  it('returns 2 when the own gold does not tile its text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wortlaut-sentences-'));
    const gold = join(dir, 'sentences.jsonl');
    writeFileSync(gold, JSON.stringify({ ...doc, sentences: doc.sentences.slice(1) }) + '\n');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await run([], { gold, data: join(dir, 'absent.conllu') })).toBe(2);
      expect(error.mock.calls.flat().join(' ')).toMatch(/mini: text before unit 1 is not covered/);
    } finally {
      vi.restoreAllMocks();
      rmSync(dir, { recursive: true });
    }
  });
});
