/**
 * `npx tsx scripts/compare-speed.ts <other checkout> [--data FILE.jsonl] [--rounds N] [--stage NAME]`:
 * the CPU cost of this checkout's pipeline against another checkout's (a `git worktree` of an
 * older commit, say), measured in one process on the same documents.
 *
 * Why one process: on a shared or virtual machine the speed of a run drifts by 20 % and more
 * with the load of the other processes, so two separate runs compare the machine's moods as
 * much as the code. Here both pipelines process the same chunks of 40 documents in turn
 * (alternating which goes first), so a drift weighs on both alike; a round sums the chunks,
 * and the median ratio over the rounds is the figure. CPU time (user + system), not wall time.
 *
 * Without --stage: the whole default pipeline plus writing the record (toRecord and
 * JSON.stringify, what a batch pays per document). With --stage: that stage alone, on
 * documents prepared up to the stage before it by this checkout's pipeline.
 *
 * Input: a JSONL file with `id` and `text` per line (default: the SpkAtt texts in
 * ../shared/data, read in place). Each side builds its pipeline from its own source, so the
 * module-level caches (word forms, lexicons) are separate.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuMs, readDocuments } from './lib/measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string', default: join(ROOT, '..', 'shared', 'data', 'spkatt-wikinews-train.jsonl') },
    rounds: { type: 'string', default: '8' },
    stage: { type: 'string' },
  },
});
const other = positionals[0];
if (!other || !existsSync(join(other, 'pipeline', 'index.ts'))) {
  process.stderr.write('usage: npx tsx scripts/compare-speed.ts <other checkout> [--data FILE.jsonl] [--rounds N] [--stage NAME]\n');
  process.exit(2);
}

interface Side {
  name: string;
  run(doc: unknown): void;
}

interface PipelineModule {
  createPipeline(config?: { stages: string[] }): { process(input: unknown): { notGerman: boolean; diagnostics: unknown[] } };
  DEFAULT_PIPELINE: { stages: Array<string | { name: string }> };
}

interface StageFactoryLike {
  defaults: object;
  create(config: object): { run(doc: unknown): void };
}

async function load(tree: string): Promise<{ index: PipelineModule; toRecord: (doc: unknown) => unknown; stages: { STAGES: ReadonlyMap<string, StageFactoryLike> } }> {
  const index = (await import(join(resolve(tree), 'pipeline', 'index.ts'))) as PipelineModule;
  const record = (await import(join(resolve(tree), 'pipeline', 'core', 'record.ts'))) as { toRecord: (doc: unknown) => unknown };
  const stages = (await import(join(resolve(tree), 'pipeline', 'stages', 'index.ts'))) as { STAGES: ReadonlyMap<string, StageFactoryLike> };
  return { index, toRecord: record.toRecord, stages };
}

const here = await load(ROOT);
const there = await load(other);
const names = here.index.DEFAULT_PIPELINE.stages.map((s) => (typeof s === 'string' ? s : s.name));

const { docs: inputs, mb } = readDocuments(values.data);

function wholePipeline(name: string, side: Awaited<ReturnType<typeof load>>): Side {
  const pipeline = side.index.createPipeline();
  return { name, run: (input) => JSON.stringify(side.toRecord(pipeline.process(input))) };
}

/** One stage alone: it runs on a copy-free document prepared once; its own layer is simply overwritten each time. */
function oneStage(name: string, side: Awaited<ReturnType<typeof load>>, stage: string): Side {
  const factory = side.stages.STAGES.get(stage);
  if (!factory) throw new Error(`no stage '${stage}' in ${name}`);
  const instance = factory.create({ ...factory.defaults });
  return {
    name,
    run(doc) {
      const d = doc as { diagnostics: unknown[]; kept: number };
      d.diagnostics.length = d.kept;
      instance.run(doc);
    },
  };
}

let docs: unknown[];
let sides: [Side, Side];
if (values.stage) {
  if (!names.includes(values.stage)) throw new Error(`unknown stage '${values.stage}'; stages: ${names.join(', ')}`);
  const before = here.index.createPipeline({ stages: names.slice(0, names.indexOf(values.stage)) });
  docs = inputs
    .map((input) => before.process(input))
    .filter((d) => !d.notGerman)
    .map((d) => Object.assign(d, { kept: d.diagnostics.length }));
  sides = [oneStage('other', there, values.stage), oneStage('this', here, values.stage)];
} else {
  docs = inputs;
  sides = [wholePipeline('other', there), wholePipeline('this', here)];
}

const chunks: unknown[][] = [];
for (let k = 0; k < docs.length; k += 40) chunks.push(docs.slice(k, k + 40));

function chunkMs(side: Side, chunk: unknown[]): number {
  return cpuMs(() => {
    for (const doc of chunk) side.run(doc);
  });
}

function round(): [number, number] {
  const sum: [number, number] = [0, 0];
  chunks.forEach((chunk, c) => {
    for (const k of c % 2 === 0 ? [0, 1] : [1, 0]) sum[k as 0 | 1] += chunkMs(sides[k as 0 | 1], chunk);
  });
  return [sum[0] / mb, sum[1] / mb];
}

round(); // warm-up: JIT and lazily built lexicons of both sides
const results: Array<[number, number]> = [];
for (let r = 0; r < Math.max(1, Number(values.rounds)); r++) results.push(round());

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[xs.length >> 1]!;
const what = values.stage ? `stage ${values.stage}` : 'whole pipeline + record';
const say = (line: string) => process.stdout.write(line + '\n');
say(`${what}: ${docs.length} documents, ${mb.toFixed(2)} MB, ${results.length} rounds after warm-up (CPU ms per MB)`);
for (const k of [0, 1] as const) {
  const xs = results.map((r) => r[k]);
  say(`  ${k === 0 ? `other (${other})` : 'this checkout'}: best ${sorted(xs)[0]!.toFixed(1)}, median ${median(xs).toFixed(1)}`);
}
const ratios = results.map(([a, b]) => b / a);
say(`  this / other per round: median ${median(ratios).toFixed(3)} (range ${sorted(ratios)[0]!.toFixed(3)}–${sorted(ratios).at(-1)!.toFixed(3)})`);
