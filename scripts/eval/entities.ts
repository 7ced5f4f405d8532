/**
 * `npm run eval -- entities [--data path] [--limit n] [--half odd|even] [--misses n]`: how many gold speakers
 * (the `source` spans of the SpkAtt-2023 training data: the speaker as written, often a
 * pronoun or a role) are covered by one of the entities stage's mentions, and how many of
 * the covered pronoun sources were resolved to an entity.
 *
 * Covered (loose): a mention overlaps the source. Covered (half): the overlap is at least
 * half of the shorter span, the quote evaluation's match rule. Sources that are not
 * referents by nature ("Angaben der Polizei", "Demnach", "Bericht") count as misses: the
 * figure is the share of speakers the quotes stage can name through this layer.
 *
 * `--half odd|even` keeps the odd- or even-numbered articles (1-based, file order, as in the
 * quotes evaluator), so that a fix found on one half can be checked on the other.
 *
 * The data is not ours: it is read from ../shared/data and never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPipeline } from '../../pipeline/index.js';
import { entitiesStage } from '../../pipeline/stages/entities/index.js';
import type { Doc } from '../../pipeline/core/document.js';
import { codePointToUtf16 } from '../../pipeline/core/offsets.js';
import { fmt, isHalf, overlapOfShorter, selectHalf } from './_metrics.js';

export interface Annotation {
  form: string;
  source?: Array<[number, number]>;
}
export interface Article {
  id: string;
  text: string;
  annotations: Annotation[];
}

const DEFAULT_DATA = new URL('../../../shared/data/spkatt-wikinews-train.jsonl', import.meta.url);

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      limit: { type: 'string' },
      half: { type: 'string' },
      misses: { type: 'string', default: '0' },
    },
  });
  const path = values.data ?? DEFAULT_DATA.pathname;
  if (!existsSync(path)) {
    // A --data that is not there is a mistake; the shared data missing on this machine is not
    // (`npm run eval -- all` runs what it can, as the other evaluators do).
    if (values.data !== undefined) {
      console.error(`eval entities: no data at ${path}`);
      return 2;
    }
    console.log(`entities: skipped (SpkAtt data not found at ${path}; see ../shared/data/README.md)`);
    return 0;
  }
  if (values.half !== undefined && !isHalf(values.half)) {
    console.error(`eval entities: --half must be 'odd' or 'even', not '${values.half}'`);
    return 2;
  }
  const all = readArticles(path);
  const limit = values.limit ? Number(values.limit) : all.length;
  const articles = selectHalf(all, values.half).slice(0, limit);
  const score = scoreSources(articles, Number(values.misses ?? 0));
  const { sources, loose, half, pronounSources, pronounResolved } = score;
  const which = values.half ? `, ${values.half}-numbered` : '';
  console.log(`entities on SpkAtt train (${articles.length} articles${which}, ${sources} gold sources, ${score.mentions} mentions found)`);
  console.log(`speaker-source recall (any overlap)          ${fmt(sources ? loose / sources : 0)}   (${loose}/${sources})`);
  console.log(`speaker-source recall (overlap ≥ ½ shorter)  ${fmt(sources ? half / sources : 0)}   (${half}/${sources})`);
  console.log(`pronoun sources resolved to an entity        ${fmt(pronounSources ? pronounResolved / pronounSources : 0)}   (${pronounResolved}/${pronounSources})`);
  console.log(`mentions per 1,000 characters                ${(score.mentions / (score.chars / 1000)).toFixed(1)}`);
  // Speed of the stage alone on warm code: the best of three passes over the prepared documents.
  const stage = entitiesStage.create({});
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = process.cpuUsage().user;
    for (const doc of score.prepared) stage.run(doc);
    best = Math.min(best, (process.cpuUsage().user - t0) / 1000);
  }
  const mchars = score.chars / 1e6;
  console.log(`entities stage alone (CPU time, best of 3 passes): ${mchars.toFixed(2)} M chars in ${best.toFixed(0)} ms = ${(mchars / (best / 1000)).toFixed(1)} M chars/s`);
  for (const m of score.misses) console.log(`  miss: ${m}`);
  return 0;
}

export function readArticles(path: string): Article[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Article);
}

export interface SourceScore {
  sources: number;
  /** Sources a mention overlaps. */
  loose: number;
  /** Sources a mention overlaps by at least half of the shorter span. */
  half: number;
  pronounSources: number;
  pronounResolved: number;
  mentions: number;
  chars: number;
  /** The documents after the entities stage, for the speed passes. */
  prepared: Doc[];
  misses: string[];
}

/** Runs sentences, tokens and entities over the articles and counts the gold sources covered. */
export function scoreSources(articles: readonly Article[], showMisses = 0): SourceScore {
  const before = createPipeline({ stages: ['sentences', 'tokens'] });
  const stage = entitiesStage.create({});
  const score: SourceScore = { sources: 0, loose: 0, half: 0, pronounSources: 0, pronounResolved: 0, mentions: 0, chars: 0, prepared: [], misses: [] };
  for (const article of articles) {
    const text = article.text;
    score.chars += text.length;
    const doc = before.process({ id: article.id, text, meta: {} });
    stage.run(doc);
    score.prepared.push(doc);
    const found = doc.layers.mentions ?? [];
    score.mentions += found.length;
    for (const a of article.annotations) {
      for (const [cs, ce] of a.source ?? []) {
        const start = codePointToUtf16(text, cs);
        const end = codePointToUtf16(text, ce);
        score.sources++;
        const overlapping = found.filter((m) => m.start < end && start < m.end);
        if (overlapping.length > 0) score.loose++;
        if (overlapping.some((m) => overlapOfShorter(m, { start, end }) >= 0.5)) score.half++;
        else if (score.misses.length < showMisses) score.misses.push(`${article.id}: ${text.slice(start, end)}  | ${text.slice(Math.max(0, start - 40), end + 40).replace(/\n/g, ' ')}`);
        if (/^(er|sie|Er|Sie)$/.test(text.slice(start, end))) {
          score.pronounSources++;
          if (overlapping.some((m) => m.kind === 'pronoun' && m.entity)) score.pronounResolved++;
        }
      }
    }
  }
  return score;
}
