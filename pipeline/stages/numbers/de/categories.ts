/**
 * Scope: what a number measures, as a category dashboards can group by, found through cue
 * words in the number's clause. Extend by adding a category to CATEGORIES and its cues to
 * CATEGORY_CUES; no code changes are needed.
 *
 * Cues come in three shapes:
 *   heads    compound-final noun stems, matched at the END of a lower-cased word, so
 *            "Strafzölle", "Einfuhrzoll" and "US-Zöllen" all hit "zoll"/"zölle"/"zöllen";
 *   words    exact lower-case word forms (verbs, adjectives: "starben", "verletzt");
 *   phrases  lower-case word sequences ("ums leben", "in prozent des bip").
 * A cue only applies to numbers of the listed kinds. Sources: the vocabulary of German
 * wire and newspaper reports (dpa, Reuters, tagesschau) on trade, budgets, markets, war and
 * disasters, elections and the economy.
 */
import type { NumberKind } from '../types.js';

/** The category vocabulary, in the order documented in the README. */
export const CATEGORIES = [
  'tariff',              // Zölle, Strafzölle, Einfuhrzölle (rate or amount)
  'tax',                 // Steuern, Steuersatz, Abgaben
  'gdp_share',           // a share "des BIP", "der Wirtschaftsleistung"
  'budget',              // Haushalt, Etat, Budget, Sondervermögen, Ausgaben
  'price',               // Preis, kostet, Ölpreis, pro Unze/Barrel/Liter
  'money_amount',        // any other amount of money
  'casualties_killed',   // Tote, Todesopfer, starben, getötet, ums Leben
  'casualties_injured',  // Verletzte, verletzt, verwundet
  'people_count',        // a count of people not covered above (Menschen, Demonstranten …)
  'vote_share',          // Stimmen, Wähler, Wahlergebnis, Prozent der Stimmen
  'poll_share',          // Umfrage, Umfragewerte, Zustimmung
  'growth_rate',         // Wachstum, wuchs, Zuwachs, Wirtschaftsleistung legte zu
  'interest_rate',       // Zins, Leitzins, Zinssatz, Rendite
  'inflation_rate',      // Inflation, Teuerung, Verbraucherpreise
  'unemployment',        // Arbeitslosenquote, Arbeitslose, Arbeitslosigkeit (rate or count)
  'duration',            // every duration without a more specific category
  'date',                // dates, years, times of day
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CategoryCue {
  category: Category;
  kinds: readonly NumberKind[];
  heads?: readonly string[];
  words?: readonly string[];
  phrases?: readonly string[];
  /** Words right before the cue that cancel it ("Gewinn vor Steuern" is not about tax). */
  notAfter?: readonly string[];
}

const SHARE: readonly NumberKind[] = ['percent'];
const MONEY: readonly NumberKind[] = ['currency'];
const RATE_OR_MONEY: readonly NumberKind[] = ['percent', 'currency'];
const COUNT: readonly NumberKind[] = ['count'];

export const CATEGORY_CUES: readonly CategoryCue[] = [
  {
    category: 'tariff', kinds: RATE_OR_MONEY,
    heads: ['zoll', 'zolls', 'zölle', 'zöllen', 'zollsatz', 'zollsätze', 'zollsätzen', 'zollsatzes', 'zollerhöhung', 'zollerhöhungen', 'zolltarif', 'zolltarife'],
    words: ['verzollt', 'verzollen'],
  },
  {
    category: 'tax', kinds: RATE_OR_MONEY,
    heads: ['steuer', 'steuern', 'steuersatz', 'steuersatzes', 'steuersätze', 'abgabe', 'abgaben', 'steuerlast', 'soli', 'solidaritätszuschlag', 'steuereinnahmen', 'maut', 'freibetrag', 'grundfreibetrag', 'steuerfreibetrag'],
    words: ['besteuert', 'versteuert', 'versteuern', 'besteuern'],
    notAfter: ['vor', 'nach'],
  },
  {
    category: 'gdp_share', kinds: SHARE,
    heads: ['bip', 'bruttoinlandsprodukt', 'bruttoinlandsprodukts', 'bruttoinlandsproduktes', 'wirtschaftsleistung'],
    words: ['bip-ziel', 'bip-quote'],
  },
  {
    category: 'budget', kinds: MONEY,
    heads: ['haushalt', 'haushalts', 'haushaltes', 'etat', 'etats', 'budget', 'budgets', 'sondervermögen', 'sondervermögens', 'defizit', 'defizits', 'haushaltsloch', 'finanzierungslücke', 'haushaltslücke', 'ausgaben', 'verteidigungsausgaben', 'investitionen', 'investitionsprogramm', 'hilfspaket', 'hilfspakets', 'paket', 'pakets', 'programm', 'programms', 'rettungspaket', 'konjunkturpaket', 'militärhilfe', 'militärhilfen', 'finanzhilfe', 'finanzhilfen', 'fördermittel', 'subventionen', 'zuschüsse', 'schulden', 'neuverschuldung', 'kredit', 'kredite', 'kredits'],
    words: ['investieren', 'investiert', 'ausgeben', 'ausgegeben', 'bereitstellen', 'bereitgestellt', 'bewilligt', 'einplanen', 'eingeplant', 'vorgesehen'],
  },
  {
    category: 'price', kinds: MONEY,
    heads: ['preis', 'preise', 'preisen', 'preises', 'kurs', 'kurses', 'miete', 'mieten', 'ticket', 'gebühr', 'gebühren', 'eintritt'],
    words: ['kostet', 'kosten', 'kostete', 'kosteten', 'gekostet', 'verkauft', 'notierte', 'notiert', 'versteigert', 'ersteigert'],
    // a closing quote ("schloss bei 15,82 Euro") and an exchange rate ("102,5 Rubel je Dollar")
    phrases: ['schloss bei', 'schlossen bei', 'pro dollar', 'je dollar', 'pro euro', 'je euro', 'pro unze', 'pro barrel', 'pro liter', 'pro kilo', 'pro kilowattstunde', 'pro quadratmeter', 'je barrel', 'je unze', 'je liter', 'pro stück', 'pro fass', 'je fass', 'pro tonne', 'je tonne', 'pro megawattstunde'],
  },
  {
    // a share's quote: "Die Aktie stieg auf $135" — not an amount per share ("9,70 Franken je Aktie")
    category: 'price', kinds: MONEY,
    heads: ['aktie'],
    notAfter: ['je', 'pro'],
  },
  {
    category: 'casualties_killed', kinds: COUNT,
    heads: ['tote', 'toten', 'todesopfer', 'todesopfern', 'menschenleben', 'leichen', 'gefallene', 'gefallenen'],
    words: ['starben', 'stirbt', 'sterben', 'gestorben', 'getötet', 'tot', 'umgekommen', 'verstarben', 'verstorben', 'erschossen', 'ertranken', 'ertrunken', 'tötete', 'töteten', 'tödlich'],
    phrases: ['ums leben', 'das leben', 'ihr leben', 'ihre leben', 'ihrem leben ein ende'],
  },
  {
    category: 'casualties_injured', kinds: COUNT,
    heads: ['verletzungen', 'verletzte', 'verletzten', 'schwerverletzte', 'schwerverletzten', 'leichtverletzte', 'leichtverletzten', 'verwundete', 'verwundeten'],
    words: ['verletzt', 'verwundet', 'schwerverletzt', 'leichtverletzt'],
  },
  {
    category: 'vote_share', kinds: ['percent'],
    heads: ['stimmen', 'wählerstimmen', 'zweitstimmen', 'erststimmen', 'stimmenanteil', 'wahlergebnis', 'wähler', 'wählern', 'wählerinnen', 'wahl', 'landtagswahl', 'bundestagswahl', 'europawahl', 'kommunalwahl', 'stichwahl', 'wahlbeteiligung', 'stimmberechtigten', 'wahlberechtigten'],
    words: ['gewählt', 'stimmten', 'votierten'],
  },
  {
    // counts of votes (not of candidates or voters)
    category: 'vote_share', kinds: ['count'],
    heads: ['stimmen', 'wählerstimmen', 'zweitstimmen', 'erststimmen', 'gegenstimmen', 'enthaltungen'],
    words: ['stimmten', 'votierten'],
  },
  {
    category: 'poll_share', kinds: SHARE,
    heads: ['umfrage', 'umfragen', 'umfragewerte', 'umfragewerten', 'sonntagsfrage', 'zustimmung', 'befragten', 'deutschlandtrend', 'politbarometer'],
  },
  {
    category: 'growth_rate', kinds: SHARE,
    heads: ['wachstum', 'wachstums', 'wirtschaftswachstum', 'zuwachs', 'wachstumsrate', 'wachstumsprognose', 'konjunktur', 'umsatzplus',],
    words: ['wuchs', 'wächst', 'wachsen', 'gewachsen', 'wuchsen', 'schrumpfte', 'schrumpft', 'geschrumpft', 'schrumpfen'],
  },
  {
    category: 'interest_rate', kinds: SHARE,
    heads: ['zins', 'zinsen', 'leitzins', 'leitzinsen', 'zinssatz', 'zinssatzes', 'einlagensatz', 'rendite', 'renditen', 'bauzinsen', 'hypothekenzins'],
  },
  {
    category: 'inflation_rate', kinds: SHARE,
    heads: ['inflation', 'inflationsrate', 'teuerung', 'teuerungsrate', 'verbraucherpreise', 'verbraucherpreisen', 'lebenshaltungskosten'],
  },
  {
    category: 'unemployment', kinds: ['percent', 'count'],
    heads: ['arbeitslosenquote', 'arbeitslosigkeit', 'arbeitslose', 'arbeitslosen', 'erwerbslose', 'erwerbslosen', 'erwerbslosenquote'],
  },
];

/**
 * Nouns that name a generic measure rather than what is measured ("ein Plus von 8,9
 * Prozentpunkten", "eine Rate von zwei Prozent", "die 5-Prozent-Hürde"): a percentage with
 * such a subject and no cue of its own measures what the percentages just before it measure.
 */
export const GENERIC_SUBJECTS: readonly string[] = [
  'plus', 'minus', 'rate', 'wert', 'anteil', 'quote', 'niveau', 'hürde', 'marke', 'schwelle', 'ziel', 'stand', 'zuwachs',
  'rückgang', 'anstieg', 'höhe', 'prozent', 'prozentpunkte',
];

/**
 * Separable verbs as cues: the finite verb and its particle at the clause end
 * ("gab … 90 Milliarden Euro für Verteidigung aus" = ausgeben → budget).
 */
export const PARTICLE_VERB_CUES: ReadonlyArray<{ category: Category; kinds: readonly NumberKind[]; verbs: readonly string[]; particle: string }> = [
  { category: 'budget', kinds: ['currency'], verbs: ['gab', 'gibt', 'gaben', 'geben', 'gebe'], particle: 'aus' },
  { category: 'growth_rate', kinds: ['percent'], verbs: ['legte', 'legten', 'legt', 'legen'], particle: 'zu' },
];

/** Words opening a clause that lists part of a count just given ("…, darunter fünf Kinder"). */
export const PARTITIVE_OPENERS: readonly string[] = ['darunter', 'davon', 'einschließlich', 'inklusive', 'unter ihnen', 'unter anderem'];

/**
 * Count nouns for people: a count of one of these (without a casualty cue) is people_count.
 * Matched like heads (end of the lower-cased word: "Zivilisten", "Bundesbürger").
 */
export const PERSON_HEADS: readonly string[] = [
  'menschen', 'personen', 'leute', 'einwohner', 'einwohnern', 'bürger', 'bürgern', 'bürgerinnen', 'kinder', 'kindern',
  'frauen', 'männer', 'männern', 'soldaten', 'soldatinnen', 'zivilisten', 'flüchtlinge', 'flüchtlingen', 'geflüchtete', 'geflüchteten',
  'migranten', 'demonstranten', 'demonstrantinnen', 'teilnehmer', 'teilnehmern', 'teilnehmende', 'besucher', 'besuchern', 'zuschauer', 'zuschauern',
  'mitarbeiter', 'mitarbeitern', 'mitarbeitende', 'mitarbeitenden', 'beschäftigte', 'beschäftigten', 'angestellte', 'angestellten',
  'arbeiter', 'arbeitern', 'schüler', 'schülern', 'studenten', 'studierende', 'studierenden', 'patienten', 'passagiere', 'passagieren',
  'insassen', 'bewohner', 'bewohnern', 'häftlinge', 'häftlingen', 'gefangene', 'gefangenen', 'geiseln', 'polizisten', 'beamte', 'beamten',
  'einsatzkräfte', 'einsatzkräften', 'helfer', 'helfern', 'abgeordnete', 'abgeordneten', 'mitglieder', 'mitgliedern', 'kämpfer', 'kämpfern',
  'ärzte', 'ärzten', 'pflegekräfte', 'lehrer', 'lehrern', 'wähler', 'wählern', 'opfer', 'opfern', 'asylbewerber', 'deutsche', 'deutschen',
  'kunden', 'nutzer', 'nutzern', 'fans', 'senioren', 'jugendliche', 'jugendlichen', 'erwachsene', 'erwachsenen', 'babys', 'todesopfer',
  'verletzte', 'verletzten', 'tote', 'toten', 'festgenommene', 'vermisste', 'vermissten', 'obdachlose', 'arbeitslose', 'arbeitslosen',
  'polizistinnen', 'journalisten', 'diplomaten', 'familien', 'haushalte', 'köpfe', 'kräfte', 'kräften', 'gäste', 'gästen',
  'bergleute', 'bergleuten', 'offiziere', 'offizieren', 'spieler', 'spielern', 'richter', 'richtern', 'piloten', 'rebellen',
  'aufständische', 'aufständischen', 'angreifer', 'angreifern', 'täter', 'tätern', 'sanitäter', 'feuerwehrleute', 'bauern', 'pilger',
  'kandidaten', 'kandidatinnen', 'anleger', 'anlegern', 'sparer', 'sparern', 'verbraucher', 'verbrauchern', 'versicherte',
  'versicherten', 'rentner', 'rentnern', 'pendler', 'pendlern', 'läufer', 'läufern', 'sportler', 'sportlern', 'athleten', 'fahrer', 'fahrern',
  'besatzungsmitglieder', 'besatzungsmitgliedern', 'beamte', 'siedler', 'bewerber', 'bewerbern', 'empfänger', 'empfängern', 'erkrankte', 'infizierte', 'insassen', 'fahrgäste', 'fahrgästen', 'bürgerinnen', 'anhänger', 'anhängern', 'zuwanderer', 'geiseln', 'ostdeutsche', 'westdeutsche', 'lehrkräfte', 'pflegekräfte', 'antragsteller', 'anwohner', 'anwohnern',
  'freiwillige', 'freiwilligen', 'kriegsgefangene', 'kriegsgefangenen',
];

/** Counted things that cannot be casualties ("dreimal höheres Risiko zu sterben"). */
export const NON_CASUALTY_UNITS: readonly string[] = [
  'Mal', 'Punkte', 'Stimmen', 'Sitze', 'Fälle', 'Raketen', 'Drohnen', 'Panzer', 'Häuser', 'Gebäude', 'Fahrzeuge', 'Schiffe',
  'Flugzeuge', 'Autobomben', 'Bomben', 'Granaten', 'Angriffe', 'Anschläge', 'Tore', 'Spiele', 'Teile', 'Stellen', 'Explosionen',
  'Schüsse', 'Jahre', 'Tage', 'Wochen', 'Monate', 'Stunden', 'Minuten',
];

/**
 * Hypothetical and modal cues: a casualty cue in the same clause as one of these is a
 * possibility, not a report ("könnten sterben", "drohen", "befürchtet").
 */
export const HYPOTHETICAL_CUES: readonly string[] = [
  'könnte', 'könnten', 'würde', 'würden', 'drohe', 'drohen', 'droht', 'drohten', 'befürchtet', 'befürchten',
  'fürchten', 'fürchtet', 'möglicherweise', 'womöglich', 'müssten', 'dürften', 'wären', 'hätten', 'falls',
  'wenn', 'sollten', 'sollte', 'riskieren', 'gefährdet', 'prognostiziert', 'schätzungsweise',
];

/** Negation cues: "niemand wurde verletzt", "keiner der 200 Passagiere starb". */
export const NEGATION_CUES: readonly string[] = [
  'nicht', 'kein', 'keine', 'keiner', 'keinen', 'keinem', 'niemand', 'niemanden', 'nie', 'ohne', 'unverletzt', 'unversehrt', 'überlebten', 'überlebt',
];

/**
 * Cumulative cues: a running total restated ("Die Zahl der Todesopfer stieg auf 19",
 * "insgesamt", "seit Kriegsbeginn", "bislang").
 */
export const CUMULATIVE_CUES: readonly string[] = [
  'insgesamt', 'bislang', 'bisher', 'mittlerweile', 'inzwischen', 'damit', 'seither', 'seitdem', 'zusammen',
];
/** Verbs that, after "Zahl der …", make the number a running total: "stieg auf 19". */
export const TOTAL_VERBS: readonly string[] = ['stieg', 'steigt', 'gestiegen', 'erhöhte', 'erhöht', 'kletterte', 'wuchs', 'liegt', 'lag', 'beträgt', 'betrug'];

/** Words that mark a number as the amount of a change ("um 3 Prozent gestiegen"): flag `delta`. */
export const CHANGE_VERBS: readonly string[] = [
  'stieg', 'steigt', 'stiegen', 'gestiegen', 'steigen', 'fiel', 'fällt', 'fielen', 'gefallen', 'sank', 'sinkt', 'sanken', 'gesunken',
  'wuchs', 'wächst', 'gewachsen', 'legte', 'legten', 'zugelegt', 'verlor', 'verloren', 'erhöhte', 'erhöht', 'erhöhen', 'senkte', 'gesenkt',
  'senken', 'schrumpfte', 'geschrumpft', 'kletterte', 'nahm', 'zugenommen', 'abgenommen', 'verteuerte', 'verbilligte', 'anheben', 'angehoben', 'hob',
  'steigerte', 'steigerten', 'gesteigert', 'steigern', 'sinken', 'fallen', 'wachsen', 'schrumpfen', 'zulegen', 'zurückgehen',
  'zurückgegangen', 'anzuheben', 'abzusenken', 'wuchsen', 'verteuert', 'verteuerten', 'verbilligt', 'verbilligten', 'verteuern', 'verbilligen', 'ging', 'gingen', 'geht', 'gehen', 'verringern', 'verringert', 'verringerte', 'reduzieren', 'erhöhen', 'reduzierte', 'reduziert', 'kürzte', 'gekürzt',
];
