/**
 * Scope: words right before a number that bound or approximate it, mapped to a normalised
 * qualifier. Multi-word phrases are listed as lower-case word sequences; the longest match
 * wins ("nicht mehr als" before "mehr als"). Sources: dpa/news usage; meanings per Duden
 * ("knapp 50" = a little under 50, "gut 50" = a little over 50).
 *
 * Vocabulary (the values a consumer sees in `qualifier`):
 *   about      rund, etwa, ungefähr, circa/ca./zirka, annähernd, schätzungsweise, gegen (… Uhr)
 *   more-than  über, mehr als, gut, weit über, deutlich mehr als, oberhalb von, jenseits von
 *   less-than  unter, weniger als, unterhalb von, nicht einmal
 *   at-least   mindestens, wenigstens, zumindest, nicht weniger als, ab (ab 18 Jahren)
 *   at-most    höchstens, maximal, bis zu, nicht mehr als, allenfalls, binnen, innerhalb (von)
 *   almost     fast, knapp, nahezu, beinahe, fast schon
 *   exactly    genau, exakt, präzise
 *   since      seit (dates and years)
 *   until      bis (dates and years, without a range start)
 *   early | mid | late   Anfang, Mitte, Ende (dates and decades: "Mitte der 90er-Jahre")
 *   vague      indefinite round plurals: Dutzende, Hunderte, Tausende, mehrere Tausend
 */
export type Qualifier =
  | 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'almost' | 'exactly'
  | 'since' | 'until' | 'early' | 'mid' | 'late' | 'vague';

export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['rund', 'about'], ['etwa', 'about'], ['ungefähr', 'about'], ['circa', 'about'], ['ca.', 'about'],
  ['ca', 'about'], ['zirka', 'about'], ['annähernd', 'about'], ['schätzungsweise', 'about'],
  ['um die', 'about'], ['in etwa', 'about'], ['grob', 'about'],
  ['über', 'more-than'], ['mehr als', 'more-than'], ['gut', 'more-than'], ['weit über', 'more-than'],
  ['deutlich mehr als', 'more-than'], ['deutlich über', 'more-than'], ['knapp über', 'more-than'],
  ['oberhalb von', 'more-than'], ['jenseits von', 'more-than'], ['mehr denn', 'more-than'],
  ['unter', 'less-than'], ['weniger als', 'less-than'], ['unterhalb von', 'less-than'],
  ['knapp unter', 'less-than'], ['deutlich unter', 'less-than'], ['nicht einmal', 'less-than'],
  ['deutlich weniger als', 'less-than'],
  ['mindestens', 'at-least'], ['wenigstens', 'at-least'], ['zumindest', 'at-least'],
  ['nicht weniger als', 'at-least'], ['ab', 'at-least'],
  ['höchstens', 'at-most'], ['maximal', 'at-most'], ['bis zu', 'at-most'], ['nicht mehr als', 'at-most'],
  ['allenfalls', 'at-most'], ['binnen', 'at-most'], ['innerhalb von', 'at-most'], ['innerhalb', 'at-most'],
  ['fast', 'almost'], ['knapp', 'almost'], ['nahezu', 'almost'], ['beinahe', 'almost'], ['fast schon', 'almost'],
  ['genau', 'exactly'], ['exakt', 'exactly'], ['präzise', 'exactly'],
  // "keine zehn Minuten", "keine 5 Prozent": fewer than the number
  ['keine', 'less-than'],
  // "8 Prozent mehr, mindestens aber 350 Euro": the bound with the concessive particle
  ['mindestens aber', 'at-least'], ['höchstens aber', 'at-most'], ['aber mindestens', 'at-least'], ['aber höchstens', 'at-most'],
];

/** Qualifiers that only apply to dates and years ("seit 2017", "bis 2030"). */
export const DATE_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['seit', 'since'], ['bis', 'until'], ['bis ende', 'until'], ['ab', 'since'],
  ['anfang', 'early'], ['mitte', 'mid'], ['ende', 'late'],
  ['anfang der', 'early'], ['mitte der', 'mid'], ['ende der', 'late'],
  // "bis Mitte der 2030er-Jahre" like "bis Ende 2027": the end point is what "bis" bounds
  ['bis anfang', 'until'], ['bis mitte', 'until'], ['bis anfang der', 'until'], ['bis mitte der', 'until'], ['bis ende der', 'until'],
  // "um 1632", "um 1900": around a year (never before a time of day: "um 14.30 Uhr" is exact)
  ['um', 'about'],
];

/** Date qualifiers that apply to years and decades only, not to calendar dates or times. */
export const YEAR_ONLY_QUALIFIERS: readonly string[] = ['um'];

/**
 * Verbs whose object takes "über" ("verfügt über 26 der 79 Sitze", "verhandeln über 20
 * Punkte"): after one of them in the clause, "über" before a number is the preposition, not
 * "more than". Durations keep "more than" ("verhandelten über zwei Stunden" is ambiguous, and
 * the bound is the likelier reading). Sources: Duden valency of verfügen, verhandeln, beraten …
 */
export const OVER_GOVERNING_VERBS: readonly string[] = [
  'verfügt', 'verfügen', 'verfügte', 'verfügten', 'verfüge', 'verfügst',
  'verhandelt', 'verhandeln', 'verhandelte', 'verhandelten',
  'berät', 'beraten', 'beriet', 'berieten',
  'diskutiert', 'diskutieren', 'diskutierte', 'diskutierten',
  'entscheidet', 'entscheiden', 'entschied', 'entschieden',
  'streiten', 'streitet', 'stritt', 'stritten',
];

/**
 * Nouns after which "über" means "worth", not "more than": "ein Paket über 4 Milliarden Euro",
 * "ein Scheck über 500 Euro" (matched at the end of the noun, so compounds count too).
 */
export const WORTH_NOUNS: readonly string[] = [
  'paket', 'scheck', 'rechnung', 'auftrag', 'kredit', 'vertrag', 'anleihe', 'bürgschaft', 'darlehen', 'programm', 'fonds',
  'zusage', 'spende', 'überweisung', 'klage', 'forderung', 'vergleich', 'deal',
];

/** "binnen"/"innerhalb" bound durations only; before other numbers they are not qualifiers. */
export const DURATION_ONLY_QUALIFIERS: readonly string[] = ['binnen', 'innerhalb', 'innerhalb von'];

/**
 * "unter" before a count in a clause with a rank means "among" ("liegt unter 37 Staaten auf
 * Platz 18") — unless a preposition stands before it, which makes it a bound again ("kam mit
 * unter 20 Stimmen auf Platz 4").
 */
export const PREPOSITIONS_BEFORE_BOUND: readonly string[] = ['mit', 'von', 'bei', 'für', 'auf', 'in', 'zu', 'nach'];
