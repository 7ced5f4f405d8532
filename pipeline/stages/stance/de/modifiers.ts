/**
 * Words that change a cue instead of carrying polarity themselves: negation, intensifiers
 * and diminishers, hedges (modality, hearsay, doubt), contrast markers, clause boundaries,
 * and the closed classes the target finder needs. Written for this project from German
 * grammar; deliberately not taken from a stopword list (stopword lists contain nicht, kein,
 * ohne and gegen, the very words stance depends on).
 */

/** Negators: flip the cue in their scope. `kaum` counts as a weak negator. */
export const NEGATORS: ReadonlyMap<string, number> = new Map([
  ['nicht', 1], ['kein', 1], ['keine', 1], ['keinen', 1], ['keinem', 1], ['keiner', 1], ['keines', 1],
  ['keinerlei', 1], ['nie', 1], ['niemals', 1], ['nimmer', 1], ['keineswegs', 1], ['keinesfalls', 1],
  ['nirgends', 1], ['nichts', 1], ['niemand', 1], ['niemandem', 1], ['niemanden', 1], ['weder', 1], ['noch', 0], ['ohne', 1], ['kaum', 0.6],
  ['mitnichten', 1], ['nimmermehr', 1],
]);

/** Intensifiers (> 1) and diminishers (< 1): scale the cue that follows within two words. */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['sehr', 1.4], ['äußerst', 1.6], ['völlig', 1.5], ['vollkommen', 1.5], ['vollständig', 1.4], ['absolut', 1.6],
  ['total', 1.5], ['extrem', 1.6], ['höchst', 1.5], ['zutiefst', 1.6], ['besonders', 1.3], ['überaus', 1.5],
  ['ausgesprochen', 1.4], ['ausgesprochene', 1.4], ['durchaus', 1.1], ['ganz', 1.2], ['gänzlich', 1.5], ['schlicht', 1.2],
  ['geradezu', 1.3], ['regelrecht', 1.3], ['massiv', 1.4], ['massive', 1.4], ['massiven', 1.4], ['scharf', 1.4],
  ['scharfe', 1.4], ['scharfen', 1.4], ['schärfste', 1.6], ['schärfsten', 1.6], ['heftig', 1.4], ['heftige', 1.4],
  ['heftigen', 1.4], ['deutlich', 1.2], ['deutliche', 1.2], ['deutlichen', 1.2], ['klar', 1.2], ['klare', 1.2],
  ['entschieden', 1.4], ['entschiedene', 1.4], ['aufs', 1.2], ['ausdrücklich', 1.3], ['nachdrücklich', 1.3],
  ['zunehmend', 1.1], ['immer', 1.0], ['wirklich', 1.2], ['wahre', 1.0], ['große', 1.2], ['großes', 1.2],
  ['großen', 1.2], ['groß', 1.2], ['schwer', 1.4], ['schwere', 1.4], ['schweren', 1.4], ['schwerer', 1.4],
  ['tief', 1.3], ['tiefe', 1.3], ['höchst', 1.5], ['unglaublich', 1.5], ['enorm', 1.5], ['enorme', 1.5],
  ['erheblich', 1.3], ['erhebliche', 1.3], ['erheblichen', 1.3], ['ungewöhnlich', 1.3], ['gezielt', 1.2], ['gezielten', 1.2],
  ['etwas', 0.6], ['eher', 0.7], ['leicht', 0.6], ['teilweise', 0.6], ['teils', 0.6], ['ziemlich', 0.9],
  ['einigermaßen', 0.6], ['relativ', 0.7], ['recht', 0.9], ['halbwegs', 0.5], ['bedingt', 0.5], ['weitgehend', 0.8],
  ['viel', 1.3], ['zum teil', 0.6], ['ein wenig', 0.6], ['ein bisschen', 0.6], ['wenig', 0.5], ['gewisse', 0.7], ['gewisser', 0.7],
]);

/**
 * Gradable words that turn into criticism after "zu" (excess): "zu spät", "viel zu hohe
 * Kosten", "zu langsam". Written for this project.
 */
export const EXCESS_WORDS: readonly string[] = [
  'spät', 'früh', 'hoch', 'niedrig', 'teuer', 'billig', 'langsam', 'schnell', 'lang', 'lange', 'wenig', 'viel', 'groß',
  'klein', 'stark', 'schwach', 'weit', 'eng', 'kurz', 'knapp', 'gering', 'zögerlich', 'vage', 'kompliziert', 'bürokratisch',
  'schwer', 'leicht', 'riskant', 'zaghaft', 'lasch', 'hart', 'streng', 'optimistisch', 'pessimistisch', 'ehrgeizig',
  'oft', 'selten', 'spärlich', 'dünn', 'teuer', 'hastig', 'überstürzt', 'einseitig', 'unklar', 'unkonkret', 'vorsichtig',
  'zurückhaltend', 'nachlässig', 'großzügig', 'träge', 'schleppend',
];

/**
 * Nouns that only carry an evaluation of whoever acts ("macht einen hervorragenden Job",
 * "lässt uns keine andere Wahl", "ein guter Tag für die Stadt"): the target is the subject or
 * the beneficiary, not the noun. Written for this project.
 */
export const LIGHT_NOUNS: ReadonlySet<string> = new Set([
  'job', 'arbeit', 'tag', 'abend', 'woche', 'jahr', 'nachricht', 'nachrichten', 'signal', 'signale', 'zeichen', 'schritt',
  'leistung', 'wahl', 'entscheidung', 'ergebnis', 'bilanz', 'figur', 'rolle', 'beitrag', 'spiel', 'saison', 'auftritt',
]);

/**
 * Subjects that only point at their predicate noun ("Die Folge ist ein instabiler Rahmen",
 * "Das Problem ist ein fehlender Plan"): the evaluation is of the predicate, not of them.
 * Written for this project.
 */
export const POINTER_NOUNS: ReadonlySet<string> = new Set([
  'folge', 'folgen', 'ergebnis', 'resultat', 'konsequenz', 'problem', 'grund', 'ursache', 'frage', 'kern', 'hintergrund',
]);

/** Forms of "halten" in "X für falsch halten": the evaluation is of X. */
export const HOLD_FORMS: ReadonlySet<string> = new Set([
  'halte', 'hält', 'haltet', 'halten', 'hielt', 'hielten', 'hielte', 'gehalten', 'halteten',
]);

/**
 * Prefixes that intensify an adjective written as one word (brandgefährlich, grundfalsch,
 * hochproblematisch, tieftraurig). Written for this project.
 */
export const ADJECTIVE_INTENSIFYING_PREFIXES: readonly string[] = [
  'brand', 'grund', 'hoch', 'höchst', 'tief', 'tod', 'tot', 'stink', 'super', 'extrem', 'ultra', 'sau', 'erz', 'ober',
  'tod', 'bitter', 'blitz', 'kreuz', 'stock', 'top',
];

/**
 * Verbs and phrases of necessity: a loss verb (`@forced` in verbs.ts: schließen, aufgeben,
 * entlassen …) evaluates only when one of these stands in its clause ("müssen wir eine
 * Sparte schließen", "sind gezwungen aufzugeben"). Written for this project.
 */
export const NECESSITY_WORDS: ReadonlySet<string> = new Set([
  'muss', 'musst', 'müssen', 'müsst', 'musste', 'mussten', 'müsse', 'müssten', 'müsste', 'gemusst',
  'gezwungen', 'zwingt', 'zwingen', 'zwang', 'zwangen',
]);

/** Hedges: the holder does not fully commit; the stance is marked `hedged`, its weight damped. */
export const HEDGES: ReadonlySet<string> = new Set([
  'könnte', 'könnten', 'könnest', 'könne', 'kann', 'können', 'dürfte', 'dürften', 'mag', 'mögen', 'möge', 'möglicherweise',
  'womöglich', 'eventuell', 'vielleicht', 'vermutlich', 'mutmaßlich', 'angeblich', 'offenbar', 'offensichtlich',
  'anscheinend', 'scheinbar', 'scheint', 'scheinen', 'schien', 'schienen', 'wohl', 'soll', 'sollen', 'sollte', 'sollten',
  'wahrscheinlich', 'voraussichtlich', 'denkbar', 'gegebenenfalls', 'unter umständen', 'gerüchten', 'gerüchte',
  'vorläufig', 'vorerst', 'bislang', 'wenn', 'falls', 'sofern', 'ob',
]);

/** Contrast: the part after `aber` weighs more than the part before, strongly after `zwar`. */
export const CONTRAST_AFTER: ReadonlySet<string> = new Set(['aber', 'doch', 'jedoch', 'allerdings', 'sondern', 'dennoch', 'trotzdem', 'gleichwohl', 'indes', 'indessen']);
export const CONTRAST_BEFORE: ReadonlySet<string> = new Set(['zwar']);

/** Words that end a clause for negation scope and target search (with , ; : – and brackets). */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'und', 'oder', 'aber', 'doch', 'jedoch', 'sondern', 'denn', 'weil', 'dass', 'daß', 'ob', 'wenn', 'während',
  'obwohl', 'damit', 'sodass', 'nachdem', 'bevor', 'solange', 'sofern', 'falls', 'wobei', 'weshalb', 'wonach',
]);

/** Subordinating conjunctions: a clause they open has its finite verb at the end. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'dass', 'daß', 'weil', 'ob', 'wenn', 'während', 'obwohl', 'damit', 'sodass', 'nachdem', 'bevor', 'solange', 'sofern',
  'falls', 'wobei', 'weshalb', 'wonach', 'indem', 'seit', 'seitdem', 'bis', 'als',
]);

/** Copulas: "X ist inakzeptabel", "X sei eine Katastrophe", "X bleibt gefährlich". */
export const COPULAS: ReadonlySet<string> = new Set([
  'ist', 'sind', 'sei', 'seien', 'war', 'waren', 'wäre', 'wären', 'bin', 'bist', 'seid', 'wird', 'werden', 'werde',
  'würde', 'würden', 'wurde', 'wurden', 'bleibt', 'bleiben', 'bleibe', 'blieb', 'blieben', 'gilt', 'gelten', 'gelte',
  'galt', 'scheint', 'scheinen', 'erscheint', 'wirkt', 'wirken', 'wirke', 'wirkte',
]);

/** Determiners and pronoun-like words that open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine',
  'keinen', 'keinem', 'keiner', 'keines', 'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jener', 'jene', 'jenes',
  'jenen', 'jenem', 'jeder', 'jede', 'jedes', 'jeden', 'jedem', 'alle', 'allen', 'aller', 'viele', 'vielen', 'einige',
  'einigen', 'mehrere', 'mehreren', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihr', 'ihre', 'ihren',
  'ihrem', 'ihrer', 'ihres', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres', 'euer', 'eure', 'mein',
  'meine', 'meinen', 'meinem', 'meiner', 'dein', 'deine', 'solche', 'solchen', 'solcher', 'manche', 'manchen',
  'beide', 'beiden', 'sämtliche', 'sämtlichen', 'etliche', 'etlichen', 'zahlreiche', 'zahlreichen', 'wenige', 'wenigen',
]);

/** Finite auxiliaries and modals that look like inflected adjectives (hatte, würde, sollte). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'hatte', 'hatten', 'hätte', 'hätten', 'habe', 'haben', 'wurde', 'wurden', 'würde', 'würden', 'werde', 'werden',
  'wollte', 'wollten', 'sollte', 'sollten', 'konnte', 'konnten', 'könnte', 'könnten', 'musste', 'mussten', 'müsste',
  'müssten', 'durfte', 'durften', 'dürfte', 'dürften', 'möchte', 'möchten', 'sei', 'seien', 'sind', 'waren', 'wäre',
  'wären', 'gebe', 'gäbe', 'geben', 'stehe', 'stehen', 'liege', 'liegen', 'gehe', 'gehen', 'lasse', 'lassen', 'käme',
  'kommen', 'bleibe', 'bleiben', 'müsse', 'könne', 'solle', 'wolle', 'dürfe', 'habe', 'werden', 'worden', 'gewesen',
  'eben', 'oben', 'neben', 'unten', 'gegen', 'wegen', 'seinen', 'ihren', 'sowie', 'weiter', 'wieder', 'immer', 'aber',
  'oder', 'hier', 'sehr', 'mehr', 'eher', 'lange', 'gerne', 'heute', 'zunächst', 'ebenso', 'sofort', 'bereits',
]);

/** Non-nominative openers: an NP starting with these is not a subject. */
export const OBLIQUE_DETERMINERS: ReadonlySet<string> = new Set([
  'den', 'dem', 'des', 'einen', 'einem', 'eines', 'keinen', 'keinem', 'diesen', 'diesem', 'jenen', 'jenem', 'jeden',
  'jedem', 'seinen', 'seinem', 'seines', 'ihren', 'ihrem', 'ihres', 'unseren', 'unserem', 'meinen', 'meinem', 'allen',
]);

/** Prepositions: an NP right after one is not a subject or direct object. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'im', 'ins', 'an', 'am', 'ans', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur',
  'für', 'fürs', 'gegen', 'ohne', 'um', 'durch', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen', 'seit', 'bis',
  'trotz', 'wegen', 'während', 'gegenüber', 'laut', 'gemäß', 'infolge', 'dank', 'statt', 'anstatt', 'innerhalb',
  'außerhalb', 'angesichts', 'bezüglich', 'hinsichtlich', 'seitens', 'zufolge', 'nahe', 'jenseits', 'binnen', 'ab',
]);

/** Personal pronouns that can be holders or targets ("wir", "er"), and the subject ones. */
export const PRONOUNS: ReadonlySet<string> = new Set([
  'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man', 'mich', 'mir', 'dich', 'dir', 'ihn', 'ihm', 'uns', 'euch',
  'ihnen', 'dies', 'das', 'dieser', 'diese', 'dieses', 'jener', 'jene', 'beide', 'beiden',
]);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man', 'das', 'dies', 'dieser', 'diese', 'beide']);
/** First-person pronouns: in a quote they are the speaker (or the speaker's side). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['ich', 'wir', 'mich', 'mir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer']);

/**
 * Capitalised words that are not nouns when they open a sentence: adverbs, conjunctions,
 * pronouns. Keeps "Zugleich", "Auch", "Doch" out of noun phrases.
 */
export const NON_NOUNS: ReadonlySet<string> = new Set([
  'auch', 'zugleich', 'gleichzeitig', 'doch', 'aber', 'dennoch', 'trotzdem', 'jedoch', 'zudem', 'außerdem', 'damit',
  'dabei', 'dann', 'danach', 'davor', 'dazu', 'darum', 'deshalb', 'deswegen', 'daher', 'dort', 'hier', 'heute',
  'gestern', 'morgen', 'jetzt', 'nun', 'noch', 'schon', 'bereits', 'erst', 'nur', 'sogar', 'selbst', 'so', 'wie', 'was',
  'wer', 'wen', 'wem', 'wo', 'wann', 'warum', 'weshalb', 'ob', 'wenn', 'als', 'während', 'tatsächlich', 'letztlich',
  'besonders', 'vor', 'allem', 'zwar', 'immerhin', 'inzwischen', 'unterdessen', 'parallel', 'kurz', 'zuvor', 'bisher',
  'bislang', 'klar', 'fest', 'offenbar', 'vielleicht', 'wohl', 'sicher', 'zunehmend', 'einzige', 'irgendwann', 'es',
  'ich', 'du', 'er', 'sie', 'wir', 'ihr', 'man', 'ja', 'nein', 'nicht', 'kein', 'keine', 'weder', 'dass', 'weil',
  'obwohl', 'nachdem', 'sollte', 'sollten', 'will', 'wollen', 'wird', 'werden', 'ist', 'sind', 'hat', 'haben', 'gibt',
  'geht', 'kann', 'können', 'muss', 'müssen', 'darf', 'dürfen', 'unbestritten', 'entscheidend', 'wichtig', 'leider',
  'zum', 'beim', 'im', 'am', 'vom', 'zur', 'ins', 'ans', 'mit', 'von', 'nach', 'bei', 'aus', 'in', 'an', 'auf', 'für',
  'gegen', 'gegenüber', 'ohne', 'um', 'über', 'unter', 'durch', 'trotz', 'wegen', 'laut', 'seit', 'bis', 'infolge',
  'dies', 'das', 'der', 'die', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'diese',
  'dieser', 'dieses', 'jeder', 'jede', 'alle', 'beide', 'viele', 'einige', 'manche', 'mehrere', 'wir', 'unsere',
  'seine', 'ihre', 'sein', 'mein', 'meine', 'solange', 'sofern', 'falls', 'denn', 'oder', 'und', 'sowie', 'hinter',
]);
