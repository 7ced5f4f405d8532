/**
 * Scope: German cardinal, ordinal, fractional and multiplicative number words — the atoms
 * the word parser (../words.ts) combines into compounds such as "dreiundzwanzig" or
 * "zweihundertfünfzig". Standard German orthography (Duden), with common variants
 * ("siebzehn"/"siebenzehn" is not one; "siebte"/"siebente" both are). Lower case.
 */

/** Units 1–9 as they appear inside compounds ("ein" in "einundzwanzig", "einhundert"). */
export const UNITS: Readonly<Record<string, number>> = {
  ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
};

/** Free-standing cardinal words below 100 that are not "unit + und + ten". */
export const SMALL: Readonly<Record<string, number>> = {
  null: 0, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
  zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16,
  siebzehn: 17, achtzehn: 18, neunzehn: 19,
};

/** Tens: combined as "<unit>und<ten>" (einundzwanzig = 21). */
export const TENS: Readonly<Record<string, number>> = {
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70,
  achtzig: 80, neunzig: 90,
};

/** Multipliers inside one word. */
export const HUNDRED = 'hundert';
export const THOUSAND = 'tausend';

/**
 * Ordinal stems (before the adjective ending -e, -en, -er, -es, -em): irregular ones here;
 * regular ordinals are the cardinal plus -te (2–19) or -ste (20 and up).
 */
export const IRREGULAR_ORDINALS: Readonly<Record<string, number>> = {
  erst: 1, dritt: 3, siebt: 7, siebent: 7, acht: 8,
};

/** Adjective endings an ordinal or a quantity adjective may carry. */
export const ADJECTIVE_ENDINGS: readonly string[] = ['', 'e', 'en', 'er', 'es', 'em'];

/** Fractions: the denominator nouns (ein Drittel, zwei Fünftel, drei Viertel). */
export const FRACTION_NOUNS: Readonly<Record<string, number>> = {
  hälfte: 2, drittel: 3, viertel: 4, fünftel: 5, sechstel: 6, siebtel: 7, achtel: 8, neuntel: 9,
  zehntel: 10, zwölftel: 12, zwanzigstel: 20, hundertstel: 100, tausendstel: 1000,
};

/** Words that are a value by themselves ("anderthalb", "eineinhalb"). */
export const HALVES: Readonly<Record<string, number>> = {
  anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5, dreieinhalb: 3.5, viereinhalb: 4.5,
  fünfeinhalb: 5.5, sechseinhalb: 6.5, siebeneinhalb: 7.5, achteinhalb: 8.5, neuneinhalb: 9.5,
  zehneinhalb: 10.5,
};

/** "halb/halbe/halben/halbes/halber" after "ein(e)": ein halbes Jahr, eine halbe Million. */
export const HALF_FORMS: readonly string[] = ['halb', 'halbe', 'halben', 'halbes', 'halber', 'halbem'];

/** Multiplicative adjectives (doppelt so hoch, das Doppelte): factor. */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = {
  doppelt: 2, doppelte: 2, doppelten: 2, doppelter: 2, doppeltes: 2, doppeltem: 2,
};

/**
 * Indefinite plurals of round numbers (Dutzende, Hunderte, Tausende …): their value is the
 * lower bound, two of the unit (Dutzende ≥ 24), with qualifier "vague".
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dutzende: 12, dutzenden: 12, hunderte: 100, hunderten: 100, tausende: 1000, tausenden: 1000,
  zehntausende: 10_000, zehntausenden: 10_000, hunderttausende: 100_000, hunderttausenden: 100_000,
  millionen: 1_000_000, milliarden: 1_000_000_000,
};

/** Words before a scale noun that make it vague: "mehrere Tausend", "einige Hundert". */
export const VAGUE_DETERMINERS: readonly string[] = ['mehrere', 'einige', 'etliche', 'viele', 'paar'];

/**
 * The indefinite article forms. They count only in a numeric context: before a scale word,
 * a unit, a fraction, "halb-" or a time noun (ein Prozent, eine Million, ein Drittel, ein
 * halbes Jahr, binnen einer Woche) — never before an ordinary noun (eine Frau).
 */
export const ARTICLE_ONE: readonly string[] = ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'];
