import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FormCache, FormIndex, FormInterner, formAt, hashChars, isCapitalised, type Form } from '../pipeline/core/forms.js';

/** The form of `word` found inside some surrounding text. */
function at(interner: FormInterner, word: string, before = 'Laut ', after = ' sagte er.'): Form {
  const text = `${before}${word}${after}`;
  return interner.formAt(text, before.length, before.length + word.length);
}

describe('shared word forms (core/forms.ts)', () => {
  it.each([
    ['Bundesregierung', 'bundesregierung', true, false],
    ['NATO', 'nato', true, true],
    ['ÖVP', 'övp', true, true],
    ['Ärztekammer', 'ärztekammer', true, false],
    ['AfD', 'afd', true, false],
    ['sagte', 'sagte', false, false],
    ['dpa', 'dpa', false, false],
    ['iPhone', 'iphone', false, false],
    ['„', '„', false, false],
    ['Σωκράτης', 'σωκράτης', true, false],
    ['B', 'b', true, false],
    ['Presse\u00adsprecher', 'presse\u00adsprecher', true, false],
    ['2024', '2024', false, false],
    ['3D', '3d', false, false],
  ])('%s: lower %s, capitalised %s, all capitals %s', (word, lower, cap, allCaps) => {
    const f = at(new FormInterner(), word);
    expect(f.text).toBe(word);
    expect(f.lower).toBe(lower);
    expect(f.cap).toBe(cap);
    expect(f.allCaps).toBe(allCaps);
  });

  it('gives the same characters at different offsets the same form and id', () => {
    const interner = new FormInterner();
    const a = at(interner, 'Außenministerium', 'Das ', ' teilte mit.');
    const b = at(interner, 'Außenministerium', 'Ein Sprecher sagte, das ', ' prüfe den Fall.');
    expect(b).toBe(a);
    expect(b.id).toBe(a.id);
    expect(a.id).toBeGreaterThanOrEqual(0);
  });

  it('keeps forms apart that differ in case, length or one letter', () => {
    const interner = new FormInterner();
    const words = ['Bank', 'bank', 'Banken', 'Bunk', 'Ban', 'BANK'];
    const forms = words.map((w) => at(interner, w));
    expect(new Set(forms.map((f) => f.id)).size).toBe(words.length);
    forms.forEach((f, k) => expect(f.text).toBe(words[k]));
  });

  it('keeps distinct forms apart even when their hashes collide in the slots', () => {
    // A tiny index: with 1,024 slots most of 900 forms share a first probe slot with another.
    const index = new FormIndex<{ text: string }>(900, 0.9);
    const words = Array.from({ length: 900 }, (_, k) => `w${k}`);
    for (const w of words) expect(index.add({ text: w })).toBe(index.size - 1);
    words.forEach((w, k) => expect(index.idOf(`«${w}»`, 1, 1 + w.length)).toBe(k));
    words.forEach((w, k) => expect(index.entry(k).text).toBe(w));
    expect(index.idOf('w900')).toBe(-1);
    expect(() => index.add({ text: 'w900' })).toThrow(RangeError);
  });

  it('does not keep forms longer than the limit, and answers for them all the same', () => {
    const interner = new FormInterner();
    const long = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenhersteller';
    const f = at(interner, long);
    expect(f.id).toBe(-1);
    expect(f.text).toBe(long);
    expect(f.lower).toBe(long.toLowerCase());
    expect(f.cap).toBe(true);
    expect(at(interner, long)).not.toBe(f);
  });

  it('does not keep a document alive through a form of 13 or more characters sliced from it', () => {
    // In a child process with the collector exposed: 20 documents of 5 MB, one form kept from
    // each. Plain slices keep the documents (about 100 MB); the interned forms must not.
    const script = fileURLToPath(new URL('./helpers/forms-retention.ts', import.meta.url));
    const heapMb = (mode: string[]) => {
      const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...mode], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const [mb, count] = run.stdout.trim().split(' ').map(Number);
      expect(count).toBe(20);
      return mb!;
    };
    expect(heapMb(['slice'])).toBeGreaterThan(80);
    expect(heapMb([])).toBeLessThan(40);
  });

  it('stays within its bound: two generations, ids below twice the limit', () => {
    const interner = new FormInterner(50);
    const seen = new Set<number>();
    for (let k = 0; k < 1_000; k++) {
      const f = at(interner, `Wort${k}`);
      expect(f.text).toBe(`Wort${k}`);
      expect(f.id).toBeGreaterThanOrEqual(0);
      expect(f.id).toBeLessThan(100);
      seen.add(f.id);
    }
    expect(seen.size).toBe(100);
  });

  it('keeps a form still in use across generations, and drops one unused for two', () => {
    const interner = new FormInterner(50);
    const frequent = at(interner, 'Kanzleramtsminister');
    const rare = at(interner, 'Zollbehördenchefin');
    let current = frequent;
    for (let k = 0; k < 500; k++) {
      at(interner, `Wort${k}`);
      const again = at(interner, 'Kanzleramtsminister');
      // moved into a new generation (new id) at most once per generation, with the same string
      expect(again.text).toBe(current.text);
      expect(again.lower).toBe(frequent.lower);
      if (again !== current) expect(again.id).not.toBe(current.id);
      current = again;
    }
    const back = at(interner, 'Zollbehördenchefin');
    expect(back).not.toBe(rare);
    expect(back.text).toBe(rare.text);
    expect(back.lower).toBe(rare.lower);
  });

  it('moves single-character forms (found by code) into each new generation like the others', () => {
    const interner = new FormInterner(10);
    const comma = at(interner, ',');
    expect(at(interner, ',', 'Ja', ' nein')).toBe(comma);
    expect(at(interner, '„')).toBe(at(interner, '„', '', 'Wir'));
    // the comma's record always has an id no other form has taken since the record was made
    let record = comma;
    let idsSince = new Set<number>();
    for (let k = 0; k < 35; k++) {
      idsSince.add(at(interner, `Neu${k}`).id);
      const c = at(interner, ',');
      if (c !== record) {
        record = c;
        idsSince = new Set();
      }
      expect(c.text).toBe(',');
      expect(idsSince.has(c.id)).toBe(false);
    }
    expect(at(interner, ',')).not.toBe(comma);
  });

  it('never gives a stage the facts of another form after its id was taken over', () => {
    const interner = new FormInterner(10);
    const cache = new FormCache<string>();
    const first = at(interner, 'Erstwort');
    cache.set(first, `facts of ${first.text}`);
    expect(cache.get(first)).toBe('facts of Erstwort');
    // two generations later another form has first's id
    let successor: Form | undefined;
    for (let k = 0; k < 40 && successor === undefined; k++) {
      const f = at(interner, `Neu${k}`);
      if (f.id === first.id) successor = f;
      cache.set(f, `facts of ${f.text}`);
    }
    expect(successor).toBeDefined();
    expect(cache.get(successor!)).toBe(`facts of ${successor!.text}`);
    expect(cache.get(first)).toBeUndefined();
    // the old record still reads its own facts once computed again, and then the successor misses
    cache.set(first, 'facts of Erstwort');
    expect(cache.get(successor!)).toBeUndefined();
  });

  it('stores nothing for a form outside the table', () => {
    const cache = new FormCache<number>();
    const long = at(new FormInterner(10, 5), 'Langwort');
    expect(long.id).toBe(-1);
    expect(cache.set(long, 7)).toBe(7);
    expect(cache.get(long)).toBeUndefined();
  });

  it('hashes the characters in place, and the process-wide interner finds the same form', () => {
    expect(hashChars('xxBundxx', 2, 6)).toBe(hashChars('Bund', 0, 4));
    expect(hashChars('Bund', 0, 4)).not.toBe(hashChars('bund', 0, 4));
    const a = formAt('Der Bund zahlt.', 4, 8);
    const b = formAt('Bund und Länder', 0, 4);
    expect(b).toBe(a);
  });
});

describe('isCapitalised: the one test of capitalisation the stages share', () => {
  it.each([
    ['Bund', true],
    ['Ärztin', true],
    ['Øresund', true],
    ['Σωκράτης', true],
    ['𐐀𐐨', true], // a capital letter beyond the BMP (Deseret)
    ['dpa', false],
    ['ß', false],
    ['2024', false],
    ['„Wir', false],
    ['×', false], // the multiplication sign between the Latin-1 capitals
    ['Ⅻ', false], // a Roman numeral has a lower case, but is no letter
    ['Ⓐ', false],
    ['', false],
  ])('%j → %s', (text, capitalised) => {
    expect(isCapitalised(text)).toBe(capitalised);
    if (text !== '') expect(formAt(`x ${text} y`, 2, 2 + text.length).cap).toBe(capitalised);
  });
});
