import { describe, expect, it } from 'vitest';
import { createPipeline } from '../pipeline/index.js';
import { entityById, entityOf, mentionAt, mentionsIn, mentionsInSentence } from '../pipeline/stages/entities/lookup.js';

const pipeline = createPipeline({ stages: ['sentences', 'tokens', 'entities'] });
const text =
  'US-Außenminister Marco Rubio reiste nach Brüssel. „Die Uhr läuft“, sagte er dort. ' +
  'Kreml-Emissär Kirill Dmitrijew widersprach. Moskau sei gesprächsbereit, so Dmitrijew.';
const doc = pipeline.process({ id: 'lookup', text, meta: {} });
const at = (s: string, n = 1) => {
  let i = -1;
  for (let k = 0; k < n; k++) i = text.indexOf(s, i + 1);
  return { start: i, end: i + s.length };
};

describe('lookup API for the quotes and stance stages', () => {
  it.each<[string, number, string, string]>([
    ['Marco Rubio', 1, 'US-Außenminister Marco Rubio', 'Marco Rubio'],
    ['Rubio', 1, 'US-Außenminister Marco Rubio', 'Marco Rubio'],
    ['US-Außenminister', 1, 'US-Außenminister Marco Rubio', 'Marco Rubio'],
    ['er dort', 1, 'er', 'Marco Rubio'],
    ['Moskau', 1, 'Moskau', 'Moskau'],
    ['Dmitrijew', 2, 'Dmitrijew', 'Kirill Dmitrijew'],
  ])('mentionAt(%s #%d) → "%s" of %s', (needle, n, mentionText, entityName) => {
    const { start, end } = at(needle, n);
    const m = mentionAt(doc, start, end);
    expect(m && text.slice(m.start, m.end)).toBe(mentionText);
    expect(m && entityOf(doc, m)?.name).toBe(entityName);
  });

  it('returns null where no mention is', () => {
    const { start, end } = at('reiste nach');
    expect(mentionAt(doc, start, end)).toBeNull();
  });

  it('finds a mention from a point inside it (zero-width range)', () => {
    const { start } = at('Dmitrijew');
    expect(mentionAt(doc, start + 3, start + 3)?.kind).toBe('name');
  });

  it('lists the mentions of a range and of a sentence in text order', () => {
    const all = mentionsIn(doc, 0, text.length).map((m) => text.slice(m.start, m.end));
    expect(all).toEqual(['US-Außenminister Marco Rubio', 'er', 'Kreml-Emissär Kirill Dmitrijew', 'Moskau', 'Dmitrijew']);
    expect(mentionsInSentence(doc, 1).map((m) => text.slice(m.start, m.end))).toEqual(['er']);
    expect(mentionsInSentence(doc, 99)).toEqual([]);
  });

  it('resolves ids and tolerates documents without the layer', () => {
    const m = mentionAt(doc, at('Moskau').start, at('Moskau').end);
    expect(entityById(doc, m?.entity ?? '')?.type).toBe('place-as-actor');
    expect(entityById(doc, 'e999')).toBeNull();
    const bare = createPipeline({ stages: ['sentences'] }).process({ id: 'bare', text, meta: {} });
    expect(mentionAt(bare, 0, 5)).toBeNull();
  });
});
