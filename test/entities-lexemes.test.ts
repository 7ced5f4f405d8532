import { describe, expect, it } from 'vitest';
import { lexemeAt } from '../pipeline/stages/entities/lexemes.js';

/** The lexeme of `form` found inside some surrounding text. */
function lex(form: string, before = 'Laut ', after = ' sagte er.') {
  const text = `${before}${form}${after}`;
  return lexemeAt(text, before.length, before.length + form.length);
}

describe('word forms (lexemes)', () => {
  it.each([
    ['Bundesregierung', 'bundesregierung', true, false],
    ['NATO', 'nato', true, true],
    ['ÖVP', 'övp', true, true],
    ['Ärztekammer', 'ärztekammer', true, false],
    ['AfD', 'afd', true, false],
    ['sagte', 'sagte', false, false],
    ['dpa', 'dpa', false, false],
    ['„', '„', false, false],
    ['Σωκράτης', 'σωκράτης', true, false],
    ['B', 'b', true, false],
    ['Presse\u00adsprecher', 'presse\u00adsprecher', true, false],
    ['2024', '2024', false, false],
  ])('%s: lower %s, capitalised %s, all capitals %s', (form, lower, cap, allCaps) => {
    const l = lex(form);
    expect(l.text).toBe(form);
    expect(l.lower).toBe(lower);
    expect(l.cap).toBe(cap);
    expect(l.allCaps).toBe(allCaps);
  });

  it('gives every token of a form the same lexeme, wherever it stands', () => {
    const a = lex('Außenministerium', 'Das ', ' teilte mit.');
    const b = lex('Außenministerium', 'Ein Sprecher sagte, das ', ' prüfe den Fall.');
    expect(b).toBe(a);
    expect(a.info.org).toBeDefined();
  });

  it('keeps forms longer than the table takes correct, without keeping them', () => {
    const long = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenhersteller';
    const l = lex(long);
    expect(l.text).toBe(long);
    expect(l.lower).toBe(long.toLowerCase());
    expect(lex(long)).not.toBe(l);
  });

  it('keeps the forms still in use when the table fills with new vocabulary', () => {
    const frequent = lex('Kanzleramtsminister');
    const early = lex('Zollbehördenchefin');
    // 250,000 distinct forms, the frequent one among them again and again.
    for (let k = 0; k < 250_000; k++) {
      const form = `Wort${k.toString(36)}`;
      const l = lex(form);
      if (l.text !== form) throw new Error(`wrong form for ${form}: ${l.text}`);
      if (k % 1000 === 0) expect(lex('Kanzleramtsminister')).toBe(frequent);
    }
    expect(lex('Kanzleramtsminister')).toBe(frequent);
    // A form not seen for two generations is computed again, with the same facts.
    const again = lex('Zollbehördenchefin');
    expect(again.text).toBe(early.text);
    expect(again.lower).toBe(early.lower);
    expect(again.info).toEqual(early.info);
  });
});
