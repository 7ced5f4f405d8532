/**
 * Scope: the signs that a count's noun was left out because the count before it named it
 * (ellipsis in coordination and comparison): "121 Parlamentarier stimmten dafür, 70 dagegen",
 * "1.870 Infektionen, nach 1.420 in der Vorwoche", "fünf Menschen starben, vier weitere
 * wurden verletzt", "25.000 Eisbären, 4.700 davon in Alaska". Lower-case word forms.
 *  - ELLIPSIS_LINKS: the word (or comma) right before the bare count that joins it to the
 *    count before it in the same sentence: coordination and comparison. "auf" only in
 *    "von N X auf M" (checked in code).
 *  - ELLIPSIS_STRONG: words next to the bare count that say it counts the same thing again
 *    ("weitere", "davon", "je", "dagegen", "jeweils", "mehr"); "es" before it ("waren es 1.420") is
 *    the pronoun standing for the counted noun. Only these reach back into the sentence before.
 *  - PARTITIVE_PRONOUNS: "von denen mindestens 24", "sechs von ihnen": a part of the count
 *    before, counting the same thing; as strong as ELLIPSIS_STRONG.
 *  - COPULAS: a bare count followed by a copula and a capitalised noun names its own noun
 *    ("drei waren Opfer"), it borrows nothing.
 * Sources: Duden grammar (Ellipse, Koordination; Vergleich), news usage.
 */
export const ELLIPSIS_LINKS: readonly string[] = [
  ',', ';', 'und', 'sowie', 'oder', 'bzw.', 'beziehungsweise', 'nach', 'vor', 'gegenüber', 'als', 'statt', 'anstatt', 'auf',
];

export const ELLIPSIS_STRONG: readonly string[] = [
  'weitere', 'weiteren', 'weiterer', 'davon', 'je', 'jeweils', 'dagegen', 'es', 'mehr', 'weniger',
];

/** "das sind 180.000 mehr", "dies waren 40": a pronoun and a copula stand for the counted noun. */
export const PRONOUNS_BEFORE_COPULA: readonly string[] = ['es', 'das', 'dies', 'dieses'];

/**
 * Prepositions of a place phrase between the link and the bare count: "690.000 Jugendliche,
 * in Deutschland 6.116" (the capitalised word is then a place, not a name the number belongs
 * to). Not the contracted "im", "am": "im Jahr 413" is a year.
 */
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'aus', 'bei', 'für'];

export const PARTITIVE_PRONOUNS: readonly string[] = ['ihnen', 'denen'];

export const COPULAS: readonly string[] = ['ist', 'sind', 'war', 'waren', 'seien', 'sei', 'wären', 'wäre', 'bleiben', 'blieben', 'werden', 'wurden'];

/**
 * Focus particles between the link and the bare count, stepped over when looking for the
 * link: "und noch 21 weitere", "waren es dann zwölf", "im Vorjahr waren es erst 40".
 * Lower-case only: a capitalised one starts a sentence and links nothing.
 */
export const FOCUS_PARTICLES: readonly string[] = ['noch', 'nur', 'sogar', 'dann', 'bereits', 'schon', 'erst', 'lediglich', 'gerade', 'nun'];
