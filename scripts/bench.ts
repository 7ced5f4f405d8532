/**
 * `npm run bench [-- --size MB] [--workers N] [--data DIR]`: throughput and memory of
 * `wortlaut extract` on a deterministic archive of German news text (default 100 MB,
 * generated into bench-data/ and reused), with 1 worker and with all cores, beside
 * Intl.Segmenter('de') alone on the same input (in one process, and split over as many
 * processes as the pipeline has workers) and a probe of the cores themselves (bench/cores.ts:
 * a compute loop and a memory-bound walk, alone and side by side), all in one run. Each run is its own process
 * (node --import tsx pipeline/cli.ts extract … --progress json), records go to /dev/null.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { STAGES, DEFAULT_PIPELINE } from '../pipeline/index.js';
import { ensureArchive } from './bench/archive.js';
import { HAS_PROC, HAS_TIME, measure, type Measured } from './bench/measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100' },
    workers: { type: 'string' },
    data: { type: 'string', default: join(ROOT, 'bench-data') },
    'skip-segmenter': { type: 'boolean', default: false },
    source: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'Usage: npm run bench -- [--size MB (default 100)] [--workers N (default: cores)] [--data DIR] [--skip-segmenter]\n' +
      '                        [--source: run the TypeScript source under tsx instead of the compiled dist/]\n',
  );
  process.exit(0);
}
const sizeMb = Number(values.size);
const cores = availableParallelism();
const many = values.workers ? Number(values.workers) : cores;
if (!(sizeMb > 0) || !(many >= 1)) {
  process.stderr.write('bench: --size and --workers take positive numbers\n');
  process.exit(2);
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const say = (line: string) => process.stdout.write(line + '\n');
say(`wortlaut bench — ${new Date().toISOString()}`);
say(`machine: ${cores} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.versions.node}`);
say(`load average before: ${load()} (1/5/15 min)`);
say(`pipeline: ${DEFAULT_PIPELINE.stages.map((s) => (typeof s === 'string' ? s : s.name)).join(' → ')} (stages registered: ${[...STAGES.keys()].join(', ')})`);

const generating = Date.now();
const archive = await ensureArchive(ROOT, values.data, sizeMb);
say(
  `archive: ${archive.file} — ${archive.docs} documents, ${(archive.textBytes / 1e6).toFixed(1)} MB of text, ` +
    `${(archive.fileBytes / 1e6).toFixed(1)} MB JSONL (${archive.reused ? 'reused' : `generated in ${((Date.now() - generating) / 1000).toFixed(1)} s`})`,
);
say(`peak RSS measured by: ${[HAS_TIME ? '/usr/bin/time -v (max RSS of the process)' : null, HAS_PROC ? 'sampling /proc VmRSS of the process tree every 100 ms' : null].filter(Boolean).join(' and ') || 'nothing available'}`);
say('');

interface Row {
  name: string;
  run: Measured;
  docs: number;
  failed: number;
}
const rows: Row[] = [];
// What users run is the compiled bin (dist/); --source measures `node --import tsx` instead,
// which pays for compiling TypeScript on every worker thread (about 40 MB and 0.3 s each).
let cliArgs: string[];
if (values.source) {
  cliArgs = ['--import', 'tsx', join(ROOT, 'pipeline', 'cli.ts')];
  say('running: the TypeScript source under tsx (--source)');
} else {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  cliArgs = [join(ROOT, 'dist', 'pipeline', 'cli.js')];
  say('running: the compiled dist/pipeline/cli.js (built just now with npm run build)');
}

async function pipelineRun(workers: number): Promise<Row> {
  const run = await measure(process.execPath, [...cliArgs, 'extract', '--workers', String(workers), '--progress', 'json', '--progress-interval', '3600', archive.file], { stdoutToNull: true, cwd: ROOT });
  const done = run.stderr.trim().split('\n').map((l) => { try { return JSON.parse(l) as Record<string, unknown>; } catch { return null; } }).filter((e) => e?.event === 'done').at(-1);
  if (run.code === 2 || !done) throw new Error(`extract --workers ${workers} failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
  return { name: `wortlaut extract, ${workers} worker${workers === 1 ? '' : 's'}`, run, docs: Number(done.docs), failed: Number(done.failed) };
}

/**
 * The archive dealt line by line into `n` files beside it (reused when present), so that each
 * process of the split yardstick reads only its own share.
 */
async function splitArchive(file: string, n: number): Promise<string[]> {
  const names = Array.from({ length: n }, (_, k) => `${file}.part-${k + 1}-of-${n}`);
  if (names.every((name) => existsSync(name))) return names;
  const outs = names.map((name) => createWriteStream(`${name}.tmp`));
  let k = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line === '') continue;
    const out = outs[k++ % n]!;
    if (!out.write(line + '\n')) await once(out, 'drain');
  }
  await Promise.all(outs.map((out) => new Promise((resolve) => out.end(resolve))));
  names.forEach((name) => renameSync(`${name}.tmp`, name));
  return names;
}

if (!values['skip-segmenter']) {
  const run = await measure(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'segmenter.ts'), archive.file], { cwd: ROOT });
  const result = JSON.parse(run.stdout) as { docs: number; sentences: number };
  rows.push({ name: "Intl.Segmenter('de') alone, 1 thread", run, docs: result.docs, failed: 0 });
  print(rows.at(-1)!);
}
// The same yardstick split over `many` processes side by side. Its speed-up is not the cores'
// alone: one segmenter process also keeps V8's compiler and collector threads busy on an idle
// core, which two processes on two cores cannot do (see cores.ts for the cores themselves).
let segmenterMany: Row | null = null;
if (!values['skip-segmenter'] && many > 1) {
  const script = join(ROOT, 'scripts', 'bench', 'segmenter.ts');
  const parts = await splitArchive(archive.file, many);
  const runs = await Promise.all(parts.map((part) => measure(process.execPath, ['--import', 'tsx', script, part], { cwd: ROOT })));
  const sum = (pick: (m: Measured) => number | null) => (runs.every((r) => pick(r) !== null) ? runs.reduce((s, r) => s + pick(r)!, 0) : null);
  const run: Measured = {
    code: runs.find((r) => r.code !== 0)?.code ?? 0,
    seconds: Math.max(...runs.map((r) => r.seconds)),
    stdout: '',
    stderr: runs.map((r) => r.stderr).join(''),
    peakRssTimeMb: sum((r) => r.peakRssTimeMb),
    peakRssSampledMb: sum((r) => r.peakRssSampledMb),
    cpuSeconds: sum((r) => r.cpuSeconds),
  };
  const docs = runs.reduce((s, r) => s + (JSON.parse(r.stdout) as { docs: number }).docs, 0);
  segmenterMany = { name: `Intl.Segmenter('de') alone, ${many} processes`, run, docs, failed: 0 };
  rows.push(segmenterMany);
  print(segmenterMany);
}
// The cores themselves: work that keeps exactly one core busy, alone and `many` times at once.
const coreSpeedups: string[] = [];
if (!values['skip-segmenter'] && many > 1) {
  const script = join(ROOT, 'scripts', 'bench', 'cores.ts');
  const seconds = (m: Measured): number => (JSON.parse(m.stdout) as { seconds: number }).seconds;
  for (const kind of ['compute', 'memory'] as const) {
    const alone = seconds(await measure(process.execPath, ['--import', 'tsx', script, kind], { cwd: ROOT }));
    const side = await Promise.all(Array.from({ length: many }, () => measure(process.execPath, ['--import', 'tsx', script, kind], { cwd: ROOT })));
    const slowest = Math.max(...side.map(seconds));
    coreSpeedups.push(`${kind === 'compute' ? 'a compute loop' : 'a memory-bound random walk'} ${((many * alone) / slowest).toFixed(2)}×`);
  }
  say(`the cores: ${many} processes side by side get ${coreSpeedups.join(', ')} (${many}.00× = ${many} whole cores)`);
}
const one = await pipelineRun(1);
rows.push(one);
print(one);
const multi = many > 1 ? await pipelineRun(many) : null;
if (multi) {
  rows.push(multi);
  print(multi);
}
say(`load average after: ${load()}`);
say('');

function mbps(row: Row): number {
  return archive.textBytes / 1e6 / row.run.seconds;
}
function rss(row: Row): string {
  const parts = [row.run.peakRssTimeMb !== null ? `${row.run.peakRssTimeMb.toFixed(0)} MB (time -v)` : null, row.run.peakRssSampledMb !== null ? `${row.run.peakRssSampledMb.toFixed(0)} MB (sampled)` : null];
  return parts.filter(Boolean).join(', ');
}
function print(row: Row): void {
  const docsPerSec = row.docs / row.run.seconds;
  const cpu = row.run.cpuSeconds !== null ? `  CPU ${row.run.cpuSeconds.toFixed(1)} s (${(row.run.cpuSeconds / row.run.seconds).toFixed(2)} cores busy)` : '';
  say(`${row.name.padEnd(40)} ${row.run.seconds.toFixed(1).padStart(7)} s  ${mbps(row).toFixed(2).padStart(6)} MB/s  ${docsPerSec.toFixed(0).padStart(6)} docs/s  peak RSS ${rss(row)}${cpu}${row.failed ? `  (${row.failed} failed)` : ''}`);
}

say('summary');
const peak = Math.max(...[one, multi].filter((r): r is Row => r !== null).map((r) => r.run.peakRssTimeMb ?? r.run.peakRssSampledMb ?? 0));
say(`  1 worker:  ${mbps(one).toFixed(2)} MB/s (target ≥ 5)  ${mbps(one) >= 5 ? 'ok' : 'BELOW TARGET'}`);
if (multi) {
  const speedup = mbps(multi) / mbps(one);
  say(`  ${many} workers: ${mbps(multi).toFixed(2)} MB/s, speed-up ${speedup.toFixed(2)}× (target ≥ 1.7× with 2)  ${speedup >= 1.7 ? 'ok' : 'BELOW TARGET'}`);
  if (one.run.cpuSeconds !== null && multi.run.cpuSeconds !== null) {
    // Load-independent view: the CPU the parallel run spends beyond the sequential one is its
    // overhead (messaging, copies, a busier main thread); with every core free it could reach
    // at most cores × (sequential CPU / parallel CPU).
    const bound = Math.min(many, cores) * (one.run.cpuSeconds / multi.run.cpuSeconds);
    say(`  CPU: ${one.run.cpuSeconds.toFixed(1)} s with 1 worker, ${multi.run.cpuSeconds.toFixed(1)} s with ${many}: speed-up bound on an idle machine ${bound.toFixed(2)}× (${(multi.run.cpuSeconds / multi.run.seconds).toFixed(2)} of ${Math.min(many, cores)} cores were ours during the run)`);
  }
}
if (segmenterMany) say(`  Intl.Segmenter alone: ${(mbps(segmenterMany) / mbps(rows[0]!)).toFixed(2)}× with ${many} processes (one process also uses an idle core for V8's compiler and collector threads)`);
if (coreSpeedups.length > 0) say(`  the cores: ${coreSpeedups.join(', ')} with ${many} processes`);
say(`  peak RSS of the pipeline runs: ${peak.toFixed(0)} MB on ${(archive.textBytes / 1e6).toFixed(0)} MB of text (target < 300 MB, flat in archive size)  ${peak < 300 ? 'ok' : 'ABOVE TARGET'}`);
if (!values['skip-segmenter']) say(`  pipeline vs Intl.Segmenter alone: ${(mbps(one) / mbps(rows[0]!)).toFixed(2)}× the segmenter's speed on 1 thread`);
say('  note: timings depend on machine load (see load average above); re-measure on a quiet machine.');
