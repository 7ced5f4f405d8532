/**
 * The stance stage as a whole: with the quotes, mentions and entities layers that the quote
 * and entity stages will provide (injected here by a stand-in stage, so this test does not
 * depend on them), without them, on the sample article, and on awkward input.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPipeline, createPipeline, OutputRecord, span, STAGES, toRecord, type StageFactory } from '../pipeline/index.js';
import { StancesLayer, StanceSummaryLayer } from '../pipeline/schema/stances.js';
import type { Doc } from '../pipeline/core/document.js';
import { Mention, type Entity } from '../pipeline/stages/entities/types.js';
import type { Quote } from '../pipeline/stages/quotes/types.js';
import { annotate } from './helpers/run.js';

interface FakeQuote {
  text: string;
  occurrence?: number;
  speaker: string;
}
interface FakeMention {
  text: string;
  occurrence?: number;
  entity: string;
}

function find(text: string, needle: string, occurrence = 1): number {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not found: ${needle}`);
  }
  return at;
}

/** A stand-in for the quotes and entities stages: layers built from a table. */
function layersStage(quotes: FakeQuote[], mentions: FakeMention[], names: Record<string, string>): StageFactory {
  const run = (doc: Doc) => {
    const sentences = doc.layers.sentences ?? [];
    const sentenceOf = (offset: number) => Math.max(0, sentences.findIndex((s) => s.start <= offset && offset < s.end));
    const ms = mentions.map((m) => {
      const at = find(doc.text, m.text, m.occurrence);
      return new Mention(at, at + m.text.length, 'name', sentenceOf(at), m.entity);
    });
    const entities: Entity[] = Object.entries(names).map(([id, name]) => ({
      id, name, type: 'person', mentions: ms.filter((m) => m.entity === id),
    }));
    const qs: Quote[] = quotes.map((q, n) => {
      const at = find(doc.text, q.text, q.occurrence);
      const entity = Object.entries(names).find(([, name]) => name === q.speaker)?.[0] ?? null;
      return {
        id: `q${n + 1}`, type: 'direct', span: span(at, at + q.text.length),
        speaker: { name: q.speaker, entity, mention: null }, cue: null, parts: [], sentence: sentenceOf(at), confidence: 1,
      };
    });
    doc.layers.mentions = ms;
    doc.layers.entities = entities;
    doc.layers.quotes = qs;
  };
  return {
    name: 'fake-quotes', requires: ['tokens'], assigns: ['mentions', 'entities', 'quotes'], germanOnly: false, defaults: {},
    create: () => ({ name: 'fake-quotes', requires: ['tokens'], assigns: ['mentions', 'entities', 'quotes'], run }),
  };
}

function withLayers(text: string, quotes: FakeQuote[], mentions: FakeMention[], names: Record<string, string>) {
  const registry = new Map([...STAGES, ['fake-quotes', layersStage(quotes, mentions, names)]]);
  const pipeline = buildPipeline({ stages: ['language', 'sentences', 'tokens', 'fake-quotes', 'stance'] }, registry);
  return pipeline.process({ id: 't', text, meta: {} });
}

const sample = readFileSync(new URL('../corpora/ukraine-friedensgespraeche.txt', import.meta.url), 'utf8');

describe('stance stage with quotes and entities layers', () => {
  const text =
    'Die Ministerin Anna Berg hat den Plan der Opposition kritisiert. „Dieser Plan ist völlig unrealistisch und gefährlich“, sagte Berg. ' +
    'Oppositionschef Jan Kohl verteidigte den Vorschlag. „Die Reform ist ein großer Fortschritt für Familien“, sagte Kohl. ' +
    '„Die Sitzung beginnt um zehn Uhr“, sagte ein Sprecher.';
  const doc = withLayers(
    text,
    [
      { text: 'Dieser Plan ist völlig unrealistisch und gefährlich', speaker: 'Anna Berg' },
      { text: 'Die Reform ist ein großer Fortschritt für Familien', speaker: 'Jan Kohl' },
      { text: 'Die Sitzung beginnt um zehn Uhr', speaker: 'Sprecher' },
    ],
    [
      { text: 'Anna Berg', entity: 'e1' },
      { text: 'Berg', occurrence: 2, entity: 'e1' },
      { text: 'Jan Kohl', entity: 'e2' },
      { text: 'Kohl', occurrence: 2, entity: 'e2' },
      { text: 'Opposition', entity: 'e3' },
    ],
    { e1: 'Anna Berg', e2: 'Jan Kohl', e3: 'Opposition' },
  );
  const stances = doc.layers.stances!;

  it('gives every quote exactly one stance, with the speaker entity as holder', () => {
    for (const id of ['q1', 'q2', 'q3']) expect(stances.filter((s) => s.quote === id)).toHaveLength(1);
    const q1 = stances.find((s) => s.quote === 'q1')!;
    expect(q1.holder).toEqual({ entity: 'e1', name: 'Anna Berg' });
    expect(q1.polarity).toBe('negative');
    expect(q1.target.text).toBe('Dieser Plan');
    expect(stances.find((s) => s.quote === 'q2')!.polarity).toBe('positive');
  });

  it('gives a neutral report a neutral stance', () => {
    const q3 = stances.find((s) => s.quote === 'q3')!;
    expect(q3.polarity).toBe('neutral');
    expect(q3.cues).toHaveLength(0);
  });

  it('keeps reported attitudes apart from the author: the holder is the clause subject with its entity', () => {
    const reported = stances.filter((s) => s.quote === null);
    const berg = reported.find((s) => s.holder.entity === 'e1');
    expect(berg?.polarity).toBe('negative');
    expect(berg?.target.entity).toBe('e3');
    expect(reported.some((s) => s.holder.name === 'author')).toBe(false);
  });

  it('summarises per holder and target', () => {
    const rows = doc.layers.stanceSummary!;
    const row = rows.find((r) => r.holder.entity === 'e1' && r.target.entity === 'e3');
    expect(row).toMatchObject({ polarity: 'negative', count: 1 });
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(stances.length);
  });

  it('writes stances and summary that validate against their output schema', () => {
    // (the whole record cannot validate here: the stand-in quotes and entities layers are not in this branch's schema yet)
    const record = toRecord(doc);
    const result = StancesLayer.safeParse(record.stances);
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
    expect(StanceSummaryLayer.safeParse(record.stanceSummary).success).toBe(true);
    expect(record.stances[0]!.cues[0]!.text.length).toBeGreaterThan(0);
  });
});

describe('stance stage on the sample article (quotes layer stood in from the gold quotes)', () => {
  const names = { e1: 'Wolodymyr Selenskyj', e2: 'Sergej Rjabkow', e3: 'Kirill Dmitrijew', e4: 'Marco Rubio', e5: 'Russland' };
  const doc = withLayers(
    sample,
    [
      { text: 'Das ist das wahre Gesicht der Russen', occurrence: 2, speaker: 'Wolodymyr Selenskyj' },
      { text: 'in ihrer jetzigen Form seien sie nicht akzeptabel', speaker: 'Sergej Rjabkow' },
      { text: 'positiven Ergebnis', speaker: 'Kirill Dmitrijew' },
      { text: 'zeigten sich die US-Gesprächspartner dialogbereit, respektvoll', speaker: 'Kirill Dmitrijew' },
      { text: 'Die Uhr läuft.', speaker: 'Marco Rubio' },
    ],
    [
      { text: 'Selenskyj', occurrence: 5, entity: 'e1' },
      { text: 'Sergej Rjabkow', entity: 'e2' },
      { text: 'Rubio', occurrence: 5, entity: 'e4' },
      { text: 'Moskau', occurrence: 3, entity: 'e5' },
    ],
    names,
  );
  const stances = doc.layers.stances!;

  it('Selenskyj is negative toward the Russians', () => {
    const s = stances.find((x) => x.quote === 'q1')!;
    expect(s.polarity).toBe('negative');
    expect(s.target.text).toBe('der Russen');
  });

  it('Rjabkow is negative toward the American proposals', () => {
    const s = stances.find((x) => x.quote === 'q2')!;
    expect(s.polarity).toBe('negative');
    expect(s.target.text).toBe('die amerikanischen Vorschläge');
  });

  it('Dmitrijew is positive about the talks with the US', () => {
    expect(stances.find((x) => x.quote === 'q3')!.polarity).toBe('positive');
    const s = stances.find((x) => x.quote === 'q4')!;
    expect(s.polarity).toBe('positive');
    expect(s.target.text).toBe('die US-Gesprächspartner');
  });

  it('Rubio presses Russia: "den Druck auf Moskau erhöht" is his negative stance toward Moskau', () => {
    const s = stances.find((x) => x.quote === null && x.holder.entity === 'e4' && x.target.entity === 'e5');
    expect(s?.polarity).toBe('negative');
    expect(stances.find((x) => x.quote === 'q5')!.polarity).toBe('negative');
  });
});

describe('stance stage on awkward input', () => {
  const inputs: Array<[string, string]> = [
    ['empty text', ''],
    ['only whitespace', '   \n\n  '],
    ['unclosed quote', '„Das ist eine Katastrophe, sagte er. Und dann ging er.'],
    ['emoji and combining characters', 'Der Plan ist gefährlich 😡 und die Cafe\u0301-Betreiber sind empört 🙈.'],
    ['soft hyphens and NBSP', 'Die Regierung lehnt den Vor\u00adschlag ab. Die Kosten liegen bei 5\u00a0% und sind zu\u00a0hoch.'],
    ['a very long line', 'Die Opposition kritisiert den Plan scharf und '.repeat(400) + 'fordert Neuwahlen.'],
    ['a sentence without words', '– … ! ? „“ « » 2:1 14.30'],
  ];
  it.each(inputs)('%s', (_name, text) => {
    const record = annotate(text);
    expect(Array.isArray(record.stances)).toBe(true);
    expect(OutputRecord.safeParse(record).success).toBe(true);
  });

  it('reads attitudes the author reports, held by the resolved entity, apart from the author voice', () => {
    const record = annotate('Die USA missbilligen den russischen Verhandlungsstil. Das Ergebnis ist eine Katastrophe.');
    const usa = record.entities.find((e) => e.name === 'USA')!;
    expect(record.stances).toEqual(expect.arrayContaining([
      expect.objectContaining({ holder: { entity: usa.id, name: 'USA' }, polarity: 'negative', quote: null }),
      expect.objectContaining({ holder: { entity: null, name: 'author' }, polarity: 'negative', quote: null }),
    ]));
  });

  it('takes the inverted subject after a quote as the holder of a reported attitude („…“, lobte der Minister)', () => {
    const record = annotate('„Die Polizei hat hervorragende Arbeit geleistet“, lobte der Innenminister.');
    const minister = record.entities.find((e) => e.name === 'Innenminister')!;
    expect(record.stances).toEqual([expect.objectContaining({ holder: { entity: minister.id, name: 'Innenminister' }, polarity: 'positive', quote: 'q1' })]);
  });

  it('names what a neutral quote is about, not the noun of a number after a preposition („binnen 48 Stunden“)', () => {
    const record = annotate('„Wir werden den Tunnel binnen 48 Stunden öffnen“, sagte die Bürgermeisterin.');
    expect(record.stances).toEqual([expect.objectContaining({ polarity: 'neutral', quote: 'q1', target: expect.objectContaining({ text: 'den Tunnel' }) })]);
  });

  it('reads a change of a quantity as stance in a quote, but not in the author\'s report of the figure', () => {
    const record = annotate('Die Mieten sind im Schnitt um neun Prozent gestiegen. „Die Mieten sind im Schnitt um neun Prozent gestiegen“, sagte die Mieterbund-Chefin.');
    expect(record.stances).toEqual([expect.objectContaining({ polarity: 'negative', quote: 'q1' })]);
  });

  it('leaves non-German text alone', () => {
    const record = createPipeline().process({ id: 'en', text: 'The government strongly rejected the proposal. It is a disaster for everyone involved in the talks.', meta: {} });
    expect(record.layers.stances ?? []).toHaveLength(0);
  });
});

describe('stance prefilter: forced losses', () => {
  const tokensOnly = createPipeline({ stages: ['language', 'sentences', 'tokens'] });
  const firstSentenceTokens = (text: string) => {
    const doc = tokensOnly.process({ id: 't', text, meta: {} });
    return doc.layers.tokens!;
  };
  it.each([
    ['Viele Familien mussten ihre Wohnungen verlassen.', true],
    ['Der Konzern muss zwei Werke schließen.', true],
    ['Die Familie hat die Stadt im Mai verlassen.', false],
    ['Der Händler gibt sein Geschäft im Sommer auf.', false],
  ] as const)('%s → %s', async (text, expected) => {
    const { mayHoldAuthorStance } = await import('../pipeline/stages/stance/prefilter.js');
    expect(mayHoldAuthorStance(firstSentenceTokens(text))).toBe(expected);
  });
});
