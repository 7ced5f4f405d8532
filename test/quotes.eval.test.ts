/**
 * The quote evaluator's own parts: the halves of a corpus (so that a fix found on one half can
 * be checked on the other) and own gold grouped by split.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bySplit, readOwnGold, selectHalf } from '../scripts/eval/quotes.js';

describe('quote evaluation', () => {
  it.each([
    ['odd', ['a1', 'a3', 'a5']],
    ['even', ['a2', 'a4']],
    [undefined, ['a1', 'a2', 'a3', 'a4', 'a5']],
  ] as const)('keeps the %s-numbered articles, counted from 1 in file order', (half, ids) => {
    expect(selectHalf(['a1', 'a2', 'a3', 'a4', 'a5'], half)).toEqual(ids);
  });

  it('splits a corpus into two halves that do not overlap and together cover it', () => {
    const docs = Array.from({ length: 7 }, (_, i) => `d${i}`);
    const odd = selectHalf(docs, 'odd');
    const even = selectHalf(docs, 'even');
    expect(odd.filter((d) => even.includes(d))).toEqual([]);
    expect([...odd, ...even].sort()).toEqual([...docs].sort());
  });

  it('refuses a half that is neither odd nor even', () => {
    expect(() => selectHalf(['a'], 'first')).toThrow(/odd.*even/);
  });

  it('groups own gold by split, lines without one as dev', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wortlaut-eval-'));
    const path = join(dir, 'quotes.jsonl');
    const lines = [
      { id: 'alt', text: '„Wir gehen“, sagte sie.', quotes: [{ form: 'Direct', text: 'Wir gehen', speaker: 'sie' }] },
      { id: 'neu', split: 'fresh', text: 'Laut Polizei brannte es.', quotes: [{ form: 'Indirect', text: 'brannte es', speaker: 'Polizei' }] },
      { id: 'alt2', split: 'dev', text: 'Der Rat tagte.', quotes: [] },
    ];
    writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const groups = bySplit(readOwnGold(path));
    expect(groups.map(([split, docs]) => [split, docs.map((d) => d.id)])).toEqual([
      ['dev', ['alt', 'alt2']],
      ['fresh', ['neu']],
    ]);
    const [, fresh] = groups[1]!;
    expect(fresh[0]!.quotes[0]!.span).toEqual({ start: 'Laut Polizei '.length, end: 'Laut Polizei brannte es'.length });
    expect(fresh[0]!.quotes[0]!.sources).toEqual([{ start: 'Laut '.length, end: 'Laut Polizei'.length }]);
  });
});
