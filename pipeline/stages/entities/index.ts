/**
 * The entities stage: mentions of speaker-capable referents and their coreference.
 *
 * Passes (per document):
 *   1. words      per-sentence word views with capitalisation and quotation state (./words.ts)
 *   2. evidence   the surnames the document introduces with a first name, title or role (./detect.ts collectDocNames)
 *   3. mentions   per sentence, left to right, non-overlapping (./detect.ts detectSentence)
 *   4. coref      mentions → entities in document order (./coref.ts)
 *   5. naming     the fullest name per entity; ids e1, e2, … by first mention (./naming.ts)
 */
import { layer } from '../../core/document.js';
import type { StageFactory } from '../../core/pipeline.js';
import { span } from '../../core/span.js';
import { collectDocNames, detectSentence, type Candidate } from './detect.js';
import { resolveEntities, type EntityDraft } from './coref.js';
import { entityName } from './naming.js';
import { sentenceWords, type SentenceWords } from './words.js';
import type { DocNames } from './evidence.js';
import { Mention, type Entity } from './types.js';

export type EntitiesConfig = Record<string, never>;

export function findEntities(text: string, sentences: Parameters<typeof sentenceWords>[1], tokens: Parameters<typeof sentenceWords>[2]): { mentions: Mention[]; entities: Entity[] } {
  // Each pass is a function of its own: the engine compiles (and, when new text takes an
  // untried branch, recompiles) them one at a time instead of as one large function.
  const sws = sentenceWords(text, sentences, tokens);
  const docNames = collectDocNames(sws);
  const cands = detectMentions(sws, docNames);
  const { drafts, assignment } = resolveEntities(cands, sws);
  return layers(text, cands, drafts, assignment);
}

/** The mention candidates of every sentence, in document order. */
function detectMentions(sws: readonly SentenceWords[], doc: DocNames): Candidate[] {
  const cands: Candidate[] = [];
  // One context for the document: only the offset changes from sentence to sentence.
  const ctx = { doc, offset: 0 };
  for (const sw of sws) {
    ctx.offset = cands.length;
    const found = detectSentence(sw, ctx);
    for (const c of found) cands.push(c);
  }
  return cands;
}

/** The mentions layer (every candidate, with its entity id) and the entities, ids e1, e2, … in order of first mention. */
function layers(text: string, cands: readonly Candidate[], drafts: readonly EntityDraft[], assignment: Int32Array): { mentions: Mention[]; entities: Entity[] } {
  // The drafts with a mention, by their first mention's start (a stable sort: ties stay in
  // draft order). Draft indices and an array of starts, not an object per draft: a bench
  // document has thousands of entities.
  const firstStart = new Float64Array(drafts.length);
  const order: number[] = [];
  for (let e = 0; e < drafts.length; e++) {
    let first = Infinity;
    for (const i of drafts[e]?.mentions ?? []) first = Math.min(first, cands[i]?.start ?? Infinity);
    firstStart[e] = first;
    if (Number.isFinite(first)) order.push(e);
  }
  order.sort((a, b) => firstStart[a]! - firstStart[b]!);
  // Ids by draft index (an array, not a Map).
  const ids: Array<string | null> = new Array<string | null>(drafts.length).fill(null);
  order.forEach((e, k) => { ids[e] = entityId(k); });

  const mentions: Mention[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const e = assignment[i] ?? -1;
    const name = c.nameStart >= 0 && c.nameEnd > c.nameStart ? span(c.nameStart, c.nameEnd) : null;
    mentions.push(new Mention(c.start, c.end, c.kind, c.sentence, e >= 0 ? (ids[e] ?? null) : null, name));
  }
  const entities: Entity[] = order.map((e) => {
    const d = drafts[e]!;
    return { id: ids[e] ?? '', name: entityName(d, cands, text), type: d.type, mentions: mentionsInOrder(d.mentions, mentions) };
  });
  return { mentions, entities };
}

/** The ids e1, e2, … made so far: every document numbers its entities from e1 again. */
const ENTITY_IDS: string[] = [];
const ENTITY_ID_LIMIT = 1 << 16;

/** The id of the k-th entity (from 0) of a document: e1, e2, … */
function entityId(k: number): string {
  if (k >= ENTITY_ID_LIMIT) return `e${k + 1}`;
  while (ENTITY_IDS.length <= k) ENTITY_IDS.push(`e${ENTITY_IDS.length + 1}`);
  return ENTITY_IDS[k]!;
}

/**
 * The mentions of an entity in text order (its indices are almost always ascending already:
 * no copy to sort then). Most entities have one mention: an array of one for them (a
 * pushed-to empty array reserves room for seventeen).
 */
function mentionsInOrder(indices: readonly number[], mentions: readonly Mention[]): Mention[] {
  let ascending = true;
  for (let k = 1; k < indices.length && ascending; k++) ascending = indices[k - 1]! <= indices[k]!;
  if (indices.length === 1) return [mentions[indices[0]!]!];
  const sorted = ascending ? indices : indices.slice().sort((a, b) => a - b);
  const out: Mention[] = [];
  for (const i of sorted) out.push(mentions[i]!);
  return out;
}

export const entitiesStage: StageFactory<EntitiesConfig> = {
  name: 'entities',
  requires: ['sentences', 'tokens'],
  assigns: ['mentions', 'entities'],
  germanOnly: true,
  defaults: {},
  create() {
    return {
      name: 'entities',
      run(doc) {
        const { mentions, entities } = findEntities(doc.text, layer(doc, 'sentences'), layer(doc, 'tokens'));
        doc.layers.mentions = mentions;
        doc.layers.entities = entities;
      },
    };
  },
};
