/**
 * Nouns that a later "Demnach …", "…, wonach …" or cue-less reported speech can point back
 * to as the source of what follows: statements, accusations and rumours that are not
 * documents themselves ("Inzwischen sind schwere Vorwürfe bekannt geworden. Demnach …",
 * "Gerüchte, wonach …"). The documents, media and statement nouns of `DOCUMENT_NOUNS`
 * (cues.ts) count as well. Lower case; matched as the noun or the last part of a compound
 * ("Gesetzesvorlage", "Korruptionsvorwürfe"). Hand-written for wortlaut.
 */
export const ANTECEDENT_NOUNS = [
  'vorwurf', 'vorwürfe', 'vorwürfen', 'beschuldigung', 'beschuldigungen', 'anschuldigung', 'anschuldigungen',
  'gerücht', 'gerüchte', 'gerüchten', 'spekulation', 'spekulationen', 'hinweis', 'hinweise', 'hinweisen',
  'vorlage', 'verordnung', 'richtlinie', 'regelung', 'bestimmung', 'bestimmungen', 'paragraf', 'paragraph',
  'artikel', 'urteil', 'urteilsbegründung', 'entscheidung', 'beschluss', 'bescheid', 'bilanz', 'statistik',
  'auswertung', 'ergebnisse', 'ergebnissen', 'befund', 'befunde', 'obduktion', 'plan', 'pläne',
  'konzept', 'vereinbarung', 'einigung', 'kompromiss', 'meldung', 'meldungen', 'nachricht', 'nachrichten',
  'bericht', 'berichte', 'berichten', 'aussage', 'aussagen', 'angaben', 'darstellung', 'version',
  'anweisung', 'aufforderung', 'ansprache', 'veröffentlichung', 'aufruf', 'appell', 'erlass',
  'rundschreiben', 'e-mail',
];

/**
 * Prepositions before a document phrase that make the document the place the words stand
 * in or come from ("aus dem Urteil geht hervor", "im Bericht wird …", "auf der Webseite").
 */
export const DOCUMENT_PLACE_PREPOSITIONS = new Set(['in', 'im', 'aus', 'auf', 'laut', 'gemäß', 'nach']);

/**
 * Nouns of claim, suspicion and worry that take a content clause of their own, so that the
 * clause is what the noun says: "trat dem Vorwurf entgegen, das Gericht sei nicht legitim",
 * "wandte sich gegen die Behauptung, die Sorte werde nicht …", "wachsen Befürchtungen, die
 * Regierung könnte …". SpkAtt-style annotation takes the noun phrase as the source. The
 * support-verb uses with a holder as subject ("ist der Meinung, dass …") are cues of their
 * own (OPINION_NOUNS in cues.ts). Lower case, whole words. Hand-written for wortlaut.
 */
export const CONTENT_NOUNS = new Set([
  'vorwurf', 'vorwürfe', 'vorwürfen', 'behauptung', 'behauptungen', 'verdacht', 'frage', 'fragen',
  'befürchtung', 'befürchtungen', 'angst', 'ängste', 'sorge', 'sorgen', 'gerücht', 'gerüchte', 'spekulation',
  'spekulationen', 'vermutung', 'vermutungen', 'annahme', 'argumentation', 'einschätzung',
  'darstellung', 'warnung', 'warnungen', 'forderung', 'forderungen', 'beschuldigung', 'beschuldigungen',
  'anschuldigung', 'anschuldigungen', 'unterstellung', 'kritik', 'einwand', 'einwände',
]);

