/**
 * Scope: words that, standing right before "<number>.", make the number an ordinal
 * ("der 2. Weltkrieg", "im 19. Jahrhundert", "zum 3. Mal", "auf Platz 1."), so the period is
 * not a sentence boundary even if a capitalised noun follows.
 */
export const ORDINAL_PRECEDERS: readonly string[] = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'vom', 'zum', 'beim', 'ins', 'ans',
  'seinem', 'seiner', 'seines', 'ihrem', 'ihrer', 'ihres', 'jedem', 'jeder', 'dieses',
  'dieser', 'diesem', 'ab', 'bis', 'seit', 'Platz', 'Rang', 'Runde', 'Spieltag', 'Artikel',
  'Paragraf', 'Kapitel', 'Band', 'Folge', 'Teil', 'Stufe', 'Etappe',
];
