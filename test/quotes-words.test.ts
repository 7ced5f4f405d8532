/** The quote stage's word views (quotes/words.ts): per-form facts from the shared word forms. */
import { describe, expect, it } from 'vitest';
import { buildPipeline } from '../pipeline/core/pipeline.js';
import { STAGES } from '../pipeline/stages/index.js';
import { buildSentenceWords, type Word } from '../pipeline/stages/quotes/words.js';

function words(text: string): Word[] {
  const doc = buildPipeline({ stages: ['sentences', 'tokens'] }, STAGES).process({ id: 't', text, meta: {} });
  return buildSentenceWords(text, doc.layers.sentences!, doc.layers.tokens!, []).flatMap((s) => s.words);
}

describe('quote words from shared forms', () => {
  it('gives every token of a form the same string and facts, wherever it stands', () => {
    const ws = words('Die Ministerin sagte, man prüfe das. Sagte sie das? Das sagte die Ministerin.');
    const said = ws.filter((w) => w.lower === 'sagte');
    expect(said).toHaveLength(3);
    expect(said[0]!.text).toBe(said[2]!.text);
    expect(said[0]!.readings).not.toBeNull();
    expect(said[1]!.readings).toBe(said[0]!.readings);
    expect(said.map((w) => w.upper)).toEqual([false, true, false]);
    const pruefe = ws.find((w) => w.text === 'prüfe')!;
    expect(pruefe.mood).toBe(true);
    expect(ws.find((w) => w.text === 'Ministerin')!.mood).toBe(false);
    expect(ws.find((w) => w.text === '?')!.upper).toBe(false);
  });

  it('keeps each form its own facts after the shared table recycled its ids', () => {
    // The tokens (and their form records) of a document made before the recycling, read after
    // it: what happens when one long document brings more new forms than a generation holds.
    const text = 'Der Sprecher erklärte, die Lage sei ernst.';
    const doc = buildPipeline({ stages: ['sentences', 'tokens'] }, STAGES).process({ id: 't', text, meta: {} });
    const view = () => buildSentenceWords(text, doc.layers.sentences!, doc.layers.tokens!, []).flatMap((s) => s.words);
    const facts = (ws: Word[]) => ws.map((w) => [w.text, w.lower, w.upper, w.readings, w.mood, w.cue, w.lowerInitial]);
    const before = facts(view());
    // 250,000 new forms, each with its own quote facts: the ids of the old records now belong to them
    for (let k = 0; k < 250_000; k += 5_000) {
      const batch = Array.from({ length: 5_000 }, (_, j) => `neuwort${(k + j).toString(36)}`).join(' ');
      for (const w of words(batch)) if (w.text !== batch.slice(w.start, w.end) || w.readings !== null) throw new Error(`${batch.slice(w.start, w.end)} read as ${w.text}`);
    }
    expect(facts(view())).toEqual(before);
    expect(view().find((w) => w.text === 'erklärte')!.readings).not.toBeNull();
    expect(view().find((w) => w.text === 'sei')!.mood).toBe(true);
  });
});
