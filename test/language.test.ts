import { describe, expect, it } from 'vitest';
import { identifyLanguage, languageStage } from '../pipeline/stages/language/index.js';
import { annotate } from './helpers/run.js';

const config = languageStage.defaults;

describe('language identification', () => {
  it.each([
    ['de', 'Der Sprecher sagte, die Gespräche seien konstruktiv gewesen.'],
    ['de', 'Die Regierung in Wien will die Mindestpension im kommenden Jahr um drei Prozent erhöhen.'],
    ['de', 'Das Misstrauen bleibt tief'],
    ['de', 'Wien – Die Gewerkschaft kündigte einen Streik an. „We will not accept this“, sagte der Chef.'],
    ['de', '„Wir sind bereit“, sagte er, „aber nicht um jeden Preis.“ Die Verhandlungen gehen weiter.'],
    ['en', 'The minister said on Monday that the talks had been constructive and that no deal was reached.'],
    ['nl', 'De minister zei maandag dat de gesprekken constructief waren en dat er nog geen akkoord is bereikt over de begroting.'],
    ['fr', 'Le ministre a déclaré lundi que les discussions avaient été constructives.'],
    ['es', 'El ministro dijo que las conversaciones fueron constructivas y que no hay acuerdo.'],
    ['it', 'Il ministro ha detto che i colloqui sono stati costruttivi e che non ci sono accordi.'],
  ])('%s: %s', (code, text) => {
    expect(identifyLanguage(text, config).code).toBe(code);
  });

  it('says undetermined, with zero confidence, when there are no words', () => {
    expect(identifyLanguage('12345 67890', config)).toEqual({ code: 'und', confidence: 0 });
    expect(identifyLanguage('', config)).toEqual({ code: 'und', confidence: 0 });
  });

  it.each(['Washington verhängte Strafzölle.', 'Moskau schweigt.', 'Der Kreml dementierte.', 'Trump droht Putin mit Zöllen'])(
    'takes a short German line for German, not for whatever trigrams suggest: %s',
    (text) => {
      expect(identifyLanguage(text, config).code).toBe('de');
    },
  );

  it('ignores an English quote inside a German article', () => {
    const text = 'Der Präsident sagte auf Englisch: „We will never accept that, and we will not give up.“ Dann ging er.';
    expect(identifyLanguage(text, config).code).toBe('de');
  });
});

describe('language stage in the pipeline', () => {
  it('gives German text a confident German record', () => {
    const record = annotate('Die Bundesregierung hat am Mittwoch einen neuen Haushalt beschlossen. Er soll im Januar in Kraft treten.');
    expect(record.language.code).toBe('de');
    expect(record.language.confidence).toBeGreaterThan(0.8);
    expect(record.diagnostics.map((d) => d.code)).not.toContain('not-german');
  });

  it('marks English text as not German and leaves the German layers empty', () => {
    const record = annotate('The minister said on Monday that the talks had been constructive. "We are ready," she said.');
    expect(record.language.code).toBe('en');
    expect(record.diagnostics.map((d) => d.code)).toContain('not-german');
    expect(record.quotes).toEqual([]);
    expect(record.numbers).toEqual([]);
    expect(record.entities).toEqual([]);
  });

  it('flags a text it cannot identify and still analyses it as German', () => {
    const record = annotate('Tor!');
    expect(record.diagnostics.map((d) => d.code)).toContain('language-uncertain');
    expect(record.sentences).toHaveLength(1);
  });
});
