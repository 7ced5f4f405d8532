/** The polarity lexicon and its inflection model: entries compile, forms are recognised. */
import { describe, expect, it } from 'vitest';
import { getLexicon } from '../pipeline/stages/stance/lexicon.js';
import { adjectiveForms, nounForms, verbForms } from '../pipeline/stages/stance/inflect.js';

const lex = getLexicon();

describe('stance lexicon', () => {
  it('has several hundred curated entries, each with a weight in [-1, 1]', () => {
    expect(lex.entries).toBeGreaterThan(1000);
    let max = 0;
    for (const hits of lex.forms.values()) for (const h of hits) max = Math.max(max, Math.abs(h.entry.weight));
    expect(max).toBeLessThanOrEqual(1);
  });

  it('lists no lemma twice within a part of speech', () => {
    const entries = new Set<object>();
    for (const hits of lex.forms.values()) for (const h of hits) entries.add(h.entry);
    const keys = [...entries].map((e) => `${(e as { pos: string }).pos}:${(e as { lemma: string }).lemma}`);
    const twice = keys.filter((k, n) => keys.indexOf(k) !== n);
    expect(twice).toEqual([]);
  });

  it.each([
    ['lehnte', 'ablehnen', true], ['abgelehnt', 'ablehnen', false], ['abzulehnen', 'ablehnen', false],
    ['wies', 'zurückweisen', true], ['zurückgewiesen', 'zurückweisen', false], ['warf', 'vorwerfen', true],
    ['vorgeworfen', 'vorwerfen', false], ['kritisierte', 'kritisieren', false], ['kritisiert', 'kritisieren', false],
    ['verurteilten', 'verurteilen', false], ['begrüßte', 'begrüßen', false], ['verworfen', 'verwerfen', false],
    ['anerkannt', 'anerkennen', false], ['erkennt', 'anerkennen', true], ['warnte', 'warnen', false],
    ['drohe', 'drohen', false], ['würfe', 'vorwerfen', true], ['unterstützt', 'unterstützen', false],
  ])('verb form %s → %s (needs particle: %s)', (form, lemma, needsParticle) => {
    const hit = lex.forms.get(form)?.find((h) => h.entry.lemma === lemma);
    expect(hit, `no reading ${lemma} for ${form}`).toBeDefined();
    expect(hit!.needsParticle).toBe(needsParticle);
  });

  it.each([
    ['inakzeptable', 'inakzeptabel'], ['inakzeptablen', 'inakzeptabel'], ['gefährlicher', 'gefährlich'],
    ['gefährlichste', 'gefährlich'], ['heikle', 'heikel'], ['Katastrophen', 'Katastrophe'], ['Terroristen', 'Terrorist'],
    ['Kriegsverbrechers', 'Kriegsverbrecher'], ['Rückschläge', 'Rückschlag'], ['Erfolge', 'Erfolg'], ['Fortschritte', 'Fortschritt'],
  ])('form %s → %s', (form, lemma) => {
    expect(lex.forms.get(form.toLowerCase())?.some((h) => h.entry.lemma === lemma)).toBe(true);
  });

  it('inflects by rule', () => {
    expect(adjectiveForms('feige')).toEqual(expect.arrayContaining(['feige', 'feigen', 'feiger']));
    expect(nounForms('Lösung')).toContain('lösungen');
    expect(nounForms('Überfall', 'Überfälle')).toEqual(expect.arrayContaining(['überfälle', 'überfällen']));
    const werfen = verbForms('verwerfen');
    expect(werfen.finite).toEqual(expect.arrayContaining(['verwirft', 'verwarf', 'verwarfen']));
    expect(werfen.participles).toContain('verworfen');
    expect(verbForms('warten').participles).toContain('gewartet');
  });
});
