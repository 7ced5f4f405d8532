import { describe, expect, it } from 'vitest';
import { formAt } from '../pipeline/core/forms.js';
import { wordInfo } from '../pipeline/stages/entities/lexemes.js';
import { infoOf, NO_INFO, START_FACTS } from '../pipeline/stages/entities/phrase.js';

/** The shared form of `word` found inside some surrounding text. */
function form(word: string, before = 'Laut ', after = ' sagte er.') {
  const text = `${before}${word}${after}`;
  return formAt(text, before.length, before.length + word.length);
}

describe('lexical facts per word form (entities/lexemes.ts)', () => {
  it.each([
    ['Bundesregierung', true],
    ['Außenministerium', true],
    ['Ärztekammer', true],
    ['NATO', true],
    ['sagte', false],
    ['dpa', false],
    ['„', false],
    ['2024', false],
  ])('%s: facts of its own %s', (word, capitalised) => {
    const info = wordInfo(form(word));
    if (capitalised) expect(info).toEqual(infoOf(word));
    else expect(info).toBe(NO_INFO);
  });

  it.each([
    ['Berlin', START_FACTS.phrase],
    ['Dr', START_FACTS.title],
    ['Präsident', START_FACTS.role],
    ['Wladimir', START_FACTS.firstName],
    ['Polizeiangaben', START_FACTS.sourceTail],
    ['Experten', START_FACTS.group],
    ['Er', START_FACTS.pronoun],
    ['Haus', 0],
    ['Verhandlung', 0],
  ])('%s: the facts a word-led rule starts from are %i', (word, fact) => {
    const info = infoOf(word);
    expect(info.startFacts & fact).toBe(fact);
    if (fact === 0) expect(info.startFacts).toBe(0);
  });

  it('computes the facts once per form, wherever the form stands', () => {
    const a = wordInfo(form('Außenministerium', 'Das ', ' teilte mit.'));
    const b = wordInfo(form('Außenministerium', 'Ein Sprecher sagte, das ', ' prüfe den Fall.'));
    expect(b).toBe(a);
    expect(a.org).toBeDefined();
    expect(wordInfo(form('Kanzlerin')).role).toBeDefined();
  });

  it('gives forms longer than the table takes their facts all the same', () => {
    const long = 'Bundesgesundheitsministeriumssprecherinnenstellvertreterin';
    expect(wordInfo(form(long))).toEqual(infoOf(long));
  });

  it('keeps each form its own facts when the shared table fills with new vocabulary', () => {
    const minister = form('Kanzleramtsminister');
    const ministry = wordInfo(form('Außenministerium'));
    // 250,000 distinct forms pass through: the shared table recycles its ids more than once.
    for (let k = 0; k < 250_000; k++) {
      const f = form(`Wort${k.toString(36)}`);
      if (f.text !== `Wort${k.toString(36)}`) throw new Error(`wrong form for Wort${k.toString(36)}: ${f.text}`);
      const info = wordInfo(f);
      if (k % 97 === 0) expect(info).toEqual(infoOf(f.text));
      if (k % 1000 === 0) expect(wordInfo(form('Außenministerium')).org).toEqual(ministry.org);
    }
    // a record from before the recycling still reads its own facts, not those of its id's new form
    expect(wordInfo(minister)).toEqual(infoOf('Kanzleramtsminister'));
    expect(wordInfo(form('Außenministerium'))).toEqual(ministry);
  });
});
