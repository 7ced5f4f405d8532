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

/**
 * Prepositions of a document phrase opening the sentence that makes the document the source
 * ("In der Pressemitteilung …", "Im Bericht …", "Auf der Webseite …"). The place forms of
 * DOCUMENT_PLACE_PREPOSITIONS only: not "aus" or the source prepositions "laut", "nach".
 */
export const OPENING_DOCUMENT_PREPOSITIONS = new Set(['in', 'im', 'auf']);
/**
 * Words before a claim noun that make it held by someone named in the clause: "mit dem
 * Hinweis, …" (the subject's reason), "von dem Verdacht ausgehen"; its content is then no
 * reported claim of the noun phrase.
 */
export const HELD_BEFORE = new Set(['mit', 'von', 'vom']);
