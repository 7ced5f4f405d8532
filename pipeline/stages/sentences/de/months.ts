/**
 * Scope: German month names (with Austrian Jänner and Feber) and their common abbreviations.
 * A number followed by a period and one of these is a date ("am 14. März"), not a boundary.
 */
export const MONTHS: readonly string[] = [
  'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
  'September', 'Oktober', 'November', 'Dezember',
  'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
];
