/**
 * `npm run eval -- numbers [--errors] [--gold FILE]`: the numbers stage against
 * corpora/gold/numbers.jsonl. Gold lines are `{id, text, numbers: [{text, occ?, value, max?,
 * unit, kind, category, qualifier?, iso?, change?, flags?}]}`; each annotation is anchored by
 * its surface text and occurrence (1-based, default 1), resolved to offsets here.
 *
 * A predicted number matches a gold one when their spans overlap by at least half of the
 * shorter span (each matched once, best overlap first). Reports span P/R/F1 and, on matched
 * pairs, the accuracy of value (relative tolerance 1e-6), max, unit, kind, category and
 * qualifier. `--errors` lists every miss, false alarm and wrong field. `--speed` also
 * measures the stage on the sample article repeated (CPU time, median of five runs).
 */
import { readFileSync } from 'node:fs';
import { createPipeline } from '../../pipeline/index.js';
import { findNumbers } from '../../pipeline/stages/numbers/index.js';
import type { NumberMention } from '../../pipeline/stages/numbers/types.js';
import { fmt, overlapOfShorter, prfRow, type Counts } from './_metrics.js';

interface GoldNumber {
  text: string;
  occ?: number;
  value: number;
  max?: number;
  unit: string | null;
  kind: string;
  category: string;
  qualifier?: string | null;
}
interface GoldDoc {
  id: string;
  text: string;
  numbers: GoldNumber[];
}

const FIELDS = ['value', 'max', 'unit', 'kind', 'category', 'qualifier'] as const;
type Field = (typeof FIELDS)[number];

export async function run(args: string[]): Promise<number> {
  const showErrors = args.includes('--errors');
  const goldIndex = args.indexOf('--gold');
  const file = goldIndex >= 0 ? args[goldIndex + 1]! : new URL('../../corpora/gold/numbers.jsonl', import.meta.url);
  const docs: GoldDoc[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
  const pipeline = createPipeline();
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const right: Record<Field, number> = { value: 0, max: 0, unit: 0, kind: 0, category: 0, qualifier: 0 };
  const errors: string[] = [];
  let goldTotal = 0;

  for (const doc of docs) {
    const predicted = pipeline.process({ id: doc.id, text: doc.text, meta: {} }).layers.numbers ?? [];
    const gold = doc.numbers.map((g) => ({ g, ...anchor(doc, g) }));
    goldTotal += gold.length;
    const pairs: Array<{ gi: number; pi: number; ov: number }> = [];
    gold.forEach((g, gi) =>
      predicted.forEach((p, pi) => {
        const ov = overlapOfShorter(g, p.span);
        if (ov >= 0.5) pairs.push({ gi, pi, ov });
      }),
    );
    pairs.sort((a, b) => b.ov - a.ov);
    const gUsed = new Set<number>();
    const pUsed = new Set<number>();
    for (const { gi, pi } of pairs) {
      if (gUsed.has(gi) || pUsed.has(pi)) continue;
      gUsed.add(gi);
      pUsed.add(pi);
      counts.tp++;
      const g = gold[gi]!.g;
      const p = predicted[pi]!;
      for (const field of FIELDS) {
        if (same(field, g, p)) right[field]++;
        else errors.push(`${doc.id}: "${g.text}" ${field}: gold ${show(goldField(field, g))}, got ${show(p[field] ?? null)}`);
      }
    }
    gold.forEach((g, gi) => {
      if (!gUsed.has(gi)) {
        counts.fn++;
        errors.push(`${doc.id}: MISSED "${g.g.text}"`);
      }
    });
    predicted.forEach((p, pi) => {
      if (!pUsed.has(pi)) {
        counts.fp++;
        errors.push(`${doc.id}: FALSE "${doc.text.slice(p.span.start, p.span.end)}" (${p.kind}, ${p.value})`);
      }
    });
  }

  console.log(`numbers: ${docs.length} texts, ${goldTotal} gold numbers (${goldIndex >= 0 ? file : 'corpora/gold/numbers.jsonl'})`);
  console.log(prfRow('span (overlap ≥ ½ shorter)', counts));
  for (const field of FIELDS) {
    console.log(`${(field + ' accuracy').padEnd(28)} ${fmt(counts.tp ? right[field] / counts.tp : 1)}   (${right[field]}/${counts.tp} matched)`);
  }
  if (showErrors) for (const e of errors) console.log('  ' + e);
  if (args.includes('--speed')) speed();
  return 0;
}

/** MB/s of CPU time: the numbers stage alone on pre-tokenised documents, and the pipeline with and without it. */
function speed(reps = 300): void {
  const sample = readFileSync(new URL('../../corpora/ukraine-friedensgespraeche.txt', import.meta.url), 'utf8');
  const mb = (Buffer.byteLength(sample) * reps) / 1e6;
  const cpu = (f: () => void): number => {
    f();
    const runs: number[] = [];
    for (let k = 0; k < 5; k++) {
      const c = process.cpuUsage();
      f();
      const u = process.cpuUsage(c);
      runs.push((u.user + u.system) / 1e6);
    }
    return runs.sort((a, b) => a - b)[2]!;
  };
  const base = createPipeline({ stages: ['language', 'sentences', 'tokens'] });
  const full = createPipeline();
  const docs = Array.from({ length: reps }, (_, r) => base.process({ id: `s${r}`, text: sample, meta: {} }));
  const stage = cpu(() => docs.forEach((d) => findNumbers(d)));
  const without = cpu(() => { for (let r = 0; r < reps; r++) base.process({ id: 's', text: sample, meta: {} }); });
  const withNumbers = cpu(() => { for (let r = 0; r < reps; r++) full.process({ id: 's', text: sample, meta: {} }); });
  console.log(`speed: sample article × ${reps} (${mb.toFixed(2)} MB), CPU time, median of 5`);
  console.log(`  numbers stage alone          ${(mb / stage).toFixed(1)} MB/s`);
  console.log(`  default pipeline w/o numbers ${(mb / without).toFixed(2)} MB/s`);
  console.log(`  default pipeline             ${(mb / withNumbers).toFixed(2)} MB/s`);
}

function anchor(doc: GoldDoc, g: GoldNumber): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n < (g.occ ?? 1); n++) {
    at = doc.text.indexOf(g.text, at + 1);
    if (at < 0) throw new Error(`gold ${doc.id}: "${g.text}" occurrence ${g.occ ?? 1} not found`);
  }
  return { start: at, end: at + g.text.length };
}

function goldField(field: Field, g: GoldNumber): unknown {
  if (field === 'qualifier') return g.qualifier ?? null;
  if (field === 'max') return g.max ?? null;
  return g[field];
}

function same(field: Field, g: GoldNumber, p: NumberMention): boolean {
  const want = goldField(field, g);
  const got = p[field] ?? null;
  if (typeof want === 'number' && typeof got === 'number') return Math.abs(want - got) <= 1e-6 * Math.max(1, Math.abs(want));
  return want === got;
}

function show(v: unknown): string {
  return JSON.stringify(v);
}
