/**
 * Scope: lower-case words after which a free-standing ellipsis is a pause inside the
 * sentence, not its end, even before a capitalised word: copulas and verbs of naming that
 * announce a name or a figure ("Der Sieger ist … Deutschland", "Das Motto lautet …
 * Zukunft"), and words that need what follows ("ein Spiel voller … Überraschungen", "ein
 * Mann namens … Schulz"). Articles, prepositions and conjunctions come from
 * line-continuers.ts. After any other lower-case word the clause before the ellipsis is
 * complete ("Es sollte der große Wurf werden … Herausgekommen ist …"). Compiled for this
 * project.
 */
export const PAUSE_WORDS: readonly string[] = [
  'ist', 'sind', 'war', 'waren', 'wäre', 'wären', 'sei', 'heißt', 'hieß', 'hießen', 'lautet',
  'lautete', 'lauteten', 'bleibt', 'blieb', 'nennt', 'nannte', 'voller', 'namens',
];
