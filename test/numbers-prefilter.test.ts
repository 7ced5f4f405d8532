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
  // the three-letter gate: common words that share two letters with a number word
  ['Sie sind seit Jahren mit ihm an der Seite.', false],
  ['Er hat es erklärt, sie haben es gesehen.', false],
  ['Zwischen den Parteien gab es Streit.', false],
  ['Sie kamen zwo Mal.', true],
  ['zw', false],
  ['el', false],
  ['elf', true],
  // non-ASCII: only ſ and the Kelvin sign case-fold to an ASCII letter
  ['Es waren ſechs Perſonen.', true],
  ['Er zählte \u212Aein Geld.', false],
  ['Für fünf Tage.', true],
  ['FÜNF', true],
  ['Präsidentzwei', false],
  ['Präsident-zwei', true],
  ['Éacht', false],
  ['×acht', true],
  ['Ωzwei', false],
  ['\u0301zwei', true],
  ['Die Hälfte', true],
  ['Zwölf', true],
  ['zwÖlf', true],
];


describe('numbers prefilter', () => {
  it.each(SENTENCES)('%s', (sentence, expected) => {
    expect(CANDIDATE.test(sentence)).toBe(expected);
    expect(mayContainNumber(sentence)).toBe(expected);
  });

  it('knows every non-ASCII character that case-folds to an ASCII letter (ſ, Kelvin sign)', () => {
    const folding: number[] = [];
    for (let c = 128; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (/^[a-z]$/iu.test(String.fromCodePoint(c))) folding.push(c);
    }
    expect(folding).toEqual([0x17f, 0x212a]);
  });

  it('answers as CANDIDATE on random strings made of number-word pieces', () => {
    const pieces = [
      'zw', 'ei', 'ölf', 'anzig', 'o', 'drei', 'vier', 'fünf', 'sech', 'sieb', 'acht', 'neun', 'zehn', 'elf', 'hundert', 'tausend',
      'null', 'ander', 'thalb', 'dutzend', 'doppel', 'erste', 'n', 'dritt', 'hälfte', 'million', 'milliard', 'billion', 'ver', 'fach',
      'halb', 'halbier', 'eins', 'ein', 'eine', 'einen', 'Prozent', 'Drittel', 'Jahr', 'Woche', ' ', ' ', ' ', '\u00a0', '-', '.', ',',
      'ä', 'Ö', 'ß', 'é', 'ſ', '\u212a', '\u0301', '😀', 'Ω', '„', 'x', 'Z', 'W', 'E', 'I', 'N', 'S', 'a', 'e', 'r', 't',
    ];
    let seed = 12345;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      let sentence = '';
      const length = 1 + random(8);
      for (let w = 0; w < length; w++) {
        const piece = pieces[random(pieces.length)]!;
        sentence += random(4) === 0 ? piece.toUpperCase() : piece;
      }
      expect(mayContainNumber(sentence), sentence).toBe(CANDIDATE.test(sentence));
    }
  });

  it('reads a sentence where it stands in a text as it reads the sentence alone', () => {
    // the text around the sentence must change nothing: not the letter before it (the
    // lookbehind), not the letters or digits after it (\b, the three-letter gate, the units)
    const around = ['', 'a', 'Ä', '7', ' ', 'zw', 'ei ', 'Prozent', 'halb', '€', '-', 'e', 'n '];
    let seed = 777;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (const [sentence] of SENTENCES) {
      for (let k = 0; k < 40; k++) {
        const before = around[random(around.length)]!;
        const after = around[random(around.length)]!;
        const text = before + sentence + after;
        expect(mayContainNumber(text, before.length, before.length + sentence.length), JSON.stringify([before, sentence, after])).toBe(CANDIDATE.test(sentence));
      }
    }
    for (const cut of ['zw', 'dr', 'ei', 'ein', 'eine ', 'null', 'elf']) {
      expect(mayContainNumber(`${cut}ei Prozent`, 0, cut.length)).toBe(CANDIDATE.test(cut));
    }
  });
});
