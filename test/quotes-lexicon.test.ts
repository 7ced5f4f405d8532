/** The quote stage's verb tables (quotes/lexicon.ts), read from the generated forms. */
import { describe, expect, it } from 'vitest';
import { NON_SOURCE_VERB_FORMS, SOURCE_VERB_FORMS, SPEECH_VERB_FORMS } from '../pipeline/stages/quotes/lexicon.js';

describe('source and non-source verb forms from the generated table', () => {
  it.each([
    // form, readings as particle|+words
    ['ermittelt', ['|']],
    ['ermittle', ['|']], // Konjunktiv I
    ['nahm', ['fest|']], // split: "nahm … fest"
    ['festnahm', ['|']], // joined, verb-final
    ['festgenommen', ['|']],
    ['nähme', ['fest|']], // Konjunktiv II
    ['erlässt', ['|']], // today's spelling of the dictionary's "erläßt"
    ['erläßt', ['|']],
    ['beschloss', ['|']],
    ['überprüfte', ['|']], // inseparable: joined only
    ['prüft', ['|']], // prüfen; no "prüft … über"
    ['brachte', ['|+ausdruck+sprache+gespräch+umlauf']],
    ['übernahm', ['|+verantwortung']],
  ])('source: %s', (form, readings) => {
    const got = (SOURCE_VERB_FORMS.get(form) ?? []).map((r) => `${r.particle}|${r.requires.map((w) => `+${w}`).join('')}`);
    expect(got).toEqual(readings);
  });

  it('keeps the verbs of state, transfer and motion apart', () => {
    for (const form of ['stammt', 'lag', 'läge', 'brachte', 'übernahm', 'käme', 'gestorben']) {
      expect(NON_SOURCE_VERB_FORMS.get(form)?.[0], form).toEqual({ particle: '', requires: [] });
    }
    expect(SOURCE_VERB_FORMS.has('stammt')).toBe(false);
    expect(NON_SOURCE_VERB_FORMS.has('ermittelt')).toBe(false);
    // "überprüfen" alone: "prüft" is no form of it.
    expect(SOURCE_VERB_FORMS.has('über')).toBe(false);
  });

  it('reads speech verbs in the reformed spelling too', () => {
    expect(SPEECH_VERB_FORMS.get('beschloss')?.map((r) => r.verb.lemma)).toEqual(['beschließen']);
    expect(SPEECH_VERB_FORMS.get('fasste')?.map((r) => r.verb.lemma)).toEqual(['zusammenfassen']);
    expect(SPEECH_VERB_FORMS.get('zusammenfasste')?.map((r) => r.joined)).toEqual([true]);
  });
});
