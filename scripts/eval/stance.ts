/**
 * `npm run eval -- stance [--errors]`: polarity accuracy and macro-F1 of quote stances, and
 * target accuracy, against corpora/gold/stance.jsonl (written for this project: the quotes
 * of the sample article and of our own news-like texts, anchored by surface text and
 * occurrence). Two modes in one run:
 *   (a) gold quote spans scored by `stanceOfSpan` directly: isolates the stance analysis;
 *   (b) end to end: the pipeline's quotes layer, matched to gold quotes by an overlap of at
 *       least half the shorter span, and the stance the stage gave each matched quote.
 * A target is right when the predicted target overlaps the gold target phrase or shares a
 * content word with it (first five letters, so inflection does not matter).
 */
import { readFileSync } from 'node:fs';
import { createPipeline, STAGES } from '../../pipeline/index.js';
import type { Doc } from '../../pipeline/core/document.js';
import { stanceOfSpan } from '../../pipeline/stages/stance/index.js';
import type { Polarity, Stance } from '../../pipeline/stages/stance/types.js';
import { fmt, overlapOfShorter, prf, type Counts } from './_metrics.js';

interface GoldQuote {
  text: string;
  occurrence: number;
  speaker: string;
  target: { text: string; occurrence?: number } | null;
  polarity: Polarity;
}
interface GoldDoc {
  id: string;
  /** `dev`: texts written first and looked at while the lexicon grew; `fresh`: written later, scored without tuning. */
  split?: string;
  text?: string;
  file?: string;
  quotes: GoldQuote[];
}

const root = new URL('../../', import.meta.url);
const POLARITIES: Polarity[] = ['positive', 'negative', 'neutral'];

function nth(text: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** The target occurrence: the one given, else the one inside or nearest before/after the quote. */
function anchorTarget(text: string, target: { text: string; occurrence?: number }, quote: { start: number; end: number }) {
  if (target.occurrence) {
    const at = nth(text, target.text, target.occurrence);
    return at < 0 ? null : { start: at, end: at + target.text.length };
  }
  let best: { start: number; end: number } | null = null;
  let bestDistance = Infinity;
  for (let at = text.indexOf(target.text); at >= 0; at = text.indexOf(target.text, at + 1)) {
    const end = at + target.text.length;
    const distance = at >= quote.start && end <= quote.end ? 0 : at < quote.start ? quote.start - end : (at - quote.end) * 1.5;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { start: at, end };
    }
  }
  return best;
}

const CONTENT = /[\p{L}][\p{L}\p{N}-]{3,}/gu;
const FUNCTION = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'eine', 'einen', 'einem', 'einer', 'eines', 'diese', 'dieser', 'dieses', 'unsere', 'seine', 'ihre']);
function contentStems(text: string): Set<string> {
  return new Set([...text.toLowerCase().matchAll(CONTENT)].map((m) => m[0]).filter((w) => !FUNCTION.has(w)).map((w) => w.slice(0, 5)));
}

function targetRight(doc: Doc, predicted: Stance['target'], gold: { start: number; end: number }): boolean {
  if (predicted.span && predicted.span.start < gold.end && gold.start < predicted.span.end) return true;
  const g = contentStems(doc.text.slice(gold.start, gold.end));
  for (const w of contentStems(predicted.text)) if (g.has(w)) return true;
  return false;
}

class Scores {
  confusion = new Map<string, number>();
  n = 0;
  right = 0;
  targets = 0;
  targetsRight = 0;
  errors: string[] = [];

  add(gold: Polarity, predicted: Polarity, targetOk: boolean | null, note: string): void {
    this.n++;
    if (gold === predicted) this.right++;
    else this.errors.push(`  gold ${gold.padEnd(8)} got ${predicted.padEnd(8)} ${note}`);
    const key = `${gold}>${predicted}`;
    this.confusion.set(key, (this.confusion.get(key) ?? 0) + 1);
    if (targetOk !== null) {
      this.targets++;
      if (targetOk) this.targetsRight++;
    }
  }

  counts(p: Polarity): Counts {
    let tp = 0, fp = 0, fn = 0;
    for (const [key, n] of this.confusion) {
      const [g, q] = key.split('>');
      if (g === p && q === p) tp += n;
      else if (q === p) fp += n;
      else if (g === p) fn += n;
    }
    return { tp, fp, fn };
  }

  macroF1(): number {
    return POLARITIES.reduce((sum, p) => sum + prf(this.counts(p)).f1, 0) / POLARITIES.length;
  }

  print(title: string, showErrors: boolean): void {
    console.log(`\n${title}`);
    console.log(`  quotes ${this.n}   polarity accuracy ${fmt(this.n ? this.right / this.n : 0)}   macro-F1 ${fmt(this.macroF1())}   target accuracy ${fmt(this.targets ? this.targetsRight / this.targets : 0)} (${this.targetsRight}/${this.targets} quotes with a gold target)`);
    for (const p of POLARITIES) {
      const { precision, recall, f1 } = prf(this.counts(p));
      console.log(`  ${p.padEnd(9)} P ${fmt(precision)}  R ${fmt(recall)}  F1 ${fmt(f1)}`);
    }
    console.log(`  confusion (gold → predicted): ${POLARITIES.map((g) => `${g}: ${POLARITIES.map((p) => this.confusion.get(`${g}>${p}`) ?? 0).join('/')}`).join('  ')}   (pos/neg/neu)`);
    if (showErrors && this.errors.length) console.log(this.errors.join('\n'));
  }
}

/**
 * `--speed`: CPU time (process.cpuUsage, so other processes on a shared machine count less
 * than in wall time) of the default pipeline with and without the stance stage, and of the
 * stance stage alone, over the gold texts and the sample article repeated to about 1.5 MB.
 */
function measureSpeed(texts: string[]): void {
  const bytesPerRound = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const rounds = Math.max(1, Math.ceil(1.5e6 / bytesPerRound));
  const mb = (bytesPerRound * rounds) / 1e6;
  const full = createPipeline();
  const base = createPipeline({ stages: ['language', 'sentences', 'tokens'] });
  const stance = STAGES.get('stance')!.create({ authorVoice: true });
  const cpu = (f: () => void) => {
    const before = process.cpuUsage();
    f();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1e6;
  };
  // warm both pipelines up, then alternate them so that load changes hit both alike
  for (let r = 0; r < 3; r++) for (const t of texts) { full.process({ id: 'warm', text: t, meta: {} }); base.process({ id: 'warm', text: t, meta: {} }); }
  let tFull = 0;
  let tBase = 0;
  for (let r = 0; r < rounds; r++) {
    tBase += cpu(() => { for (const t of texts) base.process({ id: 'x', text: t, meta: {} }); });
    tFull += cpu(() => { for (const t of texts) full.process({ id: 'x', text: t, meta: {} }); });
  }
  const docs: Doc[] = [];
  for (let r = 0; r < rounds; r++) for (const t of texts) docs.push(base.process({ id: 'x', text: t, meta: {} }));
  const tStance = cpu(() => { for (const d of docs) stance.run(d); });
  console.log(`\nspeed (CPU time, ${mb.toFixed(2)} MB): default pipeline ${(mb / tFull).toFixed(2)} MB/s; without stance ${(mb / tBase).toFixed(2)} MB/s; stance stage alone ${(mb / tStance).toFixed(2)} MB/s (${((tStance / (tBase + tStance)) * 100).toFixed(0)} % of the pipeline's time)`);
}

export async function run(args: string[]): Promise<number> {
  const showErrors = args.includes('--errors');
  const lines = readFileSync(new URL('corpora/gold/stance.jsonl', root), 'utf8').split('\n').filter((l) => l.trim());
  const docs = lines.map((l) => JSON.parse(l) as GoldDoc);
  const pipeline = createPipeline();
  const direct = new Scores();
  const endToEnd = new Scores();
  const bySplit = new Map<string, Scores>();
  let quotesLayerSeen = false;
  let goldQuotes = 0;
  let matched = 0;
  for (const gd of docs) {
    const text = gd.text ?? readFileSync(new URL(gd.file!, root), 'utf8');
    const doc = pipeline.process({ id: gd.id, text, meta: {} });
    const quotes = Array.isArray(doc.layers.quotes) ? doc.layers.quotes : null;
    if (quotes) quotesLayerSeen = true;
    for (const gq of gd.quotes) {
      goldQuotes++;
      const at = nth(text, gq.text, gq.occurrence);
      if (at < 0) {
        console.error(`eval stance: ${gd.id}: quote not found: ${gq.text.slice(0, 60)}`);
        continue;
      }
      const span = { start: at, end: at + gq.text.length };
      const goldTarget = gq.target ? anchorTarget(text, gq.target, span) : null;
      const note = `${gd.id}: ${gq.speaker}: „${gq.text.slice(0, 70)}“`;
      // (a) gold span → stanceOfSpan
      const st = stanceOfSpan(doc, span, { entity: null, name: gq.speaker });
      const targetOk = goldTarget ? targetRight(doc, st.target, goldTarget) : null;
      direct.add(gq.polarity, st.polarity, targetOk, `${note} → ${st.target.text || '∅'} (${st.score})`);
      const split = gd.split ?? 'dev';
      if (!bySplit.has(split)) bySplit.set(split, new Scores());
      bySplit.get(split)!.add(gq.polarity, st.polarity, targetOk, '');
      // (b) the quotes layer, matched by overlap
      if (!quotes) continue;
      let best: { id: string; overlap: number } | null = null;
      for (const q of quotes) {
        const o = overlapOfShorter(q.span, span);
        if (o >= 0.5 && (!best || o > best.overlap)) best = { id: q.id, overlap: o };
      }
      if (!best) continue;
      const stance = (doc.layers.stances ?? []).find((s) => s.quote === best!.id);
      if (!stance) continue;
      matched++;
      endToEnd.add(gq.polarity, stance.polarity, goldTarget ? targetRight(doc, stance.target, goldTarget) : null, `${note} → ${stance.target.text || '∅'} (${stance.score})`);
    }
  }
  if (args.includes('--speed')) measureSpeed(docs.map((d) => d.text ?? readFileSync(new URL(d.file!, root), 'utf8')));
  console.log(`stance: ${docs.length} gold texts, ${goldQuotes} gold quotes (corpora/gold/stance.jsonl)`);
  direct.print('(a) gold quote spans scored by stanceOfSpan', showErrors);
  for (const [split, scores] of [...bySplit].sort()) {
    console.log(`    ${split.padEnd(6)} ${String(scores.n).padStart(4)} quotes   accuracy ${fmt(scores.right / scores.n)}   macro-F1 ${fmt(scores.macroF1())}   target accuracy ${fmt(scores.targets ? scores.targetsRight / scores.targets : 0)}`);
  }
  if (!quotesLayerSeen) {
    console.log('\n(b) end to end: the quotes layer is absent from the pipeline (quotes stage not merged): not scored');
  } else {
    console.log(`\n(b) end to end through the quotes layer: ${matched}/${goldQuotes} gold quotes matched (overlap ≥ half the shorter span)`);
    endToEnd.print('(b) matched quotes, stance from the stage', showErrors);
  }
  return 0;
}
