/**
 * Scope: words that cannot end a headline, a subheading or a paragraph — articles,
 * conjunctions and those prepositions that are never separable verb particles (so "zu",
 * "an", "auf", "aus", "vor", "mit", "ein" … are left out: "Der Bundestag stimmte zu").
 * A line that ends with one of them was wrapped inside a sentence ("Die Regierung hat im" /
 * "Mai beschlossen …") even when the next line starts with a capitalised noun.
 * Compiled for this project.
 */
export const LINE_CONTINUERS: readonly string[] = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'eine', 'einen', 'einem', 'einer', 'eines',
  'und', 'oder', 'aber', 'sondern', 'sowie', 'bzw', 'beziehungsweise', 'dass', 'weil', 'wenn',
  'als', 'ob', 'obwohl', 'nachdem', 'bevor', 'sowohl', 'weder',
  'von', 'vom', 'zum', 'zur', 'in', 'im', 'am', 'beim', 'für', 'gegen', 'ohne', 'seit', 'bis',
  'zwischen', 'neben', 'hinter', 'trotz', 'wegen', 'laut', 'ins', 'ans', 'aufs', 'innerhalb',
  'außerhalb', 'angesichts', 'aufgrund', 'infolge', 'jeder', 'jede', 'jedes', 'jedem', 'jeden',
];
