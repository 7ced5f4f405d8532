/**
 * The sentence evaluator's own parts, on made-up CoNLL-U: gold boundaries from joined
 * sentences, both splitters' boundaries, and the exit code without data.
 */
import { describe, expect, it, vi } from 'vitest';
import { intlBoundaries, ourBoundaries, pseudoParagraphs, readConlluTexts, run } from '../scripts/eval/sentences.js';

const CONLLU = [
  '# sent_id = a-1',
  '# text = Der Rat tagt am 3. Mai.',
  '1\tDer\tder\tDET\t_\t_\t0\t_\t_\t_',
  '',
  '# sent_id = a-2',
  '# text = Dr. Weber leitet die Sitzung.',
  '1\tDr.\tDr.\tNOUN\t_\t_\t0\t_\t_\t_',
  '',
  '# sent_id = a-3',
  '# text = Sie endet gegen 18 Uhr.',
  '',
].join('\n');

describe('sentence evaluation', () => {
  it('reads the text lines of CoNLL-U', () => {
    expect(readConlluTexts(CONLLU)).toEqual(['Der Rat tagt am 3. Mai.', 'Dr. Weber leitet die Sitzung.', 'Sie endet gegen 18 Uhr.']);
  });

  it('joins sentences into pseudo-paragraphs with one space and records where each starts', () => {
    const paragraphs = pseudoParagraphs(readConlluTexts(CONLLU), 2);
    expect(paragraphs.map((p) => p.text)).toEqual(['Der Rat tagt am 3. Mai. Dr. Weber leitet die Sitzung.', 'Sie endet gegen 18 Uhr.']);
    expect(paragraphs[0]!.gold).toEqual([24]);
    expect(paragraphs[1]!.gold).toEqual([]);
  });

  it('finds the gold boundaries with our splitter, where Intl.Segmenter over-splits', () => {
    const [p] = pseudoParagraphs(readConlluTexts(CONLLU), 3);
    expect(ourBoundaries(p!.text)).toEqual(p!.gold);
    expect(intlBoundaries(p!.text)).toEqual(expect.arrayContaining(p!.gold));
    expect(intlBoundaries(p!.text).length).toBeGreaterThan(p!.gold.length);
    expect(intlBoundaries('Er kam.  Sie ging.')).toEqual([9]);
  });

  it('returns 2 with a clear message when the data is missing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await run(['--data', '/nonexistent/ud-german-gsd-dev.conllu'])).toBe(2);
    expect(error.mock.calls.flat().join(' ')).toMatch(/not found/);
    expect(await run(['--size', '0', '--data', '/nonexistent'])).toBe(2);
    error.mockRestore();
  });
});
