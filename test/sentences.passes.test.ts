/**
 * Each pass of the sentence splitter alone: paragraphs, candidates, the abbreviation
 * matcher, paragraph layout (brackets, datelines), every decision rule, and the cut.
 */
import { describe, expect, it } from 'vitest';
import { abbreviationAt, looksAbbreviated, partsAfter, partsBefore } from '../pipeline/stages/sentences/abbreviation.js';
import { findCandidates, type Candidate } from '../pipeline/stages/sentences/candidates.js';
import { bracketPairs, datelineEnd } from '../pipeline/stages/sentences/layout.js';
import { continuesOnNextLine, findLines, findParagraphs, trimSpan } from '../pipeline/stages/sentences/paragraphs.js';
import * as rules from '../pipeline/stages/sentences/rules.js';
import { findBoundaries, isHeadline, splitParagraph } from '../pipeline/stages/sentences/split.js';
import { TextSpan } from '../pipeline/core/span.js';

const slices = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('pass 0: paragraphs', () => {
  it.each([
    ['one line', 'Ein Satz.', ['Ein Satz.']],
    ['lines and blank lines, trimmed', '  Titel \n\n Erster Absatz. \nZweiter Absatz.\n', ['Titel', 'Erster Absatz.', 'Zweiter Absatz.']],
    ['CR, CRLF, U+2028 and U+2029', 'A.\rB.\r\nC.\u2028D.\u2029E.', ['A.', 'B.', 'C.', 'D.', 'E.']],
    ['NBSP, BOM and soft hyphen at the edges', '\ufeff\u00a0Text.\u00ad\u00a0', ['Text.']],
    ['hard wrap before a lower-case word', 'Die Stadt hat\ngestern entschieden.', ['Die Stadt hat\ngestern entschieden.']],
    ['no join after final punctuation', 'Er kam.\nund ging.', ['Er kam.', 'und ging.']],
    ['no join across a blank line', 'Die Stadt hat\n\ngestern entschieden.', ['Die Stadt hat', 'gestern entschieden.']],
    ['hyphenated word across lines', 'Die Kranken-\nhäuser klagen.', ['Die Kranken-\nhäuser klagen.']],
    ['headline before a capitalised line stays apart', 'Neue Gespräche\nDie Delegationen treffen sich.', ['Neue Gespräche', 'Die Delegationen treffen sich.']],
    ['line ending in a preposition joins a capitalised line', 'Die Regierung hat am\nMontag beschlossen.', ['Die Regierung hat am\nMontag beschlossen.']],
    ['line ending in a comma joins', 'Nach dem Treffen,\nDas sagte er, ging er.', ['Nach dem Treffen,\nDas sagte er, ging er.']],
    ['headline ending in a noun stays apart', 'Streit um die Rente\nDie Koalition ringt um einen Kompromiss.', ['Streit um die Rente', 'Die Koalition ringt um einen Kompromiss.']],
    ['numbered list items that continue one sentence stay apart', 'Geplant sind:\n1. ein Budget für Familien,\n2. ein Anspruch auf Pflege und\n3. eine Beratung.', ['Geplant sind:', '1. ein Budget für Familien,', '2. ein Anspruch auf Pflege und', '3. eine Beratung.']],
    ['a wrapped list item is joined, the next item not', '1. ein Budget für die\nFamilien mit Kindern,\n2. eine Beratung.', ['1. ein Budget für die\nFamilien mit Kindern,', '2. eine Beratung.']],
    ['lettered items', 'a) die Kosten und\nb) die Fristen.', ['a) die Kosten und', 'b) die Fristen.']],
    ['a wrapped line starting with a date is joined', 'Die Preise steigen zum\n1. April um acht Prozent.', ['Die Preise steigen zum\n1. April um acht Prozent.']],
    ['a number out of sequence is no next item', '1. FC Köln spielt am\n3. Spieltag in Bremen.', ['1. FC Köln spielt am\n3. Spieltag in Bremen.']],
    ['empty and white space only', ' \n\t\n', []],
  ])('%s', (_name, text, expected) => {
    expect(slices(text, findParagraphs(text))).toEqual(expected);
  });

  it('lines are not joined by findLines', () => {
    expect(slices('a\nb', findLines('a\nb'))).toEqual(['a', 'b']);
  });

  it('continuesOnNextLine needs a lower-case start and no final punctuation', () => {
    const t = 'Der Rat hat\nbeschlossen.';
    const [a, b] = findLines(t);
    expect(continuesOnNextLine(t, a!, b!)).toBe(true);
    const u = 'Der Rat hat\nBerlin besucht.';
    const [c, d] = findLines(u);
    expect(continuesOnNextLine(u, c!, d!)).toBe(false);
  });

  it('trimSpan returns null for white space only', () => {
    expect(trimSpan('  \u00a0 ', 0, 4)).toBeNull();
    expect(trimSpan(' ab ', 0, 4)).toEqual(new TextSpan(1, 3));
  });
});

describe('pass 1: candidates', () => {
  const candidates = (text: string) => findCandidates(text, 0, text.length);
  it.each([
    ['period before space', 'Er kam. Sie ging.', [['.', 'period']]],
    ['closing quote taken along', '„Wir gehen.“ Dann', [['.“', 'period']]],
    ['?! run is strong', 'Wirklich?! Ja.', [['?!', 'strong']]],
    ['ellipsis characters and periods', 'Nun … Also... Gut.', [['…', 'ellipsis'], ['...', 'ellipsis']]],
    ['closing bracket taken along', '(Er kam.) Dann', [['.)', 'period']]],
    ['glued punctuation is no candidate', '3.200 Euro, 14.30 Uhr, www.x.de, „Was?“, sagte', []],
    ['final punctuation at the end is no candidate', 'Ende.', []],
    ['a quote mark alone between spaces closes', 'Es ist vorbei. “ Dann', [['. “', 'period']]],
    ['NBSP and narrow NBSP separate', 'Eins.\u00a0Zwei.\u202fDrei.', [['.', 'period'], ['.', 'period']]],
  ])('%s', (_name, text, expected) => {
    expect(candidates(text).map((c) => [text.slice(c.punct, c.after), c.mark])).toEqual(expected);
  });

  it('gives the start of the next sentence past white space', () => {
    const text = 'Er kam.   Sie ging.';
    const [c] = candidates(text);
    expect(text.slice(c!.next)).toBe('Sie ging.');
  });

  it('stays inside the paragraph range', () => {
    const text = 'A. B. C. D.';
    expect(findCandidates(text, 3, 8).map((c) => c.punct)).toEqual([4]);
  });
});

describe('abbreviation matcher', () => {
  it.each([
    ['z. B. last period', 'etwa z. B. Köln', 9, ['z', 'B']],
    ['z.B. glued', 'etwa z.B. Köln', 8, ['z', 'B']],
    ['i. d. R.', 'werden i. d. R. bearbeitet', 14, ['i', 'd', 'R']],
    ['a long single word', 'die Hauptstr. in', 12, ['Hauptstr']],
    ['last part of a hyphenated compound', 'Bundes-Vors. sagte', 11, ['Vors']],
    ['part glued to a slash is no part', 'und/bzw. sagte', 7, []],
    ['digits end a part', 'am 3. Mai', 4, []],
  ])('partsBefore: %s', (_name, text, period, expected) => {
    expect(partsBefore(text, period, 0)).toEqual(expected);
  });

  it('partsAfter reads the following short parts', () => {
    expect(partsAfter('z. B. Köln', 1, 10)).toEqual(['B']);
    expect(partsAfter('i. d. R. x', 1, 10)).toEqual(['d', 'R']);
    expect(partsAfter('Er kam. Dann', 6, 12)).toEqual([]);
  });

  it.each([
    ['inner period of z. B.', 'etwa z. B. Köln', 6, { key: 'z.B', cls: 'plain', inner: true }],
    ['last period of z. B.', 'etwa z. B. Köln', 9, { key: 'z.B', cls: 'plain', inner: false }],
    ['usw. is a list end', 'Käse usw. Die', 8, { key: 'usw', cls: 'list-end', inner: false }],
    ['u. a. can end a sentence', 'Schulen u. a. Die', 12, { key: 'u.a', cls: 'open-end', inner: false }],
    ['Art. only before numbers', 'in Art. 5', 6, { key: 'Art', cls: 'before-number', inner: false }],
    ['an ordinary word', 'Er kam. Dann', 6, null],
    ['case matters: So. vs so.', 'Das ist so. Dann', 10, null],
  ])('abbreviationAt: %s', (_name, text, period, expected) => {
    expect(abbreviationAt(text, period, 0, text.length)).toEqual(expected);
  });

  it.each([
    ['Nr', true], ['Str', true], ['bzgl', true], ['Hbf', true], ['Goethestr', true],
    ['SPD', false], ['BND', false], ['Haus', false], ['Typ', false], ['', false],
  ])('looksAbbreviated(%s) = %s', (word, expected) => {
    expect(looksAbbreviated(word)).toBe(expected);
  });
});

describe('paragraph layout', () => {
  it('pairs brackets, ignoring unmatched closers', () => {
    const text = 'a) Die Partei (gegründet [1990] in Bonn) tritt an.';
    expect(bracketPairs(text, 0, text.length).map(([o, c]) => text.slice(o, c + 1))).toEqual(['(gegründet [1990] in Bonn)', '[1990]']);
  });

  it.each([
    ['BERLIN (dpa) – Die Regierung', 'BERLIN (dpa)'],
    ['Wien (APA). Die Gewerkschaft', 'Wien (APA).'],
    ['Frankfurt/Main (Reuters) - Die Börse', 'Frankfurt/Main (Reuters)'],
    ['Washington, 3. Mai (AFP) – Der Präsident', 'Washington, 3. Mai (AFP)'],
    ['HAMBURG. Der Hafen', 'HAMBURG.'],
    ['Die Partei (SPD) tritt an.', ''],
    ['Ja. Das stimmt.', ''],
    ['Frankfurt am Main (dpa-AFX) - Der Dax', 'Frankfurt am Main (dpa-AFX)'],
    ['St. Pölten (APA) – Die Stadt', 'St. Pölten (APA)'],
    ['Er kam. Dann sagte sie (dpa) etwas.', ''],
    ['Wie die Agentur berichtete (dpa), kam er.', ''],
    ['POL-HH: 240514-2. Verkehrsunfall in Altona', 'POL-HH: 240514-2.'],
    ['FW-E: 2410-3. Brand in einer Lagerhalle', 'FW-E: 2410-3.'],
    ['POLEN: 3. Runde der Gespräche', ''],
    ['PP: 12 Verletzte. Die Polizei', ''],
  ])('dateline of %j', (text, expected) => {
    expect(text.slice(0, datelineEnd(text, 0, text.length))).toBe(expected);
  });

  it.each([
    ['Berlin. Die Regierung', 'Berlin.'],
    ['Frankfurt am Main. Der Dax', 'Frankfurt am Main.'],
    ['Bad Homburg. Die Stadt', 'Bad Homburg.'],
    ['Großer Jubel. Die Fans', ''],
    ['Nein. Die Regierung', ''],
    ['Dann. Die Regierung', ''],
    ['Neustadt, 4. Februar 2025. Die Stadtwerke', 'Neustadt, 4. Februar 2025.'],
    ['Frankfurt am Main, den 3. Jan. 2025. Der Verband', 'Frankfurt am Main, den 3. Jan. 2025.'],
    ['Köln, Montag, 03.02.2025. Die Messe', 'Köln, Montag, 03.02.2025.'],
    ['Berlin, 4. Februar. Die Regierung', ''],
    ['Das Treffen, 4. Runde 2025. Die Gespräche', ''],
  ])('place-only dateline of %j at the article start', (text, expected) => {
    expect(text.slice(0, datelineEnd(text, 0, text.length, true))).toBe(expected);
    expect(datelineEnd(text, 0, text.length, false)).toBe(0);
  });
});

/** The rule's verdict on the candidate whose punctuation starts at `marker`'s first period. */
function verdict(rule: rules.Rule, text: string, at: string, sentenceStart = 0): rules.Verdict {
  const punct = text.indexOf(at) + at.length - 1;
  const c = findCandidates(text, 0, text.length).find((k) => k.punct <= punct && punct < k.after) as Candidate;
  expect(c, `no candidate at ${at}`).toBeDefined();
  const x: rules.Context = {
    text, from: 0, to: text.length, sentenceStart,
    brackets: bracketPairs(text, 0, text.length), datelineEnd: datelineEnd(text, 0, text.length),
  };
  return rule(c, x);
}

describe('pass 2: rules alone', () => {
  it.each([
    ['semicolon after an abbreviation', 'Brot, Käse usw. ; Milch fehlt.', 'usw.', 'keep'],
    ['lower-case word', '„Raus!“ rief er.', 'Raus!', 'keep'],
    ['dash', '„Ja!“ – so sie.', 'Ja!', 'keep'],
    ['capital word: no opinion', 'Er kam. Sie ging.', 'kam.', undefined],
    ['camel-case name: no opinion', 'Er kaufte ein Handy. iPhone-Nutzer klagen.', 'Handy.', undefined],
  ])('continuation: %s', (_name, text, at, expected) => {
    expect(verdict(rules.continuation, text, at)).toBe(expected);
  });

  it.each([
    ['opened mid-sentence', 'Die Partei (Sie kam. Dann ging sie.) tritt an.', 'kam.', 0, 'keep'],
    ['opened at the sentence start', 'Er kam. (Sie kam. Dann ging sie.) Gut.', 'Sie kam.', 8, undefined],
    ['closing at the candidate', 'Er (sie kam.) Dann', 'kam.', 0, undefined],
  ])('insideBrackets: %s', (_name, text, at, start, expected) => {
    expect(verdict(rules.insideBrackets, text, at, start)).toBe(expected);
  });

  it('strongMark cuts ? and ! only', () => {
    expect(verdict(rules.strongMark, 'Wer? Er.', 'Wer?')).toBe('cut');
    expect(verdict(rules.strongMark, 'Er kam. Dann', 'kam.')).toBeUndefined();
  });

  it.each([
    ['glued to the word', 'Wir warten ab... Vielleicht', 'ab...', 'cut'],
    ['free-standing before a noun', 'Berlin, Rom … Städte', '…', 'keep'],
    ['free-standing before an opener', 'Er zögerte … Dann', '…', 'cut'],
    ['omission mark', 'Wir haben […] Fortschritte', '…', 'keep'],
    ['closing a quote', '„Mal sehen …“ Die Lage', '…', 'cut'],
    ['not an ellipsis', 'Er kam. Dann', 'kam.', undefined],
  ])('ellipsis: %s', (_name, text, at, expected) => {
    expect(verdict(rules.ellipsis, text, at)).toBe(expected);
  });

  it('dateline keeps periods inside the dateline only', () => {
    expect(verdict(rules.dateline, 'Wien (APA). Die Gewerkschaft warnt. Dann', '(APA).')).toBe('keep');
    expect(verdict(rules.dateline, 'Wien (APA). Die Gewerkschaft warnt. Dann', 'warnt.')).toBeUndefined();
  });

  it.each([
    ['number starting the sentence', 'Gründe. 2. Die Kosten.', '2.', 8, 'keep'],
    ['letter starting the sentence', 'Gründe. a. Die Kosten.', 'a.', 8, 'keep'],
    ['number inside the sentence', 'Er stieg auf 2. Die Lage.', '2.', 0, undefined],
  ])('enumerator: %s', (_name, text, at, start, expected) => {
    expect(verdict(rules.enumerator, text, at, start)).toBe(expected);
  });

  it.each([
    ['plain abbreviation', 'Sie traf Dr. Müller.', 'Dr.', 'keep'],
    ['inner period', 'Etwa z. B. Köln.', 'z.', 'keep'],
    ['list end before a capital', 'Käse usw. Brot ist teuer.', 'usw.', 'cut'],
    ['open end before a name', 'Es sprachen u. a. Merkel und Scholz.', 'a.', 'keep'],
    ['open end before an opener', 'Schulen u. a. Die Anmeldung läuft.', 'a.', 'cut'],
    ['number abbreviation before a number', 'Laut Art. 5 gilt das.', 'Art.', 'keep'],
    ['number abbreviation before a word', 'Eine neue Art. Forscher staunen.', 'Art.', undefined],
    ['vowel-less word', 'Am Hbf. Essen.', 'Hbf.', 'keep'],
    ['ordinary word', 'Er kam. Dann ging er.', 'kam.', undefined],
  ])('abbreviation: %s', (_name, text, at, expected) => {
    expect(verdict(rules.abbreviation, text, at)).toBe(expected);
  });

  it.each([
    ['middle initial', 'Joe R. Biden sprach.', 'R.', 'keep'],
    ['initial before an opener', 'Kennzeichen B. Der Fahrer floh.', 'B.', 'cut'],
    ['regnal number', 'Ludwig XIV. regierte lange.', 'XIV.', 'keep'],
    ['acronym is no initial', 'Mitglied der SPD. Parteichef', 'SPD.', undefined],
  ])('initial: %s', (_name, text, at, expected) => {
    expect(verdict(rules.initial, text, at)).toBe(expected);
  });

  it.each([
    ['date', 'am 3. Mai', '3.', 'keep'],
    ['ordinal after an article', 'der 2. Weltkrieg', '2.', 'keep'],
    ['ordinal head', 'bis ins 19. Jahrhundert', '19.', 'keep'],
    ['cardinal label', 'auf Platz 1. Trainer', '1.', 'cut'],
    ['cardinal before a noun', 'stieg auf 19. Rettungskräfte', '19.', 'cut'],
    ['cardinal before an opener', 'am 19. Dann', '19.', 'cut'],
    ['year', 'seit 2015. Gründer', '2015.', 'cut'],
    ['day-month date', 'am 3.5. Treffen', '3.5.', 'keep'],
    ['spaced date: day', 'vom 14. 3. 2024 gilt', '14.', 'keep'],
    ['spaced date: month', 'vom 14. 3. 2024 gilt', '3.', 'keep'],
    ['not a number', 'Er kam. Dann', 'kam.', undefined],
    ['digits inside a word', 'Die G7. Dann', 'G7.', undefined],
  ])('number: %s', (_name, text, at, expected) => {
    expect(verdict(rules.number, text, at)).toBe(expected);
  });

  it('decide cuts when no rule has an opinion', () => {
    const text = 'Er kam. Sie ging.';
    const [c] = findCandidates(text, 0, text.length);
    expect(rules.decide(c!, { text, from: 0, to: text.length, sentenceStart: 0, brackets: [], datelineEnd: 0 })).toBe('cut');
  });

  it('isOpener needs a capital and a closed-class word', () => {
    expect(rules.isOpener('Die')).toBe(true);
    expect(rules.isOpener('die')).toBe(false);
    expect(rules.isOpener('Weltkrieg')).toBe(false);
  });
});

describe('pass 3: cut', () => {
  it('returns boundaries with the next start', () => {
    const text = 'Er kam.  Sie ging. Ende.';
    expect(findBoundaries(text, { start: 0, end: text.length }).map((b) => [text.slice(0, b.end), text.slice(b.next)])).toEqual([
      ['Er kam.', 'Sie ging. Ende.'],
      ['Er kam.  Sie ging.', 'Ende.'],
    ]);
  });

  it('adds a piece without letters or digits to the sentence before', () => {
    const text = 'Er nannte es „vorbei“. !? Dann ging er.';
    expect(slices(text, splitParagraph(text, new TextSpan(0, text.length), { detectHeadlines: true }))).toEqual([
      'Er nannte es „vorbei“. !?',
      'Dann ging er.',
    ]);
  });

  it('cuts only inside the paragraph span', () => {
    const text = 'X. Er kam. Sie ging. Y.';
    const pieces = splitParagraph(text, new TextSpan(3, 20), { detectHeadlines: true });
    expect(slices(text, pieces)).toEqual(['Er kam.', 'Sie ging.']);
  });

  it.each([
    ['Neue Gespräche in Riad', true],
    ['„Das ist das wahre Gesicht“', true],
    ['Will er Frieden?', false],
    ['Die Gründe:', false],
    ['(Er kam.)', false],
  ])('isHeadline(%j) = %s', (text, expected) => {
    expect(isHeadline(text, { start: 0, end: text.length })).toBe(expected);
  });
});
