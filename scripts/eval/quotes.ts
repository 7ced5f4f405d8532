/**
 * `npm run eval -- quotes [--data FILE] [--gold FILE] [--errors N] [--limit N] [--half odd|even] [--speed]`
 *
 * Scores the quotes stage, run in-process on the default pipeline, against
 * 1. the SpkAtt-2023 training data (German Wikinews, ../shared/data; not ours, never copied);
 *    `--half odd|even` keeps the odd- or even-numbered articles (1-based, file order), so that
 *    a fix found on one half can be checked on the other;
 * 2. our own annotated German texts, corpora/gold/quotes.jsonl, all together and per `split`
 *    (`dev`: written alongside the rules, the default for lines without one; `fresh`: written
 *    blind, before the pipeline was run on them, then fixed against; `held-out`: written blind
 *    after those fixes and not tuned on).
 *
 * A predicted quote matches a gold quote when their spans overlap by at least half of the
 * shorter one (one-to-one, best overlaps first). Gold Direct, Indirect, FreeIndirect and
 * IndirectFreeIndirect annotations are quotes; a prediction overlapping a gold Reported
 * annotation counts neither way. The speaker of a matched quote is right when the predicted
 * speaker mention overlaps a gold source span or the two names share a content word (and
 * when neither side names anybody). Prints P/R/F1 of quote spans, recall per form, speaker
 * accuracy, and P/R/F1 of quote plus right speaker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPipeline, extractDocument } from '../../pipeline/index.js';
import { quotesStage } from '../../pipeline/stages/quotes/index.js';
import { fmt, isHalf, overlapOfShorter, prf, prfRow, selectHalf, type Counts } from './_metrics.js';

// The halves are shared with the other evaluators; re-exported for the evaluator's tests.
export { selectHalf };

interface Range {
  start: number;
  end: number;
}
interface GoldQuote {
  form: string;
  span: Range;
  sources: Range[];
  sourceText: string;
}
export interface GoldDoc {
  id: string;
  /** Own gold only: `dev`, `fresh` or `held-out` (see the header). */
  split?: string;
  text: string;
  quotes: GoldQuote[];
  reported: Range[];
}
interface PredQuote {
  type: string;
  span: Range;
  speakerName: string | null;
  speakerMention: Range | null;
  cue: string | null;
}

const QUOTE_FORMS = new Set(['Direct', 'Indirect', 'FreeIndirect', 'IndirectFreeIndirect']);
const root = new URL('../../', import.meta.url);

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string', default: new URL('../shared/data/spkatt-wikinews-train.jsonl', root).pathname },
      gold: { type: 'string', default: new URL('corpora/gold/quotes.jsonl', root).pathname },
      errors: { type: 'string', default: '0' },
      limit: { type: 'string' },
      half: { type: 'string' },
      speed: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  if (values.speed) {
    speed();
    return 0;
  }
  const errors = Number(values.errors) || 0;
  const limit = values.limit ? Number(values.limit) : Infinity;
  if (values.half !== undefined && !isHalf(values.half)) {
    console.error(`eval quotes: --half must be 'odd' or 'even', not '${values.half}'`);
    return 2;
  }
  let exit = 0;
  if (existsSync(values.data!)) {
    const docs = selectHalf(readSpkAtt(values.data!), values.half).slice(0, limit);
    const which = values.half ? `, ${values.half}-numbered` : '';
    score(`SpkAtt-2023 train (${docs.length} articles${which})`, docs, errors);
  } else {
    console.error(`eval quotes: ${values.data} not found; skipping SpkAtt`);
  }
  if (existsSync(values.gold!)) {
    const own = readOwnGold(values.gold!);
    score('wortlaut gold (corpora/gold/quotes.jsonl)', own, 0);
    for (const [split, docs] of bySplit(own)) score(`wortlaut gold, split ${split} (${docs.length} texts)`, docs, errors);
  } else {
    console.error(`eval quotes: ${values.gold} not found`);
    exit = 1;
  }
  return exit;
}

/** Own gold grouped by split, splits in alphabetical order; lines without one are `dev`. */
export function bySplit(docs: readonly GoldDoc[]): Array<[string, GoldDoc[]]> {
  const groups = new Map<string, GoldDoc[]>();
  for (const d of docs) {
    const split = d.split ?? 'dev';
    const group = groups.get(split) ?? [];
    group.push(d);
    groups.set(split, group);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

// --- Speed ------------------------------------------------------------------------------

/**
 * `--speed`: the sample article repeated to about 2 MB; best of 7 runs of the quotes stage
 * alone (on documents already through language, sentences and tokens) and of those three
 * stages, in MB of UTF-8 text per second on one core.
 */
function speed(): void {
  const sample = readFileSync(new URL('corpora/ukraine-friedensgespraeche.txt', root), 'utf8');
  const base = createPipeline({ stages: ['language', 'sentences', 'tokens'] });
  const copies = Math.ceil(2e6 / Buffer.byteLength(sample));
  const docs = Array.from({ length: copies }, (_, i) => base.process({ id: `d${i}`, text: sample, meta: {} }));
  const mb = (docs.length * Buffer.byteLength(sample)) / 1e6;
  const stage = quotesStage.create(quotesStage.defaults);
  const best = (f: () => void) => {
    let min = Infinity;
    for (let r = 0; r < 7; r++) {
      const t0 = performance.now();
      f();
      min = Math.min(min, performance.now() - t0);
    }
    return min / 1000;
  };
  const tq = best(() => {
    for (const d of docs) {
      d.diagnostics.length = 0;
      stage.run(d);
    }
  });
  const tb = best(() => {
    for (const d of docs) base.process({ id: d.id, text: d.text, meta: {} });
  });
  console.log(`speed on ${mb.toFixed(2)} MB (sample article x ${copies}), best of 7:`);
  console.log(`  quotes stage alone              ${(mb / tq).toFixed(1)} MB/s`);
  console.log(`  language+sentences+tokens       ${(mb / tb).toFixed(1)} MB/s`);
  console.log(`  ... + quotes                    ${(mb / (tb + tq)).toFixed(1)} MB/s`);
}

// --- Reading gold ----------------------------------------------------------------------

function extent(spans: Array<[number, number]>): Range | null {
  if (spans.length === 0) return null;
  return { start: Math.min(...spans.map((s) => s[0])), end: Math.max(...spans.map((s) => s[1])) };
}

function readSpkAtt(path: string): GoldDoc[] {
  const out: GoldDoc[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as {
      id: string;
      text: string;
      annotations: Array<{ form: string; message: Array<[number, number]>; source: Array<[number, number]> }>;
    };
    const cps = [...d.text];
    const quotes: GoldQuote[] = [];
    const reported: Range[] = [];
    for (const a of d.annotations) {
      const span = extent(a.message);
      if (!span) continue;
      if (a.form === 'Reported') reported.push(span);
      else if (QUOTE_FORMS.has(a.form)) {
        const sources = a.source.map(([start, end]) => ({ start, end }));
        quotes.push({ form: a.form, span, sources, sourceText: sources.map((s) => cps.slice(s.start, s.end).join('')).join(' ') });
      }
    }
    out.push({ id: d.id, text: d.text, quotes, reported });
  }
  return out;
}

interface OwnAnnotation {
  form: string;
  text: string;
  occurrence?: number;
  speaker?: string | null;
  speakerOccurrence?: number;
  /** A longer surface that contains the speaker once, to anchor short mentions ("er"). */
  speakerIn?: string;
}

/** Our own gold: annotations anchored by surface text + occurrence (1-based). */
export function readOwnGold(path: string): GoldDoc[] {
  const out: GoldDoc[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; split?: string; text: string; quotes: OwnAnnotation[]; reported?: OwnAnnotation[] };
    const locate = (surface: string, occurrence = 1): Range => {
      let at = -1;
      for (let n = 0; n < occurrence; n++) {
        at = d.text.indexOf(surface, at + 1);
        if (at < 0) throw new Error(`gold ${d.id}: "${surface}" (occurrence ${occurrence}) not in text`);
      }
      // Code points, as the output record counts them.
      const start = [...d.text.slice(0, at)].length;
      return { start, end: start + [...surface].length };
    };
    const quotes = d.quotes.map((q) => {
      let sources: Range[] = [];
      if (q.speaker && q.speakerIn) {
        const outer = locate(q.speakerIn, q.speakerOccurrence ?? 1);
        const inner = new RegExp(`(?<![\\p{L}\\p{N}])${q.speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').exec(q.speakerIn);
        if (!inner) throw new Error(`gold ${d.id}: speaker "${q.speaker}" is not a word of "${q.speakerIn}"`);
        const offset = [...q.speakerIn.slice(0, inner.index)].length;
        sources = [{ start: outer.start + offset, end: outer.start + offset + [...q.speaker].length }];
      } else if (q.speaker) sources = [locate(q.speaker, q.speakerOccurrence ?? 1)];
      return { form: q.form, span: locate(q.text, q.occurrence ?? 1), sources, sourceText: q.speaker ?? '' };
    });
    const reported = (d.reported ?? []).map((r) => locate(r.text, r.occurrence ?? 1));
    out.push({ id: d.id, split: d.split ?? 'dev', text: d.text, quotes, reported });
  }
  return out;
}

// --- Scoring ---------------------------------------------------------------------------

const FUNCTION_WORDS = new Set(
  'der die das den dem des ein eine einer eines einem einen und von vom zu zur zum in im am an auf aus bei mit nach für er sie es man wir ich ihr ihm ihn seine seiner sein ihre ihrer laut'.split(' '),
);
function contentWords(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w)),
  );
}

function speakerRight(p: PredQuote, g: GoldQuote): boolean {
  if (g.sources.length === 0) return p.speakerMention === null;
  if (p.speakerMention && g.sources.some((s) => s.start < p.speakerMention!.end && p.speakerMention!.start < s.end)) return true;
  if (!p.speakerName) return false;
  const a = contentWords(p.speakerName);
  for (const w of contentWords(g.sourceText)) if (a.has(w)) return true;
  return false;
}

interface Match {
  p: number;
  g: number;
}

function matchQuotes(preds: PredQuote[], gold: GoldQuote[]): Match[] {
  const candidates: Array<{ p: number; g: number; o: number }> = [];
  preds.forEach((p, i) =>
    gold.forEach((g, j) => {
      const o = overlapOfShorter(p.span, g.span);
      if (o >= 0.5) candidates.push({ p: i, g: j, o });
    }),
  );
  candidates.sort((a, b) => b.o - a.o);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Match[] = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    out.push({ p: c.p, g: c.g });
  }
  return out;
}

function score(title: string, docs: GoldDoc[], errors: number): void {
  const pipeline = createPipeline();
  const quotes: Counts = { tp: 0, fp: 0, fn: 0 };
  let speakerOk = 0;
  const perForm = new Map<string, { found: number; total: number }>();
  const fnList: string[] = [];
  const fpList: string[] = [];
  const spkList: string[] = [];
  let bytes = 0;
  const t0 = performance.now();
  for (const doc of docs) {
    const outcome = extractDocument(pipeline, { id: doc.id, text: doc.text, meta: {} });
    if (!outcome.ok) {
      console.error(`eval quotes: ${doc.id} failed: ${outcome.failure.message}`);
      quotes.fn += doc.quotes.length;
      continue;
    }
    bytes += Buffer.byteLength(doc.text);
    const preds: PredQuote[] = (outcome.record.quotes as Array<{ type: string; span: Range; speaker: { name: string | null; mention: Range | null }; cue: { lemma: string } | null }>).map((q) => ({
      cue: q.cue?.lemma ?? null,
      type: q.type,
      span: { start: q.span.start, end: q.span.end },
      speakerName: q.speaker.name,
      speakerMention: q.speaker.mention ? { start: q.speaker.mention.start, end: q.speaker.mention.end } : null,
    }));
    const matches = matchQuotes(preds, doc.quotes);
    const matchedP = new Set(matches.map((m) => m.p));
    const matchedG = new Set(matches.map((m) => m.g));
    const cps = [...doc.text];
    const show = (r: Range) => cps.slice(r.start, r.end).join('').replace(/\s+/g, ' ');
    const context = (r: Range) => cps.slice(Math.max(0, r.start - 100), Math.min(cps.length, r.end + 60)).join('').replace(/\s+/g, ' ');
    for (const m of matches) {
      const p = preds[m.p]!;
      const g = doc.quotes[m.g]!;
      if (speakerRight(p, g)) speakerOk++;
      else {
        // Gold source and predicted mention as written, each with a little context, so that
        // convention errors (pronoun vs. antecedent) are told apart from wrong referents.
        const around = (r: Range) => `${cps.slice(Math.max(0, r.start - 40), r.start).join('')}[${cps.slice(r.start, r.end).join('')}]${cps.slice(r.end, r.end + 30).join('')}`.replace(/\s+/g, ' ');
        const goldAt = g.sources[0] ? around(g.sources[0]) : '—';
        const predAt = p.speakerMention ? around(p.speakerMention) : '—';
        // Where the gold source stands relative to the quote: inside it, or how far before/after.
        const src = g.sources[0];
        const where = !src ? 'none' : src.start >= g.span.start && src.end <= g.span.end ? 'inside' : src.end <= g.span.start ? `before ${g.span.start - src.end}` : `after ${src.start - g.span.end}`;
        spkList.push(`[${doc.id}] ${g.form} (${p.type}, cue: ${p.cue ?? '—'}, source ${where}): ${show(g.span).slice(0, 120)}\n      gold: ${g.sourceText || '—'}  @ …${goldAt}…\n      pred: ${p.speakerMention ? show(p.speakerMention) : '—'} = ${p.speakerName ?? '—'}  @ …${predAt}…`);
      }
    }
    quotes.tp += matches.length;
    doc.quotes.forEach((g, j) => {
      const f = perForm.get(g.form) ?? { found: 0, total: 0 };
      f.total++;
      if (matchedG.has(j)) f.found++;
      else fnList.push(`[${doc.id}] ${g.form} (source: ${g.sourceText || '—'}): ${show(g.span).slice(0, 160)}\n      context: …${context(g.span).slice(0, 320)}…`);
      perForm.set(g.form, f);
    });
    quotes.fn += doc.quotes.length - matches.length;
    preds.forEach((p, i) => {
      if (matchedP.has(i)) return;
      if (doc.reported.some((r) => r.start < p.span.end && p.span.start < r.end)) return;
      quotes.fp++;
      fpList.push(`[${doc.id}] ${p.type} [${p.speakerName ?? '—'}]: ${show(p.span).slice(0, 160)}`);
    });
  }
  const seconds = (performance.now() - t0) / 1000;
  const withSpeaker: Counts = { tp: speakerOk, fp: quotes.tp + quotes.fp - speakerOk, fn: quotes.tp + quotes.fn - speakerOk };
  console.log(`\n== quotes: ${title}`);
  console.log(prfRow('quote spans', quotes));
  for (const [form, f] of [...perForm.entries()].sort()) {
    console.log(`  recall ${form.padEnd(22)} ${fmt(f.total ? f.found / f.total : 1)}   (${f.found}/${f.total})`);
  }
  console.log(`speaker accuracy (matched)    ${fmt(quotes.tp ? speakerOk / quotes.tp : 1)}   (${speakerOk}/${quotes.tp})`);
  const qs = prf(withSpeaker);
  console.log(`quote + right speaker         P ${fmt(qs.precision)}  R ${fmt(qs.recall)}  F1 ${fmt(qs.f1)}`);
  console.log(`(${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s, whole pipeline incl. record writing)`);
  if (errors > 0) {
    const pick = (list: string[]) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / errors)) === 0).slice(0, errors);
    console.log(`\n-- missed (${fnList.length}):\n  ${pick(fnList).join('\n  ')}`);
    console.log(`\n-- spurious (${fpList.length}):\n  ${pick(fpList).join('\n  ')}`);
    console.log(`\n-- wrong speaker (${spkList.length}):\n  ${pick(spkList).join('\n  ')}`);
  }
}
