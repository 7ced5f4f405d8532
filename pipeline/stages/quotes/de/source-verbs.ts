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
 * verbs (speech-verbs.ts) count as well and are not repeated here. A cue of a quote never
 * comes from this list.
 *
 * Format: one verb a line, `particle|base` for separable verbs, then the forms of the base
 * verb a narrated news sentence uses (3rd person present and preterite, singular and plural,
 * participle). Forms with the particle joined ("festgenommen", "einleitete") are built from
 * them; a split form ("nahm … fest") counts when the particle stands later in the clause.
 * `+word` after the verb: the verb counts only with one of these words in its clause (a
 * support verb of speech: "brachte seine Sorge zum Ausdruck").
 * Hand-written for wortlaut.
 */
export const SOURCE_VERB_LINES = `
# investigation, prosecution, police and court action
ermitteln: ermittelt ermitteln ermittelte ermittelten ermittelt
untersuchen: untersucht untersuchen untersuchte untersuchten untersucht
prüfen: prüft prüfen prüfte prüften geprüft
über|prüfen: prüft prüfen prüfte prüften prüft
an|klagen: klagt klagen klagte klagten geklagt
erheben: erhebt erheben erhob erhoben erhoben
verdächtigen: verdächtigt verdächtigen verdächtigte verdächtigten verdächtigt
beschuldigen: beschuldigt beschuldigen beschuldigte beschuldigten beschuldigt
fest|nehmen: nimmt nehmen nahm nahmen genommen
verhaften: verhaftet verhaften verhaftete verhafteten verhaftet
durchsuchen: durchsucht durchsuchen durchsuchte durchsuchten durchsucht
beschlagnahmen: beschlagnahmt beschlagnahmen beschlagnahmte beschlagnahmten beschlagnahmt
sicher|stellen: stellt stellen stellte stellten gestellt
fahnden: fahndet fahnden fahndete fahndeten gefahndet
ein|leiten: leitet leiten leitete leiteten geleitet
entdecken: entdeckt entdecken entdeckte entdeckten entdeckt
identifizieren: identifiziert identifizieren identifizierte identifizierten identifiziert
obduzieren: obduziert obduzieren obduzierte obduzierten obduziert
nach|weisen: weist weisen wies wiesen gewiesen
verurteilen: verurteilt verurteilen verurteilte verurteilten verurteilt
frei|sprechen: spricht sprechen sprach sprachen gesprochen
erlassen: erlässt erlassen erließ erließen erlassen
an|ordnen: ordnet ordnen ordnete ordneten geordnet
# publication and record
veröffentlichen: veröffentlicht veröffentlichen veröffentlichte veröffentlichten veröffentlicht
publizieren: publiziert publizieren publizierte publizierten publiziert
heraus|geben: gibt geben gab gaben gegeben
vor|legen: legt legen legte legten gelegt
vor|stellen: stellt stellen stellte stellten gestellt
präsentieren: präsentiert präsentieren präsentierte präsentierten präsentiert
verbreiten: verbreitet verbreiten verbreitete verbreiteten verbreitet
dokumentieren: dokumentiert dokumentieren dokumentierte dokumentierten dokumentiert
auf|listen: listet listen listete listeten gelistet
auf|führen: führt führen führte führten geführt
aus|weisen: weist weisen wies wiesen gewiesen
beziffern: beziffert beziffern bezifferte bezifferten beziffert
registrieren: registriert registrieren registrierte registrierten registriert
verzeichnen: verzeichnet verzeichnen verzeichnete verzeichneten verzeichnet
# assessment and cognition
sehen: sieht sehen sah sahen gesehen
halten: hält halten hielt hielten gehalten
schätzen: schätzt schätzen schätzte schätzten geschätzt
ein|schätzen: schätzt schätzen schätzte schätzten geschätzt
bewerten: bewertet bewerten bewertete bewerteten bewertet
beurteilen: beurteilt beurteilen beurteilte beurteilten beurteilt
werten: wertet werten wertete werteten gewertet
ein|stufen: stuft stufen stufte stuften gestuft
rechnen: rechnet rechnen rechnete rechneten gerechnet
erwarten: erwartet erwarten erwartete erwarteten erwartet
zweifeln: zweifelt zweifeln zweifelte zweifelten gezweifelt
definieren: definiert definieren definierte definierten definiert
# speech by a support verb
bringen +ausdruck +sprache +gespräch +umlauf: bringt bringen brachte brachten gebracht
übernehmen +verantwortung: übernimmt übernehmen übernahm übernahmen übernommen
herunter|spielen: spielt spielen spielte spielten gespielt
# decision and intention
beschließen: beschließt beschließen beschloss beschlossen beschlossen
entscheiden: entscheidet entscheiden entschied entschieden entschieden
fest|legen: legt legen legte legten gelegt
planen: plant planen plante planten geplant
an|streben: strebt streben strebte strebten gestrebt
beabsichtigen: beabsichtigt beabsichtigen beabsichtigte beabsichtigten beabsichtigt
verabschieden: verabschiedet verabschieden verabschiedete verabschiedeten verabschiedet
billigen: billigt billigen billigte billigten gebilligt
genehmigen: genehmigt genehmigen genehmigte genehmigten genehmigt
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
stammen: stammt stammen stammte stammten gestammt
liegen: liegt liegen lag lagen gelegen
befinden: befindet befinden befand befanden befunden
leben: lebt leben lebte lebten gelebt
wohnen: wohnt wohnen wohnte wohnten gewohnt
gehören: gehört gehören gehörte gehörten gehört
scheinen: scheint scheinen schien schienen geschienen
# possession and transfer
bringen: bringt bringen brachte brachten gebracht
erhalten: erhält erhalten erhielt erhielten erhalten
bekommen: bekommt bekommen bekam bekamen bekommen
übernehmen: übernimmt übernehmen übernahm übernahmen übernommen
kaufen: kauft kaufen kaufte kauften gekauft
verkaufen: verkauft verkaufen verkaufte verkauften verkauft
spielen: spielt spielen spielte spielten gespielt
# motion and events that befall the subject
kommen: kommt kommen kam kamen gekommen
sterben: stirbt sterben starb starben gestorben
fliehen: flieht fliehen floh flohen geflohen
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
