/**
 * Scope: plural nouns for groups that speak without a name — unnamed sources ("Experten",
 * "Diplomaten" come from the role list), the media, circles and demonyms ("die Russen",
 * "Ukrainer"). Compiled for this project from the vocabulary of German news attribution.
 * A mention with one of these heads (also as a compound tail: "Regierungskreise",
 * "Sicherheitskreisen") is a `group`.
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
];
/** Compound tails too short or too common to count alone: only as whole words. */
export const GROUP_NOUNS_EXACT: ReadonlySet<string> = new Set(['polen', 'partner', 'staaten', 'gegner', 'retter', 'helfer', 'inder', 'iren', 'fans', 'kenner', 'leute', 'kunden', 'menschen', 'eltern', 'finnen', 'dänen', 'schweden', 'zeugen', 'wiener', 'berliner']);
