/**
 * Scope: the words around "<number>." that say whether the number is an ordinal (German
 * writes ordinals as digits with a period: "der 2. Weltkrieg") or a cardinal that ends a
 * sentence ("Die Zahl stieg auf 19.").
 * - ORDINAL_PRECEDERS: articles, contracted prepositions and determiners that stand before
 *   an ordinal, not before a bare cardinal at a sentence end ("im 19. Jahrhundert",
 *   "zum 3. Mal", "am 3. Mai", "seit dem 24. Februar", "bis zum 5.").
 * - ORDINAL_HEADS: nouns that typically follow an ordinal, so "<number>. Jahrhundert" is
 *   one phrase even without an article ("bis ins 19. Jahrhundert", "1. FC Köln").
 * - CARDINAL_LABELS: nouns followed by a cardinal label ("auf Platz 1.", "Artikel 5.",
 *   "Nr. 1."), after which the period is the sentence end: "Die Mannschaft landete auf
 *   Platz 1. Trainer …".
 * Compiled for this project from German news usage.
 */
export const ORDINAL_PRECEDERS: readonly string[] = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'vom', 'zum', 'beim', 'ins', 'ans',
  'aufs', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre', 'ihrem', 'ihren',
  'ihrer', 'ihres', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'jedem', 'jeden',
  'jeder', 'jedes', 'diese', 'diesen', 'dieser', 'dieses', 'diesem', 'jene', 'jenem',
  'jenen', 'jener', 'jenes', 'kein', 'keine', 'keinem', 'keinen', 'keiner',
];

export const ORDINAL_HEADS: readonly string[] = [
  'Jahrhundert', 'Jahrhunderts', 'Jahrtausend', 'Jahrtausends', 'Jahrestag', 'Jahrestages',
  'Geburtstag', 'Geburtstages', 'Todestag', 'Todestages', 'Hochzeitstag', 'Mal', 'Male',
  'Weltkrieg', 'Weltkrieges', 'Weltkriegs', 'Liga', 'Bundesliga', 'Spieltag', 'Spieltags',
  'Runde', 'Platz', 'Rang', 'Stock', 'Stockwerk', 'Etage', 'Klasse', 'Lesung', 'Amtszeit',
  'Legislaturperiode', 'Quartal', 'Quartals', 'Halbjahr', 'Halbjahres', 'Halbzeit', 'Minute',
  'Sekunde', 'Etappe', 'Auflage', 'Sinfonie', 'Symphonie', 'Satz', 'Akt', 'Kapitel', 'Band',
  'Folge', 'Staffel', 'Teil', 'Stufe', 'Welle', 'Generation', 'Durchgang', 'Wahlgang',
  'Parteitag', 'Kongress', 'Kalenderwoche', 'KW', 'Tag', 'Woche', 'Monat', 'Jahr', 'Advent',
  'Adventssonntag', 'Sonntag', 'Senat', 'Strafsenat', 'Zivilsenat', 'Kammer', 'Korps',
  'Armee', 'Division', 'Kompanie', 'Bataillon', 'Brigade', 'Regiment', 'Bezirk', 'Kreis',
  'Gemeindebezirk', 'FC', 'FSV', 'SC', 'SV', 'FFC', 'BC',
];

export const CARDINAL_LABELS: readonly string[] = [
  'Platz', 'Rang', 'Nummer', 'Nr', 'Artikel', 'Art', 'Paragraf', 'Paragraph', 'Absatz', 'Abs',
  'Kapitel', 'Seite', 'Gleis', 'Tor', 'Bahnsteig', 'Zimmer', 'Raum', 'Saal', 'Halle',
  'Stufe', 'Level', 'Gruppe', 'Kategorie', 'Tabelle', 'Abbildung', 'Punkt', 'Ziffer',
  'Linie', 'Bus', 'Ausgabe', 'Heft', 'Jahrgang', 'Haus', 'Block', 'Sektor', 'Zone', 'Klasse',
];

/**
 * Endings of compound nouns that follow an ordinal ("20. Weltcupsieg", "89. Spielminute",
 * "2. Fußball-Bundesliga", "80. Lebensjahr"): only endings long and specific enough not to
 * end ordinary nouns that could start a sentence.
 */
export const ORDINAL_HEAD_ENDINGS: readonly string[] = [
  'sieg', 'minute', 'liga', 'runde', 'jahrestag', 'geburtstag', 'todestag', 'spieltag',
  'etappe', 'auflage', 'jahrhundert', 'lebensjahr', 'quartal', 'amtsjahr', 'jubiläum',
];

/** Words joining two ordinals: "zwischen dem 50. und 70. Lebensjahr", "vom 3. bis 5. Mai". */
export const ORDINAL_COORDINATORS: readonly string[] = ['und', 'oder', 'bis', 'sowie', 'beziehungsweise', 'bzw'];
