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
import { resolveEntities } from './coref.js';
import { entityName } from './naming.js';
import { sentenceWords } from './words.js';
import { Mention, type Entity } from './types.js';

export type EntitiesConfig = Record<string, never>;

export function findEntities(text: string, sentences: Parameters<typeof sentenceWords>[1], tokens: Parameters<typeof sentenceWords>[2]): { mentions: Mention[]; entities: Entity[] } {
  const sws = sentenceWords(text, sentences, tokens);
  const docNames = collectDocNames(sws);
  const cands: Candidate[] = [];
  for (const sw of sws) {
    const found = detectSentence(sw, { doc: docNames, offset: cands.length });
    for (const c of found) cands.push(c);
  }
  const { drafts, assignment } = resolveEntities(cands, sws);

  // Ids in order of first mention.
  const order = drafts
    .map((d, e) => {
      let first = Infinity;
      for (const i of d.mentions) first = Math.min(first, cands[i]?.start ?? Infinity);
      return { e, first };
    })
    .filter((x) => Number.isFinite(x.first))
    .sort((a, b) => a.first - b.first);
  const ids = new Map<number, string>();
  order.forEach((x, k) => ids.set(x.e, `e${k + 1}`));

  const mentions: Mention[] = cands.map((c, i) => {
    const e = assignment[i] ?? -1;
    const name = c.nameStart >= 0 && c.nameEnd > c.nameStart ? span(c.nameStart, c.nameEnd) : null;
    return new Mention(c.start, c.end, c.kind, c.sentence, e >= 0 ? (ids.get(e) ?? null) : null, name);
  });
  const entities: Entity[] = order.map(({ e }) => {
    const d = drafts[e];
    const ms = (d?.mentions ?? []).slice().sort((a, b) => a - b).map((i) => mentions[i]).filter((m): m is Mention => !!m);
    return { id: ids.get(e) ?? '', name: d ? entityName(d, cands, text) : '', type: d?.type ?? 'person', mentions: ms };
  });
  return { mentions, entities };
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
