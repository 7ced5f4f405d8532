/**
 * Scope: calendar words for dates: month names (with Austrian Jänner/Feber and the dpa
 * abbreviations), quarter and half-year nouns, and decade words ("Neunzigerjahre").
 */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, märz: 3, mär: 3, april: 4, apr: 4, mai: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, dezember: 12, dez: 12,
};

/** Nouns after an ordinal that name a part of a year: "im vierten Quartal 2015" → 2015-Q4. */
export const YEAR_PARTS: Readonly<Record<string, string>> = {
  quartal: 'Q', quartals: 'Q', halbjahr: 'H', halbjahres: 'H', halbjahrs: 'H', jahreshälfte: 'H',
};

/** Decade words written out: "die Neunzigerjahre", "in den neunziger Jahren". */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  zwanziger: 20, dreißiger: 30, dreissiger: 30, vierziger: 40, fünfziger: 50, sechziger: 60, siebziger: 70,
  achtziger: 80, neunziger: 90,
};

/** Words after a number + "er" that make it a decade: "90er-Jahre", "90er Jahren". */
export const DECADE_NOUNS: readonly string[] = ['jahre', 'jahren', 'jahrzehnt', 'jahrzehnts'];

/** Clock word: "14.30 Uhr", "um 9 Uhr". */
export const CLOCK_WORDS: readonly string[] = ['uhr'];
