/**
 * `npx tsx scripts/profile-stage.ts <stage> [--rounds N] [--data FILE]`: the CPU cost of one
 * stage of the default pipeline, in ms per MB of text (UTF-8), measured in-process.
 *
 * Input: the texts of `../shared/data/spkatt-wikinews-train.jsonl` (read in place, never
 * copied) plus every `corpora/*.txt` ×100. Two pipelines are built: the default pipeline up
 * to and including <stage>, and the one up to the stage before it; the stage's cost is the
 * difference of their CPU times (process.cpuUsage, user + system, so other processes on a
 * shared machine count less than in wall time). Both pipelines are warmed up first, then
 * run alternately for N rounds; the best round of each is used. The whole default pipeline
 * is timed the same way and printed in MB/s for reference.
 *
 * `--novel`: the cost on text whose vocabulary the process has not seen yet (what an archive
 * of new articles pays until per-word caches fill): warm-up on every other document, then one
 * timed pass over the others (the pipeline up to the stage before first, so only <stage>
 * meets new words). One round only, so repeat the command to see the spread.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPipeline, DEFAULT_PIPELINE, type InputDocument, type Pipeline } from '../pipeline/index.js';
import { cpuMs, megabytes, readDocuments } from './lib/measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '3' },
    data: { type: 'string', default: join(ROOT, '..', 'shared', 'data', 'spkatt-wikinews-train.jsonl') },
    copies: { type: 'string', default: '100' },
    novel: { type: 'boolean', default: false },
  },
});
const names = DEFAULT_PIPELINE.stages.map((s) => (typeof s === 'string' ? s : s.name));
const stage = positionals[0];
if (!stage || !names.includes(stage)) {
  process.stderr.write(`usage: npx tsx scripts/profile-stage.ts <stage> [--rounds N]\n  stages: ${names.join(', ')}\n`);
  process.exit(2);
}
const rounds = Math.max(1, Number(values.rounds));

const docs: InputDocument[] = [];
if (existsSync(values.data)) {
  docs.push(...readDocuments(values.data).docs);
} else {
  process.stderr.write(`profile-stage: no data at ${values.data}; measuring the corpora only\n`);
}
const corpora = join(ROOT, 'corpora');
for (const file of readdirSync(corpora).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(corpora, file), 'utf8');
  for (let k = 0; k < Number(values.copies); k++) docs.push({ id: `${file}#${k}`, text, meta: {} });
}
const mb = megabytes(docs);

/** CPU milliseconds of `pipeline` over `set`. */
function timed(pipeline: Pipeline, set: readonly InputDocument[] = docs): number {
  return cpuMs(() => {
    for (const doc of set) pipeline.process(doc);
  });
}

const upto = names.indexOf(stage);
if (values.novel) {
  const warm = docs.filter((_, k) => k % 2 === 0);
  const fresh = docs.filter((_, k) => k % 2 === 1);
  const seen = new Set(warm.map((d) => d.text));
  const unseen = fresh.filter((d) => !seen.has(d.text));
  const withStage = createPipeline({ stages: names.slice(0, upto + 1) });
  const withoutStage = createPipeline({ stages: names.slice(0, upto) });
  for (let r = 0; r < 2; r++) { timed(withoutStage, warm); timed(withStage, warm); }
  const unseenMb = megabytes(unseen);
  const without = timed(withoutStage, unseen);
  const first = timed(withStage, unseen);
  const second = timed(withStage, unseen);
  process.stdout.write(`novel text: ${unseen.length} documents, ${unseenMb.toFixed(2)} MB not seen during warm-up\n`);
  process.stdout.write(`stage ${stage}: first pass ${((first - without) / unseenMb).toFixed(0)} ms/MB, second pass ${((second - without) / unseenMb).toFixed(0)} ms/MB\n`);
  process.exit(0);
}
const withStage = createPipeline({ stages: names.slice(0, upto + 1) });
const withoutStage = createPipeline({ stages: names.slice(0, upto) });
const full = createPipeline();
const pipelines = [withoutStage, withStage, full];
// Warm-up: one pass of each, so JIT compilation and lazily built lexicons are not counted.
for (const p of pipelines) timed(p);
const best = pipelines.map(() => Infinity);
for (let r = 0; r < rounds; r++) {
  pipelines.forEach((p, i) => {
    best[i] = Math.min(best[i]!, timed(p));
  });
}
const [without, withIt, whole] = best as [number, number, number];
const say = (line: string) => process.stdout.write(line + '\n');
say(`${docs.length} documents, ${mb.toFixed(2)} MB of text (UTF-8); best of ${rounds} rounds after warm-up, CPU time`);
say(`up to ${names[upto - 1] ?? '(nothing)'}: ${(without / mb).toFixed(0)} ms/MB`);
say(`up to ${stage}: ${(withIt / mb).toFixed(0)} ms/MB`);
say(`stage ${stage}: ${((withIt - without) / mb).toFixed(0)} ms/MB`);
say(`whole default pipeline: ${(whole / mb).toFixed(0)} ms/MB = ${(mb / (whole / 1000)).toFixed(2)} MB/s`);
