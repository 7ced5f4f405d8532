/**
 * Pass 2: the number grammar over one sentence's lexemes, left to right. At each position it
 * tries, in order: exclusions (idioms, identifiers, phone numbers, names with numbers), dates
 * and times, then a quantity — core (digits or number words) + fraction + scale, an optional
 * range ("bis", "–", "zwischen … und"), a unit or counted noun, a change ("von … auf …") —
 * and finally the qualifier before it. What a number measures is pass 3 (./meaning.ts).
 */
import type { Lexeme } from './lexer.js';
import { clean, parseClock, parseDigits, parseNumericDate, type Digits } from './digits.js';
import { parseNumberWord, suffixInfo, cardinal, type WordNumber } from './words.js';
import * as lexicon from './lexicon.js';
import { prefixCurrency, unitOf, type Phrase, type UnitInfo } from './lexicon.js';

// Module-level copies: one lookup of each binding instead of one per use in the hot loop.
const {
  ARTICLE, COUNT_BASE_MAP, DATE_QUALIFIERS_BY_LAST, DECADES_MAP, DECADE_NOUN, FRACTION_NOUNS_MAP, HALF, ID_NOUN, IDIOMS_BY_FIRST,
  MONTH_NUMBERS_MAP, NOT_COUNTED_WORD, QUALIFIERS_BY_LAST, RANK_NOUN, SCALE_ABBR, SCALE_WORDS_MAP, TEMPERATURE_SCALES_MAP, VAGUE_DET,
  YEAR_CUE, YEAR_PARTS_MAP,
} = lexicon;
import { CURRENCY_ADJECTIVES } from './de/units.js';
import { DATIVE_ENDINGS } from './de/nouns.js';
import { PERSON_HEADS } from './de/categories.js';
import type { Qualifier } from './de/qualifiers.js';
import { DURATION_ONLY_QUALIFIERS, OVER_GOVERNING_VERBS, PREPOSITIONS_BEFORE_BOUND, WORTH_NOUNS, YEAR_ONLY_QUALIFIERS } from './de/qualifiers.js';
import type { NumberFlag, NumberKind } from './types.js';
import type { SuffixInfo } from './de/compounds.js';

/** A number found in a sentence, before its meaning is read. Offsets are UTF-16. */
export interface Found {
  start: number;
  end: number;
  /** Lexeme range [first, last + 1) of the expression (without the qualifier). */
  i: number;
  j: number;
  value: number;
  max?: number;
  unit: string | null;
  kind: NumberKind;
  qualifier: Qualifier | null;
  iso?: string;
  change?: { from: number; to: number };
  score?: [number, number];
  flags: NumberFlag[];
  /** Subject found inside the expression (compound head: "Hürde" in "5-Prozent-Hürde"). */
  subject?: [number, number];
  /** Lexeme index of the counted noun, when there is one. */
  noun?: number;
}

/** A value read from digits or words, with what it consumed. */
interface Core {
  value: number;
  /** Lexeme index after the core. */
  next: number;
  /** Digits without separators (candidate year, ID, phone). */
  plain: boolean;
  intDigits: number;
  leadingZero: boolean;
  fromWords: boolean;
  /** An indefinite plural ("Dutzende", "Tausende"): the quantity is vague. */
  vague: boolean;
}

/** Unit or kind carried by the core itself (suffix words, fractions, multipliers). */
interface Own {
  unit: string | null;
  kind: NumberKind;
  subject: [number, number] | undefined;
}

interface Quantity extends Core {
  scaled: boolean;
  /** Written value before a scale (for "3 bis 5 Milliarden"). */
  raw: number;
  fraction: boolean;
  own: Own | undefined;
  /** End offset when the quantity ends inside a lexeme (hyphen compounds). */
  end: number | undefined;
  /** Qualifier implied by the core itself (vague plurals). */
  implied: Qualifier | undefined;
}

interface UnitRead {
  unit: string | null;
  kind: NumberKind;
  factor: number;
  next: number;
  end: number;
  noun?: number;
  subject?: [number, number];
}

const DASHES = new Set(['-', '–', '—', '−']);
const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '„', '“', '”', '"', '»', '«']);
const TIME_PREPS = new Set(['binnen', 'innerhalb', 'seit', 'vor', 'nach', 'für', 'in', 'über', 'knapp', 'fast', 'rund', 'etwa', 'als', 'nur', 'bis', 'ab', 'gut', 'mindestens', 'höchstens', 'zu', 'um', 'weniger', 'mehr', 'während']);
const TIME_POSTS = new Set(['lang', 'später', 'zuvor', 'früher', 'danach', 'nach', 'vorher', 'her', 'alt', 'im', 'lange', 'darauf']);
const DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'zum', 'zur', 'beim', 'vom', 'ins', 'ans', 'ein', 'eine', 'einen', 'einem',
  'einer', 'eines', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres',
  'jede', 'jeder', 'jedem', 'jeden', 'jedes', 'diese', 'dieser', 'diesem', 'diesen', 'dieses', 'als', 'unser', 'unsere', 'unserem',
  'unseren', 'unserer', 'dessen', 'deren', 'alle', 'ab', 'bis', 'seit', 'vom', 'für', 'aufs',
]);
/** Lower-case words that are not adjectives between a number and its noun. */
const NOT_ADJECTIVE = new Set([
  'wurden', 'werden', 'waren', 'haben', 'hatten', 'seien', 'wären', 'sollen', 'sollten', 'können', 'könnten', 'müssen', 'müssten',
  'wollen', 'wollten', 'dürfen', 'durften', 'starben', 'kamen', 'gingen', 'stiegen', 'fielen', 'lagen', 'blieben', 'zählten',
  'kosten', 'kosteten', 'verloren', 'mussten', 'konnten', 'gaben', 'nahmen', 'stehen', 'liegen', 'gelten', 'oder', 'aber', 'sondern',
  'unter', 'über', 'hinter', 'wieder', 'immer', 'jeder', 'jede', 'jedem', 'jeden', 'einer', 'einen', 'einem', 'eine', 'seine',
  'seiner', 'seinem', 'seinen', 'ihre', 'ihrer', 'ihrem', 'ihren', 'diese', 'dieser', 'diesem', 'diesen', 'jener', 'mehr', 'weniger',
  'wegen', 'gegen', 'oben', 'unten', 'innen', 'außen', 'hier', 'davon', 'darunter', 'allein', 'weiter', 'später', 'früher',
  'nachdem', 'wenn', 'denn', 'dann', 'jetzt', 'schon', 'eben', 'bereits', 'gestern', 'morgen', 'heute', 'neben', 'zwischen',
  'binnen', 'der', 'die', 'das', 'den', 'dem', 'des', 'sowie', 'gegenüber', 'entgegen', 'zufolge', 'insgesamt', 'pro', 'je',
  'protestierten', 'demonstrierten', 'verletzten', 'töteten', 'meldeten', 'erhielten', 'stimmten', 'verlassen', 'sterben',
]);

export function recognise(lex: readonly Lexeme[]): Found[] {
  return new Scanner(lex).run();
}

class Scanner {
  private readonly out: Found[] = [];
  /** unitAt's answers by position (undefined: not read yet). */
  private readonly units: Array<UnitRead | null | undefined> = [];
  /** Index of the last lexeme that is not punctuation (a period after it ends the sentence). */
  private readonly lastContent: number;
  constructor(private readonly lex: readonly Lexeme[]) {
    let k = lex.length - 1;
    while (k >= 0 && lex[k]!.kind === 'punct') k--;
    this.lastContent = k;
  }

  run(): Found[] {
    const n = this.lex.length;
    // "10." alone: a list marker the splitter cut off, not a number
    if (n <= 2 && this.lex[0]?.kind === 'num' && (n === 1 || this.lex[1]!.text === '.')) return this.out;
    let i = 0;
    while (i < n) {
      const skip = this.idiomAt(i);
      if (skip > i) {
        i = skip;
        continue;
      }
      const next = this.at(i);
      i = next > i ? next : i + 1;
    }
    return this.out;
  }

  // ---------------------------------------------------------------- helpers
  private L(k: number): Lexeme | undefined {
    return this.lex[k];
  }
  private lower(k: number): string {
    return this.lex[k]?.lower ?? '';
  }
  private glued(k: number): boolean {
    const l = this.lex[k];
    return !!l && l.gap === 0;
  }
  private isWord(k: number): boolean {
    return this.lex[k]?.kind === 'word';
  }
  /** The lexeme is a period that ends the sentence (the last lexeme, or only closing marks after it). */
  private isFinalPeriod(k: number): boolean {
    return this.lower(k) === '.' && k > this.lastContent;
  }

  /** Length of an idiom containing a number word at or around i; returns the index after it, or i. */
  private idiomAt(i: number): number {
    const l = this.lex[i]!;
    const list = l.kind === 'word' ? wordInfo(l).idioms : IDIOMS_BY_FIRST.get(l.lower);
    if (!list) return i;
    for (const words of list) {
      let ok = true;
      for (let w = 1; w < words.length && ok; w++) ok = this.lower(i + w) === words[w];
      if (ok) return i + words.length;
    }
    return i;
  }

  private emit(f: Found): void {
    f.value = clean(f.value);
    if (f.max !== undefined) f.max = clean(f.max);
    this.out.push(f);
  }

  // ---------------------------------------------------------------- dispatch
  /** Tries every reading at i; returns the index after what it consumed (i when nothing). */
  private at(i: number): number {
    const l = this.lex[i]!;
    if (l.kind === 'num') return this.atDigits(i);
    if (l.kind === 'word') return this.atWord(i);
    // a currency sign or '+' matters only before a number: that is tested first, the tables after
    if ((l.kind === 'symbol' || l.kind === 'punct') && this.L(i + 1)?.kind === 'num') {
      const next = this.lex[i + 1]!;
      const cur = prefixCurrency(l.text, l.lower);
      if (cur && next.gap <= 1) return this.prefixed(i, cur);
      if (l.text === '+' && this.glued(i + 1)) return this.skipPhone(i + 1);
    }
    return i;
  }

  // ---------------------------------------------------------------- digits
  private atDigits(i: number): number {
    const l = this.lex[i]!;
    const prev = this.lower(i - 1);
    const prevWord = prev === '.' ? this.lower(i - 2) : prev;

    // dd.mm.yyyy
    const figure = figureOf(l);
    const nd = figure.date;
    if (nd) {
      const iso = nd.y ? `${nd.y}-${pad(nd.mo)}-${pad(nd.d)}` : `--${pad(nd.mo)}-${pad(nd.d)}`;
      return this.finishDate(i, i + 1, nd.y ?? nd.d, 'date', iso);
    }
    // 14.30 Uhr
    const clock = figure.clock;
    if (clock && this.lower(i + 1) === 'uhr') return this.finishTime(i, i + 2, clock.h, clock.m);

    // international phone numbers: the tokenizer keeps a leading '+' on the number (+49 30 …)
    if (l.text.charCodeAt(0) === 43) return this.skipPhone(i);
    const d = figure.digits;
    if (!d) return i + 1;

    // phone numbers: 030 1234567, 0800-123456, 0171/1234567
    if (d.leadingZero && d.intDigits >= 3 && d.plain) return this.skipPhone(i);
    // "Schalke 04", "Mainz 05": a two-digit number with a leading zero outside dates and times is a name
    if (d.leadingZero && d.plain && this.lower(i + 1) !== ':' && this.lower(i + 1) !== 'uhr' && (this.lower(i + 1) !== '.' || this.isFinalPeriod(i + 1))) return i + 1;
    // identifiers: Artikel 5, Paragraf 218, Nr. 7, Linie 3
    const before = prev === '.' ? this.L(i - 2) : this.L(i - 1);
    const idBefore = ID_NOUN.has(prevWord) && (prevWord.length > 1 || !!before?.cap || before?.kind === 'symbol' || before?.kind === 'punct');
    if (idBefore) {
      if (!(d.plain && d.intDigits === 4 && YEAR_CUE.has(prevWord))) return this.skipSpacedId(this.skipId(i));
    }
    // race and match times: "2:03:17 Stunden", "3:45 Minuten"
    const elapsed = this.elapsedAt(i, d.value);
    if (elapsed) return elapsed;
    // 14:30 Uhr, 2:1 — also "2: 1" as some sources space it
    const scoreGap = (this.L(i + 2)?.gap ?? 9) === 0 || (d.intDigits <= 2 && (this.L(i + 2)?.gap ?? 9) === 1 && (this.L(i + 2)?.text.length ?? 9) <= 2);
    if (this.lower(i + 1) === ':' && this.glued(i + 1) && this.L(i + 2)?.kind === 'num' && scoreGap) {
      const b = figureOf(this.lex[i + 2]!).digits;
      if (b && d.plain && b.plain) {
        if (this.lower(i + 3) === 'uhr' && d.value <= 24 && b.value < 60) return this.finishTime(i, i + 4, d.value, b.value);
        const clockLike = b.intDigits === 2 && (this.lex[i + 2]!.text.startsWith('0') || l.text.startsWith('0'));
        if ((clockLike || ['um', 'gegen', 'ab', 'bis', 'seit'].includes(prev)) && d.value <= 24 && b.value < 60 && b.intDigits === 2) {
          return this.finishTime(i, i + 3, d.value, b.value);
        }
        return this.finishScore(i, d.value, b.value);
      }
    }
    // 14 Uhr
    if (this.lower(i + 1) === 'uhr' && d.plain && d.value <= 24) return this.finishTime(i, i + 2, d.value, 0);
    // 3. Mai 2024 / 4. Quartal 2015 / 3. (ordinal)
    if (d.plain && this.lower(i + 1) === '.' && this.glued(i + 1) && !this.isFinalPeriod(i + 1) && d.intDigits <= 3) {
      return this.ordinalAt(i, i + 2, d.value);
    }
    // "Beim 50." | "Berlin-Marathon …": a sentence cut after an ordinal (determiner before it)
    if (d.plain && this.lower(i + 1) === '.' && this.glued(i + 1) && d.intDigits <= 3 && ORDINAL_DETERMINERS.has(prev)) {
      return this.finishOrdinal(i, i + 2, d.value);
    }
    // rank: Platz 3, Rang 2
    if (d.plain && RANK_NOUN.has(prevWord) && prev === prevWord) return this.finishOrdinal(i - 1, i + 1, d.value);
    // a name with a number: Apollo 11, Windows 11 (capitalised, mid-sentence, not a known word)
    if (this.isNameNumber(i, d)) return this.skipId(i);
    // decades: 90er-Jahre, 1990er Jahren
    const dec = this.decadeAfterDigits(i, d.value);
    if (dec) return dec;
    // glued letters: 5G, 3D (identifiers) unless a unit (5km, 10kg)
    const after = this.L(i + 1);
    if (after && after.kind === 'word' && after.gap === 0 && !unitOf(after.text, after.lower) && !SCALE_WORDS_MAP.has((after.lower))) {
      return this.skipId(i);
    }
    return this.quantityFrom(i);
  }

  private prefixed(i: number, currency: string): number {
    const q = this.quantity(i + 1);
    if (!q) return i + 1;
    const f = found(this.lex[i]!.start, q.end ?? this.lex[q.next - 1]!.end, i, q.next, q.value, currency, 'currency', null);
    this.withQualifier(f, i);
    this.emit(f);
    return q.next;
  }

  private skipPhone(i: number): number {
    let k = i + 1;
    while (k < this.lex.length) {
      const l = this.lex[k]!;
      if (l.kind === 'num' && l.gap <= 1) k++;
      else if ((l.text === '/' || l.text === '-') && this.L(k + 1)?.kind === 'num') k++;
      else break;
    }
    return k;
  }

  private skipId(i: number): number {
    let k = i + 1;
    // 218a, 5/2024, A-7
    while (k < this.lex.length && this.lex[k]!.gap === 0 && (this.lex[k]!.kind === 'word' || this.lex[k]!.kind === 'num' || this.lex[k]!.text === '/')) {
      if (this.lex[k]!.text === '/' && this.L(k + 1)?.kind !== 'num') break;
      k++;
    }
    return k;
  }

  /**
   * After an ID noun the identifier may go on in spaced parts: "Aktenzeichen 402 Js 1187/24",
   * "Az. 3 StR 45/23" — numbers, and short letter codes followed by a number.
   */
  private skipSpacedId(k: number): number {
    while (k < this.lex.length) {
      const l = this.lex[k]!;
      if (l.kind === 'num' && l.gap === 1 && !this.unitAt(k + 1)) k = this.skipId(k);
      else if (l.kind === 'word' && l.gap === 1 && l.cap && l.text.length <= 3 && this.L(k + 1)?.kind === 'num') k++;
      else break;
    }
    return k;
  }

  private isNameNumber(i: number, d: { plain: boolean; intDigits: number; value: number }): boolean {
    if (!d.plain || i < 1 || this.lex[i]!.gap === 0) return false;
    if (d.intDigits === 4 && d.value >= 1000 && d.value <= 2100) return false;
    const prev = this.lex[i - 1]!;
    if (prev.kind !== 'word' || !prev.cap) return false;
    if (i === 1 && SENTENCE_INITIAL.has(prev.lower)) return false;
    if (prev.text === prev.text.toUpperCase() && prev.text.length <= 5) {
      // G 7, ARD 2 are rare; uppercase abbreviations before numbers are more often units (EUR, USD)
      if (unitOf(prev.text, prev.lower) || prefixCurrency(prev.text, prev.lower)) return false;
    }
    if (KNOWN_BEFORE_NUMBER(prev)) return false;
    if (this.unitAt(i + 1)) return false;
    // "125 der 308 Sitze", "14 von 17 Drohnen"
    if ((this.lower(i + 1) === 'der' || this.lower(i + 1) === 'von') && this.L(i + 2)?.kind === 'num') return false;
    const next = this.L(i + 1);
    if (!next) return true;
    if (next.kind === 'punct') return !DASHES.has(next.text) && next.text !== '%' && next.text !== '.';
    if (next.kind === 'word' && !next.cap && !unitOf(next.text, next.lower) && !SCALE_WORDS_MAP.has((next.lower)) && next.lower !== 'bis' && next.lower !== 'und') return true;
    return false;
  }

  // ---------------------------------------------------------------- words
  private atWord(i: number): number {
    const l = this.lex[i]!;
    const lower = l.lower;
    const info = wordInfo(l);
    // most words: nothing below applies to them (a capital before a number may still be a currency or month)
    if (info.inert && !(l.cap && this.L(i + 1)?.kind === 'num')) return i;
    // Vague round numbers: "mehrere Tausend", "einige Hundert"
    if ((lower === 'tausend' || lower === 'hundert') && VAGUE_DET.has(this.lower(i - 1))) {
      const start = this.lower(i - 2) === 'ein' && this.lower(i - 1) === 'paar' ? i - 2 : i - 1;
      let value = SCALE_WORDS_MAP.get(lower)! * 2;
      let next = i + 1;
      // "mehrere hundert Millionen Euro"
      const scale = SCALE_WORDS_MAP.get(this.lower(next));
      if (scale !== undefined && scale >= 1e6) {
        value *= scale;
        next++;
        if (this.lower(next) === '.' && this.glued(next) && !this.isFinalPeriod(next)) next++;
      }
      const q = quantityOf(baseCore(value, next, true), value, next, true, 2, false, undefined, undefined, 'vague');
      return this.finishQuantity(start, q);
    }
    if (info.article) return this.article(i);
    const nextIsNum = this.L(i + 1)?.kind === 'num';
    if (l.cap && nextIsNum) {
      const cur = prefixCurrency(l.text, lower);
      if (cur && this.lex[i + 1]!.gap <= 1) return this.prefixed(i, cur);
      const month = MONTH_NUMBERS_MAP.get(lower);
      const d = month !== undefined ? figureOf(this.lex[i + 1]!).digits : null;
      if (d && d.plain && d.intDigits === 4 && d.value >= 1000 && d.value <= 2100) {
        return this.finishDate(i, i + 2, d.value, 'date', `${d.value}-${pad(month!)}`);
      }
    }
    if (info.hyphen) {
      const compound = this.wordCompound(i);
      if (compound > i) return compound;
    }
    const w = info.number;
    if (w && l.cap && TITLES.has(this.lower(i - 1) === '.' ? this.lower(i - 2) : this.lower(i - 1))) return i + 1;
    if (!w) return info.decade ? this.decadeWord(i) : i;
    switch (w.type) {
      case 'cardinal':
      case 'half':
        // "die Nummer vier der Weltrangliste", "auf Platz zwei"
        if (w.type === 'cardinal' && (RANK_NOUN.has(this.lower(i - 1)) || this.lower(i - 1) === 'nummer')) {
          return this.finishOrdinal(i - 1, i + 1, w.value);
        }
        return this.quantityFrom(i);
      case 'ordinal':
        if (!this.ordinalContext(i)) return i + 1;
        return this.ordinalAt(i, i + 1, w.value);
      case 'fraction':
        if (w.denominator === 2) return this.finishQuantity(i, quantityOf(baseCore(0.5, i + 1, true), 0.5, i + 1, false, 0.5, true, own('fraction', 'other')));
        return i + 1;
      case 'multiplier':
        return this.finishQuantity(i, quantityOf(baseCore(w.value, i + 1, true), w.value, i + 1, false, w.value, false, own('×', 'other')));
      case 'vague':
        if (!l.cap && lower !== 'dutzende' && lower !== 'dutzenden') return i + 1;
        return this.quantityFrom(i);
      case 'suffix':
        return this.finishQuantity(i, quantityOf(baseCore(w.value, i + 1, true), w.value, i + 1, false, w.value, false, own(w.info.unit, w.info.kind)));
    }
  }

  /** Ordinal words count after a determiner or before a noun: "der dritte Versuch", "am zweiten Tag". */
  private ordinalContext(i: number): boolean {
    if (DETERMINERS.has(this.lower(i - 1))) return true;
    const next = this.L(i + 1);
    return !!next && next.kind === 'word' && (next.cap || /(?:e|en|er|es|em)$/.test(next.lower)) && i > 0 && !this.lex[i]!.cap;
  }

  /** "ein/eine …" is a number only before a scale, unit, fraction, "halb-" or (with a time preposition) a time noun. */
  private article(i: number): number {
    const next = this.L(i + 1);
    if (!next || next.kind !== 'word') return i + 1;
    const nl = next.lower;
    const scale = SCALE_WORDS_MAP.get(nl);
    if (scale !== undefined && scale >= 12 && nl !== 'hundert' && nl !== 'tausend' && (next.cap || SCALE_ABBR.has(nl))) return this.quantityFrom(i);
    if (FRACTION_NOUNS_MAP.has(nl) && next.cap) return this.quantityFrom(i);
    if (HALF.has(nl)) return this.quantityFrom(i);
    const unit = unitOf(next.text, nl);
    if (unit && next.cap) {
      if (unit.kind !== 'duration') return this.quantityFrom(i);
      // "ein Jahr", "einer Woche" — not "ein Jahrzehnte altes Foto" (a plural after "ein" is an adjective phrase)
      if (!SINGULAR_TIME.has(nl)) return i + 1;
      const before = this.lower(i - 1);
      const after = this.lower(i + 2);
      if (TIME_PREPS.has(before) || TIME_POSTS.has(after)) return this.quantityFrom(i);
    }
    return i + 1;
  }

  // ---------------------------------------------------------------- quantities
  /** Reads core [fraction] [scale] at k. */
  private quantity(k: number): Quantity | null {
    const core = this.core(k);
    if (!core) return null;
    let value = core.value;
    let next = core.next;
    let fraction = false;
    let fractionOwn: Own | undefined;
    const fl = this.L(next);
    if (fl && fl.kind === 'word' && FRACTION_NOUNS_MAP.has(fl.lower) && fl.cap) {
      value = value / FRACTION_NOUNS_MAP.get(fl.lower)!;
      fraction = true;
      fractionOwn = own('fraction', 'other');
      next++;
    }
    const raw = value;
    let scaled = false;
    const sl = this.L(next);
    if (!fraction && sl && sl.kind === 'word') {
      const s = SCALE_WORDS_MAP.get(sl.lower);
      const plural = sl.lower.endsWith('en') || SCALE_ABBR.has(sl.lower) || sl.lower === 'dutzend' || sl.lower === 'hundert' || sl.lower === 'tausend';
      if (s !== undefined && (plural || value === 1 || !Number.isInteger(value) || core.fromWords) && !(core.fromWords && (s === 100 || s === 1000) && !sl.cap)) {
        value *= s;
        scaled = true;
        next++;
        if (SCALE_ABBR.has(sl.lower) && this.lower(next) === '.' && this.glued(next) && !this.isFinalPeriod(next)) next++;
      }
    }
    return quantityOf(core, value, next, scaled, raw, fraction, fractionOwn);
  }

  /** The bare value at k: digits (with thin-space thousands), number words, "ein(e)" before a scale/unit, halves. */
  private core(k: number): Core | null {
    const l = this.L(k);
    if (!l) return null;
    if (l.kind === 'num') {
      const d = figureOf(l).digits;
      if (!d) return null;
      let value = d.value;
      let next = k + 1;
      let plain = d.plain;
      let intDigits = d.intDigits;
      // 3 200 000 with no-break or thin spaces
      if (d.plain && d.intDigits <= 3) {
        const prevIsNum = this.L(k - 1)?.kind === 'num';
        while (this.L(next)?.kind === 'num' && (this.lex[next]!.thin || (this.lex[next]!.gap === 1 && !prevIsNum && this.L(next + 1)?.kind !== 'num')) && /^\d{3}(?:,\d+)?$/.test(this.lex[next]!.text)) {
          const part = figureOf(this.lex[next]!).digits!;
          value = value * 1000 + part.value;
          intDigits += 3;
          plain = false;
          next++;
        }
      }
      return { value, next, plain, intDigits, leadingZero: d.leadingZero, fromWords: false, vague: false };
    }
    if (l.kind !== 'word') return null;
    const info = wordInfo(l);
    if (info.article) {
      const nl = this.lower(k + 1);
      if (HALF.has(nl)) return baseCore(0.5, k + 2, true);
      return baseCore(1, k + 1, true);
    }
    const w = info.number;
    if (!w) return null;
    if (w.type === 'cardinal' || w.type === 'half') {
      if (w.type === 'cardinal' && l.cap && (l.lower === 'hundert' || l.lower === 'tausend')) return null;
      // "zwei Millionen": the scale follows; "eine halbe Million" handled by the article branch
      return baseCore(w.value, k + 1, true);
    }
    if (w.type === 'vague') return baseCore(w.value, k + 1, true, true);
    return null;
  }

  /** Full quantity from i: quantity, range, unit, change; then emits. */
  private quantityFrom(i: number): number {
    const q = this.quantity(i);
    if (!q) return i + 1;
    // "gegen fünf Uhr", "um zwölf Uhr"
    if (q.fromWords && !q.scaled && this.lower(q.next) === 'uhr' && Number.isInteger(q.value) && q.value <= 24 && !ARTICLE.has(this.lower(i))) {
      return this.finishTime(i, q.next + 1, q.value, 0);
    }
    if (q.vague) q.implied = 'vague';
    // hyphen compounds after digits or a number word: 24-stündig, 5-Prozent-Hürde, 100-Millionen-Euro-Paket
    if (this.lower(q.next) === '-' && this.glued(q.next) && this.isWord(q.next + 1) && this.glued(q.next + 1) && !q.scaled) {
      const c = this.hyphenCompound(q, q.next + 1);
      if (c) return this.finishQuantity(i, c);
    }
    return this.finishQuantity(i, q);
  }

  /** Reads the parts of "24-stündig", "5-Prozent-Hürde", "100-Millionen-Euro-Paket" after the number. */
  private hyphenCompound(q: Quantity, k: number): Quantity | null {
    const word = this.lex[k]!;
    return this.compoundParts(q, word.start, word.text.split('-'), k + 1);
  }

  private compoundParts(q: Quantity, offset: number, parts: string[], next: number): Quantity | null {
    let pos = offset;
    let p = 0;
    let value = q.value;
    let unit: string | null = null;
    let kind: NumberKind | null = null;
    let consumedEnd = -1;
    const first = parts[0]!;
    const firstLower = first.toLowerCase();
    const scale = SCALE_WORDS_MAP.get(firstLower);
    if (scale !== undefined && scale > 100) {
      value *= scale;
      pos += first.length + 1;
      consumedEnd = pos - 1;
      p++;
    }
    const seg = parts[p];
    if (seg !== undefined) {
      const sl = seg.toLowerCase();
      const suf = suffixInfo(sl);
      const u = unitOf(seg, sl);
      if (suf) {
        unit = suf.unit;
        kind = suf.kind;
      } else if (u) {
        unit = u.unit;
        kind = u.kind;
        value *= u.factor ?? 1;
      } else if (FRACTION_NOUNS_MAP.has(sl)) {
        value = value / FRACTION_NOUNS_MAP.get(sl)!;
        unit = 'fraction';
        kind = 'other';
      } else if (seg.length > 1 && /^\p{Lu}/u.test(seg) && p + 1 < parts.length) {
        unit = COUNT_BASE_MAP.get(sl) ?? seg;
        kind = 'count';
      }
      if (kind) {
        consumedEnd = pos + seg.length;
        pos += seg.length + 1;
        p++;
      }
    }
    if (consumedEnd < 0) return null;
    let parted = own(unit, kind ?? (unit ? 'currency' : 'count'));
    if (kind === null && scale !== undefined) parted = own(null, Number.isInteger(value) ? 'count' : 'other');
    if (p < parts.length) {
      const rest = parts.slice(p).join('-');
      parted.subject = [pos, pos + rest.length];
    }
    return quantityOf(q, value, next, q.scaled || value !== q.value, q.raw, q.fraction, parted, consumedEnd, q.implied);
  }

  /** "Fünf-Prozent-Hürde", "Zwei-Drittel-Mehrheit", "Drei-Sterne-Koch": a number word as the first part. */
  private wordCompound(i: number): number {
    const word = this.lex[i]!;
    const parts = word.text.split('-');
    const head = parts[0]!.toLowerCase();
    const w = parseNumberWord(head);
    const n = w && (w.type === 'cardinal' || w.type === 'half') ? w.value : head === 'ein' || head === 'eine' ? 1 : null;
    if (n === null || parts.length < 2) {
      if (w && w.type === 'suffix') {
        const suffixOwn = own(w.info.unit, w.info.kind, [word.start + parts[0]!.length + 1, word.end]);
        return this.finishQuantity(i, quantityOf(baseCore(w.value, i + 1, true), w.value, i + 1, false, w.value, false, suffixOwn));
      }
      return i;
    }
    const q = quantityOf(baseCore(n, i + 1, true), n, i + 1, false, n, false, undefined);
    const c = this.compoundParts(q, word.start + parts[0]!.length + 1, parts.slice(1), i + 1);
    if (!c) return i;
    return this.finishQuantity(i, c);
  }

  /**
   * The unit (or counted noun) at k, read once per position: it depends on the lexemes alone,
   * and a number asks for it up to three times (isNameNumber, then finishQuantity before and
   * after the range). Shared: never written to.
   */
  private unitAt(k: number): UnitRead | null {
    let read = this.units[k];
    if (read === undefined) read = this.units[k] = this.readUnit(k);
    return read;
  }

  /** Reads the unit (or counted noun) at k. */
  private readUnit(k: number): UnitRead | null {
    const l = this.L(k);
    if (!l) return null;
    // "%" (punct), "€"/"$" (symbols)
    if (l.kind === 'punct' || l.kind === 'symbol') {
      const u = unitOf(l.text, l.lower);
      if (!u) return null;
      let next = k + 1;
      let unit = u.unit;
      // "°C"
      if (l.text === '°' && this.L(k + 1)?.text === 'C' && this.glued(k + 1)) next++;
      if (l.text === '°' && this.L(k + 1)?.text === 'F' && this.glued(k + 1)) { next++; unit = '°F'; }
      return { unit, kind: u.kind, factor: u.factor ?? 1, next, end: this.lex[next - 1]!.end };
    }
    if (l.kind !== 'word') return null;
    // "kanadische Dollar", "schwedische Kronen"
    const adjCur = CURRENCY_ADJECTIVES_MAP.get(this.lower(k + 1))?.get(l.lower);
    if (adjCur) return { unit: adjCur, kind: 'currency', factor: 1, next: k + 2, end: this.lex[k + 1]!.end };
    // "150 Deutsche Mark"
    if (l.lower === 'deutsche' && this.lower(k + 1) === 'mark') return { unit: 'DEM', kind: 'currency', factor: 1, next: k + 2, end: this.lex[k + 1]!.end };
    let u: UnitInfo | null = unitOf(l.text, l.lower);
    // "Euro-Cent", "US-Dollar" are in the table; "Mio.-Euro" style compounds are rare
    if (u) {
      if (u.kind === 'duration' && l.lower === 'jahre' && this.lower(k + 1) === 'alt') {
        // "30 Jahre alt": still a duration (age)
      }
      let next = k + 1;
      let unit = u.unit;
      if (u.unit === '°C' && this.L(k + 1)?.lower && TEMPERATURE_SCALES_MAP.get(this.lower(k + 1))) {
        unit = TEMPERATURE_SCALES_MAP.get(this.lower(k + 1))!;
        next++;
      }
      // abbreviation period: "5 km." is rare; "Std." "Min." "Sek."
      if (['std', 'min', 'sek', 'mio', 'mrd'].includes(l.lower) && this.lower(next) === '.' && this.glued(next) && !this.isFinalPeriod(next)) next++;
      // speed: "100 km/h", "130 Kilometer pro Stunde"
      if (unit === 'km' && this.lower(next) === '/' && this.glued(next) && this.lower(next + 1) === 'h' && this.glued(next + 1)) {
        unit = 'km/h';
        next += 2;
      } else if (unit === 'km' && (this.lower(next) === 'pro' || this.lower(next) === 'je') && this.lower(next + 1) === 'stunde') {
        unit = 'km/h';
        next += 2;
      }
      return { unit, kind: u.kind, factor: u.factor ?? 1, next, end: this.lex[next - 1]!.end };
    }
    // "4 stündigen Beratung", "3 jährige": a quantity suffix written apart
    const spacedSuffix = !l.cap ? suffixOf(l) : null;
    if (spacedSuffix && l.lower !== 'mal' && l.lower !== 'fach') return { unit: spacedSuffix.unit, kind: spacedSuffix.kind, factor: 1, next: k + 1, end: l.end };
    // "100 mal mehr" (separately written, lower case)
    if (l.lower === 'mal' && !l.cap) return { unit: 'Mal', kind: 'count', factor: 1, next: k + 1, end: l.end };
    // counted noun, possibly after adjectives: "18 Menschen", "25 russische Soldaten"
    let m = k;
    for (let skipped = 0; skipped < 2; skipped++) {
      const a = this.L(m);
      // adjectives: lower case, or capitalised with a lower-case last part ("US-amerikanischen")
      const adjectival = a && a.kind === 'word' && (!a.cap || /-\p{Ll}[^-]*$/u.test(a.text));
      if (a && adjectival && a.lower.length > 3 && /(?:e|en|er|es|em)$/.test(a.lower) && !NOT_ADJECTIVE.has(a.lower) && wordInfo(a).number === null) m++;
      else break;
    }
    const noun = this.L(m);
    if (!noun || noun.kind !== 'word' || !noun.cap || NOT_COUNTED_WORD.has(noun.text) || MONTH_NUMBERS_MAP.has(noun.lower)) return null;
    if (SCALE_WORDS_MAP.has(noun.lower) || ARTICLE.has(noun.lower)) return null;
    u = unitOf(noun.text, noun.lower);
    if (u) return { unit: u.unit, kind: u.kind, factor: u.factor ?? 1, next: m + 1, end: noun.end };
    const base = COUNT_BASE_MAP.get(noun.lower) ?? dativeToNominative(noun.text);
    return { unit: base, kind: 'count', factor: 1, next: m + 1, end: noun.end, noun: m };
  }

  private finishQuantity(i: number, q: Quantity): number {
    let start = i;
    let value = q.value;
    let max: number | undefined;
    let next = q.next;
    let end = q.end ?? this.lex[next - 1]!.end;
    let unit: string | null = q.own?.unit ?? null;
    let kind: NumberKind | null = q.own?.kind ?? null;
    let subject = q.own?.subject;
    let noun: number | undefined;
    let iso: string | undefined;
    let change: Found['change'];
    let qualifier: Qualifier | null = q.implied ?? null;
    const yearish = (x: Quantity) => x.plain && x.intDigits === 4 && x.value >= 1000 && x.value <= 2100 && !x.scaled;
    // "zwischen etwa 150 000 und 225 000 Mark": a one-word qualifier between the frame word and the number
    const lead = APPROX_WORDS.has(this.lower(i - 1)) && ['zwischen', 'von'].includes(this.lower(i - 2)) ? i - 1 : i;
    const before = this.lower(lead - 1);

    // unit of the first number: "25 Prozent bis 50 Prozent"
    let unit1: UnitRead | null = null;
    if (!q.own && q.end === undefined) unit1 = this.unitAt(next);
    if (unit1 && unit1.noun === undefined) {
      next = unit1.next;
      end = unit1.end;
    } else unit1 = unit1 && unit1.noun !== undefined ? null : unit1;

    // range: "25 bis 50", "25–50", "zwischen 3 und 5", "von 2017 bis 2020"
    if (q.end === undefined && !q.own?.subject) {
      const conn = this.L(next);
      const isRange =
        conn &&
        ((conn.lower === 'bis' && (this.lower(next + 1) !== 'zu' || this.L(next + 2)?.kind === 'num' || parseNumberWord(this.lower(next + 2))?.type === 'cardinal')) ||
          (DASHES.has(conn.text) && (conn.gap === 0 || (this.L(next + 1)?.gap ?? 0) > 0)) ||
          (conn.lower === 'und' && before === 'zwischen'));
      if (isRange) {
        const skipZu = conn!.lower === 'bis' && this.lower(next + 1) === 'zu' ? 1 : 0;
        const q2 = this.quantity(next + 1 + skipZu);
        const okYear = yearish(q) ? (q2 ? yearish(q2) : false) : true;
        if (q2 && okYear && q2.value >= 0 && !q2.own) {
          let lower = value;
          let upper = q2.value;
          if (!q.scaled && q2.scaled && q.raw <= q2.raw) lower = q.raw * (q2.value / q2.raw);
          let n2 = q2.next;
          let e2 = this.lex[n2 - 1]!.end;
          const unit2 = this.unitAt(n2);
          if (unit2 && (!unit1 || unit1.unit === unit2.unit)) {
            n2 = unit2.next;
            e2 = unit2.end;
            if (!unit1) unit1 = unit2;
            if (unit2.noun !== undefined) noun = unit2.noun;
          }
          if (lower <= upper || yearish(q)) {
            value = lower;
            max = upper;
            next = n2;
            end = e2;
            if (before === 'zwischen' || (before === 'von' && this.lower(lead - 2) !== 'höhe')) start = lead - 1;
            if (yearish(q) && q2 && yearish(q2)) {
              iso = `${q.value}/${q2.value}`;
              // a year range ends at its second year: "zwischen 2016 und 2020 Steuern hinterzogen"
              const yearsEnd = q2.next;
              return this.emitFinal(start, yearsEnd, this.lex[yearsEnd - 1]!.end, { value, max, unit: null, kind: 'year', iso, qualifier: null });
            }
          }
        }
      }
    }
    // "2024/25", "2005-06" seasons
    if (max === undefined && yearish(q) && (this.lower(next) === '/' || DASHES.has(this.lower(next))) && this.glued(next) && this.L(next + 1)?.kind === 'num' && this.glued(next + 1)) {
      const t = this.lex[next + 1]!.text;
      const to = t.length === 2 ? Math.floor(q.value / 100) * 100 + Number(t) : Number(t);
      if (/^\d{2}$|^\d{4}$/.test(t) && (this.lower(next) === '/' || to === q.value + 1)) {
        return this.emitFinal(i, next + 2, this.lex[next + 1]!.end, { value: q.value, max: to, unit: null, kind: 'year', iso: `${q.value}/${to}`, qualifier: null });
      }
    }

    // unit after the (range of) number(s)
    if (!unit1 && !q.own && q.end === undefined) {
      const u = this.unitAt(next);
      if (u) {
        // a bare 4-digit number before a counted noun is a year unless it looks like a count
        if (!(yearish(q) && u.noun !== undefined && this.yearBeforeNoun(i, q.value, u.noun))) {
          unit1 = u;
          next = u.next;
          end = u.end;
          if (u.noun !== undefined) noun = u.noun;
        }
      }
    }
    if (unit1 && unit1.unit === 'Punkte' && this.percentLevelAt(next)) {
      // "legte um 7,1 Punkte auf 23,8 Prozent zu": points of a percentage are percentage points
      unit1 = { unit: 'pp', kind: 'percent', factor: 1, next: unit1.next, end: unit1.end };
      noun = undefined;
    }
    if (unit1) {
      unit = unit1.unit;
      kind = unit1.kind;
      if (unit1.factor !== 1) {
        value *= unit1.factor;
        if (max !== undefined) max *= unit1.factor;
      }
      if (unit1.subject) subject = unit1.subject;
    }

    // "14 von 17 Drohnen", "23 der 32 Mitglieder": the first number counts the same noun
    let link = next;
    if (!kind && this.isWord(link) && !this.L(link)!.cap && /(?:e|en|er|es)$/.test(this.lower(link)) && ['und', 'oder'].includes(this.lower(link + 1))) link++;
    if (!kind && COORDINATORS.has(this.lower(link))) {
      const connector = this.lower(link);
      const q2 = this.quantity(link + 1 + (connector !== 'der' && LINK_ADVERBS.has(this.lower(link + 1)) ? 1 : 0));
      const u2 = q2 && !q2.own ? this.unitAt(q2.next) : null;
      if (u2 && u2.noun !== undefined && !(yearish(q) && max === undefined)) {
        unit = u2.unit;
        kind = 'count';
      } else if (u2 && u2.noun === undefined && SHARED_UNIT_LINKS.has(connector) && !(yearish(q) && max === undefined)) {
        // "58 statt 49 Euro", "5 oder 6 Prozent": the unit written once serves both
        unit = u2.unit;
        kind = u2.kind;
        value *= u2.factor;
      } else if (!q2 && ['der', 'von', 'ihrer', 'seiner', 'unserer', 'dieser', 'aller'].includes(connector) && !(yearish(q) && max === undefined)) {
        let m = link + 1;
        if (connector === 'von' && this.lower(m) === 'den') m++;
        const u3 = this.unitAt(m);
        if (u3 && u3.noun !== undefined) {
          unit = u3.unit;
          kind = 'count';
        }
      }
    }
    // "davon knapp 15.000", "zwölf von ihnen": the unit of the count just before
    if (!kind && !(yearish(q) && max === undefined) && Number.isInteger(value)) {
      const pronoun = (this.lower(next) === 'von' || this.lower(next) === 'unter') && ['ihnen', 'denen'].includes(this.lower(next + 1));
      const opener = PARTITIVE_BEFORE.has(this.lower(this.qualifierBefore(i, 'count').at - 1));
      const last = this.out[this.out.length - 1];
      if ((pronoun || opener) && last && last.kind === 'count' && last.unit) {
        unit = last.unit;
        kind = 'count';
      }
    }
    if (!kind) {
      if (yearish(q) && max === undefined) {
        // a year: "seit 2017", "im Jahr 2024", "Mai 2024" handled before
        return this.emitFinal(i, next, end, { value: q.value, unit: null, kind: 'year', iso: String(q.value), qualifier: null });
      }
      kind = Number.isInteger(value) && (max === undefined || Number.isInteger(max)) ? 'count' : 'other';
    }

    // change: "von 10 auf 12 Prozent"
    if (before === 'von' && this.lower(next) === 'auf') {
      const q2 = this.quantity(next + 1);
      if (q2 && !q2.own) {
        let n2 = q2.next;
        let e2 = this.lex[n2 - 1]!.end;
        let to = q2.value;
        const u2 = this.unitAt(n2);
        if (u2 && (!unit || u2.unit === unit)) {
          n2 = u2.next;
          e2 = u2.end;
          to *= u2.factor;
          if (!unit) {
            unit = u2.unit;
            kind = u2.kind;
            value *= u2.factor;
          }
        }
        change = { from: clean(value), to: clean(to) };
        value = to;
        start = lead - 1;
        next = n2;
        end = e2;
      }
    }

    if (lead !== i && start < lead && !qualifier) qualifier = QUALIFIERS_BY_LAST.get(this.lower(lead))?.find((p) => p.words.length === 1)?.value ?? null;
    const f = found(this.lex[start]!.start, end, start, next, value, unit, kind, qualifier);
    if (max !== undefined) f.max = max;
    if (iso) f.iso = iso;
    if (change) f.change = change;
    if (subject) f.subject = subject;
    if (noun !== undefined) f.noun = noun;
    this.withQualifier(f, start);
    this.emit(f);
    return next;
  }

  /** "auf 23,8 Prozent" at k: the level a change in points reached is a percentage. */
  private percentLevelAt(k: number): boolean {
    if (this.lower(k) !== 'auf') return false;
    const q = this.quantity(k + 1);
    return !!q && !q.own && this.unitAt(q.next)?.unit === '%';
  }

  /** A bare 1000–2100 before a noun: a year ("1998 Europameisterin") unless it counts ("2000 Menschen"). */
  private yearBeforeNoun(i: number, value: number, noun: number): boolean {
    const before = this.lower(i - 1);
    if (YEAR_CUE.has(before) || MONTH_NUMBERS_MAP.has(before)) return true;
    if (this.qualifierBefore(i, 'count').q) return false;
    if (isCountNoun(this.lex[noun]!.lower)) return false;
    return value >= 1900;
  }

  private emitFinal(
    start: number, next: number, end: number,
    v: { value: number; max?: number; unit: string | null; kind: NumberKind; iso?: string; qualifier: Qualifier | null },
  ): number {
    const f = found(this.lex[start]!.start, end, start, next, v.value, v.unit, v.kind, v.qualifier);
    f.max = v.max;
    f.iso = v.iso;
    this.withQualifier(f, start);
    this.emit(f);
    return next;
  }

  // ---------------------------------------------------------------- dates, times, ordinals, scores
  /** At "3." (digits) or "dritten" (word): a date with a month, a quarter of a year, or an ordinal. */
  private ordinalAt(i: number, k: number, n: number): number {
    const nl = this.lower(k);
    const month = MONTH_NUMBERS_MAP.get(nl);
    if (month !== undefined && this.L(k)!.cap && n >= 1 && n <= 31 && this.lex[i]!.kind === 'num') {
      let next = k + 1;
      if (this.lower(next) === '.' && this.glued(next) && nl.length <= 4) next++;
      const y = this.L(next)?.kind === 'num' ? figureOf(this.lex[next]!).digits : null;
      if (y && y.plain && y.intDigits === 4) {
        return this.finishDate(i, next + 1, y.value, 'date', `${y.value}-${pad(month)}-${pad(n)}`);
      }
      return this.finishDate(i, next, n, 'date', `--${pad(month)}-${pad(n)}`);
    }
    const part = YEAR_PARTS_MAP.get(nl);
    if (part !== undefined) {
      const limit = part === 'Q' ? 4 : 2;
      const y = this.L(k + 1)?.kind === 'num' ? figureOf(this.lex[k + 1]!).digits : null;
      if (n >= 1 && n <= limit && y && y.plain && y.intDigits === 4) {
        return this.finishDate(i, k + 2, y.value, 'date', `${y.value}-${part}${n}`);
      }
      // "im dritten Quartal": a date without a year (no ISO form)
      if (n >= 1 && n <= limit) return this.emitFinal(i, k + 1, this.lex[k]!.end, { value: n, unit: null, kind: 'date', qualifier: null });
    }
    return this.finishOrdinal(i, k, n);
  }

  private finishOrdinal(i: number, next: number, n: number): number {
    const f = found(this.lex[i]!.start, this.lex[next - 1]!.end, i, next, n, null, 'ordinal', null);
    this.emit(f);
    return next;
  }

  private finishDate(i: number, next: number, value: number, kind: NumberKind, iso: string): number {
    return this.emitFinal(i, next, this.lex[next - 1]!.end, { value, unit: null, kind, iso, qualifier: null });
  }

  private finishTime(i: number, next: number, h: number, m: number): number {
    return this.emitFinal(i, next, this.lex[next - 1]!.end, { value: h + m / 60, unit: null, kind: 'date', iso: `T${pad(h)}:${pad(m)}`, qualifier: null });
  }

  /** "2:03:17 Stunden", "2:15 Stunden", "3:45 Minuten", "1:58:30": an elapsed time. */
  private elapsedAt(i: number, h: number): number | null {
    if (this.lower(i + 1) !== ':' || !this.glued(i + 1) || this.L(i + 2)?.kind !== 'num' || !this.glued(i + 2)) return null;
    // the last part may carry hundredths: "1:53,21 Minuten", "2:03:17,4 Stunden"
    const m = this.lex[i + 2]!.text;
    if (!ELAPSED_PART.test(m)) return null;
    let next = i + 3;
    let s: string | null = null;
    if (!m.includes(',') && this.lower(next) === ':' && this.glued(next) && this.L(next + 1)?.kind === 'num' && this.glued(next + 1) && ELAPSED_PART.test(this.lex[next + 1]!.text)) {
      s = this.lex[next + 1]!.text;
      next += 2;
    }
    if (m.includes(',') && s === null && this.lower(next) !== 'minuten' && this.lower(next) !== 'min') return null;
    const unitWord = this.lower(next);
    const unit = unitWord === 'stunden' || unitWord === 'std' || unitWord === 'h' ? 'Stunden' : unitWord === 'minuten' || unitWord === 'min' ? 'Minuten' : null;
    if (!unit && (s === null || unitWord === 'uhr')) return null;
    const value = h + decimal(m) / 60 + (s ? decimal(s) / 3600 : 0);
    const end = unit ? next + 1 : next;
    return this.emitFinal(i, end, this.lex[end - 1]!.end, { value, unit: unit ?? 'Stunden', kind: 'duration', qualifier: null });
  }

  private finishScore(i: number, a: number, b: number): number {
    let next = i + 3;
    // "3:0-Sieg": the compound head is the subject
    const f = found(this.lex[i]!.start, this.lex[i + 2]!.end, i, next, a, null, 'score', null);
    f.score = [a, b];
    if (this.lower(next) === '-' && this.glued(next) && this.isWord(next + 1) && this.glued(next + 1)) {
      f.subject = [this.lex[next + 1]!.start, this.lex[next + 1]!.end];
      next += 2;
      f.j = next;
    }
    this.emit(f);
    return next;
  }

  /** "90er-Jahre", "90er Jahren", "1990er-Jahre", "der 90er" */
  private decadeAfterDigits(i: number, value: number): number | null {
    // "90er", "90er-Jahre", also "90-er Jahren"
    const hyphen = this.lower(i + 1) === '-' && this.glued(i + 1) ? 1 : 0;
    const w = this.L(i + 1 + hyphen);
    if (!w || w.kind !== 'word' || w.gap !== 0 || !(value % 10 === 0) || value > 2090) return null;
    const parts = w.lower.split('-');
    if (!['er', 'ern', 'ers'].includes(parts[0]!)) return null;
    let next = i + 2 + hyphen;
    if (parts.length === 1 && DECADE_NOUN.has(this.lower(next))) next++;
    const year = value < 100 ? (value === 0 || value === 10 ? 2000 + value : 1900 + value) : value;
    return this.finishDecade(i, next, year);
  }

  private decadeWord(i: number): number {
    const l = this.lex[i]!;
    const d = DECADES_MAP.get(l.lower.replace(/(?:jahren|jahre|jahrzehnt)$/, '')) ?? DECADES_MAP.get(l.lower);
    if (d === undefined) return i + 1;
    let next = i + 1;
    if (DECADE_NOUN.has(this.lower(next))) next++;
    else if (!/jahre|jahren$/.test(l.lower)) return i + 1;
    return this.finishDecade(i, next, 1900 + d);
  }

  private finishDecade(i: number, next: number, year: number): number {
    let start = i;
    if (this.lower(i - 1) === 'der' || this.lower(i - 1) === 'den') {
      const q = this.lower(i - 2);
      if (q === 'anfang' || q === 'mitte' || q === 'ende') start = i - 1;
    }
    const iso = `${String(year).slice(0, 3)}X`;
    return this.emitFinal(start, next, this.lex[next - 1]!.end, { value: year, max: year + 9, unit: null, kind: 'year', iso, qualifier: null });
  }

  // ---------------------------------------------------------------- qualifiers
  private withQualifier(f: Found, start: number): void {
    if (f.qualifier === 'vague') {
      if (VAGUE_DET.has(this.lower(start - 1))) {
        f.start = this.lex[start - 1]!.start;
        f.i = start - 1;
      }
      return;
    }
    // "Fast die Hälfte", "mehr als ein Drittel" (the article is read with the fraction)
    let from = start;
    if (f.unit === 'fraction' && ['die', 'der', 'zur'].includes(this.lower(start - 1))) from = start - 1;
    const { q, at } = this.qualifierBefore(from, f.kind);
    if (q) {
      f.qualifier = q;
      f.start = this.lex[at]!.start;
      f.i = at;
    }
  }

  private qualifierBefore(start: number, kind: NumberKind): { q: Qualifier | null; at: number } {
    const dateLike = kind === 'date' || kind === 'year';
    // the two tables in turn (dates: their own first), without an array of them per call
    const p = (dateLike ? this.qualifierIn(DATE_QUALIFIERS_BY_LAST, false, start, kind) : null) ?? this.qualifierIn(QUALIFIERS_BY_LAST, dateLike, start, kind);
    return p ? { q: p.value, at: start - p.words.length } : { q: null, at: start };
  }

  /** The longest phrase of `table` that ends right before `start` and may qualify a number of this kind. */
  private qualifierIn(table: Map<string, Phrase<Qualifier>[]>, dateOnlyGeneral: boolean, start: number, kind: NumberKind): Phrase<Qualifier> | null {
    const list = table.get(this.lower(start - 1));
    if (!list) return null;
    for (const p of list) {
      const k = start - p.words.length;
      if (k < 0) continue;
      let ok = true;
      for (let w = 0; w < p.words.length && ok; w++) ok = this.lower(k + w) === p.words[w];
      if (!ok) continue;
      if (DURATION_ONLY.has(p.text) && kind !== 'duration') continue;
      // a date or year takes only these of the general qualifiers
      if (dateOnlyGeneral && p.value !== 'about' && p.value !== 'almost' && p.value !== 'exactly') continue;
      if (YEAR_ONLY.has(p.text) && kind !== 'year') continue;
      // "ein Paket über 4 Milliarden Euro": worth, not more than
      if (p.text === 'über' && k > 0 && this.lex[k - 1]!.cap && WORTH_RE.test(this.lower(k - 1))) continue;
      // "verfügt über 26 der 79 Sitze": the verb's preposition, not a bound
      if (p.text === 'über' && kind !== 'duration' && this.overGovernedAt(k)) continue;
      // "liegt unter 37 Staaten auf Platz 18": among the counted, not fewer than
      if (p.text === 'unter' && kind === 'count' && !BOUND_AFTER.has(this.lower(k - 1)) && this.rankInClause(k)) continue;
      return p;
    }
    return null;
  }

  /** A rank ("Platz 18", "Rang drei") stands in the clause around position k. */
  private rankInClause(k: number): boolean {
    for (const step of [-1, 1]) {
      for (let m = k + step; m >= 0 && m < this.lex.length && Math.abs(m - k) <= 12; m += step) {
        const l = this.lex[m]!;
        if (l.kind === 'punct' && l.text !== '.') break;
        if (RANK_NOUN.has(l.lower) && (this.L(m + 1)?.kind === 'num' || wordInfo(this.L(m + 1) ?? l).number?.type === 'cardinal')) return true;
      }
    }
    return false;
  }

  /** A verb that takes "über" stands in the clause before position k. */
  private overGovernedAt(k: number): boolean {
    for (let m = k - 1; m >= 0 && m >= k - 8; m--) {
      const l = this.lex[m]!;
      if (l.kind === 'punct') return false;
      if (OVER_GOVERNING.has(l.lower)) return true;
    }
    return false;
  }
}

/**
 * Every Found is made here, with all its fields (the optional ones undefined until set): one
 * object shape for the meaning pass to read.
 */
function found(
  start: number, end: number, i: number, j: number, value: number, unit: string | null, kind: NumberKind, qualifier: Qualifier | null,
): Found {
  return {
    start, end, i, j, value, max: undefined, unit, kind, qualifier,
    iso: undefined, change: undefined, score: undefined, flags: [], subject: undefined, noun: undefined,
  };
}

/** What the grammar asks of every word before anything else (idiomAt, atWord, core), answered once per word form. */
export interface WordInfo {
  /** Idioms that begin with the word. */
  idioms: string[][] | undefined;
  article: boolean;
  number: WordNumber | null;
  /** The word has a hyphen: it may be a compound with a number word ("Fünf-Prozent-Hürde"). */
  hyphen: boolean;
  /** The word (without -jahre/-jahren) names a decade ("Neunziger", "Zwanzigerjahre"). */
  decade: boolean;
  /**
   * No reading of atWord starts at the word (not an article, number word, decade, hyphen
   * compound, "hundert"/"tausend") — unless, capitalised before a number, it is a currency
   * or a month.
   */
  inert: boolean;
}

/** The info of a word lexeme (its lower case is that of its form), kept in its form's facts. */
function wordInfo(l: Lexeme): WordInfo {
  const facts = l.facts;
  if (facts !== null && facts.grammar !== undefined) return facts.grammar;
  const lower = l.lower;
  const article = ARTICLE.has(lower);
  const number = parseNumberWord(lower);
  const hyphen = lower.includes('-');
  const decade = DECADES_MAP.has(withoutJahre(lower));
  const inert = lower !== 'tausend' && lower !== 'hundert' && !article && !hyphen && number === null && !decade;
  const info: WordInfo = { idioms: IDIOMS_BY_FIRST.get(lower), article, number, hyphen, decade, inert };
  if (facts !== null) facts.grammar = info;
  return info;
}

/** The quantity suffix a word lexeme is ("stündigen" in "4 stündigen Beratung"), kept in its form's facts. */
function suffixOf(l: Lexeme): SuffixInfo | null {
  const facts = l.facts;
  if (facts !== null && facts.suffix !== undefined) return facts.suffix;
  const suffix = suffixInfo(l.lower);
  if (facts !== null) facts.suffix = suffix;
  return suffix;
}

/** The readings of a figure's text: German digits, a numeric date, a clock time. */
export interface Figure {
  digits: Digits | null;
  date: ReturnType<typeof parseNumericDate>;
  clock: ReturnType<typeof parseClock>;
}
/**
 * The readings of a lexeme's text, once per form: the same figures recur (years, 100, 1,5),
 * and the grammar reads most of them more than once (atDigits, then core). Shared: never
 * written to.
 */
function figureOf(l: Lexeme): Figure {
  const facts = l.facts;
  if (facts !== null && facts.figure !== undefined) return facts.figure;
  const figure: Figure = { digits: parseDigits(l.text), date: parseNumericDate(l.text), clock: parseClock(l.text) };
  if (facts !== null) facts.figure = figure;
  return figure;
}

function baseCore(value: number, next: number, fromWords: boolean, vague = false): Core {
  return { value, next, plain: false, intDigits: 0, leadingZero: false, fromWords, vague };
}

/**
 * Every quantity is made here, with all its fields: one object shape. (The spread copies this
 * replaces, `{ ...core, value, … }` of cores of several shapes, were generic, slow copies.)
 */
function quantityOf(
  core: Core, value: number, next: number, scaled: boolean, raw: number, fraction: boolean, own: Own | undefined,
  end: number | undefined = undefined, implied: Qualifier | undefined = undefined,
): Quantity {
  return {
    value, next, plain: core.plain, intDigits: core.intDigits, leadingZero: core.leadingZero, fromWords: core.fromWords, vague: core.vague,
    scaled, raw, fraction, own, end, implied,
  };
}

function own(unit: string | null, kind: NumberKind, subject: [number, number] | undefined = undefined): Own {
  return { unit, kind, subject };
}

/** "neunzigerjahren" → "neunziger": what `lower.replace(/(?:jahren|jahre)$/, '')` gives, without a regex per word. */
function withoutJahre(lower: string): string {
  if (lower.endsWith('jahren')) return lower.slice(0, -6);
  if (lower.endsWith('jahre')) return lower.slice(0, -5);
  return lower;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Kindern → Kinder, Artikeln → Artikel; other forms stay as written. */
function dativeToNominative(text: string): string {
  const lower = text.toLowerCase();
  const m = DATIVE_RE?.exec(lower);
  if (m) return text.slice(0, text.length - m[0].length) + (m.index === 0 ? DATIVE_ENDINGS_MAP.get(m[0])! : DATIVE_ENDINGS_MAP.get(m[0])!.toLowerCase());
  // Kindern, Ländern, Bürgern: a dative plural in -ern (Eltern is nominative)
  if (/[^t]ern$/.test(lower) && lower !== 'eltern') return text.slice(0, -1);
  // Häftlingen, Passagieren, Offizieren, Funktionären: masculine plurals in -e
  if (/(?:ling|ier|är|eur|ör)en$/.test(lower) && !DATIVE_KEEP.has(lower)) return text.slice(0, -1);
  return text;
}
const DATIVE_ENDINGS_MAP = new Map(Object.entries(DATIVE_ENDINGS));
const DATIVE_RE = new RegExp(`(?:${[...DATIVE_ENDINGS_MAP.keys()].sort((a, b) => b.length - a.length).join('|')})$`);
/** Plurals in -ieren/-ären that are nominative. */
const DATIVE_KEEP = new Set(['manieren', 'karrieren', 'barrieren', 'affären']);
const WORTH_RE = new RegExp(`(?:${WORTH_NOUNS.join('|')})$`);
const YEAR_ONLY = new Set(YEAR_ONLY_QUALIFIERS);
/** Minutes or seconds of an elapsed time: two digits, hundredths after a comma. */
const ELAPSED_PART = /^\d{2}(?:,\d{1,3})?$/;
const decimal = (part: string): number => Number(part.replace(',', '.'));
const OVER_GOVERNING = new Set(OVER_GOVERNING_VERBS);
const BOUND_AFTER = new Set(PREPOSITIONS_BEFORE_BOUND);
const DURATION_ONLY = new Set(DURATION_ONLY_QUALIFIERS);

/** Capitalised words that commonly stand right before a number and are not names. */
function KNOWN_BEFORE_NUMBER(prev: Lexeme): boolean {
  const l = prev.lower;
  return (
    YEAR_CUE.has(l) || MONTH_NUMBERS_MAP.has(l) || QUALIFIERS_BY_LAST.has(l) || DATE_QUALIFIERS_BY_LAST.has(l) || RANK_NOUN.has(l) ||
    unitOf(prev.text, l) !== null || ARTICLE.has(l) || CLAUSE_PUNCT.has(l) || SCALE_WORDS_MAP.has(l) || cardinal(l) !== null ||
    KNOWN_CAPS.has(l)
  );
}
/** Capitalised only because they open the sentence: "Mit 18 …", "Nur 5 …". */
const SENTENCE_INITIAL = new Set([
  'mit', 'von', 'bei', 'nach', 'seit', 'für', 'um', 'zu', 'in', 'auf', 'aus', 'nur', 'noch', 'schon', 'bereits', 'erst', 'weitere',
  'alle', 'die', 'der', 'das', 'den', 'dem', 'des', 'diese', 'dieser', 'diesen', 'jeder', 'jede', 'vor', 'an', 'gegen', 'ohne',
  'durch', 'über', 'unter', 'zwischen', 'neben', 'hinter', 'trotz', 'wegen', 'laut', 'gut', 'und', 'oder', 'aber', 'doch', 'weil',
  'wenn', 'als', 'dass', 'ob', 'wie', 'so', 'da', 'dann', 'damals', 'heute', 'jetzt', 'nun', 'insgesamt', 'davon', 'darunter',
  'ganze', 'ganzen', 'satte', 'stolze', 'gerade', 'knapp', 'fast', 'rund', 'etwa', 'ca', 'circa', 'genau', 'exakt',
]);
/** Nouns that read as counted after a bare four-digit number: people, and the count lexicon. */
function isCountNoun(lower: string): boolean {
  return PERSON_RE.test(lower) || COUNT_BASE_MAP.has(lower) || DATIVE_RE.test(lower);
}
const PERSON_RE = new RegExp(`(?:${[...PERSON_HEADS].sort((a, b) => b.length - a.length).join('|')})$`);
const CURRENCY_ADJECTIVES_MAP = new Map(Object.entries(CURRENCY_ADJECTIVES).map(([k, v]) => [k, new Map(Object.entries(v))]));
/** Singular forms of time nouns: only these make "ein(e)" a count. */
const SINGULAR_TIME = new Set([
  'jahr', 'jahres', 'jahrs', 'monat', 'monats', 'woche', 'tag', 'tages', 'tags', 'stunde', 'minute', 'sekunde', 'jahrzehnt',
  'jahrzehnts', 'jahrhundert', 'jahrhunderts', 'quartal', 'quartals', 'halbjahr', 'halbjahres',
]);
/** Determiners after which "N." is an ordinal even at a (wrongly split) sentence end. */
const ORDINAL_DETERMINERS = new Set(['beim', 'im', 'am', 'zum', 'zur', 'vom', 'der', 'die', 'das', 'den', 'dem', 'des', 'ins', 'seinem', 'ihrem', 'seinen', 'ihren']);
/** Words between two numbers that let the second one's noun or unit serve the first. */
const COORDINATORS = new Set(['von', 'der', 'und', 'oder', 'statt', 'anstatt', 'zu', 'bzw', 'beziehungsweise', 'bis', 'ihrer', 'seiner', 'unserer', 'dieser', 'aller']);
const SHARED_UNIT_LINKS = new Set(['und', 'oder', 'statt', 'anstatt', 'bzw', 'beziehungsweise']);
const PARTITIVE_BEFORE = new Set(['davon', 'darunter']);
const APPROX_WORDS = new Set(['rund', 'etwa', 'circa', 'zirka', 'knapp', 'fast', 'gut', 'ungefähr']);
/** "38 statt bisher 36 Stunden". */
const LINK_ADVERBS = new Set(['bisher', 'zuvor', 'vorher', 'früher', 'derzeit', 'bislang', 'damals']);
/** A number word right after a title is a surname ("Dr. Sieben"). */
const TITLES = new Set(['dr', 'herr', 'herrn', 'frau', 'prof', 'familie']);
const KNOWN_CAPS = new Set(['zahl', 'stand', 'insgesamt', 'tempo', 'stufe', 'gruppe', 'note', 'klasse', 'alter', 'größe', 'stärke', 'index', 'quote', 'anteil', 'summe', 'wert', 'höhe', 'marke', 'schwelle', 'temperatur', 'preis', 'kurs']);
