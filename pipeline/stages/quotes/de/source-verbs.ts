/**
 * Verbs that make the subject of a narrated sentence a *source* for the reported speech that
 * follows without a cue of its own: what an authority, a court, a medium or an expert finds,
 * publishes, assesses or decides is what the next Konjunktiv sentence reports ("Die Polizei
 * nahm zwei Männer fest. Sie sollen …", "Das Institut sieht keine Gefahr. Lediglich Landwirte
 * seien …"). The subject of an event, motion or state ("Alle Opfer stammen aus dem Ort",
 * "Später brachten ihn Angehörige in eine Klinik", "Die Firma hatte den Zulieferer
 * übernommen") is what the report is about, not who reports it.
 *
 * Scope: only the narrated sentence's subject as the *source in view* (extract.ts); speech
 * verbs (speech-verbs.ts) count as well without being listed here. Some verbs stand in both
 * files because the two ask different things of them: as a speech verb "halten" cues speech
 * only with "möglich", "richtig" …, while here any "hält" makes its subject a source in view;
 * "bringen" and "kommen" are listed below as non-sources, and as speech verbs only with
 * "Ausdruck", "Schluss" …. Each file keeps its own line, and the generated table its own
 * forms. A cue of a quote never comes from this list.
 *
 * Format: one verb a line, `particle|base` for separable verbs ("fest|nehmen": the particle
 * stands at the clause end in a main clause), a plain lemma otherwise — also for a verb with an
 * inseparable reading ("überprüfen", "übernehmen": only its joined forms count). `+word`
 * after the verb: the verb counts only with one of these words in its clause (a support verb
 * of speech: "brachte seine Sorge zum Ausdruck"). `#` starts a comment line. The lines name
 * no forms: scripts/build-lexicon.ts generates them into LISTED_FORMS of
 * ./verb-forms.generated.ts, as it does for the speech verbs — 3rd person present,
 * preterite, Konjunktiv I and II, singular and plural, and the participle, spelled both
 * before and after the 1996 reform ("beschloß", "beschloss"). For a separable verb, a split
 * form ("nahm … fest") counts when the particle stands later in the clause; the joined forms
 * ("festnahm", "festgenommen") count alone. After editing a line, rerun
 * `npx tsx scripts/build-lexicon.ts` and commit the regenerated table.
 * The choice of verbs is hand-written for wortlaut.
 */
export const SOURCE_VERB_LINES = `
# investigation, prosecution, police and court action
ermitteln
untersuchen
prüfen
überprüfen
an|klagen
erheben
verdächtigen
beschuldigen
fest|nehmen
verhaften
durchsuchen
beschlagnahmen
sicher|stellen
fahnden
ein|leiten
entdecken
identifizieren
obduzieren
nach|weisen
verurteilen
frei|sprechen
erlassen
an|ordnen
# publication and record
veröffentlichen
publizieren
heraus|geben
vor|legen
vor|stellen
präsentieren
verbreiten
dokumentieren
auf|listen
auf|führen
aus|weisen
beziffern
registrieren
verzeichnen
# assessment and cognition
sehen
halten
schätzen
ein|schätzen
bewerten
beurteilen
werten
ein|stufen
rechnen
erwarten
zweifeln
definieren
# speech by a support verb
bringen +ausdruck +sprache +gespräch +umlauf
übernehmen +verantwortung
herunter|spielen
# decision and intention
beschließen
entscheiden
fest|legen
planen
an|streben
beabsichtigen
verabschieden
billigen
genehmigen
`;

/**
 * Verbs of state, origin, possession, transfer and motion: a narrated sentence built on one of
 * them and on no verb of `SOURCE_VERB_LINES` tells what happened to its subject or where it
 * is ("Alle Opfer stammen aus dem Ort", "Später brachten ihn Angehörige in eine Klinik", "Die
 * Firma hatte den Zulieferer übernommen", "Die Sportlerin war mit einer Freundin
 * unterwegs"), so the subject does not become the source of the reported speech after it.
 * Sentences with verbs in neither list keep their subject as the source in view. Same format.
 */
export const NON_SOURCE_VERB_LINES = `
# state, origin, location (the copula only with a location or state after it: see extract.ts)
stammen
liegen
befinden
leben
wohnen
gehören
scheinen
# possession and transfer
bringen
erhalten
bekommen
übernehmen
kaufen
verkaufen
spielen
# motion and events that befall the subject
kommen
sterben
fliehen
`;

/**
 * Generated forms of the two lists above to leave out (scripts/build-lexicon.ts), one a word
 * or several a line, with the reason as a `#` comment. A form belongs here when it is, in
 * lower case, mostly something else — another verb's form, an adjective, a particle — and
 * so would make or unmake a source on its own (nouns are capitalised and never read as
 * verbs here). None so far: the forms the generator added to the former hand lists are
 * Konjunktiv II forms ("sähe", "nähme … fest", "käme") and Konjunktiv I forms in -e
 * ("halte", "erwarte", equal to the 1st person present); those that are also other words ("weise", "stelle", "liste",
 * "gebe") count only with their particle later in the clause ("weist … nach"), and the
 * adjectives "weise", "werte" hardly stand in a narrated sentence with a subject.
 */
export const LISTED_VERB_EXCLUDED = `
`;

/**
 * Predicative adjectives of attitude that make a copula clause an assessment by its subject
 * ("Der Präsident ist besorgt.", "Die Gewerkschaft zeigte sich zufrieden."): the holder of the
 * attitude is a source as a verb of assessment makes it. Lower case. Hand-written for wortlaut.
 */
export const ATTITUDE_ADJECTIVES = new Set([
  'besorgt', 'zufrieden', 'unzufrieden', 'überzeugt', 'zuversichtlich', 'optimistisch', 'pessimistisch',
  'skeptisch', 'enttäuscht', 'empört', 'erleichtert', 'alarmiert', 'beunruhigt', 'entsetzt', 'bestürzt',
  'schockiert', 'überrascht', 'verärgert', 'zurückhaltend', 'sicher', 'einig', 'uneinig', 'gelassen',
]);

/**
 * Verbs of reporting by which a sentence after cue-less reported speech names where that
 * speech comes from ("… seien Gebäude beschädigt worden. Spiegel Online berichtet vom Einsturz
 * …"): only with the medium or referent opening the sentence and the verb in the present or
 * perfect (extract.ts). Lemmas as in speech-verbs.ts. Hand-written for wortlaut.
 */
export const REPORTING_VERB_LEMMAS = new Set(['berichten', 'melden', 'vermelden', 'schreiben']);
/** Speech verbs whose "von" names the topic, not the agent: "Von Betrug wird gesprochen". Lemmas as in speech-verbs.ts. */
export const VON_TOPIC_LEMMAS = new Set(['sprechen', 'reden', 'erzählen', 'schwärmen', 'träumen', 'abraten']);
/** Cue lemmas that name nobody who speaks ("Es wurde bekannt, dass …"): the source is a document, if any. */
export const IMPERSONAL_LEMMAS = new Set(['bekanntwerden']);
