/**
 * `npm run eval -- sentences [--size N] [--errors [N]] [--data FILE] [--gold FILE]`: sentence
 * boundary precision, recall and F1 of our splitter and of `Intl.Segmenter('de')`.
 *
 * Two gold sets:
 * - The project's own, corpora/gold/sentences.jsonl: news-like texts, each with its units'
 *   surface strings in order (see corpora/README.md for the conventions). A boundary is the
 *   start of every unit but the text's first; scored per split, for all boundaries and for
 *   those inside a line (a line start is given by the layout).
 * - UD German GSD dev, read from ../shared/data and never copied into the project. The gold
 *   file has sentences but no paragraph markers, so consecutive gold sentences are joined
 *   into pseudo-paragraphs of a fixed size (default 10) with one space; the first sentence
 *   start of a paragraph is not counted. Skipped (exit code 0) when the data is absent and
 *   no --data was given.
 *
 * `--errors` lists every miss and false boundary of our splitter with context (`--errors N`:
 * the first N per gold set and split).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { splitSentences } from '../../pipeline/stages/sentences/index.js';
import { prfRow, type Counts } from './_metrics.js';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = resolve(PROJECT_ROOT, '..', 'shared', 'data', 'ud-german-gsd-dev.conllu');
const OWN_GOLD = resolve(PROJECT_ROOT, 'corpora', 'gold', 'sentences.jsonl');

export interface Paragraph {
  text: string;
  /** Gold boundaries: offsets where the 2nd, 3rd, … sentence starts. */
  gold: number[];
}

/** The `# text =` lines of a CoNLL-U file, in order. */
export function readConlluTexts(conllu: string): string[] {
  const out: string[] = [];
  for (const line of conllu.split(/\r?\n/)) {
    if (line.startsWith('# text = ')) out.push(line.slice('# text = '.length).trim());
  }
  return out.filter((t) => t.length > 0);
}

/** Consecutive sentences joined by one space into paragraphs of `size` sentences. */
export function pseudoParagraphs(sentences: string[], size: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < sentences.length; i += size) {
    const group = sentences.slice(i, i + size);
    const gold: number[] = [];
    let text = '';
    for (const s of group) {
      if (text.length > 0) {
        text += ' ';
        gold.push(text.length);
      }
      text += s;
    }
    out.push({ text, gold });
  }
  return out;
}

/** Sentence starts after the first one, from our splitter. */
export function ourBoundaries(text: string): number[] {
  return splitSentences(text)
    .sentences.slice(1)
    .map((s) => s.start);
}

const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });

/** Sentence starts after the first one, from Intl.Segmenter (skipping leading spaces). */
export function intlBoundaries(text: string): number[] {
  const out: number[] = [];
  for (const seg of segmenter.segment(text)) {
    if (seg.index === 0) continue;
    let i = seg.index;
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i < text.length) out.push(i);
  }
  return out;
}

interface ErrorCase {
  kind: 'fp' | 'fn';
  text: string;
  at: number;
  id?: string;
}

function score(paragraphs: Paragraph[], split: (text: string) => number[], errors?: ErrorCase[]): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const p of paragraphs) {
    const found = new Set(split(p.text));
    const gold = new Set(p.gold);
    for (const b of found) {
      if (gold.has(b)) c.tp++;
      else {
        c.fp++;
        errors?.push({ kind: 'fp', text: p.text, at: b });
      }
    }
    for (const b of gold) {
      if (!found.has(b)) {
        c.fn++;
        errors?.push({ kind: 'fn', text: p.text, at: b });
      }
    }
  }
  return c;
}

/** Context on one line: a line break shows as ⏎, other white space as one space. */
function oneLine(text: string): string {
  return text.replace(/\s*[\n\r\u2028\u2029]\s*/g, ' ⏎ ').replace(/\s+/g, ' ');
}

function context(e: ErrorCase, width = 60): string {
  const left = oneLine(e.text.slice(Math.max(0, e.at - width), e.at)).trimEnd();
  const right = oneLine(e.text.slice(e.at, e.at + width)).trimStart();
  const label = e.kind === 'fp' ? 'split, gold has none' : 'missed gold boundary';
  return `${e.id ? `[${e.id}] ` : ''}${label.padEnd(21)} …${left} ‖ ${right}…`;
}

/** One text of the own gold: its units as surface strings, in order. */
export interface GoldText {
  id: string;
  split: string;
  text: string;
  sentences: string[];
}

/** A gold text with its units resolved to offsets. */
export interface ResolvedText extends GoldText {
  units: Array<{ start: number; end: number }>;
}

/** The lines of a sentence gold file, each checked for its fields. */
export function readSentenceGold(jsonl: string): GoldText[] {
  return jsonl
    .split('\n')
    .map((line, n) => ({ line, n }))
    .filter(({ line }) => line.trim().length > 0)
    .map(({ line, n }) => {
      const doc = JSON.parse(line) as Partial<GoldText>;
      const ok = typeof doc.id === 'string' && typeof doc.split === 'string' && typeof doc.text === 'string' && Array.isArray(doc.sentences) && doc.sentences.every((x) => typeof x === 'string' && x.length > 0);
      if (!ok) throw new Error(`sentence gold line ${n + 1}: needs {id, split, text, sentences: [non-empty strings]}`);
      return doc as GoldText;
    });
}

const ONLY_SPACE = /^\s*$/u;

/**
 * The units' offsets, each found after the previous one. Throws unless the units tile the
 * text apart from white space: a gold that skips or repeats text would score the wrong thing.
 */
export function resolveUnits(doc: GoldText): ResolvedText {
  const units: Array<{ start: number; end: number }> = [];
  let at = 0;
  doc.sentences.forEach((sentence, i) => {
    const start = doc.text.indexOf(sentence, at);
    if (start < 0) throw new Error(`sentence gold ${doc.id}: unit ${i + 1} not found after offset ${at}: ${JSON.stringify(sentence)}`);
    const gap = doc.text.slice(at, start);
    if (!ONLY_SPACE.test(gap)) throw new Error(`sentence gold ${doc.id}: text before unit ${i + 1} is not covered by any unit: ${JSON.stringify(gap)}`);
    units.push({ start, end: start + sentence.length });
    at = start + sentence.length;
  });
  const rest = doc.text.slice(at);
  if (!ONLY_SPACE.test(rest)) throw new Error(`sentence gold ${doc.id}: text after the last unit is not covered: ${JSON.stringify(rest)}`);
  return { ...doc, units };
}

const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029']);

/** Whether only white space stands between the line break before `at` (or the text start) and `at`. */
export function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (LINE_BREAKS.has(ch)) return true;
    if (!ONLY_SPACE.test(ch)) return false;
  }
  return true;
}

export interface SplitScore {
  split: string;
  texts: number;
  units: number;
  all: Counts;
  insideLine: Counts;
}

/** Boundary counts of one splitter on resolved gold texts, per split (in order of first appearance). */
export function scoreOwnGold(docs: ResolvedText[], split: (text: string) => number[], errors?: Map<string, ErrorCase[]>): SplitScore[] {
  const bySplit = new Map<string, SplitScore>();
  for (const doc of docs) {
    let row = bySplit.get(doc.split);
    if (!row) {
      row = { split: doc.split, texts: 0, units: 0, all: { tp: 0, fp: 0, fn: 0 }, insideLine: { tp: 0, fp: 0, fn: 0 } };
      bySplit.set(doc.split, row);
    }
    row.texts++;
    row.units += doc.units.length;
    const gold = new Set(doc.units.slice(1).map((u) => u.start));
    const found = new Set(split(doc.text));
    const tally = (kind: keyof Counts, at: number): void => {
      row.all[kind]++;
      if (!startsLine(doc.text, at)) row.insideLine[kind]++;
      if (kind !== 'tp' && errors) {
        const list = errors.get(doc.split) ?? [];
        list.push({ kind, text: doc.text, at, id: doc.id });
        errors.set(doc.split, list);
      }
    };
    for (const b of found) tally(gold.has(b) ? 'tp' : 'fp', b);
    for (const b of gold) if (!found.has(b)) tally('fn', b);
  }
  return [...bySplit.values()];
}

function ownGold(path: string, showErrors: number): void {
  const docs = readSentenceGold(readFileSync(path, 'utf8')).map(resolveUnits);
  const errors = new Map<string, ErrorCase[]>();
  const ours = scoreOwnGold(docs, ourBoundaries, errors);
  const intl = scoreOwnGold(docs, intlBoundaries);
  console.log(`Sentence boundaries on ${relative(PROJECT_ROOT, path) || path} (own gold)`);
  ours.forEach((row, i) => {
    const boundaries = row.all.tp + row.all.fn;
    const inside = row.insideLine.tp + row.insideLine.fn;
    console.log(`${row.split}: ${row.texts} texts, ${row.units} units, ${boundaries} boundaries (${inside} inside a line)`);
    console.log(prfRow('  wortlaut, all', row.all));
    console.log(prfRow('  wortlaut, inside a line', row.insideLine));
    console.log(prfRow("  Intl.Segmenter('de'), all", intl[i]!.all));
  });
  if (showErrors > 0) {
    for (const [split, list] of errors) {
      console.log(`\n${Math.min(showErrors, list.length)} of ${list.length} errors of wortlaut on ${split}:`);
      for (const e of list.slice(0, showErrors)) console.log(context(e));
    }
  }
}

function ud(path: string, size: number, showErrors: number): void {
  const sentences = readConlluTexts(readFileSync(path, 'utf8'));
  const paragraphs = pseudoParagraphs(sentences, size);
  const errors: ErrorCase[] = [];
  const ours = score(paragraphs, ourBoundaries, errors);
  const intl = score(paragraphs, intlBoundaries);

  console.log(`Sentence boundaries on ${join('..', 'shared', 'data', 'ud-german-gsd-dev.conllu')}`);
  console.log(`${sentences.length} gold sentences in ${paragraphs.length} pseudo-paragraphs of ${size} (joined by one space)`);
  console.log(prfRow('wortlaut sentences', ours));
  console.log(prfRow("Intl.Segmenter('de')", intl));
  if (showErrors > 0) {
    console.log(`\nFirst ${Math.min(showErrors, errors.length)} of ${errors.length} errors of wortlaut:`);
    for (const e of errors.slice(0, showErrors)) console.log(context(e));
  }
}

/** A bare `--errors` (no count after it) means all errors. */
function withErrorCount(args: string[]): string[] {
  return args.flatMap((arg, i) => (arg === '--errors' && !/^\d+$/.test(args[i + 1] ?? '') ? ['--errors', String(Number.MAX_SAFE_INTEGER)] : [arg]));
}

/** Where the gold sets are read when no --gold / --data is given (tests point them elsewhere). */
export interface GoldPaths {
  gold: string;
  data: string;
}

export async function run(args: string[], defaults: GoldPaths = { gold: OWN_GOLD, data: DATA }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: withErrorCount(args),
      options: {
        size: { type: 'string', default: '10' },
        errors: { type: 'string', default: '0' },
        data: { type: 'string' },
        gold: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`eval sentences: ${(error as Error).message}`);
    return 2;
  }
  const size = Number(values.size);
  const showErrors = Number(values.errors);
  if (!Number.isInteger(size) || size < 1 || !Number.isInteger(showErrors) || showErrors < 0) {
    console.error('eval sentences: --size must be a positive integer and --errors a non-negative integer');
    return 2;
  }
  const goldPath = values.gold ? resolve(values.gold) : defaults.gold;
  if (!existsSync(goldPath)) {
    console.error(`eval sentences: own gold not found at ${goldPath}`);
    return 2;
  }
  try {
    ownGold(goldPath, showErrors);
  } catch (error) {
    console.error(`eval sentences: ${(error as Error).message}`);
    return 2;
  }
  console.log('');
  const path = values.data ? resolve(values.data) : defaults.data;
  if (!existsSync(path)) {
    if (values.data) {
      console.error(`eval sentences: UD data not found at ${path}`);
      return 2;
    }
    console.log(`UD German GSD dev: skipped (not found at ${path})`);
    return 0;
  }
  ud(path, size, showErrors);
  return 0;
}
