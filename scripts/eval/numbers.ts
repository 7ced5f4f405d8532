/**
 * `npm run eval -- numbers [--errors] [--gold FILE] [--split NAME]`: the numbers stage against
 * corpora/gold/numbers.jsonl. Gold lines are `{id, text, numbers: [{text, occ?, value, max?,
 * unit, kind, category, qualifier?, iso?, change?, flags?}]}`; each annotation is anchored by
 * its surface text and occurrence (1-based, default 1), resolved to offsets here.
 *
 * A predicted number matches a gold one when their spans overlap by at least half of the
 * shorter span (each matched once, best overlap first). Reports span P/R/F1 and, on matched
 * pairs, the accuracy of value (relative tolerance 1e-6), max, unit, kind, category,
 * qualifier, iso, change and flags — overall and per split (`dev`, `fresh`, `held-out`;
 * `--split NAME` scores one alone). `--errors` lists every miss, false alarm and wrong field.
 * `--speed` also measures the stage on the sample article repeated (CPU time, median of five runs).
 */
import { readFileSync } from 'node:fs';
import { createPipeline } from '../../pipeline/index.js';
import { findNumbers } from '../../pipeline/stages/numbers/index.js';
import type { NumberMention } from '../../pipeline/stages/numbers/types.js';
import { fmt, overlapOfShorter, prf, prfRow, type Counts } from './_metrics.js';

interface GoldNumber {
  text: string;
  occ?: number;
  value: number;
  max?: number;
  unit: string | null;
  kind: string;
  category: string;
  qualifier?: string | null;
  iso?: string;
  change?: { from: number; to: number };
  flags?: string[];
}
export interface GoldDoc {
  id: string;
  /**
   * `dev`: written while the rules grew, or scored and then fixed; `fresh`: written blind and
   * scored before the fixes it led to; `held-out`: written blind after the fixes, never tuned
   * on. Lines without a split count as dev.
   */
  split?: string;
  text: string;
  numbers: GoldNumber[];
}

/**
 * Fields compared on matched pairs. iso, change and flags are absent from most gold lines:
 * absent means "none", so a number that should carry none and gets one is wrong too.
 */
export const FIELDS = ['value', 'max', 'unit', 'kind', 'category', 'qualifier', 'iso', 'change', 'flags'] as const;
type Field = (typeof FIELDS)[number];

export interface SplitScore {
  texts: number;
  gold: number;
  counts: Counts;
  right: Record<Field, number>;
}

export interface Scored {
  all: SplitScore;
  bySplit: Map<string, SplitScore>;
  errors: string[];
}

function emptyScore(): SplitScore {
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  return { texts: 0, gold: 0, counts: { tp: 0, fp: 0, fn: 0 }, right };
}

export function readGold(file: string | URL): GoldDoc[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
}

/** Scores the pipeline's numbers layer on the gold documents, overall and per split. */
export function score(docs: GoldDoc[]): Scored {
  const pipeline = createPipeline();
  const all = emptyScore();
  const bySplit = new Map<string, SplitScore>();
  const errors: string[] = [];
  for (const doc of docs) {
    const split = doc.split ?? 'dev';
    if (!bySplit.has(split)) bySplit.set(split, emptyScore());
    const targets = [all, bySplit.get(split)!];
    const add = (f: (s: SplitScore) => void): void => targets.forEach(f);
    add((s) => { s.texts++; s.gold += doc.numbers.length; });
    const predicted = pipeline.process({ id: doc.id, text: doc.text, meta: {} }).layers.numbers ?? [];
    const gold = doc.numbers.map((g) => ({ g, ...anchor(doc, g) }));
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
      add((s) => s.counts.tp++);
      const g = gold[gi]!.g;
      const p = predicted[pi]!;
      for (const field of FIELDS) {
        if (same(field, g, p)) add((s) => s.right[field]++);
        else errors.push(`${doc.id}: "${g.text}" ${field}: gold ${show(goldField(field, g))}, got ${show(predictedField(field, p))}`);
      }
    }
    gold.forEach((g, gi) => {
      if (gUsed.has(gi)) return;
      add((s) => s.counts.fn++);
      errors.push(`${doc.id}: MISSED "${g.g.text}"`);
    });
    predicted.forEach((p, pi) => {
      if (pUsed.has(pi)) return;
      add((s) => s.counts.fp++);
      errors.push(`${doc.id}: FALSE "${doc.text.slice(p.span.start, p.span.end)}" (${p.kind}, ${p.value})`);
    });
  }
  return { all, bySplit, errors };
}

export function accuracy(s: SplitScore, field: Field): number {
  return s.counts.tp ? s.right[field] / s.counts.tp : 1;
}

/** One line per split: texts, gold numbers, span F1 and each field's accuracy. */
export function splitLine(name: string, s: SplitScore): string {
  const fields = FIELDS.map((f) => `${f} ${fmt(accuracy(s, f))}`).join('  ');
  return `  ${name.padEnd(9)} ${String(s.texts).padStart(3)} texts ${String(s.gold).padStart(4)} numbers  span F1 ${fmt(prf(s.counts).f1)} (P ${fmt(prf(s.counts).precision)} R ${fmt(prf(s.counts).recall)})  ${fields}`;
}

const SPLIT_ORDER = ['dev', 'fresh', 'held-out'];

export async function run(args: string[]): Promise<number> {
  const showErrors = args.includes('--errors');
  const goldIndex = args.indexOf('--gold');
  const file = goldIndex >= 0 ? args[goldIndex + 1]! : new URL('../../corpora/gold/numbers.jsonl', import.meta.url);
  const splitIndex = args.indexOf('--split');
  const only = splitIndex >= 0 ? args[splitIndex + 1]! : null;
  const docs = readGold(file).filter((d) => !only || (d.split ?? 'dev') === only);
  const { all, bySplit, errors } = score(docs);

  console.log(`numbers: ${all.texts} texts, ${all.gold} gold numbers (${goldIndex >= 0 ? file : 'corpora/gold/numbers.jsonl'}${only ? `, split ${only}` : ''})`);
  console.log(prfRow('span (overlap ≥ ½ shorter)', all.counts));
  for (const field of FIELDS) {
    console.log(`${(field + ' accuracy').padEnd(28)} ${fmt(accuracy(all, field))}   (${all.right[field]}/${all.counts.tp} matched)`);
  }
  console.log('per split:');
  const names = [...bySplit.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const name of names) console.log(splitLine(name, bySplit.get(name)!));
  if (showErrors) for (const e of errors) console.log('  ' + e);
  if (args.includes('--speed')) speed();
  return 0;
}

function rank(split: string): number {
  const at = SPLIT_ORDER.indexOf(split);
  return at < 0 ? SPLIT_ORDER.length : at;
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
  if (field === 'max' || field === 'iso' || field === 'change') return g[field] ?? null;
  if (field === 'flags') return [...(g.flags ?? [])].sort();
  return g[field];
}

function predictedField(field: Field, p: NumberMention): unknown {
  if (field === 'flags') return [...(p.flags ?? [])].sort();
  return p[field] ?? null;
}

function same(field: Field, g: GoldNumber, p: NumberMention): boolean {
  const want = goldField(field, g);
  const got = predictedField(field, p);
  if (typeof want === 'number' && typeof got === 'number') return close(want, got);
  if (field === 'change') {
    const w = want as GoldNumber['change'] | null;
    const c = got as GoldNumber['change'] | null;
    return !w || !c ? w === c : close(w.from, c.from) && close(w.to, c.to);
  }
  if (field === 'flags') return JSON.stringify(want) === JSON.stringify(got);
  return want === got;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
}

function show(v: unknown): string {
  return JSON.stringify(v);
}
