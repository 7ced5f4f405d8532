/**
 * The entities evaluator: gold speaker sources covered by a mention, on made-up articles, and
 * its `--half` option (odd/even-numbered articles, 1-based, as in the quotes evaluator).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run, scoreSources, type Article } from '../scripts/eval/entities.js';

/** A made-up article whose one gold source is the first occurrence of `source`. */
function article(id: string, text: string, source: string): Article {
  const start = [...text.slice(0, text.indexOf(source))].length;
  return { id, text, annotations: [{ form: 'Indirect', source: [[start, start + [...source].length]] }] };
}

const covered = article('a1', 'Bürgermeisterin Anna Kluge sagte, die Brücke werde im Mai gesperrt.', 'Anna Kluge');
const notReferent = article('a2', 'Demnach soll die Brücke im Mai gesperrt werden.', 'Demnach');
const alsoCovered = article('a3', 'Der Verein teilte mit, das Spiel finde statt. Er rechne mit vielen Gästen.', 'Er');

describe('entities evaluation', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts a source as covered when a mention overlaps it, and an adverb source as a miss', () => {
    const score = scoreSources([covered, notReferent], 5);
    expect(score.sources).toBe(2);
    expect(score.half).toBe(1);
    expect(score.misses).toHaveLength(1);
    expect(score.misses[0]).toMatch(/^a2: Demnach/);
  });

  it.each([
    ['odd', ['a1', 'a3'], '(2/2)'],
    ['even', ['a2'], '(0/1)'],
  ] as const)('--half %s scores only those articles', async (half, ids, recall) => {
    const dir = mkdtempSync(join(tmpdir(), 'wortlaut-eval-entities-'));
    const path = join(dir, 'spkatt.jsonl');
    writeFileSync(path, [covered, notReferent, alsoCovered].map((a) => JSON.stringify(a)).join('\n') + '\n');
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    expect(await run(['--data', path, '--half', half])).toBe(0);
    expect(out[0]).toContain(`${ids.length} articles, ${half}-numbered`);
    expect(out.find((l) => l.startsWith('speaker-source recall (overlap'))).toContain(recall);
  });

  it('fails on a --data file that is not there (the shared data missing by default is skipped instead)', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    expect(await run(['--data', join(tmpdir(), 'wortlaut-no-such-file.jsonl')])).toBe(2);
    expect(errors[0]).toContain('no data at');
  });

  it('refuses a half that is neither odd nor even', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wortlaut-eval-entities-'));
    const path = join(dir, 'spkatt.jsonl');
    writeFileSync(path, JSON.stringify(covered) + '\n');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await run(['--data', path, '--half', 'first'])).toBe(2);
  });
});
