/**
 * Change and comparison of quantities, absence and prohibition: constructions whose polarity
 * is not in any single word. Written for this project from news usage.
 *
 * A change word says only which way a quantity goes; whether that is good or bad depends on
 * the quantity: rising costs, prices and unemployment are bad news, rising employment, sales
 * and investment good news ("Die Mieten sind gestiegen", "Die Industrie baut Stellen ab",
 * "Die Pünktlichkeit hat sich verbessert" is a cue word of its own). A change word counts
 * only with a listed quantity noun in its clause, so "Der Wasserstand stieg" or "Die Zinsen
 * sinken" (good or bad depending on who pays) stay neutral.
 *
 * Scope: quoted speech only (the author's reports of figures are news, not stance; the cues
 * take their clause subject as target like judged acts, which the author pass skips).
 */

/** Verbs of going up (`|` separable particle: "nimmt … zu", "zugenommen"). */
export const RISE_VERBS: readonly string[] = [
  'steigen', 'an|steigen', 'wachsen', 'an|wachsen', 'zu|nehmen', 'zu|legen', 'klettern', 'verdoppeln', 'verdreifachen',
  'vervielfachen', 'explodieren',
];

/** Verbs of going down; verlieren and ab|bauen take the quantity as object ("verlieren Marktanteile", "baut Stellen ab"). */
export const FALL_VERBS: readonly string[] = [
  'sinken', 'zurück|gehen', 'schrumpfen', 'ab|nehmen', 'halbieren', 'ein|brechen', 'verlieren', 'ab|bauen', 'weg|fallen',
];

/**
 * Comparatives of amount: "höher als geplant", "mehr Stellen", "weniger Aufträge". Not before
 * "als" + number ("mehr als 300 Besucher" is a count, not a comparison).
 */
export const MORE_WORDS: readonly string[] = ['höher', 'höhere', 'höheren', 'mehr', 'teurer', 'größer', 'länger', 'längere', 'längeren'];
/** After "so" only, a record: "so viele Besucher wie nie", "so hoch wie seit Jahren nicht". */
export const SO_MORE_WORDS: readonly string[] = ['viele', 'viel', 'hoch', 'voll', 'groß', 'stark'];
export const LESS_WORDS: readonly string[] = ['niedriger', 'niedrigere', 'niedrigeren', 'weniger', 'geringer', 'geringere', 'kleiner'];

/**
 * Quantities it is good to have more of. Matched as the end of a capitalised noun, so that
 * compounds count ("Besucherzahlen", "Auftragseingang"); `=` matches the whole word only
 * ("Stellen", not "Baustellen").
 */
export const GOOD_QUANTITIES: readonly string[] = [
  'beschäftigung', 'beschäftigte', 'beschäftigten', 'erwerbstätige', 'erwerbstätigen', 'arbeitsplatz', 'arbeitsplätze',
  '=stellen', '=jobs', 'umsatz', 'umsätze', 'absatz', 'gewinn', 'gewinne', 'einnahmen', 'investitionen', 'aufträge',
  'auftragseingang', 'nachfrage', 'export', 'exporte', 'marktanteil', 'marktanteile', 'pünktlichkeit', 'besucherzahl',
  'besucherzahlen', 'zuschauerzahl', 'zuschauerzahlen', 'fahrgastzahlen', 'übernachtungen', 'genehmigungen', 'kaufkraft',
  'löhne', 'einkommen', 'ernte', 'erträge', 'geburten', 'lebenserwartung', 'wachstum', 'rücklagen', 'spenden',
  'abonnenten', 'neuzulassungen', 'auftragsbücher', 'auftragslage',
];

/** Quantities it is bad to have more of (same matching). */
export const BAD_QUANTITIES: readonly string[] = [
  'kosten', 'preise', 'mieten', 'arbeitslosigkeit', 'arbeitslose', 'arbeitslosen', 'arbeitslosenzahl', 'inflation',
  'teuerung', 'schulden', 'verschuldung', 'defizit', 'verspätungen', 'ausfälle', 'kriminalität', 'straftaten',
  'einbrüche', 'emissionen', 'infektionen', 'neuinfektionen', 'todesopfer', '=tote', '=toten', 'verletzte', 'verletzten',
  'insolvenzen', 'pleiten', 'armut', 'wartezeit', 'wartezeiten', 'beiträge', 'belastung', 'belastungen', 'unfälle', 'staus',
  'leerstand', 'krankenstand', 'fehlzeiten', 'fälle', 'gebühren',
];

/**
 * "kein … mehr", "kaum noch": what was there is gone — a loss, unless the thing gone is itself
 * bad ("keine Probleme mehr": the negated cue decides). Quoted speech only.
 * `ABSENCE_AFTER`: the word after the kein- phrase; `ABSENCE_PAIRS`: two adjacent words.
 */
export const ABSENCE_AFTER: readonly string[] = ['mehr'];
export const ABSENCE_PAIRS: readonly string[] = ['kaum noch', 'kaum mehr'];

/**
 * Emphatic absence, a complaint even without "mehr": "gar kein Zug", "überhaupt keine Antwort",
 * "kein einziger Arzt", "kein Tropfen Regen", "keinen Cent" (a minimal unit after kein-).
 * `EMPHATIC_BEFORE` come right before the kein- word, `EMPHATIC_AFTER` right after it.
 */
export const EMPHATIC_BEFORE: readonly string[] = ['gar', 'überhaupt'];
export const EMPHATIC_AFTER: readonly string[] = [
  'einziger', 'einzige', 'einziges', 'einzigen', 'tropfen', 'cent', 'euro', 'quäntchen', 'funken', 'krümel', 'mucks',
];

/**
 * Sufficiency that only evaluates when negated: "reicht bei Weitem nicht", "reichten nicht"
 * (the positive "reicht bis zur Straße" is a measure, not praise). With another cue in the
 * clause ("reicht nicht aus" = ausreichen) that cue decides.
 */
export const NEGATED_SUFFICIENCY: readonly string[] = ['reicht', 'reichen', 'reichte', 'reichten', 'reiche', 'langt'];

/**
 * Omission of due attention: "niemand hat uns informiert", "die Zeugen wurden nie gehört",
 * "keiner macht sich die Mühe" — with niemand/keiner/nie/niemals (not nicht or nichts: "Dazu
 * kann ich nichts sagen", "Er hat nicht gesagt, wann" are no complaint) and no other cue in the
 * clause. Verbs by infinitive (all forms), and nouns of effort.
 */
export const ATTENTION_VERBS: readonly string[] = [
  'sagen', 'informieren', 'fragen', 'hören', 'anhören', 'zuhören', 'prüfen', 'überprüfen', 'erklären', 'denken', 'melden',
  'antworten', 'reagieren', 'warnen', 'benachrichtigen', 'kontrollieren', 'nachfragen',
];
export const ATTENTION_NOUNS: readonly string[] = ['mühe', 'bescheid'];
export const OMISSION_NEGATORS: readonly string[] = ['niemand', 'niemandem', 'niemanden', 'keiner', 'nie', 'niemals'];

/**
 * Prohibitive modal: "darf nicht", "dürfen auf keinen Fall" with nothing evaluative in the
 * clause warns that what follows would be bad ("So etwas darf sich nicht wiederholen").
 * With a cue in the clause the cue and its negation decide ("darf … nicht im Stich lassen").
 * dürfte (a guess) is a hedge, not a prohibition.
 */
export const PROHIBITIVE_MODALS: readonly string[] = ['darf', 'darfst', 'dürfen', 'dürft', 'durfte', 'durften', 'dürfe'];
