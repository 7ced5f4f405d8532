/**
 * The nouns of saying, writing, claiming and documenting that the quote stage reads, one line
 * per noun: its forms (matched in lower case) and the roles it plays. Hand-written for wortlaut
 * from German news usage (GERMAN.md, "Quotes and speakers"); it replaces five lists written
 * separately (speech-act, statement and document nouns in cues.ts, antecedent and content nouns
 * in antecedents.ts), so that a noun's roles are read in one place.
 *
 * Roles, and how a form is matched for each:
 * - `source`: after "nach" it attributes the clause ("nach Angaben der Polizei", "nach Ansicht
 *   von Experten", "Seiner Meinung nach"). A source noun is a `document` too.
 * - `document`: a phrase it heads can be a source without a referent in it ("laut einem Bericht
 *   der BBC", "In der Pressemitteilung heißt es", "Zeitungsberichten zufolge").
 * - `statement`: its genitive names the speaker, so a phrase it heads still introduces that
 *   referent as a source ("Die Ankündigung des Ministers sorgte für Unruhe. Die Reform solle …").
 * - `antecedent`: a later "Demnach …", "…, wonach …" or cue-less report can point back to it
 *   ("Inzwischen sind Vorwürfe bekannt geworden. Demnach …", "Gerüchte, wonach …").
 * - `act`: a speech act whose content clause follows its comma ("die Forderung der
 *   Gewerkschaft, die Löhne zu erhöhen", "die Behauptung, dass …", "Zweifel daran, ob …"); the
 *   noun is the cue, its holder a genitive or "von" phrase, else the clause's subject. Only a
 *   content clause counts (dass/ob, a zu-infinitive, Konjunktiv). Nouns of attempt, possibility
 *   and fact ("Versuch", "Möglichkeit", "Tatsache") are not speech.
 * - `content`: a claim, suspicion or worry whose comma opens its content, the noun phrase being
 *   the source ("trat dem Vorwurf entgegen, das Gericht sei nicht legitim", "wachsen
 *   Befürchtungen, die Regierung könnte …").
 * - `opinion`: a view held by the subject of a support verb ("ist der Meinung, dass …",
 *   "vertritt die Auffassung, …", "hegt den Verdacht, er könnte …").
 * - `hearsay`: a source only before a postposed "nach" with "dem" ("dem Vernehmen nach"); it
 *   names no referent, so a report around it keeps its own source.
 * `source`, `document`, `statement` and `antecedent` also match a compound ending in the form,
 * with at least three letters before it ("Polizeiangaben", "Zeitungsberichten",
 * "Gesetzesvorlage", "Korruptionsvorwürfe"); the other roles only the form itself, capitalised.
 */

/** The roles of a noun form as bits (`nounRoles`). */
export const NOUN_ROLE = {
  source: 1,
  document: 2,
  statement: 4,
  antecedent: 8,
  act: 16,
  content: 32,
  opinion: 64,
  hearsay: 128,
} as const;
export type NounRole = keyof typeof NOUN_ROLE;

const NOUNS = `
  Abkommen                                      | document
  Absicht                                       | act
  Agentur                                       | document
  Analyse                                       | source
  Anfrage Anfragen                              | act
  Angabe Angaben                                | source statement antecedent
  Angebot                                       | act
  Angst Ängste                                  | content
  Anklage                                       | document
  Anklageschrift                                | document
  Ankündigung Ankündigungen                     | statement act
  Annahme                                       | content
  Anordnung                                     | act
  Anschuldigung Anschuldigungen                 | antecedent act content
  Ansicht                                       | source opinion
  Ansprache                                     | statement antecedent
  Antrag                                        | document
  Antwort                                       | statement
  Anweisung                                     | antecedent act
  Appell Appelle                                | statement antecedent act
  Argumentation                                 | content
  Artikel                                       | source antecedent
  Auffassung                                    | source opinion
  Aufforderung Aufforderungen                   | antecedent act
  Aufruf Aufrufe                                | statement antecedent act
  Auskunft                                      | source
  Aussage Aussagen                              | source statement antecedent act
  Auswertung                                    | antecedent
  Befehl                                        | act
  Befragung                                     | document
  Befund Befunde                                | antecedent
  Befürchtung Befürchtungen                     | content opinion
  Begründung                                    | act
  Behauptung Behauptungen                       | source act content
  Bekunden                                      | source
  Beobachtungen                                 | source
  Berechnungen                                  | source
  Bereitschaft                                  | act
  Bericht Berichte Berichts Berichten Berichtes | source antecedent act
  Bescheid                                      | antecedent
  Beschluss Beschlusses                         | document antecedent act
  Beschuldigung Beschuldigungen                 | antecedent content
  Bestimmung Bestimmungen                       | antecedent
  Bestätigung                                   | statement
  Beteuerung                                    | act
  Bilanz                                        | antecedent
  Bitte                                         | statement act
  Blatt                                         | document
  Brief Briefes                                 | document
  Buch                                          | document
  Bulletin                                      | document
  Dafürhalten                                   | source
  Darstellung Darstellungen                     | source antecedent content
  Dementi                                       | statement act
  Dokument Dokumente Dokumenten                 | source
  Drohung Drohungen                             | statement act
  E-Mail                                        | antecedent
  Eindruck                                      | opinion
  Eingeständnis                                 | act
  Einigung                                      | antecedent
  Einschätzung Einschätzungen                   | source statement content opinion
  Einwand Einwände                              | content
  Empfehlung                                    | act
  Entscheidung                                  | antecedent act
  Entschluss                                    | act
  Entschuldigung                                | statement
  Entwurf                                       | document
  Ergebnis Ergebnisse Ergebnissen               | source antecedent
  Erkenntnissen                                 | source
  Erkenntnisstand                               | source
  Erklärung                                     | source statement act
  Erlass                                        | antecedent
  Ermittlungen                                  | source
  Ermittlungsergebnissen                        | source
  Forderung Forderungen                         | statement act content
  Frage Fragen                                  | content
  Gerücht Gerüchte Gerüchten                    | antecedent act content
  Gesetz Gesetzes                               | source
  Gesetzentwurf Gesetzesentwurf                 | source
  Grundgesetz                                   | source
  Gutachten                                     | document
  Haftbefehl                                    | document
  Hinweis Hinweise Hinweisen                    | antecedent act
  Hoffnung                                      | opinion
  Homepage                                      | document
  Hypothese                                     | act
  Idee                                          | source
  Information Informationen                     | source act
  Internetseite                                 | document
  Interview                                     | document
  Kenntnisstand                                 | source
  Klageschrift                                  | document
  Kommentar                                     | document
  Kommuniqué Communiqué                         | document
  Kompromiss                                    | antecedent
  Konzept                                       | antecedent
  Kreisen                                       | source
  Kritik                                        | statement act content
  Lesart                                        | source
  Magazin Magazins                              | document
  Mahnung                                       | statement act
  Medien                                        | document
  Medienberichte                                | document
  Meinung                                       | source opinion
  Meldung Meldungen                             | source antecedent act
  Mitteilung                                    | source statement
  Nachricht Nachrichten                         | antecedent act
  Nachrichtenagentur                            | document
  Nachrichtenmagazin                            | document
  Obduktion                                     | antecedent
  Papier                                        | document
  Paragraf Paragraph                            | antecedent
  Plan Pläne Plänen                             | source antecedent act
  Planungen                                     | source
  Presse                                        | document
  Presseerklärung                               | source
  Pressemitteilung                              | source
  Prognose Prognosen                            | source act
  Protokoll                                     | document
  Quellen                                       | source
  Recherchen                                    | source
  Rede                                          | document statement
  Regelung                                      | antecedent
  Resolution                                    | document
  Richtlinie                                    | antecedent
  Rundschreiben                                 | antecedent
  Schlussfolgerung                              | act
  Schreiben                                     | document
  Schätzung Schätzungen                         | source
  Seite                                         | document
  Sender Senders                                | document
  Site                                          | document
  Sorge Sorgen                                  | content
  Spekulation Spekulationen                     | antecedent content
  Sprecher                                      | document
  Standpunkt                                    | opinion
  Statistik                                     | antecedent
  Stellungnahme                                 | source statement
  Studie Studien                                | source
  Theorie                                       | act
  These                                         | opinion
  Ultimatum                                     | act
  Umfrage Umfragen                              | source
  Unterstellung                                 | act content
  Untersuchung                                  | document
  Urteil Urteils                                | document antecedent
  Urteilsbegründung                             | antecedent
  Verdacht                                      | content opinion
  Vereinbarung                                  | antecedent
  Verfassung                                    | source
  Verlautbarung                                 | document
  Vermutung Vermutungen                         | source content opinion
  Vernehmen                                     | hearsay
  Verordnung                                    | antecedent
  Version                                       | source antecedent
  Versprechen                                   | act
  Vertrag                                       | document
  Veröffentlichung                              | antecedent
  Vorhersage Vorhersagen                        | source
  Vorlage                                       | antecedent
  Vorschlag Vorschläge                          | source statement act
  Vorstellung Vorstellungen                     | source
  Vorwurf Vorwürfe Vorwürfen                    | source statement antecedent act content
  Warnung Warnungen                             | statement act content
  Webseite Website                              | document
  Willen                                        | source
  Wissensstand                                  | source
  Worte Worten                                  | source statement
  Zahlen                                        | source
  Zeitung Zeitungen                             | document
  Zeugenaussagen                                | source
  Zusage                                        | statement act
  Zusicherung                                   | act
  Zweifel                                       | act
  Äußerung Äußerungen                           | source statement act
  Überzeugung                                   | source opinion
`;

/** Roles that a compound ending in the form has as well. */
export const TAIL_ROLES = NOUN_ROLE.source | NOUN_ROLE.document | NOUN_ROLE.statement | NOUN_ROLE.antecedent;

/** Lower-case form → role bits, from the table above (a source noun is a document noun too). */
const FORM_ROLES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const line of NOUNS.split('\n')) {
    if (!line.trim()) continue;
    const [forms, roles] = line.split('|') as [string, string];
    let bits = 0;
    for (const role of roles.trim().split(/\s+/)) {
      const bit = NOUN_ROLE[role as NounRole];
      if (bit === undefined) throw new Error(`de/nouns.ts: unknown role "${role}"`);
      bits |= bit;
    }
    if (bits & NOUN_ROLE.source) bits |= NOUN_ROLE.document;
    for (const form of forms.trim().split(/\s+/)) map.set(form.toLowerCase(), (map.get(form.toLowerCase()) ?? 0) | bits);
  }
  return map;
})();

/**
 * The roles of a lower-case word form: those of the form itself and the compound roles of every
 * form it ends in after at least three letters. Computed once per form (words.ts), never per token.
 */
export function nounRoles(lower: string): number {
  let bits = FORM_ROLES.get(lower) ?? 0;
  for (let k = 3; k < lower.length - 2; k++) bits |= (FORM_ROLES.get(lower.slice(k)) ?? 0) & TAIL_ROLES;
  return bits;
}
