/**
 * Scope: the nouns that shape a number's reading.
 *  - COUNT_BASE: inflected forms of common counted nouns mapped to the form a consumer sees
 *    as `unit` (the plural nominative, as after a numeral: "mit 18 Toten" → "Tote",
 *    "in zwei Monaten" → "Monate"). Forms not listed keep their written form, with a
 *    dative-plural "-ern"/"-eln" reduced to "-er"/"-el" (Kindern → Kinder).
 *  - YEAR_CUES: words right before a four-digit number that make it a year.
 *  - ID_NOUNS: nouns before a number that make it an identifier, not a quantity
 *    ("Artikel 5", "Paragraf 218", "Linie 7", "Apollo 11" – names with numbers, see README).
 *  - RANK_NOUNS: nouns before a number that make it a rank ("auf Platz 3").
 *  - NOT_COUNTED: capitalised words that follow numbers without being what is counted.
 * Sources: dpa style, Duden inflection tables.
 */
export const COUNT_BASE: Readonly<Record<string, string>> = {
  toten: 'Tote', toter: 'Tote', todesopfern: 'Todesopfer', verletzten: 'Verletzte', verletzter: 'Verletzte',
  schwerverletzten: 'Schwerverletzte', leichtverletzten: 'Leichtverletzte', verwundeten: 'Verwundete',
  punkten: 'Punkte', punkt: 'Punkte', stimmen: 'Stimmen', stimme: 'Stimmen', sitzen: 'Sitze', sitz: 'Sitze',
  fällen: 'Fälle', fall: 'Fälle', prozentpunkten: 'Prozentpunkte', mal: 'Mal', male: 'Mal', malen: 'Mal',
  staaten: 'Staaten', ländern: 'Länder', land: 'Länder', soldaten: 'Soldaten', menschen: 'Menschen', mensch: 'Menschen',
  personen: 'Personen', person: 'Personen', kindern: 'Kinder', kind: 'Kinder', häusern: 'Häuser', haus: 'Häuser',
  geflüchteten: 'Geflüchtete', beschäftigten: 'Beschäftigte', angestellten: 'Angestellte', abgeordneten: 'Abgeordnete',
  gefangenen: 'Gefangene', jugendlichen: 'Jugendliche', erwachsenen: 'Erwachsene', deutschen: 'Deutsche',
  vermissten: 'Vermisste', festgenommenen: 'Festgenommene', arbeitslosen: 'Arbeitslose', studierenden: 'Studierende',
  mitarbeitenden: 'Mitarbeitende', befragten: 'Befragte', teilnehmenden: 'Teilnehmende',
  raketen: 'Raketen', rakete: 'Raketen', drohnen: 'Drohnen', drohne: 'Drohnen', panzern: 'Panzer', panzer: 'Panzer',
  schritten: 'Schritte', schritt: 'Schritte', tonnen: 'Tonnen', stück: 'Stück', exemplaren: 'Exemplare',
  sitzungen: 'Sitzungen', runden: 'Runden', spielen: 'Spiele', spiel: 'Spiele', toren: 'Tore', tor: 'Tore',
  mitgliedern: 'Mitglieder', mitglied: 'Mitglieder', wohnungen: 'Wohnungen', wohnung: 'Wohnungen', betten: 'Betten',
  teile: 'Teile', teilen: 'Teile', teil: 'Teile', köpfe: 'Köpfe', stellen: 'Stellen', stelle: 'Stellen',
  stockwerke: 'Stockwerke', stockwerken: 'Stockwerke', etagen: 'Etagen', zimmer: 'Zimmer', zimmern: 'Zimmer',
  plätze: 'Plätze', plätzen: 'Plätze', fahrzeuge: 'Fahrzeuge', fahrzeugen: 'Fahrzeuge', flüge: 'Flüge', flügen: 'Flüge',
};

/**
 * Dative plural endings of common compound heads, matched at the end of a counted noun:
 * "Einsatzkräften" → "Einsatzkräfte", "Sitzplätzen" → "Sitzplätze". (Plurals in -en such as
 * "Münzen" or "Stunden" are nominative and must not be listed.)
 */
export const DATIVE_ENDINGS: Readonly<Record<string, string>> = {
  kräften: 'Kräfte', sätzen: 'Sätze', gästen: 'Gäste', städten: 'Städte', zügen: 'Züge', fällen: 'Fälle',
  bäumen: 'Bäume', söhnen: 'Söhne', flügen: 'Flüge', plätzen: 'Plätze', schritten: 'Schritte', punkten: 'Punkte',
  produkten: 'Produkte', projekten: 'Projekte', objekten: 'Objekte', geschäften: 'Geschäfte', gebäuden: 'Gebäude',
  ärzten: 'Ärzte', stücken: 'Stücke', werken: 'Werke', tieren: 'Tiere', jahren: 'Jahre', tagen: 'Tage', toten: 'Tote',
  verletzten: 'Verletzte', beschäftigten: 'Beschäftigte', angestellten: 'Angestellte', abgeordneten: 'Abgeordnete',
  gefangenen: 'Gefangene', geflüchteten: 'Geflüchtete', jugendlichen: 'Jugendliche', erwachsenen: 'Erwachsene',
  systemen: 'Systeme', programmen: 'Programme', problemen: 'Probleme', versuchen: 'Versuche', angriffen: 'Angriffe',
  anschlägen: 'Anschläge', einsätzen: 'Einsätze', verträgen: 'Verträge', anträgen: 'Anträge', beiträgen: 'Beiträge',
  schiffen: 'Schiffe', flugzeugen: 'Flugzeuge', fahrzeugen: 'Fahrzeuge', geräten: 'Geräte', häusern: 'Häuser',
  dörfern: 'Dörfer', ländern: 'Länder', kindern: 'Kinder', mitgliedern: 'Mitglieder', teilnehmenden: 'Teilnehmende',
};

/** Words before a bare four-digit number that make it a year ("im Jahr 2017", "Ende 2024"). */
export const YEAR_CUES: readonly string[] = [
  'jahr', 'jahres', 'jahre', 'seit', 'bis', 'ab', 'anfang', 'mitte', 'ende', 'frühjahr', 'frühling', 'sommer', 'herbst',
  'winter', 'jahresende', 'jahresbeginn', 'jahresmitte', 'saison', 'haushaltsjahr', 'geschäftsjahr', 'wahljahr', 'stand',
  'zwischen', 'spätestens', 'frühestens', 'quartal', 'halbjahr', 'jahreshälfte', 'im',
];

/** Nouns before a number that make it an identifier: the number is not a quantity. */
export const ID_NOUNS: readonly string[] = [
  'artikel', 'artikels', 'art', 'paragraf', 'paragraph', 'paragrafen', 'paragraphen', 'paragrafs', 'paragraphs', '§', '§§', 'absatz', 'abs', 'nr', 'nummer', 'no',
  'seite', 's', 'kapitel', 'kap', 'linie', 'gleis', 'bahnsteig', 'zimmer', 'raum', 'saal', 'flug', 'bus', 'buslinie', 'tram',
  'straßenbahn', 'kanal', 'folge', 'staffel', 'band', 'bd', 'heft', 'ausgabe', 'jahrgang', 'block', 'reaktor', 'reaktorblock',
  'terminal', 'halle', 'haus', 'gebäude', 'tor', 'sektor', 'bundesstraße', 'autobahn', 'a', 'b', 'l', 'k', 'route', 'highway',
  'apollo', 'sojus', 'artemis', 'boeing', 'airbus', 'leopard', 'iris-t', 'patriot', 'windows', 'iphone', 'galaxy', 'playstation',
  'aktenzeichen', 'az', 'warnstufe', 'alarmstufe', 'pflegestufe', 'pflegegrad', 'besoldungsgruppe', 'kennzeichen', 'version', 'modell', 'typ', 'baureihe', 'serie', 'stufe', 'level', 'gruppe', 'zone',
  'covid', 'sars-cov', 'resolution', 'tranche', 'paket', 'sanktionspaket', 'bezirk', 'wahlkreis', 'postfach', 'hausnummer',
  'telefon', 'tel', 'fax', 'hotline', 'iban', 'isbn', 'mandat',
];

/** Nouns before a number that make it a rank (ordinal): "auf Platz 3", "Rang 2". */
export const RANK_NOUNS: readonly string[] = ['platz', 'rang', 'position', 'spieltag', 'runde', 'etappe', 'tabellenplatz', 'listenplatz'];

/** Capitalised words after a number that are not the counted thing. */
export const NOT_COUNTED: readonly string[] = [
  'Uhr', 'Prozent', 'Euro', 'Dollar', 'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
  'September', 'Oktober', 'November', 'Dezember', 'Und', 'Oder', 'Der', 'Die', 'Das', 'Den', 'Dem', 'Des',
  'Ein', 'Eine', 'Im', 'In', 'Am', 'Auf', 'Mit', 'Von', 'Bei', 'Nach', 'Vor', 'Seit', 'Bis', 'Für', 'Es', 'Er', 'Sie', 'Wir',
  'Laut', 'Wie', 'Als', 'Doch', 'Aber', 'Auch', 'Damit', 'Dabei', 'Zudem', 'So', 'Nun',
];
