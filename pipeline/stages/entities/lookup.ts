/**
 * Finding mentions and entities by position, for the stages after this one (quotes: "who is
 * the speaker at this span?", stance: "which entity is this target?").
 *
 *   mentionAt(doc, start, end)    the mention covering or overlapping [start, end)
 *   mentionsIn(doc, start, end)   all mentions overlapping [start, end), in text order
 *   mentionsInSentence(doc, i)    the mentions of sentence i
 *   entityOf(doc, mention)        the entity a mention belongs to, or null
 *   entityById(doc, id)           the entity with this id, or null
 *
 * Offsets are UTF-16 offsets into doc.text, as everywhere inside the pipeline. The index is
 * built once per document (mentions grouped by sentence, entities by id) and cached, so a
 * lookup costs a binary search over sentences plus a scan of one sentence's mentions.
 */
import type { Doc } from '../../core/document.js';
import type { Entity, Mention } from './types.js';

interface Index {
  mentions: readonly Mention[];
  bySentence: Mention[][];
  sentenceStarts: number[];
  entities: Map<string, Entity>;
}

const cache = new WeakMap<Doc, Index>();

function index(doc: Doc): Index {
  const mentions = doc.layers.mentions ?? [];
  const cached = cache.get(doc);
  if (cached && cached.mentions === mentions) return cached;
  const sentences = doc.layers.sentences ?? [];
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const m of mentions) bySentence[m.sentence]?.push(m);
  const entities = new Map<string, Entity>();
  for (const e of doc.layers.entities ?? []) entities.set(e.id, e);
  const built: Index = { mentions, bySentence, sentenceStarts: sentences.map((s) => s.start), entities };
  cache.set(doc, built);
  return built;
}

/** Index of the last sentence starting at or before `offset` (binary search). */
function sentenceAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** All mentions overlapping [start, end) (a zero-width range matches a mention containing it). */
export function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  const idx = index(doc);
  if (idx.sentenceStarts.length === 0) return [];
  const out: Mention[] = [];
  const first = sentenceAt(idx.sentenceStarts, start);
  const last = sentenceAt(idx.sentenceStarts, Math.max(start, end - 1));
  for (let s = first; s <= last; s++) {
    for (const m of idx.bySentence[s] ?? []) {
      const overlaps = end > start ? m.start < end && start < m.end : m.start <= start && start < m.end;
      if (overlaps) out.push(m);
    }
  }
  return out;
}

/**
 * The mention that best covers [start, end): one containing the range if any, else the one
 * with the largest overlap; null when no mention overlaps. Ties go to the mention resolved to
 * an entity, then the shorter one.
 */
export function mentionAt(doc: Doc, start: number, end: number): Mention | null {
  let best: Mention | null = null;
  let bestScore = -1;
  for (const m of mentionsIn(doc, start, end)) {
    const overlap = Math.min(m.end, end) - Math.max(m.start, start);
    const contains = m.start <= start && end <= m.end;
    const score = (contains ? 1e6 : 0) + overlap * 10 + (m.entity ? 5 : 0) - m.length * 1e-3;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

export function mentionsInSentence(doc: Doc, sentence: number): readonly Mention[] {
  return index(doc).bySentence[sentence] ?? [];
}

export function entityById(doc: Doc, id: string): Entity | null {
  return index(doc).entities.get(id) ?? null;
}

/** The entity a mention belongs to, or null (an unresolved pronoun). */
export function entityOf(doc: Doc, mention: Mention): Entity | null {
  return mention.entity ? entityById(doc, mention.entity) : null;
}
