/**
 * Batch behaviour: order with several workers, the errors file, sharding, progress for
 * orchestrators, crash isolation, and resume after SIGKILL (byte-identical output).
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { WorkerCrash, type Executor } from '../pipeline/batch/executor.js';
import type { WireDoc, WireResult } from '../pipeline/batch/protocol.js';
import { runBatch } from '../pipeline/batch/run.js';
import { inShard, parseShard, shardHash } from '../pipeline/batch/shard.js';
import type { InputItem } from '../pipeline/io/inputs.js';
import { jsonlSink } from '../pipeline/io/outputs.js';
import { spawnSync } from 'node:child_process';
import { article, cli, jsonlArchive, lines, ROOT, startCli, tempDir } from './cli-harness.js';

let dir: string;
let archive: string;
let reference: string;
beforeAll(async () => {
  dir = tempDir();
  archive = join(dir, 'archiv.jsonl');
  const rows = jsonlArchive(240).split('\n');
  rows.splice(100, 0, '{"id":"art-kaputt","text":"Der Satz bricht ab');
  writeFileSync(archive, rows.join('\n'));
  const r = await cli(['extract', '--workers', '1', '-q', archive]);
  expect(r.code).toBe(1);
  reference = r.stdout;
});

describe('ordered output with worker threads', () => {
  it('writes the same bytes in input order with 2 workers and small batches as in-process', async () => {
    const r = await cli(['extract', '--workers', '2', '--batch-size', '7', '-q', archive]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(reference);
    expect(lines(r.stdout).map((x) => x.id)).toEqual(Array.from({ length: 240 }, (_, i) => `art-${i}`));
  });
});

describe('the compiled dist/', () => {
  it('runs its worker threads from plain JavaScript, with the same output as under tsx', async () => {
    // built into node_modules/.cache so package imports resolve and dist/ is left alone
    const out = join(ROOT, 'node_modules', '.cache', 'wortlaut-dist-test');
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const build = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', out], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const run = spawnSync(process.execPath, [join(out, 'pipeline', 'cli.js'), 'extract', '--workers', '2', '--batch-size', '9', '-q', archive], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(reference);
  });
});

describe('many .txt files', () => {
  it('reads a folder of articles ahead with bounded concurrency and still writes them in name order', async () => {
    const folder = join(dir, 'artikel');
    mkdirSync(join(folder, '2024', '10'), { recursive: true });
    const names: string[] = [];
    for (let i = 0; i < 90; i++) {
      const name = `meldung-${String(i).padStart(3, '0')}`;
      names.push(name);
      writeFileSync(join(folder, i < 45 ? '2024' : join('2024', '10'), `${name}.txt`), article(i));
    }
    const r = await cli(['extract', '--workers', '2', '--batch-size', '4', '-q', folder]);
    expect(r.code).toBe(0);
    // in 2024/ the folder "10" sorts before the "meldung-…" files, so its articles come first
    const expected = names.slice(45).concat(names.slice(0, 45));
    expect(lines(r.stdout).map((x) => x.id)).toEqual(expected);
  });
});

describe('the errors file', () => {
  it('holds one JSON line per failed document with id, source, stage, code and message', async () => {
    const errors = join(dir, 'logs', 'fehler.jsonl');
    const bin = join(dir, 'binär.txt');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 0, 0x41]));
    const r = await cli(['extract', '--workers', '2', '-q', '--errors', errors, archive, bin]);
    expect(r.code).toBe(1);
    expect(lines(readFileSync(errors, 'utf8'))).toEqual([
      { id: 'archiv:101', source: `${archive}:101`, stage: 'input', code: 'invalid-json', message: expect.stringContaining(`${archive}:101: invalid JSON`) },
      { id: 'binär', source: bin, stage: 'input', code: 'binary', message: expect.stringContaining('is not text') },
    ]);
    expect(r.stderr).toMatch(/2 document\(s\) failed \(1 input\/invalid-json, 1 input\/binary\); listed in/);
  });

  it('names a corrupt or truncated .jsonl.gz as unreadable and goes on', async () => {
    const { gzipSync } = await import('node:zlib');
    const truncated = join(dir, 'abgeschnitten.jsonl.gz');
    const whole = gzipSync(jsonlArchive(50));
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const fake = join(dir, 'kein-gzip.jsonl.gz');
    writeFileSync(fake, jsonlArchive(1));
    const good = join(dir, 'nachher.jsonl');
    writeFileSync(good, jsonlArchive(2));
    const r = await cli(['extract', '--workers', '1', '-q', truncated, fake, good]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/abgeschnitten\.jsonl\.gz.*\[input\/unreadable\].*unexpected end of file/);
    expect(r.stderr).toMatch(/kein-gzip\.jsonl\.gz.*\[input\/unreadable\].*incorrect header check/);
    expect(lines(r.stdout).map((x) => x.id).slice(-2)).toEqual(['art-0', 'art-1']);
  });

  it('is empty and the exit code 0 when nothing failed', async () => {
    const errors = join(dir, 'keine-fehler.jsonl');
    const good = join(dir, 'gut.jsonl');
    writeFileSync(good, jsonlArchive(3));
    const r = await cli(['extract', '--workers', '1', '-q', '--errors', errors, good]);
    expect(r.code).toBe(0);
    expect(readFileSync(errors, 'utf8')).toBe('');
  });
});

describe('sharding', () => {
  it('splits the archive into N shards that together are exactly the archive, without overlap', async () => {
    const shards = await Promise.all([0, 1, 2].map((k) => cli(['extract', '--workers', '1', '-q', '--shard', `${k}/3`, archive])));
    const ids = shards.map((s) => lines(s.stdout).map((x) => x.id as string));
    for (const list of ids) expect(list.length).toBeGreaterThan(40);
    const all = ids.flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(lines(reference).map((x) => x.id as string).sort());
    // every record is byte-identical to the unsharded run's, and each shard keeps input order
    const byId = new Map(reference.split('\n').filter(Boolean).map((l) => [JSON.parse(l).id as string, l]));
    for (const s of shards) for (const l of s.stdout.split('\n').filter(Boolean)) expect(l).toBe(byId.get(JSON.parse(l).id));
    // the broken line is reported by exactly one shard
    expect(shards.filter((s) => s.code === 1)).toHaveLength(1);
  });

  it('reads index and count from a Kubernetes Indexed Job or an AWS Batch array job', async () => {
    expect(parseShard('auto/4', { JOB_COMPLETION_INDEX: '2' })).toEqual({ index: 2, count: 4 });
    expect(parseShard('auto', { JOB_COMPLETION_INDEX: '0', WORTLAUT_SHARD_COUNT: '8' })).toEqual({ index: 0, count: 8 });
    expect(parseShard('auto', { AWS_BATCH_JOB_ARRAY_INDEX: '5', AWS_BATCH_JOB_ARRAY_SIZE: '6' })).toEqual({ index: 5, count: 6 });
    expect(() => parseShard('auto', {})).toThrow(/neither JOB_COMPLETION_INDEX/);
    expect(() => parseShard('auto', { JOB_COMPLETION_INDEX: '1' })).toThrow(/--shard auto\/N or set WORTLAUT_SHARD_COUNT/);
    expect(() => parseShard('auto/2', { JOB_COMPLETION_INDEX: '2' })).toThrow(/from 0 to 1/);
    expect(() => parseShard('1-3')).toThrow(/K\/N/);
    const viaEnv = await cli(['extract', '--workers', '1', '-q', '--shard', 'auto', archive], { env: { JOB_COMPLETION_INDEX: '1', WORTLAUT_SHARD_COUNT: '3' } });
    const fixed = await cli(['extract', '--workers', '1', '-q', '--shard', '1/3', archive]);
    expect(viaEnv.stdout).toBe(fixed.stdout);
  });

  it('hashes ids stably (FNV-1a over UTF-8), so every machine agrees', () => {
    expect(shardHash('')).toBe(0x811c9dc5);
    expect(shardHash('a')).toBe(0xe40c292c);
    expect(shardHash('foobar')).toBe(0xbf9cf968);
    expect(inShard('Köln-2024-001', { index: shardHash('Köln-2024-001') % 7, count: 7 })).toBe(true);
  });
});

describe('progress', () => {
  it('--progress json writes one JSON object per stderr line, ending with a done event; stdout keeps only data', async () => {
    const r = await cli(['extract', '--workers', '1', '--progress', 'json', '--progress-interval', '0.05', archive]);
    const events = r.stderr.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events.filter((e) => e.event === 'failure')).toEqual([expect.objectContaining({ id: 'archiv:101', code: 'invalid-json' })]);
    expect(events.at(-1)).toEqual(expect.objectContaining({ event: 'done', docs: 240, failed: 1, failuresByCode: { 'input/invalid-json': 1 } }));
    expect(r.stdout).toBe(reference);
  });

  it('redraws one live line on a terminal (--progress tty) and clears it before the summary', async () => {
    // two workers: the main thread waits on them, so the redraw timer gets its turns
    const r = await cli(['extract', '--workers', '2', '--progress', 'tty', '--progress-interval', '0.02', archive]);
    expect(r.stderr).toMatch(/\r\x1b\[2Kwortlaut: \d+ documents/);
    expect(r.stderr).toMatch(/\r\x1b\[2Kwortlaut: finished: 241 documents/);
    expect(r.stdout).toBe(reference);
  });

  it('writes plain lines (no carriage returns) in CI, and nothing but failures with --quiet', async () => {
    const ci = await cli(['extract', '--workers', '1', '--progress-interval', '0.05', archive], { env: { CI: 'true' } });
    expect(ci.stderr).not.toContain('\r');
    expect(ci.stderr).toMatch(/^wortlaut: finished: 241 documents, 1 failed, .* docs\/s, .* MB\/s, .* elapsed$/m);
    const quiet = await cli(['extract', '--workers', '1', '-q', '--progress-interval', '0.05', archive]);
    const kept = quiet.stderr.trim().split('\n');
    expect(kept).toHaveLength(3);
    expect(kept[0]).toMatch(/^wortlaut: FAILED archiv:101 /);
    expect(kept[1]).toMatch(/^wortlaut: finished: 241 documents, 1 failed/);
    expect(kept[2]).toMatch(/^wortlaut: 1 document\(s\) failed \(1 input\/invalid-json\)$/);
  });
});

describe('crash isolation', () => {
  it('retries a batch whose worker died one document at a time, failing only the culprit', async () => {
    const executor: Executor = {
      workers: 2,
      async run(docs: WireDoc[]): Promise<WireResult[]> {
        if (docs.some((d) => d.id === 'gift')) throw new WorkerCrash('worker thread crashed: out of memory');
        return docs.map((d) => ({ ok: true, id: d.id, data: new TextEncoder().encode(JSON.stringify({ id: d.id }) + '\n') }));
      },
      async close() {},
    };
    async function* items(): AsyncGenerator<InputItem> {
      for (const id of ['a', 'b', 'gift', 'c', 'd']) yield { kind: 'doc', doc: { id, text: 'Text.', meta: {} }, source: 'mem' };
    }
    let written = '';
    const sink = jsonlSink({ write: (chunk: Uint8Array) => ((written += Buffer.from(chunk).toString('utf8')), true) } as unknown as NodeJS.WritableStream);
    const failed: string[] = [];
    await runBatch(items(), { executor, sink, batchDocs: 3, observer: { done() {}, skipped() {}, failed: (f) => failed.push(`${f.id}:${f.code}`) } });
    expect(lines(written).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(failed).toEqual(['gift:worker-crashed']);
  });
});

describe('timeout', () => {
  it('stops a document that runs past --timeout, fails it alone and writes the rest of its batch in order', async () => {
    const file = join(dir, 'langsam.jsonl');
    const rows = jsonlArchive(12).split('\n').filter(Boolean);
    // ≈ 10 M characters: many seconds of work even on a fast machine. The timeout leaves the
    // ordinary articles (milliseconds each) room for a loaded machine's stalls.
    rows[6] = JSON.stringify({ id: 'endlos', text: article(6).repeat(20000) });
    writeFileSync(file, rows.join('\n') + '\n');
    const r = await cli(['extract', '--workers', '2', '--batch-size', '4', '--timeout', '2', '--max-chars', '20000000', '-q', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FAILED endlos .*\[pipeline\/timeout\]: document 'endlos': stopped after 2 s/);
    expect(lines(r.stdout).map((x) => x.id)).toEqual(['art-0', 'art-1', 'art-2', 'art-3', 'art-4', 'art-5', 'art-7', 'art-8', 'art-9', 'art-10', 'art-11']);
  });
});

describe('resume', () => {
  let big: string;
  let uninterrupted: string;
  beforeAll(async () => {
    big = join(dir, 'gross.jsonl');
    writeFileSync(big, jsonlArchive(3000));
    const out = join(dir, 'ununterbrochen.jsonl');
    const r = await cli(['extract', '--workers', '2', '-q', big, '-o', out]);
    expect(r.code).toBe(0);
    uninterrupted = readFileSync(out, 'utf8');
  });

  it('continues a batch killed with SIGKILL mid-run: every document once, byte-identical', async () => {
    const out = join(dir, 'abgebrochen.jsonl');
    const partial = out + '.partial';
    const child = startCli(['extract', '--workers', '2', '-q', big, '-o', out]);
    let running = true;
    const exited = new Promise((resolve) => child.on('exit', () => resolve((running = false))));
    // kill as soon as some records are on disk (stop waiting if the run ended first: the
    // assertions below then say so instead of the test hanging)
    while (running && (!existsSync(partial) || statSync(partial).size < 200_000)) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(out)).toBe(false);
    const before = readFileSync(partial, 'utf8');
    const complete = before.slice(0, before.lastIndexOf('\n') + 1).split('\n').length - 1;
    expect(complete).toBeGreaterThan(0);
    expect(complete).toBeLessThan(3000);
    // simulate the worst moment too: a record cut off in the middle of its line
    appendFileSync(partial, uninterrupted.split('\n')[complete]!.slice(0, 500));
    const r = await cli(['extract', '--workers', '2', '--progress', 'json', '--progress-interval', '60', big, '-o', out, '--resume']);
    expect(r.code).toBe(0);
    const done = JSON.parse(r.stderr.trim().split('\n').at(-1)!) as Record<string, number>;
    expect(done.skipped).toBe(complete);
    expect(done.docs).toBe(3000 - complete);
    expect(existsSync(partial)).toBe(false);
    expect(readFileSync(out, 'utf8')).toBe(uninterrupted);
  });

  it('resumes a compressed output and a directory output after SIGKILL', async () => {
    const gz = join(dir, 'abgebrochen.jsonl.gz');
    const outDir = join(dir, 'abgebrochen-dir');
    for (const [target, ready] of [
      [gz, () => existsSync(gz + '.partial') && statSync(gz + '.partial').size > 100_000],
      [outDir, () => existsSync(outDir) && readdirSync(outDir).length > 30],
    ] as const) {
      const child = startCli(['extract', '--workers', '2', '-q', big, '-o', target]);
      let running = true;
      const exited = new Promise((resolve) => child.on('exit', () => resolve((running = false))));
      while (running && !ready()) await new Promise((r) => setTimeout(r, 10));
      expect(running, `the run on ${target} ended before it could be killed`).toBe(true);
      child.kill('SIGKILL');
      await exited;
      const r = await cli(['extract', '--workers', '2', '-q', big, '-o', target, '--resume']);
      expect(r.code).toBe(0);
    }
    expect(gunzipSync(readFileSync(gz)).toString('utf8')).toBe(uninterrupted);
    const files = readdirSync(outDir);
    expect(files).toHaveLength(3000);
    const expected = uninterrupted.split('\n')[1234]!;
    expect(JSON.parse(readFileSync(join(outDir, 'art-1234.json'), 'utf8'))).toEqual(JSON.parse(expected));
   }, 180_000); // four runs over 3,000 articles: well over the default 60 s on a loaded machine

  it('with nothing left to do, leaves a finished output as it is', async () => {
    const out = join(dir, 'fertig.jsonl');
    await cli(['extract', '--workers', '1', '-q', archive, '-o', out]);
    const first = readFileSync(out, 'utf8');
    const r = await cli(['extract', '--workers', '1', '--progress', 'json', archive, '-o', out, '--resume']);
    expect(r.code).toBe(1); // the broken line fails again: it never had a record
    expect(readFileSync(out, 'utf8')).toBe(first);
    expect(JSON.parse(r.stderr.trim().split('\n').at(-1)!)).toEqual(expect.objectContaining({ skipped: 240, docs: 0 }));
  });
});
