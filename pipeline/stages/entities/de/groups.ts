/**
 * Scope: plural nouns for groups that speak without a name — unnamed sources ("Experten",
 * "Diplomaten" come from the role list), the media, circles and demonyms ("die Russen",
 * "Ukrainer"). Compiled for this project from the vocabulary of German news attribution.
 * A mention with one of these heads (also as a compound tail: "Regierungskreise",
 * "Sicherheitskreisen") is a `group`. Dative plurals of the nouns in -e/-er/-el ("von
 * Beobachtern", "Kernkraftgegnern", "den Einsatzkräften") are generated from them. A compound
 * needs a first part of three letters or more ("Geländer" is a railing).
 */
export const GROUP_NOUNS: readonly string[] = [
  'medien', 'kreise', 'kreisen', 'quellen', 'beobachter', 'militärs', 'behörden', 'staaten', 'regierungen',
  'russen', 'ukrainer', 'amerikaner', 'europäer', 'deutschen', 'franzosen', 'briten', 'chinesen', 'israelis',
  'palästinenser', 'iraner', 'polen', 'türken', 'araber', 'kurden', 'syrer', 'afghanen', 'italiener', 'spanier',
  'demokraten', 'republikaner', 'verbündeten', 'alliierten', 'partner', 'verbündete', 'alliierte', 'anhänger',
  'gegner', 'befürworter', 'teilnehmer', 'unterstützer', 'aktivisten', 'bürger', 'wähler', 'mitglieder',
  'mitgliedstaaten', 'mitgliedsstaaten', 'abgeordneten', 'kollegen', 'ermittler', 'retter', 'einsatzkräfte',
  'sanitäter', 'helfer', 'rebellen', 'separatisten', 'truppen', 'demonstranten', 'rettungskräfte',
  'sicherheitskräfte', 'kanadier', 'japaner', 'inder', 'mexikaner', 'brasilianer', 'niederländer', 'schweizer',
  'österreicher', 'belgier', 'ägypter', 'iraker', 'libanesen', 'saudis', 'nordkoreaner', 'südkoreaner',
  'vietnamesen', 'australier', 'afrikaner', 'asiaten', 'georgier', 'armenier', 'serben', 'kroaten', 'tschechen',
  'slowaken', 'rumänen', 'bulgaren', 'griechen', 'portugiesen', 'dänen', 'schweden', 'norweger', 'finnen',
  'iren', 'schotten', 'engländer', 'hongkonger', 'berliner', 'münchner', 'wiener', 'fans', 'zeugen', 'ohrenzeugen',
  'extremisten', 'rechtsextremisten', 'linksextremisten', 'islamisten', 'terroristen', 'dschihadisten',
  'wissenschafter', 'forscher', 'experten', 'fachleute', 'kenner', 'insider', 'menschen', 'leute', 'anleger',
  'verbraucher', 'kunden', 'eltern', 'arbeitgeber', 'arbeitnehmer', 'beschäftigten', 'gewerkschafter', 'landwirte', 'bauern', 'angehörige', 'angehörigen', 'hinterbliebenen', 'überlebenden',
  // States and regions as a group of actors: "die Bundesländer", "die Nachbarländer", "die Kantone".
  'länder', 'kantone',
];
/**
 * Compound tails too short or too common to count alone: only as whole words. ("-gegner" and
 * "-kenner" are not here: "Kriegsgegner", "Kernkraftgegnern", "Musikkenner" are people.)
 */
export const GROUP_NOUNS_EXACT: ReadonlySet<string> = new Set(['polen', 'partner', 'staaten', 'retter', 'helfer', 'inder', 'iren', 'fans', 'leute', 'kunden', 'menschen', 'eltern', 'finnen', 'dänen', 'schweden', 'zeugen', 'wiener', 'berliner']);

/**
 * Adjectives and participles that, capitalised as nouns, name a group of people ("Jugendliche
 * protestierten", "die NASA-Verantwortlichen", "Betroffene berichten"). Stems; the plural
 * forms -e and -en are generated. Before a capitalised noun the word is an adjective
 * ("Jugendliche Straftäter") and not a group of its own.
 */
export const NOMINALISED_GROUP_STEMS: readonly string[] = [
  'jugendlich', 'verantwortlich', 'betroffen', 'befragt', 'beteiligt', 'angestellt', 'erwachsen', 'verletzt',
  'gefangen', 'inhaftiert', 'vertrieben', 'geflüchtet', 'verdächtig', 'delegiert', 'anwesend', 'reisend',
  'streikend', 'protestierend', 'demonstrierend', 'überlebend', 'vermisst', 'geschädigt', 'beschäftigt', 'angehörig',
];

/**
 * Singular nouns for a body of people ("das Personal", "die Belegschaft", "die Menschenmenge"),
 * also as compound tails ("Kontrollpersonal", "Klinikpersonal"): a `group`, singular, with
 * its grammatical gender.
 */
export const COLLECTIVE_GROUP_NOUNS: Readonly<Record<string, 'm' | 'f' | 'n'>> = {
  personal: 'n', belegschaft: 'f', publikum: 'n', menschenmenge: 'f', bevölkerung: 'f', einwohnerschaft: 'f',
  lehrerschaft: 'f', ärzteschaft: 'f', studentenschaft: 'f', anwohnerschaft: 'f',
};
