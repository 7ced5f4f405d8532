/**
 * `wortlaut extract` as users run it: every input form, every output form, bad input and
 * exit codes. Spawns the CLI (node --import tsx); --workers 1 keeps most runs in-process.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTRACT_HELP } from '../pipeline/cli/help.js';
import { article, cli, jsonlArchive, lines, PASSAGES, tempDir } from './cli-harness.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
  mkdirSync(join(dir, 'tree', 'politik', 'inland'), { recursive: true });
  mkdirSync(join(dir, 'tree', '.versteckt'), { recursive: true });
  writeFileSync(join(dir, 'tree', 'b-wirtschaft.txt'), PASSAGES[2]!);
  writeFileSync(join(dir, 'tree', 'a-lokal.txt'), PASSAGES[3]!);
  writeFileSync(join(dir, 'tree', 'politik', 'inland', 'heizung.txt'), PASSAGES[0]! + '\n\n' + PASSAGES[1]!);
  writeFileSync(join(dir, 'tree', 'politik', 'notizen.md'), 'kein Artikel');
  writeFileSync(join(dir, 'tree', '.versteckt', 'geheim.txt'), PASSAGES[4]!);
  writeFileSync(join(dir, 'tree', 'politik', 'feed.jsonl'), jsonlArchive(2, (i) => `feed-${i}`));
  writeFileSync(join(dir, 'one.txt'), PASSAGES[5]!);
  writeFileSync(join(dir, 'archive.jsonl'), jsonlArchive(5));
  writeFileSync(join(dir, 'archive.jsonl.gz'), gzipSync(jsonlArchive(5)));
});

const W1 = ['--workers', '1', '-q'];

describe('inputs', () => {
  it('reads a .txt file as one article named after the file', async () => {
    const r = await cli(['extract', ...W1, join(dir, 'one.txt')]);
    expect(r.code).toBe(0);
    const [record] = lines(r.stdout);
    expect(record!.id).toBe('one');
    expect(record!.text).toBe(PASSAGES[5]);
    expect(record!.sentences.length).toBe(2);
    expect(r.stderr).toBe('');
  });

  it('walks directories recursively in sorted order, skipping hidden entries and other files', async () => {
    const r = await cli(['extract', ...W1, join(dir, 'tree')]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((x) => x.id)).toEqual(['a-lokal', 'b-wirtschaft', 'feed-0', 'feed-1', 'heizung']);
  });

  it('reads .jsonl with the extra fields as meta, and .jsonl.gz to the same records', async () => {
    const plain = await cli(['extract', ...W1, join(dir, 'archive.jsonl')]);
    const gz = await cli(['extract', ...W1, join(dir, 'archive.jsonl.gz')]);
    expect(plain.code).toBe(0);
    const records = lines(plain.stdout);
    expect(records.map((x) => x.id)).toEqual(['art-0', 'art-1', 'art-2', 'art-3', 'art-4']);
    expect(records[1]!.meta).toEqual({ source: 'test', date: '2024-10-02' });
    expect(records[1]!.text).toBe(article(1));
    expect(gz.stdout).toBe(plain.stdout);
  });

  it('takes other field names with --id-field and --text-field', async () => {
    const feed = JSON.stringify({ uuid: 'a7f3', body: PASSAGES[6], id: 'nicht-die-id' }) + '\n';
    const r = await cli(['extract', ...W1, '--id-field', 'uuid', '--text-field', 'body', '-'], { stdin: feed });
    expect(r.code).toBe(0);
    const [record] = lines(r.stdout);
    expect(record!.id).toBe('a7f3');
    expect(record!.text).toBe(PASSAGES[6]);
    expect(record!.meta).toEqual({ id: 'nicht-die-id' });
  });

  it('reads standard input as one text article, or as JSONL when it starts with {', async () => {
    const text = await cli(['extract', ...W1, '-'], { stdin: PASSAGES[7] });
    expect(lines(text.stdout).map((x) => [x.id, x.text])).toEqual([['stdin', PASSAGES[7]]]);
    const jsonl = await cli(['extract', ...W1, '-'], { stdin: '\n' + jsonlArchive(3) });
    expect(lines(jsonl.stdout).map((x) => x.id)).toEqual(['art-0', 'art-1', 'art-2']);
    const forced = await cli(['extract', ...W1, '--stdin-format', 'txt', '-'], { stdin: '{"id":"x","text":"y"}' });
    expect(lines(forced.stdout)[0]!.text).toBe('{"id":"x","text":"y"}');
  });
});

describe('outputs', () => {
  it('writes one pretty JSON file per article with -o DIR, and no temporary files remain', async () => {
    const out = join(dir, 'out-dir');
    const r = await cli(['extract', ...W1, join(dir, 'tree'), '-o', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a-lokal.json', 'b-wirtschaft.json', 'feed-0.json', 'feed-1.json', 'heizung.json']);
    const text = readFileSync(join(out, 'heizung.json'), 'utf8');
    expect(text).toMatch(/^\{\n {2}"schemaVersion"/);
    expect(JSON.parse(text).text).toBe(PASSAGES[0] + '\n\n' + PASSAGES[1]);
  });

  it('writes -o FILE.jsonl and gzip-compressed -o FILE.jsonl.gz with the same lines as stdout', async () => {
    const stdout = await cli(['extract', ...W1, join(dir, 'archive.jsonl')]);
    const file = join(dir, 'out', 'records.jsonl');
    const gz = join(dir, 'out', 'records.jsonl.gz');
    expect((await cli(['extract', ...W1, join(dir, 'archive.jsonl'), '-o', file])).code).toBe(0);
    expect((await cli(['extract', ...W1, join(dir, 'archive.jsonl'), '-o', gz])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(stdout.stdout);
    expect(gunzipSync(readFileSync(gz)).toString('utf8')).toBe(stdout.stdout);
    expect(existsSync(file + '.partial') || existsSync(gz + '.partial') || existsSync(gz + '.tmp')).toBe(false);
  });
});

describe('bad input', () => {
  it('turns an empty file into a record with an empty-text diagnostic', async () => {
    const file = join(dir, 'leer.txt');
    writeFileSync(file, '');
    const r = await cli(['extract', ...W1, file]);
    expect(r.code).toBe(0);
    const [record] = lines(r.stdout);
    expect(record!.sentences).toEqual([]);
    expect(record!.diagnostics.map((d: { code: string }) => d.code)).toContain('empty-text');
  });

  it('names a binary file as a failure and exits 1', async () => {
    const file = join(dir, 'bild.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const r = await cli(['extract', ...W1, file, join(dir, 'one.txt')]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((x) => x.id)).toEqual(['one']);
    expect(r.stderr).toMatch(/FAILED bild .*\[input\/binary\]/);
  });

  it('reports an invalid JSON line by file and line number and still writes the other documents', async () => {
    const file = join(dir, 'kaputt.jsonl');
    const good = jsonlArchive(4).split('\n');
    writeFileSync(file, [good[0], good[1], '{"id": "art-x", "text": "abgeschnitten', good[2], good[3]].join('\n') + '\n');
    const r = await cli(['extract', ...W1, file]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((x) => x.id)).toEqual(['art-0', 'art-1', 'art-2', 'art-3']);
    expect(r.stderr).toContain(`${file}:3: invalid JSON`);
  });

  it('fails a JSONL document without a text field, naming the field', async () => {
    const r = await cli(['extract', ...W1, '-'], { stdin: '{"id":"ohne-text","title":"Nur ein Titel"}\n' + jsonlArchive(1) });
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((x) => x.id)).toEqual(['art-0']);
    expect(r.stderr).toMatch(/FAILED ohne-text .*\[input\/missing-text\].*no string field 'text'/);
  });

  it('marks a non-German article with not-german and leaves the German layers empty', async () => {
    const english = 'The central bank left interest rates unchanged on Thursday, saying that inflation was still too high and that it would wait for more data before acting.';
    const r = await cli(['extract', ...W1, '-'], { stdin: english });
    expect(r.code).toBe(0);
    const [record] = lines(r.stdout);
    expect(record!.language.code).not.toBe('de');
    expect(record!.diagnostics.map((d: { code: string }) => d.code)).toContain('not-german');
    for (const layer of ['entities', 'quotes', 'numbers', 'stances']) expect(record![layer]).toEqual([]);
  });

  it('fails a document longer than --max-chars and goes on', async () => {
    const r = await cli(['extract', ...W1, '--max-chars', '300', join(dir, 'archive.jsonl'), join(dir, 'one.txt')]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((x) => x.id)).toEqual(['one']);
    expect(r.stderr.match(/\[input\/too-long\]/g)).toHaveLength(5);
  });
});

describe('exit codes and help', () => {
  it.each([
    ['an unknown option', ['--schnell', 'x.txt'], /Unknown option '--schnell'/],
    ['a missing input path', ['gibt-es-nicht.jsonl'], /input 'gibt-es-nicht.jsonl' does not exist/],
    ['no input', [], /at least one input/],
    ['--resume without -o', ['--resume', 'corpora'], /--resume needs an output/],
    ['a bad --shard', ['--shard', '4/4', 'corpora'], /index must be a whole number from 0 to 3/],
    ['--workers 0', ['--workers', '0', 'corpora'], /--workers takes a positive whole number/],
    ['an unknown --progress mode', ['--progress', 'bunt', 'corpora'], /--progress must be one of/],
    ['an unknown stage', ['--stages', 'sentences,parser', 'corpora'], /unknown stage\(s\) parser/],
  ])('exits 2 on %s, with nothing on stdout', async (_name, args, message) => {
    const r = await cli(['extract', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('documents every option in --help, with examples', async () => {
    const r = await cli(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(EXTRACT_HELP);
    const source = readFileSync(new URL('../pipeline/cli/extract.ts', import.meta.url), 'utf8');
    const block = source.slice(source.indexOf('options: {'), source.indexOf('},\n    });'));
    const options = [...block.matchAll(/^\s+'?([a-z-]+)'?: \{ type/gm)].map((m) => m[1]!);
    expect(options.length).toBeGreaterThan(10);
    for (const option of options) expect(EXTRACT_HELP).toContain(`--${option}`);
    expect(EXTRACT_HELP).toMatch(/Examples:\n(  wortlaut extract .*\n){5,}/);
  });
});
