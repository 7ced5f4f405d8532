/**
 * The numbers evaluator's own parts, on made-up gold: figures per split, lines without a split
 * counted as dev, and the fields iso, change and flags compared with "absent = none".
 */
import { describe, expect, it } from 'vitest';
import { accuracy, score, splitLine, type GoldDoc } from '../scripts/eval/numbers.js';

const DOCS: GoldDoc[] = [
  {
    id: 'a',
    text: 'Die Miete stieg um 4 Prozent auf 12 Euro.',
    numbers: [
      { text: '4 Prozent', value: 4, unit: '%', kind: 'percent', category: 'growth_rate', flags: ['delta'] },
      { text: '12 Euro', value: 12, unit: 'EUR', kind: 'currency', category: 'price' },
    ],
  },
  {
    id: 'b',
    split: 'fresh',
    text: 'Am 3. Mai 2024 kamen 500 Gäste.',
    numbers: [
      // deliberately wrong iso and a missing gold number ("500 Gäste")
      { text: '3. Mai 2024', value: 2024, unit: null, kind: 'date', category: 'date', iso: '2024-05-04' },
    ],
  },
  {
    id: 'c',
    split: 'fresh',
    text: 'Der Zins sank von 4 auf 3 Prozent.',
    numbers: [{ text: 'von 4 auf 3 Prozent', value: 3, unit: '%', kind: 'percent', category: 'interest_rate', change: { from: 4, to: 3 } }],
  },
];

describe('numbers evaluation', () => {
  const scored = score(DOCS);

  it('counts lines without a split as dev and keeps each split apart', () => {
    expect([...scored.bySplit.keys()].sort()).toEqual(['dev', 'fresh']);
    expect(scored.bySplit.get('dev')!.texts).toBe(1);
    expect(scored.bySplit.get('fresh')!.texts).toBe(2);
    expect(scored.all.texts).toBe(3);
    expect(scored.all.gold).toBe(4);
  });

  it('adds the splits up to the overall figures', () => {
    const dev = scored.bySplit.get('dev')!;
    const fresh = scored.bySplit.get('fresh')!;
    expect(dev.counts.tp + fresh.counts.tp).toBe(scored.all.counts.tp);
    expect(dev.counts.fp + fresh.counts.fp).toBe(scored.all.counts.fp);
    expect(fresh.counts.fp).toBe(1); // "500 Gäste" is in the text but not in this gold
    expect(dev.counts.fp).toBe(0);
  });

  it('scores iso, change and flags on matched pairs', () => {
    const dev = scored.bySplit.get('dev')!;
    const fresh = scored.bySplit.get('fresh')!;
    expect(accuracy(dev, 'flags')).toBe(1);
    expect(accuracy(fresh, 'iso')).toBe(0.5);
    expect(accuracy(fresh, 'change')).toBe(1);
    expect(scored.errors.some((e) => e.includes('"3. Mai 2024" iso'))).toBe(true);
  });

  it('prints one line per split with every field', () => {
    const line = splitLine('fresh', scored.bySplit.get('fresh')!);
    expect(line).toMatch(/^ {2}fresh +2 texts +2 numbers {2}span F1 /);
    expect(line).toContain('iso 0.500');
    expect(line).toContain('flags 1.000');
  });
});
