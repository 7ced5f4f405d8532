/**
 * Scope: fixed phrases in which a number word carries no number (idioms), given as
 * lower-case word sequences; the number word inside them is skipped. Also the adverbs
 * that look like numbers but are not ("erstmals"). Source: Duden idioms, news usage.
 */
export const IDIOMS: readonly string[] = [
  'auf den ersten blick', 'auf den zweiten blick', 'in erster linie', 'in zweiter linie', 'aus erster hand',
  'erste hilfe', 'zum ersten mal', 'zum einen', 'zum anderen', 'eines tages', 'einer der', 'eine der', 'eines der',
  'einer von', 'eine von', 'einen von', 'ein oder andere', 'ein oder anderen', 'der einen oder anderen', 'die eine oder andere',
  'in einem zug', 'auf einen schlag', 'mit einem mal', 'auf einmal', 'noch einmal', 'nicht einmal', 'ein für alle mal',
  'zu zweit', 'zu dritt', 'zu viert', 'die zweite reihe', 'zweiter klasse', 'erster klasse', 'zweite wahl', 'zweiten weltkrieg',
  'ersten weltkrieg', 'zweiter weltkrieg', 'erster weltkrieg', 'zweite weltkrieg', 'erste weltkrieg', 'erste mal', 'das erste mal',
  'ersten angaben', 'ersten berichten', 'ersten erkenntnissen', 'ersten informationen', 'ersten schätzungen',
  'ersten meldungen', 'ersten annahmen', 'ersten agenturmeldungen', 'ersten ergebnissen', 'erste ergebnisse', 'erste hinweise', 'ersten hinweisen',
  'fünf vor zwölf', 'fünf minuten vor zwölf', 'in null komma nichts', 'stunde null', 'null toleranz',
];

/** Words beginning like a number word that are never numbers. */
export const FALSE_FRIENDS: readonly string[] = [
  'erstmals', 'erstens', 'zweitens', 'drittens', 'viertens', 'einige', 'einigen', 'einiger', 'einiges', 'einzelne',
  'einzige', 'einzigen', 'einziger', 'einziges', 'beide', 'beiden', 'beider', 'beides', 'zweifel', 'achtung',
];
