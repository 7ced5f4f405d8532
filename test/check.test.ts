import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { diffRecords } from '../pipeline/check/diff.js';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const cli = ['--import', 'tsx', join(root, 'pipeline/cli.ts')];

describe('regression diff', () => {
  const sentence = (start: number, end: number, text: string, index: number) => ({ start, end, text, index, paragraph: 0, kind: 'sentence' });

  it('reports what appeared, vanished, moved and changed, per layer', () => {
    const expected = {
      sentences: [sentence(0, 10, 'Er kam an.', 0), sentence(11, 20, 'Es regnet', 1), sentence(21, 30, 'Ende gut.', 2)],
      language: { code: 'de', confidence: 1 },
    };
    const actual = {
      sentences: [sentence(0, 10, 'Er kam an.', 0), sentence(12, 21, 'Es regnet', 1), { ...sentence(21, 30, 'Ende gut.', 2), kind: 'headline' }, sentence(31, 35, 'Neu.', 3)],
      language: { code: 'de', confidence: 0.9 },
    };
    const diffs = diffRecords(expected, actual);
    const sentences = diffs.find((d) => d.layer === 'sentences')!;
    expect(sentences.moved).toEqual(['[11-20] "Es regnet" → [12-21]']);
    expect(sentences.appeared).toEqual(['[31-35] "Neu."']);
    expect(sentences.vanished).toEqual([]);
    expect(sentences.changed).toEqual(['[21-30] "Ende gut.": kind: "sentence" → "headline"']);
    expect(diffs.find((d) => d.layer === 'language')!.changed).toHaveLength(1);
  });

  it('finds no difference between equal records', () => {
    const r = { sentences: [sentence(0, 4, 'Gut.', 0)], quotes: [] };
    expect(diffRecords(r, structuredClone(r))).toEqual([]);
  });
});

describe('wortlaut check', () => {
  it('passes on fresh expected output, fails with a readable diff after a change, and --update repairs it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wortlaut-check-'));
    await writeFile(join(dir, 'kurz.txt'), 'Die Uhr läuft. Der Minister sagte am 3. Mai, er sei zufrieden.\n');
    await run('node', [...cli, 'check', '--corpus', dir, '--update']);
    const ok = await run('node', [...cli, 'check', '--corpus', dir]);
    expect(ok.stdout).toContain('✓ kurz');

    const file = join(dir, 'expected', 'kurz.json');
    const expected = JSON.parse(await readFile(file, 'utf8'));
    expected.sentences.pop();
    await writeFile(file, JSON.stringify(expected));
    const failed = await run('node', [...cli, 'check', '--corpus', dir]).catch((e: { code: number; stdout: string }) => e);
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stdout).toMatch(/sentences:\n\s+\+ appeared\s+\[15-62\] "Der Minister sagte am 3\. Mai, er sei zufrieden\."/);

    await run('node', [...cli, 'check', '--corpus', dir, '--update']);
    expect((await run('node', [...cli, 'check', '--corpus', dir])).stdout).toContain('0 with differences');
  });

  it('fails when a sample has no expected file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wortlaut-check-'));
    await mkdir(join(dir, 'expected'));
    await copyFile(join(root, 'corpora/ukraine-friedensgespraeche.txt'), join(dir, 'a.txt'));
    const failed = await run('node', [...cli, 'check', '--corpus', dir]).catch((e: { code: number; stdout: string }) => e);
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stdout).toContain("no expected output");
  });
});
