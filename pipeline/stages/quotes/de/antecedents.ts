/**
 * Where anaphoric sources point back to (antecedent.ts). The nouns themselves — statements,
 * documents, claims — are in nouns.ts (roles `antecedent`, `document`, `content`).
 * Hand-written for wortlaut.
 */

/**
 * Prepositions before a document phrase that make the document the place the words stand
 * in or come from ("aus dem Urteil geht hervor", "im Bericht wird …", "auf der Webseite").
 */
export const DOCUMENT_PLACE_PREPOSITIONS = new Set(['in', 'im', 'aus', 'auf', 'laut', 'gemäß', 'nach']);

