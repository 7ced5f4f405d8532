/**
 * Scope: German month names (with Austrian Jänner and Feber) and their common short forms.
 * A number followed by a period and one of these is a date ("am 14. März", "3. Jan. 2024"),
 * not a boundary.
 */
export const MONTHS: readonly string[] = [
  'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
  'September', 'Oktober', 'November', 'Dezember',
  'Jan', 'Jän', 'Feb', 'Febr', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
];
