import { describe, expect, it } from 'vitest';
import { CANDIDATE, mayContainNumber } from '../pipeline/stages/numbers/lexicon.js';

// The char-code prefilter must answer exactly as the reference regular expression.
const SENTENCES: Array<[string, boolean]> = [
  ['Die Regierung wies die Vorwürfe am Abend zurück.', false],
  ['Der Umsatz stieg um 3,5 Prozent.', true],
  ['Das kostet $ mehr als erwartet.', true],
  ['Die Miete liegt bei 900 € im Monat.', true],
  ['Zwei Menschen wurden verletzt.', true],
  ['Es kamen zwölf Abgeordnete.', true],
  ['Die Hälfte der Befragten stimmte zu.', true],
  ['Die Zahl der Fälle hat sich verdreifacht.', true],
  ['Sie reisten für einen halben Tag nach Wien.', true],
  ['Er wartete eine Stunde auf den Zug.', true],
  ['Ein Euro mehr pro Stunde.', true],
  ['Eine Stunde später war alles vorbei.', true],
  ['Das Ergebnis war gleich null', true],
  ['Die Nullen im Haushalt bleiben.', false],
  ['Der Zwist in der Koalition hält an.', false],
  ['Die ERSTEN Ergebnisse liegen vor.', true],
  ['Die Quote hat sich verzehnfacht.', true],
  ['Er sprach über Dreiecke und Vierecke.', true],
  ['Sie aßen Eintopf mit Einlage.', false],
  ['Ölzwei und Straße\u00adzwei sind keine Zahlen.', true],
  ['Über Achtsamkeit sprach er lange.', true],
  ['Im Wettbewerb siegte das Team.', false],
  ['😀zwei Stimmen', true],
  ['Ausgerechnet er', false],
];

describe('numbers prefilter', () => {
  it.each(SENTENCES)('%s', (sentence, expected) => {
    expect(CANDIDATE.test(sentence)).toBe(expected);
    expect(mayContainNumber(sentence)).toBe(expected);
  });
});
