/**
 * Scope: German scale words and their abbreviations (Duden; dpa style: "Mio.", "Mrd.").
 * German "Billion" is 10^12 (long scale), "Billiarde" 10^15. Keys are lower case, without
 * the abbreviation period (the lexer reads it separately).
 */
export const SCALES: Readonly<Record<string, number>> = {
  tsd: 1e3, tausend: 1e3,
  mio: 1e6, mill: 1e6, million: 1e6, millionen: 1e6,
  mrd: 1e9, milliarde: 1e9, milliarden: 1e9,
  bio: 1e12, billion: 1e12, billionen: 1e12,
  billiarde: 1e15, billiarden: 1e15,
  dutzend: 12,
  hundert: 100,
};

/** Scale abbreviations that are followed by a period. */
export const SCALE_ABBREVIATIONS: readonly string[] = ['tsd', 'mio', 'mill', 'mrd', 'bio'];
