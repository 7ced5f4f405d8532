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
  'sanitäter', 'helfer', 'rebellen', 'separatisten', 'truppen', 'streitkräfte', 'demonstranten',
];
/** Compound tails too short or too common to count alone: only as whole words. */
export const GROUP_NOUNS_EXACT: ReadonlySet<string> = new Set(['polen', 'partner', 'staaten', 'gegner', 'retter', 'helfer']);
