import { describe, expect, it } from 'vitest';
import { buildPipeline, checkPipeline, PipelineConfigError, STAGES, type StageFactory } from '../pipeline/index.js';

describe('pipeline building', () => {
  it('fails at build time when a stage comes before the layer it requires', () => {
    expect(() => buildPipeline({ stages: ['tokens', 'sentences'] }, STAGES)).toThrow(PipelineConfigError);
    expect(() => buildPipeline({ stages: ['tokens', 'sentences'] }, STAGES)).toThrow(/requires layer 'sentences'/);
  });

  it('names unknown stages and unknown options', () => {
    expect(() => buildPipeline({ stages: ['sentences', 'parser'] }, STAGES)).toThrow(/unknown stage 'parser'/);
    expect(() => buildPipeline({ stages: [{ name: 'sentences', config: { splitEverything: true } }] }, STAGES)).toThrow(/unknown option/);
  });

  it('refuses two stages assigning the same layer', () => {
    expect(() => buildPipeline({ stages: ['sentences', 'sentences'] }, STAGES)).toThrow(/assigned by both/);
  });

  it('is frozen after building', () => {
    const pipeline = buildPipeline({ stages: ['language', 'sentences'] }, STAGES);
    expect(Object.isFrozen(pipeline)).toBe(true);
    expect(Object.isFrozen(pipeline.config.stages)).toBe(true);
  });

  it('turns a throwing stage into a StageError naming document and stage', () => {
    const broken: StageFactory = {
      name: 'broken', requires: [], assigns: [], germanOnly: false, defaults: {},
      create: () => ({ name: 'broken', run: () => { throw new Error('boom'); } }),
    };
    const registry = new Map([...STAGES, ['broken', broken]]);
    const pipeline = buildPipeline({ stages: ['broken'] }, registry);
    expect(() => pipeline.process({ id: 'doc-7', text: 'Text.', meta: {} })).toThrow(/document 'doc-7': stage 'broken' failed: boom/);
  });

  it('checks a configuration without building its stages (the CLI checks before workers start)', () => {
    let built = 0;
    const counting: StageFactory = {
      name: 'counting', requires: ['sentences'], assigns: [], germanOnly: false, defaults: { depth: 1 },
      create: () => { built++; return { name: 'counting', run: () => {} }; },
    };
    const registry = new Map([...STAGES, ['counting', counting]]);
    const checked = checkPipeline({ stages: ['sentences', { name: 'counting', config: { depth: 2 } }] }, registry);
    expect(checked.map((c) => c.factory.name)).toEqual(['sentences', 'counting']);
    expect(checked[1]!.config).toEqual({ depth: 2 });
    expect(built).toBe(0);
    expect(() => checkPipeline({ stages: ['counting'] }, registry)).toThrow(/requires layer 'sentences'/);
    buildPipeline({ stages: ['sentences', 'counting'] }, registry);
    expect(built).toBe(1);
  });

  it('leaves the text untouched', () => {
    const text = 'Wien – Die Gewerkschaft warnt. „Wir streiken“, sagte sie.';
    const doc = buildPipeline({ stages: ['language', 'sentences', 'tokens'] }, STAGES).process({ id: 'x', text, meta: {} });
    expect(doc.text).toBe(text);
  });
});
