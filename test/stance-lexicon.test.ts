/** The polarity lexicon and its inflection model: entries compile, forms are recognised. */
import { describe, expect, it } from 'vitest';
import { getLexicon } from '../pipeline/stages/stance/lexicon.js';
import { adjectiveForms, nounForms, verbForms } from '../pipeline/stages/stance/inflect.js';
import { factsId, formEntry, formFacts, formId } from '../pipeline/stages/stance/words.js';
import type { Form } from '../pipeline/core/forms.js';
import { matchPhrase } from '../pipeline/stages/stance/sentence.js';
import type { Token } from '../pipeline/stages/tokens/types.js';
import { formAt } from '../pipeline/core/forms.js';

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

describe('lexicon ids of the shared word forms (stance/words.ts)', () => {
  // the lexicon id a token's form carries in its facts (what the sentence passes read)
  const lexiconId = (form: Form) => factsId(formFacts(form));
  const text = 'Die Kritik an der Kritik war scharf: KRITIK, kritisierte sie, sei Unsinn.';
  const formOf = (word: string, from = 0) => {
    const start = text.indexOf(word, from);
    return formAt(text, start, start + word.length);
  };

  it('finds the lexicon form by the lower case of the token, however it is written', () => {
    const id = formId('kritik', 0, 6);
    expect(id).toBeGreaterThanOrEqual(0);
    expect(formEntry(id)?.hits?.some((h) => h.entry.lemma === 'Kritik')).toBe(true);
    expect(lexiconId(formOf('Kritik'))).toBe(id);
    expect(lexiconId(formOf('Kritik', 5))).toBe(id);
    expect(lexiconId(formOf('KRITIK'))).toBe(id);
    expect(lexiconId(formOf('kritisierte'))).toBe(formId('kritisierte', 0, 11));
  });

  it('gives -1 to forms the lexicon does not know', () => {
    expect(lexiconId(formOf('Unsinn'))).toBe(formId('unsinn', 0, 6));
    expect(lexiconId(formAt('Zollbehördenchefinnen', 0, 21))).toBe(-1);
    expect(lexiconId(formOf(':'))).toBe(-1);
  });
});

describe('phrases by the word after their first (lexicon.ts PhraseStart, sentence.ts matchPhrase)', () => {
  /** Tokens as matchPhrase reads them: kind and the form's lower case. */
  const tokensOf = (...words: string[]) =>
    words.map((w) => ({ kind: w === '\u00ad' ? 'punct' : 'word', form: { lower: w } })) as unknown as Token[];
  const match = (...words: string[]) => {
    const tokens = tokensOf(...words);
    const found = matchPhrase(tokens, 0, lex.index.get(words[0]!)?.phraseStart);
    return found ? `${found.entry.lemma}:${found.last}` : null;
  };

  it('takes the longest pattern that the following words match, exact or by prefix', () => {
    expect(match('in', 'die', 'richtige', 'richtung')).toBe('in die richtige richtung:3');
    expect(match('in', 'die', 'irre')).toBe('in die irre:2');
    expect(match('in', 'die', 'stadt')).toBeNull();
    expect(match('auf', 'zeit', 'spielen')).toBe('auf zeit spiel*:2');
    expect(match('auf', 'zeit', 'zu', 'spielen')).toBe('auf zeit zu spielen:3');
    expect(match('falsche', 'signale')).toBe('falsche signal*:1');
    expect(match('falsche', 'richtung')).toBe('falsche richtung:1');
  });

  it('skips soft hyphens between the words and fails at the end of the sentence', () => {
    expect(match('auf', '\u00ad', 'augenhöhe')).toBe('auf augenhöhe:2');
    expect(match('auf')).toBeNull();
    expect(match('rückendeckung')).toBe('rückendeckung:0');
    expect(match('rückendeckung', 'für')).toBe('rückendeckung:0');
  });
});
