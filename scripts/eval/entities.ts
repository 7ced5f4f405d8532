/**
 * `npm run eval -- entities [--data path] [--limit n] [--misses n]`: how many gold speakers
 * (the `source` spans of the SpkAtt-2023 training data: the speaker as written, often a
 * pronoun or a role) are covered by one of the entities stage's mentions, and how many of
 * the covered pronoun sources were resolved to an entity.
 *
 * Covered (loose): a mention overlaps the source. Covered (half): the overlap is at least
 * half of the shorter span, the quote evaluation's match rule. Sources that are not
 * referents by nature ("Angaben der Polizei", "Demnach", "Bericht") count as misses: the
 * figure is the share of speakers the quotes stage can name through this layer.
 *
 * The data is not ours: it is read from ../shared/data and never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPipeline } from '../../pipeline/index.js';
import { entitiesStage } from '../../pipeline/stages/entities/index.js';
import type { Doc } from '../../pipeline/core/document.js';
import { codePointToUtf16 } from '../../pipeline/core/offsets.js';
import { fmt, overlapOfShorter } from './_metrics.js';

interface Annotation {
  form: string;
  source?: Array<[number, number]>;
}
interface Article {
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
      misses: { type: 'string', default: '0' },
    },
  });
  const path = values.data ?? DEFAULT_DATA.pathname;
  if (!existsSync(path)) {
    console.error(`eval entities: no data at ${path} (see ../shared/data/README.md)`);
    return 2;
  }
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const limit = values.limit ? Number(values.limit) : lines.length;
  const showMisses = Number(values.misses ?? 0);
  // The stages before this one, then the entities stage on its own, timed.
  const before = createPipeline({ stages: ['sentences', 'tokens'] });
  const stage = entitiesStage.create({});

  let sources = 0;
  let loose = 0;
  let half = 0;
  let pronounSources = 0;
  let pronounResolved = 0;
  let mentions = 0;
  let chars = 0;
  const prepared: Doc[] = [];
  const misses: string[] = [];
  for (const line of lines.slice(0, limit)) {
    const article = JSON.parse(line) as Article;
    const text = article.text;
    chars += text.length;
    const doc = before.process({ id: article.id, text, meta: {} });
    stage.run(doc);
    prepared.push(doc);
    const found = doc.layers.mentions ?? [];
    mentions += found.length;
    for (const a of article.annotations) {
      for (const [cs, ce] of a.source ?? []) {
        const start = codePointToUtf16(text, cs);
        const end = codePointToUtf16(text, ce);
        sources++;
        const overlapping = found.filter((m) => m.start < end && start < m.end);
        if (overlapping.length > 0) loose++;
        if (overlapping.some((m) => overlapOfShorter(m, { start, end }) >= 0.5)) half++;
        else if (misses.length < showMisses) misses.push(`${article.id}: ${text.slice(start, end)}  | ${text.slice(Math.max(0, start - 40), end + 40).replace(/\n/g, ' ')}`);
        const gold = text.slice(start, end);
        if (/^(er|sie|Er|Sie)$/.test(gold)) {
          pronounSources++;
          if (overlapping.some((m) => m.kind === 'pronoun' && m.entity)) pronounResolved++;
        }
      }
    }
  }
  console.log(`entities on SpkAtt train (${Math.min(limit, lines.length)} articles, ${sources} gold sources, ${mentions} mentions found)`);
  console.log(`speaker-source recall (any overlap)          ${fmt(sources ? loose / sources : 0)}   (${loose}/${sources})`);
  console.log(`speaker-source recall (overlap ≥ ½ shorter)  ${fmt(sources ? half / sources : 0)}   (${half}/${sources})`);
  console.log(`pronoun sources resolved to an entity        ${fmt(pronounSources ? pronounResolved / pronounSources : 0)}   (${pronounResolved}/${pronounSources})`);
  console.log(`mentions per 1,000 characters                ${(mentions / (chars / 1000)).toFixed(1)}`);
  // Speed of the stage alone on warm code: the best of three passes over the prepared documents.
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = process.cpuUsage().user;
    for (const doc of prepared) stage.run(doc);
    best = Math.min(best, (process.cpuUsage().user - t0) / 1000);
  }
  console.log(`entities stage alone (CPU time, best of 3 passes): ${(chars / 1e6).toFixed(2)} M chars in ${best.toFixed(0)} ms = ${(chars / 1e6 / (best / 1000)).toFixed(1)} M chars/s`);
  for (const m of misses) console.log(`  miss: ${m}`);
  return 0;
}
