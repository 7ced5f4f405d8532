/**
 * `npm run eval -- sentences [--size N] [--errors N]`: sentence boundary precision, recall
 * and F1 of our splitter and of `Intl.Segmenter('de')` on the UD German GSD dev set.
 *
 * The gold file has sentences but no paragraph markers, so consecutive gold sentences are
 * joined into pseudo-paragraphs of a fixed size (default 10) with one space. A boundary is
 * the offset where a sentence starts inside such a paragraph (the first sentence's start
 * is not counted: it is given). Both splitters see exactly the same text.
 *
 * The data is read from ../shared/data and never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { splitSentences } from '../../pipeline/stages/sentences/index.js';
import { prfRow, type Counts } from './_metrics.js';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = resolve(PROJECT_ROOT, '..', 'shared', 'data', 'ud-german-gsd-dev.conllu');

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

function context(e: ErrorCase, width = 60): string {
  const left = e.text.slice(Math.max(0, e.at - width), e.at).replace(/\s+/g, ' ');
  const right = e.text.slice(e.at, e.at + width).replace(/\s+/g, ' ');
  const label = e.kind === 'fp' ? 'split, gold has none' : 'missed gold boundary';
  return `${label.padEnd(21)} …${left} ‖ ${right}…`;
}

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        size: { type: 'string', default: '10' },
        errors: { type: 'string', default: '0' },
        data: { type: 'string' },
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
  const path = values.data ? resolve(values.data) : DATA;
  if (!existsSync(path)) {
    console.error(`eval sentences: gold data not found at ${path}\n` + `  (expected UD German GSD dev as ../shared/data/ud-german-gsd-dev.conllu next to the project)`);
    return 2;
  }
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
  return 0;
}
