/**
 * The tokens stage: German words, numbers, web addresses and punctuation inside sentences,
 * as table cases ("surface/kind" per token).
 */
import { describe, expect, it } from 'vitest';
import { buildPipeline, STAGES } from '../pipeline/index.js';
import { scanWordOrNumber, tokenEndByRegex, tokenize } from '../pipeline/stages/tokens/index.js';
import { seededRandom } from '../scripts/lib/random.js';

const tokens = (text: string) => tokenize(text, 0, text.length, 0).map((t) => `${text.slice(t.start, t.end)}/${t.kind}`);

describe('tokens', () => {
  it.each([
    ['hyphenated compounds', 'Der US-Präsident traf die EU-Kommission.', ['Der/word', 'US-Präsident/word', 'traf/word', 'die/word', 'EU-Kommission/word', './punct']],
    ['apostrophes inside words', 'Wie geht’s? So geht\'s.', ['Wie/word', 'geht’s/word', '?/punct', 'So/word', "geht's/word", './punct']],
    ['apostrophe after a word is a mark', 'Klaus’ Auto brennt.', ['Klaus/word', '’/punct', 'Auto/word', 'brennt/word', './punct']],
    ['closing nested quote is no apostrophe', '‚Nein‘ sagte er.', ['‚/punct', 'Nein/word', '‘/punct', 'sagte/word', 'er/word', './punct']],
    ['truncated compound', 'Ein- und Ausfuhr sinken.', ['Ein-/word', 'und/word', 'Ausfuhr/word', 'sinken/word', './punct']],
    ['thousands and decimals', 'Gold kostet 3.200 Dollar, das sind 1,5 Prozent mehr.', ['Gold/word', 'kostet/word', '3.200/number', 'Dollar/word', ',/punct', 'das/word', 'sind/word', '1,5/number', 'Prozent/word', 'mehr/word', './punct']],
    ['negative number', 'Das Wachstum lag bei -0,1 Prozent.', ['Das/word', 'Wachstum/word', 'lag/word', 'bei/word', '-0,1/number', 'Prozent/word', './punct']],
    ['range is two numbers', 'Von 2020-2024 stieg er.', ['Von/word', '2020/number', '-/punct', '2024/number', 'stieg/word', 'er/word', './punct']],
    ['time and percent with NBSP', 'Um 14.30 Uhr lag er bei 5\u00a0%.', ['Um/word', '14.30/number', 'Uhr/word', 'lag/word', 'er/word', 'bei/word', '5/number', '%/punct', './punct']],
    ['number-word compound keeps the number apart', 'Die 3-Jährige und ein G7-Gipfel.', ['Die/word', '3/number', '-/punct', 'Jährige/word', 'und/word', 'ein/word', 'G7-Gipfel/word', './punct']],
    ['ordinal keeps its number apart', 'Am 3. Mai.', ['Am/word', '3/number', './punct', 'Mai/word', './punct']],
    ['URL with path', 'Siehe https://www.tagesschau.de/inland/index.html.', ['Siehe/word', 'https://www.tagesschau.de/inland/index.html/url', './punct']],
    ['www address and bare domain', 'Auf www.spiegel.de und zeit.de/politik steht es.', ['Auf/word', 'www.spiegel.de/url', 'und/word', 'zeit.de/politik/url', 'steht/word', 'es/word', './punct']],
    ['e-mail address', 'Mail an max.muster@polizei-berlin.de bitte.', ['Mail/word', 'an/word', 'max.muster@polizei-berlin.de/url', 'bitte/word', './punct']],
    ['file name is a word', 'Die Datei bericht.pdf fehlt.', ['Die/word', 'Datei/word', 'bericht.pdf/word', 'fehlt/word', './punct']],
    ['abbreviation periods are their own tokens', 'Dr. Weber u.a. zahlte 3 Mrd. Euro.', ['Dr/word', './punct', 'Weber/word', 'u.a/word', './punct', 'zahlte/word', '3/number', 'Mrd/word', './punct', 'Euro/word', './punct']],
    ['quotes and dashes', '„Ja“ – »nein«.', ['„/punct', 'Ja/word', '“/punct', '–/punct', '»/punct', 'nein/word', '«/punct', './punct']],
    ['one mark per punctuation token', 'Was?! Na ja...', ['Was/word', '?/punct', '!/punct', 'Na/word', 'ja/word', './punct', './punct', './punct']],
    ['soft hyphen inside a word', 'Die Stra\u00adße.', ['Die/word', 'Stra\u00adße/word', './punct']],
    ['zero-width space and lone soft hyphen are no tokens', 'Stra\u200bße a \u00ad b', ['Stra/word', 'ße/word', 'a/word', 'b/word']],
    ['combining characters', 'Cafe\u0301 und Bu\u0308rger.', ['Cafe\u0301/word', 'und/word', 'Bu\u0308rger/word', './punct']],
    ['emoji with skin tone and flags', 'Top 👍🏽 🇩🇪 😀!', ['Top/word', '👍🏽/symbol', '🇩🇪/symbol', '😀/symbol', '!/punct']],
    ['symbols', 'Es kostet 5 € (§ 3).', ['Es/word', 'kostet/word', '5/number', '€/symbol', '(/punct', '§/punct', '3/number', ')/punct', './punct']],
  ])('%s', (_name, text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it('stays inside the sentence range', () => {
    const text = 'Er kam. Sie ging.';
    expect(tokenize(text, 8, 17, 1).map((t) => [text.slice(t.start, t.end), t.sentence])).toEqual([['Sie', 1], ['ging', 1], ['.', 1]]);
  });

  it('never lets a token cross the range end', () => {
    const text = 'Siehe www.spiegel.de/politik heute';
    for (const t of tokenize(text, 0, 15, 0)) expect(t.end).toBeLessThanOrEqual(15);
  });

  it('tokenises every sentence of a document in order', () => {
    const text = 'Der US-Präsident kam. „Wie geht’s?“, fragte er.\nNeue Zeile: 3.200 Euro.';
    const doc = buildPipeline({ stages: ['sentences', 'tokens'] }, STAGES).process({ id: 't', text, meta: {} });
    const toks = doc.layers.tokens!;
    for (let i = 1; i < toks.length; i++) expect(toks[i]!.start).toBeGreaterThanOrEqual(toks[i - 1]!.end);
    const nonSpace = text.replace(/\s/g, '');
    expect(toks.map((t) => text.slice(t.start, t.end)).join('')).toBe(nonSpace);
    expect(new Set(toks.map((t) => t.sentence))).toEqual(new Set([0, 1, 2]));
  });
});

describe('the class-table scan of words and numbers agrees with the token grammar', () => {
  // Characters where the two could part: digits and separators, joiners inside and after
  // words, a soft hyphen, combining marks, letters beyond Latin, a supplementary letter and
  // an emoji (surrogates), signs, spaces and punctuation.
  const ALPHABET = ['a', 'Ä', 'ß', 'Z', '0', '7', '.', ',', '-', '’', "'", '\u00ad', '\u0301', 'ж', '²', '𝐀', '😀', '−', '+', ' ', '\n', '„', '“', '/', '@', ':'];

  function randomText(seed: number, length: number): string {
    const random = seededRandom(seed);
    let out = '';
    for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length)];
    return out;
  }

  it('gives the regex match end wherever it decides, on 2,000 random texts', () => {
    let decided = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const text = randomText(seed, 24);
      for (let p = 0; p < text.length; p++) {
        const scanned = scanWordOrNumber(text, p);
        if (scanned < 0) continue;
        decided++;
        expect([seed, p, scanned]).toEqual([seed, p, tokenEndByRegex(text, p)]);
      }
    }
    expect(decided).toBeGreaterThan(10_000);
  });

  it.each([
    ['3.200,50 Euro', 0, 8],
    ['Ein- und Ausfuhr', 0, 4],
    ['US-Präsident sagte', 0, 12],
    ['geht’s los', 0, 6],
    ['Stra\u00adße', 0, 7],
    ['z.B. heute', 0, 3],
    ['2020-2024', 0, 4],
    ['A380-Flug.', 0, 9],
  ])('%s from %i ends at %i', (text, start, end) => {
    expect(scanWordOrNumber(text, start)).toBe(end);
    expect(tokenEndByRegex(text, start)).toBe(end);
  });

  it('leaves signs, punctuation and characters beyond the BMP to the regex', () => {
    expect(scanWordOrNumber('-0,1 Prozent', 0)).toBe(-1);
    expect(scanWordOrNumber('„Wir', 0)).toBe(-1);
    expect(scanWordOrNumber('Wort𝐀b', 0)).toBe(-1);
  });
});
