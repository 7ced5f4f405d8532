/**
 * Table tests for the quotes stage: German news-like sentences written for wortlaut, one or
 * more per pattern (GERMAN.md, "Quotes and speakers"), including negative cases. Each row
 * lists every quote the text must yield: type, content, and (where given) speaker and cue.
 * The stage runs without the language stage so that short test texts are not skipped.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../pipeline/index.js';
import { findCues } from '../pipeline/stages/quotes/cues.js';
import { pairQuotes } from '../pipeline/stages/quotes/marks.js';
import { speakerOf } from '../pipeline/stages/quotes/speaker.js';
import { buildSentenceWords } from '../pipeline/stages/quotes/words.js';

const pipeline = createPipeline({ stages: ['sentences', 'tokens', 'entities', 'quotes'] });

interface Expected {
  type: 'direct' | 'partial' | 'indirect';
  text: string;
  speaker?: string | null;
  cue?: string | null;
}

function quotesOf(text: string) {
  const doc = pipeline.process({ id: 't', text, meta: {} });
  return (doc.layers.quotes ?? []).map((q) => ({
    type: q.type,
    text: text.slice(q.span.start, q.span.end),
    // the speaker as the text names it near the cue (names are resolved by the entities stage)
    speaker: q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : q.speaker.name,
    cue: q.cue?.lemma ?? null,
    parts: q.parts,
    id: q.id,
  }));
}

const D = (text: string, speaker?: string | null, cue?: string | null): Expected => ({ type: 'direct', text, speaker, cue });
const P = (text: string, speaker?: string | null, cue?: string | null): Expected => ({ type: 'partial', text, speaker, cue });
const I = (text: string, speaker?: string | null, cue?: string | null): Expected => ({ type: 'indirect', text, speaker, cue });

const CASES: Array<[string, string, Expected[]]> = [
  // --- Direct quotes, speaker after the quote
  ['„…“, sagte X', '„Das ist inakzeptabel“, sagte Ministerin Anna Berg am Montag.', [D('Das ist inakzeptabel', 'Ministerin Anna Berg', 'sagen')]],
  ['„…“, betonte X', '„Wir bleiben standhaft“, betonte der Parteichef in Hamburg.', [D('Wir bleiben standhaft', 'der Parteichef', 'betonen')]],
  ['„…“, erklärte das Ministerium', '„Die Versorgung ist gesichert“, erklärte das Ministerium.', [D('Die Versorgung ist gesichert', 'das Ministerium', 'erklären')]],
  ['„…“, warnte X', '„Die Lage kann jederzeit kippen“, warnte ein Sprecher der Vereinten Nationen.', [D('Die Lage kann jederzeit kippen', 'ein Sprecher der Vereinten Nationen', 'warnen')]],
  ['„…“, sagte er (pronoun)', 'Der Pilot landete sicher. „Ich hatte keine Angst“, sagte er später.', [D('Ich hatte keine Angst', 'er', 'sagen')]],
  ['„…?“, fragte sie', '„Wann endet das?“, fragte eine Anwohnerin. Niemand wusste eine Antwort.', [D('Wann endet das?', 'eine Anwohnerin', 'fragen')]],
  ['„…!“, rief X', '„Haut ab!“, rief ein Demonstrant den Polizisten zu.', [D('Haut ab!', 'ein Demonstrant', 'rufen')]],
  ['„…“, so X', '„Das war knapp“, so der Kapitän nach dem Spiel.', [D('Das war knapp', 'der Kapitän', 'so')]],
  ['„…“, teilte X mit', '„Der Streik ist beendet“, teilte die Gewerkschaft mit.', [D('Der Streik ist beendet', 'die Gewerkschaft', 'mitteilen')]],
  ['„…“, räumte X ein', '„Wir haben Fehler gemacht“, räumte der Vorstandschef ein.', [D('Wir haben Fehler gemacht', 'der Vorstandschef', 'einräumen')]],
  ['„…“, gab X zu bedenken', '„Das kostet Zeit“, gab die Ökonomin zu bedenken.', [D('Das kostet Zeit', 'die Ökonomin', 'zu bedenken geben')]],
  ['„…“, hieß es', '„Wir prüfen alle Optionen“, hieß es aus dem Kanzleramt.', [D('Wir prüfen alle Optionen', 'dem Kanzleramt', 'heißen')]],

  // --- Direct quotes, speaker first, colon
  ['X betonte: „…“', 'Die Kanzlerin betonte: „Wir stehen an der Seite der Partner.“ Danach reiste sie ab.', [D('Wir stehen an der Seite der Partner.', 'Die Kanzlerin', 'betonen')]],
  ['X sagte im Interview: „…“', 'Der Minister sagte im Interview mit dem Rundfunk: „Die Reform kommt.“', [D('Die Reform kommt.', 'Der Minister', 'sagen')]],
  ['apposition before the verb', 'Fedor Wojtolowskij, Direktor des Instituts für Weltwirtschaft, erklärte: „Es geht um Einfluss.“', [D('Es geht um Einfluss.', 'Fedor Wojtolowskij', 'erklären')]],
  ['relative clause before the verb', 'Die Richterin, die den Fall seit Jahren kennt, sagte: „Das Urteil ist endgültig.“', [D('Das Urteil ist endgültig.', 'Die Richterin', 'sagen')]],
  ['adverbial first, subject after verb', 'Am Montag erklärte der Sprecher der Stadt: „Die Schule bleibt geschlossen.“', [D('Die Schule bleibt geschlossen.', 'der Sprecher der Stadt', 'erklären')]],
  ['NP + colon without verb', 'Ein Beamter der Nationalpolizei: „Hier weiß jeder, wer die Täter sind.“', [D('Hier weiß jeder, wer die Täter sind.', 'Ein Beamter der Nationalpolizei', null)]],
  ['adverb first, subject after the verb, colon without a speech verb', 'Hier sparte der Bundespräsident Horst Köhler auch nicht mit Kritik: „Jeder muss seinen Beitrag leisten.“', [D('Jeder muss seinen Beitrag leisten.', 'der Bundespräsident Horst Köhler', null)]],
  ['object first, name after the verb, colon', 'Jede Mitverantwortung für die Affäre weist Bezirkschef Hartmann von sich: „Das muss der Vorsitzende tragen.“', [D('Das muss der Vorsitzende tragen.', 'Bezirkschef Hartmann', null)]],
  ['„Und:“ continues the speaker', 'Der Preisträger Al Gore äußerte sich knapp: „Die Nachricht ist einfach.“ Und: „Die Gefahren sind real.“', [D('Die Nachricht ist einfach.', 'Der Preisträger Al Gore', 'äußern'), D('Die Gefahren sind real.', 'Der Preisträger Al Gore', null)]],
  ['formulierte es so:', 'Ein hochrangiger NATO-Vertreter formulierte es so: „Reden ist nicht Verhandeln.“', [D('Reden ist nicht Verhandeln.', 'Ein hochrangiger NATO-Vertreter', 'formulieren')]],
  ['bringt es auf den Punkt:', 'Ein Diplomat bringt es auf den Punkt: „Moskau will Zeit gewinnen.“', [D('Moskau will Zeit gewinnen.', 'Ein Diplomat', 'bringen')]],
  ['zitierte Y mit den Worten', 'Die Zeitung zitierte den Minister mit den Worten: „Wir halten Kurs.“', [D('Wir halten Kurs.', 'den Minister', 'zitieren')]],
  ['und betonte zugleich:', 'Der Gesandte sprach von Fortschritten und betonte zugleich: „Ein Beitritt ist ausgeschlossen.“', [D('Ein Beitritt ist ausgeschlossen.', 'Der Gesandte', 'betonen')]],

  // --- Quote styles
  ['»…« guillemets', 'Der Bürgermeister sagte: »Die Brücke wird im Mai eröffnet.« Die Bauarbeiten laufen seit zwei Jahren.', [D('Die Brücke wird im Mai eröffnet.', 'Der Bürgermeister', 'sagen')]],
  ['«…» Swiss', '«Wir haben keine Wahl», erklärte die Bundesrätin in Bern.', [D('Wir haben keine Wahl', 'die Bundesrätin', 'erklären')]],
  ['"…" straight', '"Die Lage ist ernst", warnte der Feuerwehrkommandant. Die Straße bleibt gesperrt.', [D('Die Lage ist ernst', 'der Feuerwehrkommandant', 'warnen')]],
  ['“…” English', '“Der Streik ist beendet”, teilte die Gewerkschaft am Abend mit.', [D('Der Streik ist beendet', 'die Gewerkschaft', 'mitteilen')]],
  [",,…'' OCR", "Der Trainer sagte: ,,Wir haben verdient gewonnen.'' Die Fans feierten.", [D('Wir haben verdient gewonnen.', 'Der Trainer', 'sagen')]],
  ['„…" mixed', '„Wir verhandeln weiter", sagte ein Sprecher des Konzerns.', [D('Wir verhandeln weiter', 'ein Sprecher des Konzerns', 'sagen')]],
  ['„…” mixed', '„Wir verhandeln weiter”, sagte eine Sprecherin.', [D('Wir verhandeln weiter', 'eine Sprecherin', 'sagen')]],
  ['„ with a space (tokenised text)', '„ Die Preise steigen weiter .“ , sagte der Analyst .', [D('Die Preise steigen weiter .', 'der Analyst', 'sagen')]],
  ['‹…› single guillemets as quote', 'Der Anwalt sagte: ‹Mein Mandant schweigt.›', [D('Mein Mandant schweigt.', 'Der Anwalt', 'sagen')]],

  // --- Nested, multi-sentence, paragraphs, interrupted
  ['nested ‚…‘', 'Der Anwalt sagte: „Mein Mandant hat nie ‚Verräter‘ gerufen.“', [D('Mein Mandant hat nie ‚Verräter‘ gerufen.', 'Der Anwalt', 'sagen')]],
  ['nested »…« in „…“', '„Er nannte es »Unsinn«, und dabei bleibt es“, sagte die Sprecherin.', [D('Er nannte es »Unsinn«, und dabei bleibt es', 'die Sprecherin', 'sagen')]],
  ['multi-sentence', '„Die Zahlen sind schlecht. Wir müssen sparen. Entlassungen schließen wir aber aus“, sagte die Finanzchefin.', [D('Die Zahlen sind schlecht. Wir müssen sparen. Entlassungen schließen wir aber aus', 'die Finanzchefin', 'sagen')]],
  ['over paragraphs', 'Die Ministerin sagte: „Wir haben lange verhandelt.\n„Am Ende stand ein Kompromiss.“\nDie Opposition kritisierte das.', [D('Wir haben lange verhandelt.\n„Am Ende stand ein Kompromiss.', 'Die Ministerin', 'sagen')]],
  ['interrupted', '„Wir sind bereit“, sagte er, „aber nicht um jeden Preis.“', [D('Wir sind bereit', 'er', 'sagen'), D('aber nicht um jeden Preis.', 'er', 'sagen')]],
  ['interrupted, full name', '„Die Tür ist offen“, sagte Außenministerin Eva Lang, „doch wir gehen nicht hindurch.“', [D('Die Tür ist offen', 'Außenministerin Eva Lang', 'sagen'), D('doch wir gehen nicht hindurch.', 'Außenministerin Eva Lang', 'sagen')]],
  ['follow-up quote keeps the speaker', 'Der Trainer war zufrieden. „Wir haben gekämpft“, sagte er. „Jetzt wird gefeiert.“', [D('Wir haben gekämpft', 'er', 'sagen'), D('Jetzt wird gefeiert.', 'er', null)]],

  // --- Partial quotes
  ['nannte … „…“', 'Der Oppositionsführer nannte den Plan „völlig unrealistisch“.', [P('völlig unrealistisch', 'Der Oppositionsführer', 'nennen')]],
  ['sprach von einem „…“', 'Die Polizei sprach von einem „gezielten Angriff“ auf die Wache.', [P('gezielten Angriff', 'Die Polizei', 'sprechen')]],
  ['bezeichnete … als „…“', 'Der Verband bezeichnete die Reform als „Mogelpackung“.', [P('Mogelpackung', 'Der Verband', 'bezeichnen')]],
  ['als „…“ abtun', 'Der Senator tat die Kritik als „Wahlkampfgetöse“ ab.', [P('Wahlkampfgetöse', 'Der Senator', 'abtun')]],
  ['kündigte … an, um den „…“', 'Gegenüber CNN kündigte er weitere Gespräche an, um den „erreichten Fortschritt“ abzusichern.', [P('erreichten Fortschritt', 'er', 'ankündigen')]],
  ['relative clause, then sprach von', 'Dmitrijew, der in Washington Witkoff traf, sprach dennoch von einem „positiven Ergebnis“.', [P('positiven Ergebnis', 'Dmitrijew', 'sprechen')]],
  ['coordinated verb, object after verb', 'Er sprach von Referenden und bezeichnete europäische Staaten abfällig als „posierende Akteure“.', [P('posierende Akteure', 'Er', 'bezeichnen')]],

  ['als „…“ zurückweisen (label with a speech verb)', 'Die Justizministerin wies den Vorwurf am Rande einer Tagung als „Unverschämtheit“ zurück.', [P('Unverschämtheit', 'Die Justizministerin', 'zurückweisen')]],
  ['als „…“ bezeichnet (passive, one word, lower case)', 'Von der Polizei werden die Absperrungen als „angemessen“ bezeichnet.', [P('angemessen', 'der Polizei', 'bezeichnen')]],
  ['Parolen wie „…“ oder „…“', 'Die Demonstranten skandierten Parolen wie „Hände weg vom Tarifvertrag“ oder „Wir sind keine Bittsteller“.', [P('Hände weg vom Tarifvertrag', 'Die Demonstranten', 'skandieren'), P('Wir sind keine Bittsteller', 'Die Demonstranten', 'skandieren')]],
  ['mit der Aufschrift „…“', 'Einige Bauern trugen Schilder mit der Aufschrift „Ohne uns kein Brot“ vor sich her.', [P('Ohne uns kein Brot', 'Einige Bauern', null)]],
  ['relative pronoun is the speaker as written', 'Der Bischof, der die Reform zunächst als „Irrweg“ bezeichnete, lenkte später ein.', [P('Irrweg', 'der', 'bezeichnen')]],
  ['relative der + dative der', 'Anwesend war auch der frühere Minister, der der Regierung vorwarf, die Häftlinge schlecht zu behandeln.', [I('die Häftlinge schlecht zu behandeln', 'der', 'vorwerfen')]],
  ['relative die + nominative der: the phrase after it is the subject', 'Das ist die Reform, die der Minister am Montag als „Meilenstein“ bezeichnete.', [P('Meilenstein', 'der Minister', 'bezeichnen')]],
  ['als „…“ without a speech verb is a name', 'Die Stadt wurde als „Hauptstadt der Musik“ ausgezeichnet.', []],
  ['bekannt als „…“ is a name', 'Der Unbekannte ist nur als „Der Rosenkavalier“ bekannt.', []],
  ['für X ist … „…“: the holder of the judgement', 'Für den Gesundheitsminister Karl Berg ist die Lage in der Stadt „alarmierend“.', [P('alarmierend', 'den Gesundheitsminister Karl Berg', null)]],
  ['… war für X „…“', 'Die Verschiebung war für die Lehrerverbände in Niedersachsen „Wortbruch und Vertrauensmissbrauch“.', [P('Wortbruch und Vertrauensmissbrauch', 'die Lehrerverbände', null)]],
  ['uncued evaluative phrase → partial of the subject', 'Meteorologen rechnen jedoch mit „sehr ergiebigen Niederschlägen“ am Wochenende.', [P('sehr ergiebigen Niederschlägen', 'Meteorologen', null)]],
  ['Als Antwort … sagte X: (als in a main clause)', 'Als Antwort auf den Brief sagte ein Sprecher der Regierung: „Wir prüfen das.“', [D('Wir prüfen das.', 'ein Sprecher der Regierung', 'sagen')]],
  ['X, der …, begründete … damit, dass', 'Der Sender, der für den Vertrag verantwortlich ist, begründete die Einblendungen damit, dass Daten genutzt würden.', [I('dass Daten genutzt würden', 'Der Sender', 'begründen')]],
  ['Seiner Meinung nach', 'Seiner Meinung nach hätte die Aufsicht die Landung verbieten müssen.', [I('hätte die Aufsicht die Landung verbieten müssen', 'Seiner Meinung', 'nach')]],
  ['In dem Antrag heißt es:', 'In dem Antrag heißt es wörtlich: „Die Einstufung ist aufzuheben.“', [D('Die Einstufung ist aufzuheben.', 'dem Antrag', 'heißen')]],
  ['„…“, so X wörtlich', '„Das reicht bis in die Büros“, so Guttenberg wörtlich.', [D('Das reicht bis in die Büros', 'Guttenberg', 'so')]],
  ['name particle zu', '„Wir bleiben dabei“, sagte Karl-Theodor zu Guttenberg am Abend.', [D('Wir bleiben dabei', 'Karl-Theodor zu Guttenberg', 'sagen')]],
  ['name particle ten inside a name: the quote after "laut X" starts after the whole name', 'Laut Trainer Erik ten Hag sei die Mannschaft nach der langen Saison müde.', [I('sei die Mannschaft nach der langen Saison müde', 'Trainer Erik ten Hag', 'laut')]],

  ['partitive speaker „Einer der …“', 'Einer der beteiligten Feuerwehrmänner sagte: „So etwas habe ich noch nie gesehen.“', [D('So etwas habe ich noch nie gesehen.', 'Einer der beteiligten Feuerwehrmänner', 'sagen')]],
  ['object first, der-subject after the verb', 'Die neue Regel stellte der Parteichef ebenfalls in Frage: „Das funktioniert nicht.“', [D('Das funktioniert nicht.', 'der Parteichef', 'in frage stellen')]],
  ['… und fügte hinzu:', 'Er sagte, Europa brauche die Briten, und fügte hinzu: „Ohne sie geht es nicht.“', [I('Europa brauche die Briten', 'Er', 'sagen'), D('Ohne sie geht es nicht.', 'Er', 'hinzufügen')]],
  ['web source as speaker', 'Wie t-online.de berichtet, ist der Trailer im Netz aufgetaucht.', [I('ist der Trailer im Netz aufgetaucht', 't-online.de', 'berichten')]],
  ['wie es … hieß', 'Das Unternehmen bekomme, wie es auf einer Pressekonferenz hieß, vier Millionen Euro.', [I('Das Unternehmen bekomme, wie es auf einer Pressekonferenz hieß, vier Millionen Euro', 'einer Pressekonferenz', 'heißen')]],
  // --- Speaker phrase: adverbial or object first, referent after the verb; wie + apposition
  ['adjective first, name after the verb', 'Besorgt äußerte sich Generalsekretär Kofi Annan über die Lage, die Gewalt nehme zu.', [I('die Gewalt nehme zu', 'Generalsekretär Kofi Annan', 'äußern')]],
  ['adverbial phrase first, surname after the verb', 'Des Weiteren verwies Finanzminister Peer Steinbrück darauf, dass die Neuverschuldung sinke.', [I('dass die Neuverschuldung sinke', 'Finanzminister Peer Steinbrück', 'verweisen')]],
  ['demonstrative object first', 'Das erklärte General Winai Phattiyakul am Montag in Bangkok, die Wahl finde im Herbst statt.', [I('die Wahl finde im Herbst statt', 'General Winai Phattiyakul', 'erklären')]],
  ['subject first even when only the dative after the verb is a known name', 'Die Botschaft in Riad teilte dem Fernsehsender CNN mit, die Lage sei ruhig.', [I('die Lage sei ruhig', 'Die Botschaft in Riad', 'mitteilen')]],
  ['fronted prepositional phrase with a relative clause, verb, subject after it', 'Trotz aller Kritik an den Sendern, die zu wenig berichtet hätten, erklärte die OSZE, die Wahl sei frei gewesen.', [I('die Wahl sei frei gewesen', 'die OSZE', 'erklären')]],
  ['bare surname ending like an adverb (-los) opens the sentence', 'Der Minister Michael Glos war in Berlin. Glos sagte, die Fraktionen müssten einbezogen werden.', [I('die Fraktionen müssten einbezogen werden', 'Glos', 'sagen')]],
  ['demonstrative dieser as subject before the verb', 'Ein Detektiv erstattete Anzeige. Dieser behauptete, dass der Bürgermeister Reisekosten falsch abgerechnet habe.', [I('dass der Bürgermeister Reisekosten falsch abgerechnet habe', 'Dieser', 'behaupten')]],
  ['ordinal dot in a date is no clause end', 'Die Regierung von Guatemala hat am 25. November angekündigt, eine Kommission zu gründen.', [I('eine Kommission zu gründen', 'Die Regierung von Guatemala', 'ankündigen')]],
  ['adverbial with vor, auxiliary, subject, apposition, participle', 'Erst vor zwei Tagen hatte der Investor des Neubaus, Larry Stein, zugesagt, auf weitere Forderungen zu verzichten.', [I('auf weitere Forderungen zu verzichten', 'der Investor des Neubaus', 'zusagen')]],
  ['…, wie X, apposition, mitteilte', 'Der Tank stand unter Druck, wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte.', [I('Der Tank stand unter Druck', 'Burt Rutan', 'mitteilen')]],
  ['Wie X, apposition, erklärte, …', 'Wie die Regierungschefin von Queensland, Anna Bligh, erklärte, habe sie den Zivilschutz alarmiert.', [I('habe sie den Zivilschutz alarmiert', 'die Regierungschefin von Queensland', 'erklären')]],
  ['Dies bestätigte X: the previous sentence is the statement', 'Die Liberalen schließen eine Koalition mit der Linken aus. Dies bestätigte der Parteivorsitzende Jan Moll am Abend.', [I('Die Liberalen schließen eine Koalition mit der Linken aus', 'der Parteivorsitzende Jan Moll', 'bestätigen')]],
  ['Das erklärte X after a cue-less quote', '„Wir lassen niemanden zurück.“ Das erklärte die Bürgermeisterin Ute Kranz am Montag.', [D('Wir lassen niemanden zurück.', 'die Bürgermeisterin Ute Kranz', 'erklären')]],
  ['Das + noun is an article, not a demonstrative attribution', 'Der Staatssekretär war lange im Amt. Das Ministerium erklärte am Montag seinen Rücktritt.', []],
  ['die Forderung nach … is no source', 'Dahinter verbirgt sich die Forderung nach einem Abzug der Truppen.', []],

  ['quoted organisation name as subject', '„Ärzte ohne Grenzen“ kündigten an, die Zahl der Helfer in der Region zu verdoppeln.', [I('die Zahl der Helfer in der Region zu verdoppeln', 'Ärzte ohne Grenzen', 'ankündigen')]],
  ['quoted pseudonym as subject', '„Muslix64“ erwähnte auch, dass er weiteren Code veröffentlichen werde.', [I('dass er weiteren Code veröffentlichen werde', 'Muslix64', 'erwähnen')]],
  // --- Not quotes: scare quotes, titles, names
  ['book title after a verb', 'Er las in der Haft den Roman „Nackt unter Wölfen“ mehrmals.', []],
  ['capitalised title without cue', 'Das Gesetz heißt offiziell „Gesetz zur Änderung des Passgesetzes“ und gilt ab Mai.', []],
  ['sogenannte „…“', 'Der sogenannte „Deal“ wurde nie unterschrieben.', []],
  ['die Sendung „…“', 'Die Sendung „Tagesthemen“ berichtete ausführlich über den Gipfel.', []],
  ['das Etikett „…“', 'Was unter dem Etikett „Friedensgespräche“ läuft, ist ein Machtpoker.', []],
  ['der Begriff „…“', 'Hinter dem Begriff „tieferer Ursachen“ verbirgt sich eine Forderung.', []],
  ['newspaper name', 'Die Zeitung „Neue Rundschau“ erscheint ab Mai nur noch online.', []],
  ['ship name', 'Das Schiff „Alexander von Humboldt“ lief am Morgen aus.', []],
  ['film title with numbers', 'Der Film „Ocean’s 11“ läuft heute Abend im Fernsehen.', []],
  ['headline with scare quote', 'Eine „reale Bedrohung“ für den Kontinent', []],
  ['apostrophes are not quote marks', 'So geht’s nicht weiter mit Trump’s Zollpolitik, meinen viele.', []],

  // --- Indirect speech: Konjunktiv, dass, infinitive
  ['sagte, … seien', 'Der Sprecher sagte, die Gespräche seien konstruktiv gewesen. Das Wetter war schlecht.', [I('die Gespräche seien konstruktiv gewesen', 'Der Sprecher', 'sagen')]],
  ['indicative content after a strong verb', 'Der Trainer sagte, er ist mit der Leistung zufrieden.', [I('er ist mit der Leistung zufrieden', 'Der Trainer', 'sagen')]],
  ['bestätigte, dass', 'Die Ministerin bestätigte, dass die Verhandlungen weitergehen.', [I('dass die Verhandlungen weitergehen', 'Die Ministerin', 'bestätigen')]],
  ['Konjunktiv II hätten', 'Der Gewerkschafter erklärte, die Beschäftigten hätten genug gewartet.', [I('die Beschäftigten hätten genug gewartet', 'Der Gewerkschafter', 'erklären')]],
  ['Konjunktiv II würden', 'Die Händler warnten, die Preise würden weiter steigen.', [I('die Preise würden weiter steigen', 'Die Händler', 'warnen')]],
  ['Konjunktiv I könne', 'Der Arzt erklärte, der Patient könne bald entlassen werden.', [I('der Patient könne bald entlassen werden', 'Der Arzt', 'erklären')]],
  ['Konjunktiv I gebe / liege', 'Die Behörde teilte mit, es gebe keine Hinweise auf ein Verbrechen.', [I('es gebe keine Hinweise auf ein Verbrechen', 'Die Behörde', 'mitteilen')]],
  ['kündigte an, … zu', 'Der Konzern kündigte am Dienstag an, bis zum Jahresende 500 Stellen abzubauen.', [I('bis zum Jahresende 500 Stellen abzubauen', 'Der Konzern', 'ankündigen')]],
  ['forderte … auf, … zu', 'Die Kommission forderte die Staaten auf, mehr Geld bereitzustellen.', [I('mehr Geld bereitzustellen', 'Die Kommission', 'auffordern')]],
  ['wies … zurück, … habe', 'Die Regierung wies die Vorwürfe zurück, sie habe die Öffentlichkeit getäuscht.', [I('sie habe die Öffentlichkeit getäuscht', 'Die Regierung', 'zurückweisen')]],
  ['räumte ein, dass', 'Der Trainer räumte ein, dass die Mannschaft schlecht gespielt habe.', [I('dass die Mannschaft schlecht gespielt habe', 'Der Trainer', 'einräumen')]],
  ['wies darauf hin, dass', 'Die Ärztin wies darauf hin, dass die Impfung freiwillig sei.', [I('dass die Impfung freiwillig sei', 'Die Ärztin', 'hinweisen')]],
  ['geht davon aus, dass', 'Die Polizei geht davon aus, dass der Täter allein handelte.', [I('dass der Täter allein handelte', 'Die Polizei', 'ausgehen')]],
  ['hat angekündigt (perfect)', 'Der Minister hat angekündigt, dass die Steuer sinken werde.', [I('dass die Steuer sinken werde', 'Der Minister', 'ankündigen')]],
  ['hat … gefordert with (party)', 'Dabei hat Staatssekretär Max Berger (Grüne) gefordert, dass Tankstellen Biodiesel anbieten.', [I('dass Tankstellen Biodiesel anbieten', 'Staatssekretär Max Berger (Grüne)', 'fordern')]],
  ['gab bekannt across apposition', 'Jetzt gab der Leiter der Kripo, Andreas Huber, bekannt, dass das Handy gefunden wurde.', [I('dass das Handy gefunden wurde', 'der Leiter der Kripo', 'bekanntgeben')]],
  ['inverted: …, sagte X', 'Die Lage sei unter Kontrolle, sagte ein Polizeisprecher am Abend.', [I('Die Lage sei unter Kontrolle', 'ein Polizeisprecher', 'sagen')]],
  ['interrupted indirect', 'Zwar nehme Moskau die Vorschläge ernst, erklärte er, doch in dieser Form seien sie nicht akzeptabel.', [I('Zwar nehme Moskau die Vorschläge ernst', 'er', 'erklären'), I('doch in dieser Form seien sie nicht akzeptabel', 'er', 'erklären')]],
  ['…, indem er sagte, …: the inner speech verb owns the content', 'Der Präsident widersprach indirekt, indem er sagte, eine engere Zusammenarbeit würde die Achse nicht ersetzen.', [I('eine engere Zusammenarbeit würde die Achse nicht ersetzen', 'er', 'sagen')]],
  ['Dass …, bestätigte X', 'Dass der Vertrag verlängert wird, bestätigte der Verein am Freitag.', [I('Dass der Vertrag verlängert wird', 'der Verein', 'bestätigen')]],
  ['colon + Konjunktiv', 'Der Bericht stellt fest: Die Schulen seien unterfinanziert.', [I('Die Schulen seien unterfinanziert', 'Der Bericht', 'feststellen')]],
  ['zu dem Ergebnis kommen', 'Die Experten kamen zu dem Ergebnis, dass es keine Beweise gebe.', [I('dass es keine Beweise gebe', 'Die Experten', 'kommen')]],
  ['zum Ausdruck bringen', 'Die Gewerkschaft brachte zum Ausdruck, dass sie den Plan ablehne.', [I('dass sie den Plan ablehne', 'Die Gewerkschaft', 'bringen')]],
  ['zur Bedingung machen, and what goes on from it', 'Der Investor machte am Montag zur Bedingung, dass die Stadt das Grundstück erschließt. Andernfalls werde er sich zurückziehen.', [I('dass die Stadt das Grundstück erschließt', 'Der Investor', 'machen'), I('Andernfalls werde er sich zurückziehen', 'Der Investor', null)]],
  ['Stellung nehmen without content makes the source of what follows', '„Wir wollen Taten sehen“, erklärte der Verbandschef Peter Brandt. Am Montag nahm auch der Ministerpräsident zu der Frage Stellung. Jeder Lehrer könne das Konto später einlösen.', [D('Wir wollen Taten sehen', 'der Verbandschef Peter Brandt', 'erklären'), I('Jeder Lehrer könne das Konto später einlösen', 'der Ministerpräsident', null)]],
  ['skandieren + colon', 'Vor dem Rathaus skandierten die Demonstranten: „Weg mit dem Gesetz!“', [D('Weg mit dem Gesetz!', 'die Demonstranten', 'skandieren')]],
  ['a judgement with beurteilen makes its subject the speaker of the quote after it', 'Der Kanzler verteidigte den Beschluss. Als „großen Fehler“ beurteilte der Fraktionschef Jan Horn den Beschluss. „Wir werden dagegen klagen.“', [P('großen Fehler'), D('Wir werden dagegen klagen.', 'der Fraktionschef Jan Horn', null)]],
  ['a technical rating with bewerten is no speech act', 'Die Werte werden von der Behörde als unbedenklich bewertet und gelten nicht als „Gefahr“.', []],
  ['machen, bringen, nehmen without their companion noun are no speech acts', 'Der Vorstand machte am Montag Druck. Die Zahlen sollen bis zum Herbst steigen. Die Spedition brachte die Waren zum Hafen. Der Minister nahm im Saal Platz. Die Sitzung soll bis zum Abend dauern.', []],

  ['ist der Meinung, dass', 'Der Verbraucherschützer Jan Horn ist der Meinung, dass die Gebühren zu hoch seien.', [I('dass die Gebühren zu hoch seien', 'Der Verbraucherschützer Jan Horn', 'Meinung')]],
  ['hegt den Verdacht, + Konjunktiv II', 'Die Staatsanwaltschaft hegt den Verdacht, der Bürgermeister könnte Gelder veruntreut haben.', [I('der Bürgermeister könnte Gelder veruntreut haben', 'Die Staatsanwaltschaft', 'Verdacht')]],
  ['opinion noun without content clause', 'Die Ministerin änderte ihre Meinung nach der Anhörung.', []],
  // --- Source cues
  ['laut X', 'Laut Polizei wurden drei Menschen leicht verletzt. Die Ursache ist unklar.', [I('wurden drei Menschen leicht verletzt', 'Polizei', 'laut')]],
  ['laut X mid-sentence', 'Der Beraterkreis soll ihm laut NBC News davon abgeraten haben.', [I('Der Beraterkreis soll ihm laut NBC News davon abgeraten haben', 'NBC News', 'laut')]],
  ['X zufolge', 'Dem Bericht zufolge stieg die Zahl der Anträge um 20 Prozent.', [I('stieg die Zahl der Anträge um 20 Prozent', 'Dem Bericht', 'zufolge')]],
  ['Name zufolge', 'Dmitrijew zufolge zeigten sich die Gesprächspartner respektvoll.', [I('zeigten sich die Gesprächspartner respektvoll', 'Dmitrijew', 'zufolge')]],
  ['nach Angaben von X', 'Nach Angaben der Feuerwehr brach das Feuer im Keller aus.', [I('brach das Feuer im Keller aus', 'Angaben der Feuerwehr', 'nach')]],
  ['nach Polizeiangaben (compound)', 'Nach Polizeiangaben war der Fahrer betrunken.', [I('war der Fahrer betrunken', 'Polizeiangaben', 'nach')]],
  ['nach eigenen Angaben → the source as written (the subject is its referent)', 'Das Unternehmen machte nach eigenen Angaben einen Verlust von zwei Millionen Euro.', [I('Das Unternehmen machte nach eigenen Angaben einen Verlust von zwei Millionen Euro', 'eigenen Angaben', 'nach')]],
  ['wie X mitteilte', 'Wie das Ministerium am Freitag mitteilte, wird die Frist verlängert.', [I('wird die Frist verlängert', 'das Ministerium', 'mitteilen')]],
  ['…, wie X bekannt gab', 'Die Fabrik schließt im Herbst, wie der Betriebsrat bekannt gab.', [I('Die Fabrik schließt im Herbst', 'der Betriebsrat', 'bekanntgeben')]],
  ['…, so X.', 'Die Preise würden weiter steigen, so der Ökonom.', [I('Die Preise würden weiter steigen', 'der Ökonom', 'so')]],
  ['…, so X, … (inserted)', 'Ein Regierungswechsel, so Trump, würde jede Lösung blockieren.', [I('Ein Regierungswechsel, so Trump, würde jede Lösung blockieren', 'Trump', 'so')]],
  ['…, hieß es aus X', 'Die Verhandlungen seien gescheitert, hieß es aus Regierungskreisen.', [I('Die Verhandlungen seien gescheitert', 'Regierungskreisen', 'heißen')]],
  ['Aus X verlautete, … (impersonal verb, source after aus)', 'Der Fonds lehnte weitere Hilfen ab. Aus EU-Kreisen verlautete, dies sei nur Spekulation.', [I('dies sei nur Spekulation', 'EU-Kreisen', 'verlauten')]],
  ['„…“, heißt es auf der Webseite: the web page is the source', '„Der Preis ehrt Menschen, die Mut bewiesen haben“, heißt es auf der Webseite der Stiftung.', [D('Der Preis ehrt Menschen, die Mut bewiesen haben', 'der Webseite der Stiftung', 'heißen')]],
  ['„…“, heißt es in einer gestern verbreiteten Erklärung', '„Ich bitte die Gemeinde um Verzeihung“, heißt es in einer gestern verbreiteten Erklärung.', [D('Ich bitte die Gemeinde um Verzeihung', 'einer gestern verbreiteten Erklärung', 'heißen')]],
  ['In X hatte es geheißen: „…“', 'In einer Erklärung der Außenminister hatte es geheißen: „Es gibt keine militärische Lösung.“', [D('Es gibt keine militärische Lösung.', 'einer Erklärung der Außenminister', 'heißen')]],
  ['a colon after a document place without a cue: the document', 'Derzeit steht in dem Gesetzentwurf noch der Passus: „Die Daten werden nach einem Jahr gelöscht.“', [D('Die Daten werden nach einem Jahr gelöscht.', 'dem Gesetzentwurf', null)]],
  ['a quoted phrase in a document place: the document', 'In einem internen Schreiben an die Belegschaft war von einem „vertrauensvollen und offenen Dialog“ die Rede.', [P('vertrauensvollen und offenen Dialog', 'einem internen Schreiben', null)]],
  ['a colon after a clause that follows an apposition: the subject before the apposition', 'Das Hilfswerk legte Forderungen vor. Der Leiter der Studie, Paulo Pinto, sieht die Verantwortung beim Staat: „Es gilt, ein starkes Signal zu setzen.“', [D('Es gilt, ein starkes Signal zu setzen.', 'Der Leiter der Studie', null)]],
  ['a reported clause before the colon keeps the current speaker, not the document in it', 'Der Kommissar Jan Berg äußerte sich zu den Plänen der Regierung. Die Pflichten der Staaten seien im Vertrag klar festgelegt: „Nationales Recht darf dem Europarecht nicht widersprechen.“', [I('Die Pflichten der Staaten seien im Vertrag klar festgelegt', 'Der Kommissar Jan Berg', null), D('Nationales Recht darf dem Europarecht nicht widersprechen.', 'Der Kommissar Jan Berg', null)]],
  ['a colon after a place that is no document: the subject', 'Im Saal wandte sich der Abgeordnete Paul Kern an die Minister: „Treten Sie zurück!“', [D('Treten Sie zurück!', 'der Abgeordnete Paul Kern', null)]],
  ['Von X hieß es, …: the source after the preposition', 'Von der Polizei hieß es, die Lage sei ruhig.', [I('die Lage sei ruhig', 'der Polizei', 'heißen')]],
  ['Aus X hieß es, … (a place as source)', 'Aus Paris hieß es, das Vorgehen sei eine schwere Verletzung des Abkommens.', [I('das Vorgehen sei eine schwere Verletzung des Abkommens', 'Paris', 'heißen')]],
  ['…, in der es heißt: the document the relative clause belongs to', 'Die Firma veröffentlichte eine Erklärung des Vorstands, in der es heißt, man bedaure den Vorfall.', [I('man bedaure den Vorfall', 'eine Erklärung des Vorstands', 'heißen')]],
  ['…, in der es heißt: „…“: the document, not the publisher', 'Die Firma veröffentlichte eine Erklärung, in der es heißt: „Wir bedauern den Vorfall.“', [D('Wir bedauern den Vorfall.', 'eine Erklärung', 'heißen')]],
  ['a reported passive without agent goes on with the current source', 'Nach Angaben der Forscher seien 60 Kliniken untersucht worden. Es werde geschätzt, dass jährlich tausende Kinder erkranken.', [I('seien 60 Kliniken untersucht worden', 'Angaben der Forscher', 'nach'), I('dass jährlich tausende Kinder erkranken', 'Angaben der Forscher', 'schätzen')]],
  ['a passive with plain sollen right after reported speech continues the source', 'Die Bank gibt in einer Studie an, dass die Überweisungen gestiegen seien. Insbesondere sollen Banken dazu ermutigt werden, Kredite zu vergeben.', [I('dass die Überweisungen gestiegen seien', 'Die Bank', 'angeben'), I('Kredite zu vergeben', 'Die Bank', 'ermutigen')]],
  ['a passive with plain sollen without reported speech before names nobody', 'Die Bank hat eine Studie vorgelegt. Insbesondere sollen Banken dazu ermutigt werden, Kredite zu vergeben.', [I('Kredite zu vergeben', null, 'ermutigen')]],
  ['a narrated passive without agent names nobody', 'Nach Angaben der Forscher seien 60 Kliniken untersucht worden. Es wird geschätzt, dass jährlich tausende Kinder erkranken.', [I('seien 60 Kliniken untersucht worden', 'Angaben der Forscher', 'nach'), I('dass jährlich tausende Kinder erkranken', null, 'schätzen')]],
  ['…, heißt es (no source)', 'Feiern seien nicht vorgesehen, heißt es.', [I('Feiern seien nicht vorgesehen', null, 'heißen')]],
  ['demnach: the adverb as written (the source named before is its referent)', 'Die Polizei veröffentlichte einen Bericht. Demnach war der Fahrer zu schnell.', [I('war der Fahrer zu schnell', 'Demnach', 'demnach')]],
  ['…, wonach …: the relative adverb as written', 'Die Regierung dementierte einen Bericht der Agentur Reuters, wonach der Minister zurücktreten wolle.', [I('der Minister zurücktreten wolle', 'wonach', 'wonach')]],
  ['demnach, nobody named before', 'Demnach war der Fahrer zu schnell.', [I('war der Fahrer zu schnell', 'Demnach', 'demnach')]],
  ['reported speech after demnach continues that source (its referent the statement before)', 'Inzwischen sind schwere Vorwürfe gegen den Trainer bekannt geworden. Demnach hat er Spieler beleidigt. Er habe auch Prämien einbehalten.', [I('hat er Spieler beleidigt', 'Demnach', 'demnach'), I('Er habe auch Prämien einbehalten', 'Demnach', null)]],
  ['nach eigenem Bekunden after an apposition: the subject before it, and the report goes on', '„Ich gehe“, sagte der Bischof. Der ältere Bruder des Bischofs, Georg Maier, war nach eigenem Bekunden seit langem eingeweiht. Der Rücktritt sei ein natürlicher Vorgang.', [D('Ich gehe', 'der Bischof', 'sagen'), I('Der ältere Bruder des Bischofs, Georg Maier, war nach eigenem Bekunden seit langem eingeweiht', 'eigenem Bekunden', 'nach'), I('Der Rücktritt sei ein natürlicher Vorgang', 'eigenem Bekunden', null)]],
  ['demnach with nothing to point back to is no source for what follows', 'Demnach war der Fahrer zu schnell. Er habe nicht gebremst.', [I('war der Fahrer zu schnell', 'Demnach', 'demnach'), I('Er habe nicht gebremst', null, null)]],
  ['a subject pronoun before X zufolge is not part of the source', 'Sie stammen Zeitungsberichten zufolge aus Einwandererfamilien.', [I('Sie stammen Zeitungsberichten zufolge aus Einwandererfamilien', 'Zeitungsberichten', 'zufolge')]],
  ['passive, no speaker', 'Ihm wird vorgeworfen, Gelder veruntreut zu haben.', [I('Gelder veruntreut zu haben', null, 'vorwerfen')]],

  // --- Free indirect: Konjunktiv continuing without a cue
  ['continues over sentences', 'Der Bürgermeister kündigte Einsparungen an. Man werde alle Ausgaben prüfen. Eine Entscheidung falle erst im Mai.', [I('Man werde alle Ausgaben prüfen. Eine Entscheidung falle erst im Mai', 'Der Bürgermeister', null)]],
  ['continues after a direct quote', '„Wir kämpfen weiter“, sagte die Gewerkschafterin. Ein Streik sei nicht ausgeschlossen.', [D('Wir kämpfen weiter', 'die Gewerkschafterin', 'sagen'), I('Ein Streik sei nicht ausgeschlossen', 'die Gewerkschafterin', null)]],
  ['plain sollen continues established reported speech', 'Die Stadt teilte mit, der Park werde saniert. Im Herbst sollen die Arbeiten beginnen.', [I('der Park werde saniert', 'Die Stadt', 'mitteilen'), I('Im Herbst sollen die Arbeiten beginnen', 'Die Stadt', null)]],
  ['reportive sollen after a sentence whose subject is a referent', 'Die Staatsanwaltschaft Köln hat Anklage gegen einen Bankangestellten erhoben. Er soll über Jahre Kundengelder abgezweigt haben.', [I('Er soll über Jahre Kundengelder abgezweigt haben', 'Die Staatsanwaltschaft Köln', null)]],
  ['standalone quote after a narrated sentence naming the speaker', 'Bundesfinanzministerin Eva Roth trat am Dienstag im Bundestag ans Rednerpult.\n„Wir sparen, wo es vertretbar ist, und investieren, wo es nötig ist.“', [D('Wir sparen, wo es vertretbar ist, und investieren, wo es nötig ist.', 'Bundesfinanzministerin Eva Roth', null)]],
  ['a newer subject referent takes over from an older speaker', 'Der Bürgermeister sagte, die Stadt werde sparen. Der Winter war mild. Innenministerin Ute Kranz ist besorgt. Die Lage sei angespannt.', [I('die Stadt werde sparen', 'Der Bürgermeister', 'sagen'), I('Die Lage sei angespannt', 'Innenministerin Ute Kranz', null)]],
  ['plain sollen without reported context is the author’s', 'Die Brücke ist marode. Im Herbst sollen die Arbeiten beginnen.', []],
  ['reportive sollen + perfect', 'Der Verdächtige soll das Geld ins Ausland gebracht haben.', [I('Der Verdächtige soll das Geld ins Ausland gebracht haben', null, null)]],

  // --- Speaker phrases: only what can speak (no adverbs), passives without agent, nested cues
  ['adverb opening the clause: the subject follows the verb', 'Monatelang haben die Verkehrsbetriebe bestritten, dass die Türen unsicher seien.', [I('dass die Türen unsicher seien', 'die Verkehrsbetriebe', 'bestreiten')]],
  ['adverb opening a passive: nobody is named', 'Darüber hinaus wurde beschlossen, eine Kommission nach Brüssel zu entsenden.', [I('eine Kommission nach Brüssel zu entsenden', null, 'beschließen')]],
  ['passive participle without ge-, no agent', 'Im Ausschuss wurde entschieden, die Anhörung zu verschieben.', [I('die Anhörung zu verschieben', null, 'entscheiden')]],
  ['infinitive after werden is no passive', 'Die Minister werden beschließen, eine Kommission nach Brüssel zu entsenden.', [I('eine Kommission nach Brüssel zu entsenden', 'Die Minister', 'beschließen')]],
  ['passive with von-agent names the agent', 'Von der Gewerkschaft wurde verlangt, die Löhne um fünf Prozent zu erhöhen.', [I('die Löhne um fünf Prozent zu erhöhen', 'der Gewerkschaft', 'verlangen')]],
  ['a speech verb inside the content is no new speaker', 'Die Ärztin erklärte, der Patient sei gestürzt, als er nach seiner Frau gerufen habe. Er werde noch einige Tage im Krankenhaus bleiben.', [I('der Patient sei gestürzt, als er nach seiner Frau gerufen habe', 'Die Ärztin', 'erklären'), I('Er werde noch einige Tage im Krankenhaus bleiben', 'Die Ärztin', null)]],
  ['a speech verb in the content of dass keeps the speaker', 'Der Förster sagte, dass das Feuer ausgebrochen sei, nachdem Wanderer um Hilfe gerufen hätten. Die Löscharbeiten dauerten bis zum Abend an.', [I('dass das Feuer ausgebrochen sei, nachdem Wanderer um Hilfe gerufen hätten', 'Der Förster', 'sagen')]],

  ['relative source: Studien, nach denen …', 'Der Verband verwies auf neue Studien, nach denen die Mieten weiter steigen würden.', [I('die Mieten weiter steigen würden', 'denen', 'nach')]],
  ['relative source: …, denen zufolge …', 'Er bezweifelte die Vereinbarkeit mit den Grundsätzen, denen zufolge jeder als unschuldig gelte.', [I('jeder als unschuldig gelte', 'denen', 'zufolge')]],
  ['…, nach denen + a capitalised word: "denen" opens no noun phrase', 'Der Verband verwies auf Studien, nach denen Homöopathie nicht wirke.', [I('Homöopathie nicht wirke', 'denen', 'nach')]],
  ['…, nach denen after a genitive attribute of a document noun', 'Die Kasse verwies auf Studien der Universität Bonn, nach denen die Methode wirksam sei.', [I('die Methode wirksam sei', 'denen', 'nach')]],
  ['…, nach denen after a prepositional attribute of a source noun', 'Er verwies auf Umfragen im Land, nach denen 60 Prozent der Bürger den Plan ablehnen.', [I('60 Prozent der Bürger den Plan ablehnen', 'denen', 'nach')]],
  ['…, nach denen after a noun that is no source is time, not a source (negative)', 'Er nannte die Spiele der Saison, nach denen Trainer entlassen wurden.', []],
  ['gemäß + a norm says what something complies with, no source (negative)', 'Die Zulage wird gemäß der damaligen Regelung gezahlt.', []],
  ['gemäß + a compound norm noun (negative)', 'Alle Meldungen werden gemäß den Strafrechtsbestimmungen geprüft.', []],
  ['gemäß + a paragraph sign (negative)', 'Die Strafe wird gemäß § 132a StGB verhängt.', []],
  ['gemäß + a speaker is a source', 'Gemäß einem Sprecher der Firma ruhen die Arbeiten bis Montag.', [I('ruhen die Arbeiten bis Montag', 'einem Sprecher der Firma', 'gemäß')]],
  ['laut + a norm stays a source', 'Laut Verfassung übernimmt der Parlamentspräsident das Amt.', [I('übernimmt der Parlamentspräsident das Amt', undefined, 'laut')]],
  ['a demand with "sollten" in second place after a directive verb', 'Die Gewerkschaft forderte, die Beiträge sollten binnen eines Tages geprüft werden.', [I('die Beiträge sollten binnen eines Tages geprüft werden', 'Die Gewerkschaft', 'fordern')]],
  ['a demand with "soll" after an inverted directive verb', 'Zudem verlangte die Opposition, Deutschland soll mehr zahlen.', [I('Deutschland soll mehr zahlen', 'die Opposition', 'verlangen')]],
  ['a demand with "sollten" past a relative clause, passive directive verb', 'Von der Regierung wurde gefordert, alle Beiträge, die als Hetze gemeldet wurden, sollten rasch gelöscht werden.', [I('alle Beiträge, die als Hetze gemeldet wurden, sollten rasch gelöscht werden', 'der Regierung', 'fordern')]],
  ['a clause with "sollten" after what was demanded is no demand (negative)', 'Die Gewerkschaft forderte höhere Löhne, die Beschäftigten sollten aber erst im Mai streiken.', []],
  ['an indicative clause without "sollen" after a directive verb is no demand (negative)', 'Die Gewerkschaft forderte, die Beiträge wurden nie geprüft.', []],
  ['"so" before a quoted clause in lower case after a conditional is the correlative, no attribution', 'Der Bürgermeister rief alle Bewohner zur Flucht auf. Kämen sie dem nicht nach, so „schütze sie Gott“.', [P('schütze sie Gott', 'Der Bürgermeister', null)]],
  ['"so" before a quoted name is an attribution', 'Die Lage sei ernst, so „Spiegel Online“.', [I('Die Lage sei ernst', 'Spiegel Online', 'so')]],
  ['a reason clause with a speech verb of its own takes the zu-infinitive after it', 'Ob es zu einer Koalition kommt, ist noch nicht entschieden, da die Partei angekündigt hatte, mit allen Fraktionen verhandeln zu wollen.', [I('mit allen Fraktionen verhandeln zu wollen', 'die Partei', 'ankündigen')]],
  ['a time clause with a speech verb of its own takes the zu-infinitive after it', 'Die Gespräche wurden vertagt, nachdem der Verband gefordert hatte, die Löhne zu erhöhen.', [I('die Löhne zu erhöhen', 'der Verband', 'fordern')]],
  ['a reason clause without a speech verb is skipped on the way to the infinitive (negative)', 'Der Vorstand hat beschlossen, da die Lage ernst ist, die Gespräche zu vertagen.', [I('da die Lage ernst ist, die Gespräche zu vertagen', 'Der Vorstand', 'beschließen')]],
  ['a speech-act noun before the particle of "vorliegen"; "Von X" holds it', 'Von dem Minister selbst liegt lediglich die knappe Äußerung vor, er werde sich später dazu äußern.', [I('er werde sich später dazu äußern', 'dem Minister', 'Äußerung')]],
  ['a speech-act noun before the particle of "abgeben"; the subject holds it', 'Der Verband gab die Erklärung ab, man werde klagen.', [I('man werde klagen', 'Der Verband', 'Erklärung')]],
  ['"vor" with a phrase after the noun is its complement, and a strong verb takes the content (negative)', 'Die Behörde bekräftigte die Warnung vor Anschlägen, die Lage sei ernst.', [I('die Lage sei ernst', 'Die Behörde', 'bekräftigen')]],
  ['"Aussage" is a speech-act noun with a content clause; its genitive holds it', 'Die Aussage des Fahrers, dass die Ampel grün gewesen sei, wurde von Zeugen bestätigt.', [I('dass die Ampel grün gewesen sei', 'des Fahrers', 'Aussage')]],
  ['"Aussage" without a content clause is no cue (negative)', 'Die Aussage des Fahrers wurde von Zeugen bestätigt.', []],
  ['…, nach welchem opens a source clause; the pronoun is the source', 'Die Fraktion will einen Antrag einbringen, nach welchem die Flagge ersetzt werden soll.', [I('die Flagge ersetzt werden soll', 'welchem', 'nach')]],
  ['nach welchem + noun is an interrogative phrase, no source (negative)', 'Unklar ist, nach welchem Verfahren die Flagge ersetzt werden soll.', []],
  ['"Danach" after a sentence naming a document attributes like "Demnach"', 'Das Hilfswerk stellte am Montag eine Studie vor. Danach leiden viele Kinder unter Gewalt.', [I('leiden viele Kinder unter Gewalt', 'Danach', 'danach')]],
  ['"Danach" after a narrated sentence means "afterwards" (negative)', 'Der Zug fuhr um acht Uhr ab. Danach leiden viele Kinder unter Gewalt.', []],
  ['"danach" inside the sentence is no source (negative)', 'Das Hilfswerk stellte am Montag eine Studie vor. Viele Kinder gingen danach nach Hause.', []],
  ['"Zahlen" are a source after "nach"', 'Nach Zahlen des Statistischen Amtes stieg die Arbeitslosigkeit im Mai.', [I('stieg die Arbeitslosigkeit im Mai', 'Zahlen des Statistischen Amtes', 'nach')]],
  ['"Danach" after published figures attributes its clause', 'Die Bank veröffentlichte am Dienstag neue Quartalszahlen. Danach verzeichnet sie hohe Verluste.', [I('verzeichnet sie hohe Verluste', 'Danach', 'danach')]],
  ['"Danach" with a verb of past narration means "afterwards" (negative)', 'Der Minister legte den Bericht vor. Danach beantwortete er Fragen.', []],
  ['"Danach" with a strong preterite means "afterwards" (negative)', 'Die Firma nannte keine Zahlen. Danach ging der Chef nach Hause.', []],
  ['relative source without an adjacent antecedent: …, laut dem …', 'Es liegt ein Gutachten vor, laut dem der Junge schwer misshandelt worden war.', [I('der Junge schwer misshandelt worden war', 'dem', 'laut')]],
  ['an extended participle between determiner and noun belongs to the speaker phrase', 'Die das Unglück überlebende Alice Kamara beschrieb die Fahrt: „Die See war rau.“', [D('Die See war rau.', 'Die das Unglück überlebende Alice Kamara', 'beschreiben')]],
  ['an extended adjective phrase after the inverted verb', 'Am Abend sagte der für die Region zuständige Koordinator, die Lage sei ernst.', [I('die Lage sei ernst', 'der für die Region zuständige Koordinator', 'sagen')]],
  ['a relative clause after a comma is no extended attribute', 'Der Minister, der für die Region zuständig ist, sagte, die Lage sei ernst.', [I('die Lage sei ernst', 'Der Minister', 'sagen')]],
  ['coordinated verb: the pronoun subject after an adverbial and a verb in -e', 'Im Januar legte er sein Amt nieder und verkündete, sich künftig um Projekte kümmern zu wollen.', [I('sich künftig um Projekte kümmern zu wollen', 'er', 'verkünden')]],
  ['an initial with its dot inside an apposition name', 'Erst vor zwei Tagen hatte der Investor, Peter A. Lang, zugesagt, nicht weiter über das Projekt bestimmen zu wollen.', [I('nicht weiter über das Projekt bestimmen zu wollen', 'der Investor', 'zusagen')]],
  ['a single letter ending a sentence keeps its dot (negative)', 'Die Ware lagerte in Halle B. Ein Sprecher sagte, sie sei sicher.', [I('sie sei sicher', 'Ein Sprecher', 'sagen')]],
  ['a speech-act noun after an adverbial of place: its holder is the subject', 'So fassten die Delegierten am Samstag bei ihrem Parteitag den Beschluss, mit der Opposition zu verhandeln.', [I('mit der Opposition zu verhandeln', 'die Delegierten', 'Beschluss')]],
  ['a speech-act noun inside an adverbial names no holder (negative)', 'Trotz der Ankündigung, die Gebühren zu senken, stiegen die Kosten.', [I('die Gebühren zu senken', null, 'Ankündigung')]],
  ['a clause before the comma as prefield: the subject follows the verb', 'Um die Gäste zu schützen, erteilten sie den Mitarbeitern den Befehl, die Türen zu schließen.', [I('die Türen zu schließen', 'sie', 'Befehl')]],
  ['a speech-act noun after a relative clause: the subject before it', 'Die Gewerkschaft, die seit Wochen streikt, erhob die Forderung, die Löhne zu erhöhen.', [I('die Löhne zu erhöhen', 'Die Gewerkschaft', 'Forderung')]],
  ['"es gibt" after a relative clause names no holder (negative)', 'Nach dem Treffen, das bis in die Nacht dauerte, gab es die Forderung, die Steuern zu senken.', [I('die Steuern zu senken', null, 'Forderung')]],
  ['verb-final clause after an apposition: the subject before it', 'Der Streit begann, seitdem der Vorsitzende der Fraktion, Peter Lang, im Oktober angekündigt hatte, einen Antrag einzubringen.', [I('einen Antrag einzubringen', 'der Vorsitzende', 'ankündigen')]],
  ['nach dem + noun is no relative source', 'Nach dem Spiel sagte der Trainer, die Mannschaft sei müde.', [I('die Mannschaft sei müde', 'der Trainer', 'sagen')]],

  // --- Continuation: who is the source of cue-less reported speech
  ['a thing as subject of a speech verb without content does not take over', 'Der Betriebsrat warnte, die Löhne lägen unter dem Tarif. Jetzt droht ein Streik. Die Geschäftsführung sei nicht gesprächsbereit.', [I('die Löhne lägen unter dem Tarif', 'Der Betriebsrat', 'warnen'), I('Die Geschäftsführung sei nicht gesprächsbereit', 'Der Betriebsrat', null)]],
  ['a narrated main clause introduces Konjunktiv content: its subject speaks', 'Die Ministerin sagte, der Etat sei knapp. Der Verband hielt dagegen, die Preise seien seit Jahren stabil.', [I('der Etat sei knapp', 'Die Ministerin', 'sagen'), I('Der Verband hielt dagegen, die Preise seien seit Jahren stabil', 'Der Verband', null)]],
  ['a narrated main clause after a prepositional phrase introduces the content: the subject after its verb speaks', 'Unter diesen Bedingungen halten die Generäle der Armee einen Abzug für verfrüht, da die Polizei der Lage nicht gewachsen sei.', [I('Unter diesen Bedingungen halten die Generäle der Armee einen Abzug für verfrüht, da die Polizei der Lage nicht gewachsen sei', 'die Generäle der Armee', null)]],
  ['a passive main clause after a prepositional phrase does not introduce the content', 'Bei dem Unfall wurden zwei Männer verletzt, die Straße sei stundenlang gesperrt gewesen.', [I('Bei dem Unfall wurden zwei Männer verletzt, die Straße sei stundenlang gesperrt gewesen', null, null)]],
  ['a wonach clause in the prefield ends before the main clause; its verb\'s subject is the source of what follows', 'Berichte, wonach der Täter aus dem Ausland stamme, konnte der Innenminister Karl Huber nicht bestätigen. Der Fall werde derzeit von der Polizei untersucht.', [I('der Täter aus dem Ausland stamme', undefined, 'wonach'), I('Der Fall werde derzeit von der Polizei untersucht', 'der Innenminister Karl Huber', null)]],
  ['a wonach clause after the main verb keeps what follows its comma', 'Der Minister wies Berichte zurück, wonach der Täter aus dem Ausland stamme, und die Polizei hat ermittelt.', [I('der Täter aus dem Ausland stamme, und die Polizei hat ermittelt', undefined, 'wonach')]],
  ['a weak verb in a relative clause with a subject of its own names no source', '„Wir brauchen Geld“, sagte der Kämmerer Peter Roßberg. Die Alternative, die Roßberg nannte, ist ein Verkauf. Der Ausschuss werde am Dienstag beraten.', [D('Wir brauchen Geld', 'der Kämmerer Peter Roßberg', 'sagen'), I('Der Ausschuss werde am Dienstag beraten', 'der Kämmerer Peter Roßberg', null)]],
  ['a weak verb in a relative clause whose pronoun is the subject keeps that pronoun as the source', 'Der Minister sprach lange. Die Sprecherin Anna Berg, die den Plan kritisierte, verließ den Saal. Er sei unausgegoren.', [I('Er sei unausgegoren', 'die', null)]],
  ['"Das ist das Ergebnis einer Umfrage": the statement phrase is the source of the sentence before', 'Jeder Dritte zweifelt an der Demokratie. Das ist das Ergebnis einer Umfrage des Instituts Forsa.', [I('Jeder Dritte zweifelt an der Demokratie', 'das Ergebnis einer Umfrage des Instituts Forsa', 'sein')]],
  ['"Das ist die zentrale Aussage einer Studie" after a quotation', '„Jeder Dritte zweifelt an der Demokratie.“ Das ist die zentrale Aussage einer Studie, die heute vorgestellt wurde.', [D('Jeder Dritte zweifelt an der Demokratie.', 'die zentrale Aussage einer Studie', 'sein')]],
  ['"Das geht aus einem Bericht hervor" gives cue-less reported speech before it its source', 'Der Sprecher Karl Huber sagte, die Lage sei ruhig. Die Preise seien um zehn Prozent gestiegen. Das geht aus einem Bericht des Statistischen Bundesamtes hervor.', [I('die Lage sei ruhig', 'Der Sprecher Karl Huber', 'sagen'), I('Die Preise seien um zehn Prozent gestiegen', 'einem Bericht des Statistischen Bundesamtes', 'hervorgehen')]],
  ['"Das ist/war" with a phrase that is no statement attributes nothing', 'Die Stadt baut eine neue Brücke. Das ist ein großer Erfolg für die Bürger. Der Minister trat zurück. Das war das Ende einer langen Karriere.', []],
  ['a first clause whose referent is only an attribute after the verb does not introduce the content', '„Wir halten Gebühren für richtig“, sagte die Ministerin Anna Berg. Die Beiträge zum Studium stärkten die Lehre der Hochschulen, und so würden sie auch von den meisten Studierenden akzeptiert.', [D('Wir halten Gebühren für richtig', 'die Ministerin Anna Berg', 'sagen'), I('Die Beiträge zum Studium stärkten die Lehre der Hochschulen, und so würden sie auch von den meisten Studierenden akzeptiert', 'die Ministerin Anna Berg', null)]],
  ['a first clause with a referent as subject introduces the content', 'Der Senator Karl Huber sprach im Landtag. Die Rektorin Anna Berg besuchte die Hochschulen der Stadt, die Gebühren seien richtig.', [I('Die Rektorin Anna Berg besuchte die Hochschulen der Stadt, die Gebühren seien richtig', 'Die Rektorin Anna Berg', null)]],
  ['"nach" with a law attributes the clause to it', 'Nach dem Kommunalgesetz können die Städte die Gebühren selbst festlegen.', [I('können die Städte die Gebühren selbst festlegen', 'dem Kommunalgesetz', 'nach')]],
  ['"nach" with a newspaper article attributes the clause to it', 'Nach einem Artikel der Zeitung soll der Minister zurücktreten.', [I('soll der Minister zurücktreten', 'einem Artikel der Zeitung', 'nach')]],
  ['"nach" with an event that has a law as its genitive is temporal', 'Nach der Verabschiedung des Gesetzes feierten die Abgeordneten im Plenum.', []],
  ['"bis zu" opening the content before an inverted verb is a preposition, not a subordinator', 'Bis zu der Beerdigung seien die Leichen vier Tage lang ausgestellt worden, berichtet die Zeitung.', [I('Bis zu der Beerdigung seien die Leichen vier Tage lang ausgestellt worden', 'die Zeitung', 'berichten')]],
  ['"seit dem" opening the content before an inverted verb is a preposition', 'Seit dem Frühjahr seien die Preise gestiegen, berichtet die Zeitung.', [I('Seit dem Frühjahr seien die Preise gestiegen', 'die Zeitung', 'berichten')]],
  ['"während" opening a subordinate clause before the inverted verb is no content', 'Während die Polizei ermittelte, sagte ein Sprecher nichts.', []],
  ['a passive main clause does not introduce the content', 'Die Polizei meldete einen Unfall. Zwölf Mitglieder der Reisegruppe wurden verletzt, die Verletzten seien Touristen aus Bayern.', [I('Zwölf Mitglieder der Reisegruppe wurden verletzt, die Verletzten seien Touristen aus Bayern', 'Die Polizei', null)]],
  ['a speech verb in a subordinate clause of reported speech names no new source', 'Die Stadt hat die Brücke gesperrt. Grund dafür sei, dass der Statiker Paul Berger einen Einsturz befürchtet.', [I('Grund dafür sei, dass der Statiker Paul Berger einen Einsturz befürchtet', 'Die Stadt', null)]],
  ['a speech verb in a narrated main clause makes its subject the source', 'Die Stadt hat die Brücke gesperrt. Der Statiker Paul Berger befürchtet einen Einsturz. Die Schäden seien zu groß.', [I('Die Schäden seien zu groß', 'Der Statiker Paul Berger', null)]],
  ['a speech verb in a subordinate clause of a narrated sentence makes its subject the source', 'Die Stadt hat die Brücke gesperrt, weil der Statiker Paul Berger einen Einsturz befürchtet. Die Schäden seien zu groß.', [I('Die Schäden seien zu groß', 'der Statiker Paul Berger', null)]],
  ['after a verbless label and a colon, the clause after the colon names the source', 'Erfolg für die Ermittler: Die Polizei Hamburg hat einen Schmugglerring zerschlagen. Die Bande soll Zigaretten im Wert von Millionen eingeführt haben.', [I('Die Bande soll Zigaretten im Wert von Millionen eingeführt haben', 'Die Polizei', null)]],
  ['a clause with a verb before the colon keeps its own subject', 'Die Polizei Hamburg zog Bilanz: Der Schmugglerring wurde zerschlagen. Die Bande soll Zigaretten im Wert von Millionen eingeführt haben.', [I('Die Bande soll Zigaretten im Wert von Millionen eingeführt haben', 'Die Polizei', null)]],
  ['the subject of reported speech is no new source', 'Die Staatsanwaltschaft hat Anklage erhoben. Die Angeklagte soll Geld unterschlagen haben. Der Schaden soll bei zwei Millionen Euro liegen.', [I('Die Angeklagte soll Geld unterschlagen haben. Der Schaden soll bei zwei Millionen Euro liegen', 'Die Staatsanwaltschaft', null)]],

  ['a document the narrated sentence opens in is the source of what follows', 'Die Organisation legte am Montag ihren Jahresbericht vor. Im Bericht werden zahlreiche Fälle von Gewalt aufgeführt. In vielen Fällen habe die Polizei nicht reagiert.', [I('In vielen Fällen habe die Polizei nicht reagiert', 'Bericht', null)]],
  ['a claim noun before its reported clause is the source', 'Der Prozess wurde vertagt. Der Richter trat dem Vorwurf der Verteidigung, das Gericht sei nicht legitim, entschieden entgegen.', [I('das Gericht sei nicht legitim', 'dem Vorwurf der Verteidigung', 'Vorwurf')]],
  ['a claim noun with an attachment before its reported clause', 'Die Klinik meldete zwei Fälle. Auch der Verdacht bei einem Urlauber aus Bayern, er sei auf einer Reise infiziert worden, bestätigte sich.', [I('Auch der Verdacht bei einem Urlauber aus Bayern, er sei auf einer Reise infiziert worden, bestätigte sich', 'der Verdacht', null)]],
  ['mit dem Hinweis: the reason is the actor’s, not the noun’s', 'Der Minister sprach im Radio. Ein Besuch wurde mit dem Hinweis abgelehnt, man sei zu sehr beschäftigt.', [I('Ein Besuch wurde mit dem Hinweis abgelehnt, man sei zu sehr beschäftigt', 'Der Minister', null)]],
  ['a claim noun followed by "mit dem Argument": the content is the argument’s, held by the subject', 'Die Stadtwerke haben die Preise erhöht. Die Firma Enerko begegnete der Kritik mit dem Argument, die Kosten für Gas seien stark gestiegen.', [I('Die Firma Enerko begegnete der Kritik mit dem Argument, die Kosten für Gas seien stark gestiegen', 'Die Firma Enerko', null)]],
  ['a claim noun with its genitive holder before the comma stays the source (negative)', 'Die Stadtwerke haben die Preise erhöht. Die Firma Enerko begegnete der Kritik der Kunden, die Preise seien zu hoch, mit einer Kampagne.', [I('die Preise seien zu hoch', 'der Kunden', 'Kritik')]],
  ['a passive that places its content in a document: the document is the source', 'Die Organisation legte einen Bericht vor. Die Konflikte im Land werden im Bericht auf die Armut zurückgeführt. Die Regierung soll versagt haben.', [I('Die Regierung soll versagt haben', 'Bericht', null)]],
  ['a speech as the document of a passive', 'Die Lage ist angespannt. Alle Beamten wurden in einer Ansprache des Botschafters zum Verlassen der Stadt aufgerufen. Grund dafür sei ein befürchteter Anschlag.', [I('Grund dafür sei ein befürchteter Anschlag', 'einer Ansprache des Botschafters', null)]],
  ['an opening place that is no document names no source', 'Im Hafen wurden am Montag zwei Schiffe festgesetzt. Die Ladung soll aus Schmuggel gestammt haben.', [I('Die Ladung soll aus Schmuggel gestammt haben', null, null)]],
  ['a subject with an apposition is the source of what follows', 'Der Betreiber des Kraftwerks, der Energieversorger Tepco, begann heute damit, Wasser abzulassen. Es soll sich um zehn Millionen Liter gehandelt haben.', [I('Es soll sich um zehn Millionen Liter gehandelt haben', 'Der Betreiber', null)]],
  ['the narrated subject before a colon is the source of later reported speech', 'Die Staatsanwaltschaft Köln hat Anklage gegen einen Rentner erhoben: Ihm wird vorgeworfen, Kunden betrogen zu haben. Außerdem soll er Rechnungen gefälscht haben.', [I('Kunden betrogen zu haben', null, 'vorwerfen'), I('Außerdem soll er Rechnungen gefälscht haben', 'Die Staatsanwaltschaft Köln', null)]],
  ['a verb in -e before an article after an adverbial prefield: the subject follows', 'Die Häftlinge flohen in der Nacht. Nach Entdeckung der Flucht leitete die Polizei sofort die Fahndung ein. Ein Beamter soll ihnen geholfen haben.', [I('Ein Beamter soll ihnen geholfen haben', 'die Polizei', null)]],
  ['the subject of a passive is no source of later reported speech', 'Die Polizei nahm am Montag zwei Männer fest. Die Männer wurden in Haft genommen. Ein dritter Mann soll ihnen geholfen haben.', [I('Ein dritter Mann soll ihnen geholfen haben', 'Die Polizei', null)]],
  ['the subject of an active narrated sentence is', 'Die Polizei nahm am Montag zwei Männer fest. Die Männer verweigerten jede Aussage. Ein dritter Mann soll ihnen geholfen haben.', [I('Ein dritter Mann soll ihnen geholfen haben', 'Die Männer', null)]],
  ['a long report keeps its source beyond the speaker memory', 'Der Wetterdienst warnte am Montag vor Sturm. Da das Land am Rand eines Tiefs liege, werde milde Luft herangeführt. Dies bedinge schwere Böen. In Staulagen müsse mit Regen gerechnet werden. In der Nacht könnten Gewitter auftreten. Im Bergland sei Glätte möglich. An der Küste drohe Hochwasser. Auf den Inseln müsse mit Sturmfluten gerechnet werden. Oberhalb von 800 Metern könnten Orkanböen auftreten.', [I('Da das Land am Rand eines Tiefs liege, werde milde Luft herangeführt', 'Der Wetterdienst', null), I('In Staulagen müsse mit Regen gerechnet werden. In der Nacht könnten Gewitter auftreten. Im Bergland sei Glätte möglich. An der Küste drohe Hochwasser. Auf den Inseln müsse mit Sturmfluten gerechnet werden. Oberhalb von 800 Metern könnten Orkanböen auftreten', 'Der Wetterdienst', null)]],
  ['a speech verb inside cue-less reported speech is part of the report', 'Der Kämmerer sagte, der Etat sei knapp. Der Ausschuss werde am Montag beraten, die Stadt müsse dann entscheiden.', [I('der Etat sei knapp', 'Der Kämmerer', 'sagen'), I('Der Ausschuss werde am Montag beraten, die Stadt müsse dann entscheiden', 'Der Kämmerer', null)]],
  ['a narrated speech act before Konjunktiv content names the source', 'Die Regierung bat um Rückgabe der Krone. Damals hatte Österreich mit der Begründung abgelehnt, eine solche Forderung könne nur das Parlament stellen.', [I('Damals hatte Österreich mit der Begründung abgelehnt, eine solche Forderung könne nur das Parlament stellen', 'Österreich', null)]],
  // Which narrated subjects become the source in view: verbs of state, transfer and motion
  // tell what befell the subject; verbs of investigation, assessment or an attitude make it a source.
  ['the subject of a verb of transfer is no source of later reported speech', 'Bei einem Unfall ist ein Radfahrer schwer verletzt worden. Später brachten ihn Angehörige in eine Klinik. Vor dem Unfall habe er eine Feier besucht.', [I('Vor dem Unfall habe er eine Feier besucht', null, null)]],
  ['the subject of a verb of motion is no source of later reported speech', 'Der Bürgermeister kam am Abend aus der Sitzung. Die Lage im Hochwassergebiet sei ernst.', [I('Die Lage im Hochwassergebiet sei ernst', null, null)]],
  ['an adjective of attitude makes the subject of a verb of motion a source', 'Der Bürgermeister kam sichtlich besorgt aus der Sitzung. Die Lage im Hochwassergebiet sei ernst.', [I('Die Lage im Hochwassergebiet sei ernst', 'Der Bürgermeister', null)]],
  ['a support verb of speech with its noun makes its subject a source ("zum Ausdruck bringen")', 'Die Polizei meldete den Fund einer Leiche. Die Ministerin Anna Berg brachte ihre Sorge über die Gewalt zum Ausdruck. Die Täter seien noch auf freiem Fuß.', [I('Die Täter seien noch auf freiem Fuß', 'Die Ministerin Anna Berg', null)]],
  ['claiming responsibility makes the subject a source', 'In der Hauptstadt explodierte eine Bombe. Die Organisation Hamas übernahm die Verantwortung für den Anschlag. Weitere Anschläge seien geplant.', [I('Weitere Anschläge seien geplant', 'Die Organisation Hamas', null)]],
  ['taking control of a place makes the subject no source (negative)', 'In der Hauptstadt explodierte eine Bombe. Die Organisation Hamas übernahm die Kontrolle über den Bahnhof. Weitere Anschläge seien geplant.', [I('Weitere Anschläge seien geplant', null, null)]],
  ['a verb of investigation makes its subject a source beside a verb of transfer', 'Die Häftlinge flohen in der Nacht. Die Polizei hat die Helfer am Abend in ihre Zentrale gebracht und festgenommen. Sie sollen ein Fluchtauto bereitgestellt haben.', [I('Sie sollen ein Fluchtauto bereitgestellt haben', 'Die Polizei', null)]],
  ['the agent of a passive of investigation is the source of later reported speech', 'Gegen den Bürgermeister wird von der Staatsanwaltschaft Köln wegen Bestechung ermittelt. Er soll Aufträge gegen Geld vergeben haben.', [I('Er soll Aufträge gegen Geld vergeben haben', 'der Staatsanwaltschaft Köln', null)]],
  ['the agent of a passive arrest is the source of later reported speech', 'Die beiden Männer wurden von der Polizei in Bremen festgenommen. Sie sollen mehrere Geschäfte überfallen haben.', [I('Sie sollen mehrere Geschäfte überfallen haben', 'der Polizei', null)]],
  ['the agent of a passive of an event is no source (negative)', 'Der Radfahrer wurde am Morgen von einem Lastwagen der Firma Brandt erfasst. Er soll bei Rot gefahren sein.', [I('Er soll bei Rot gefahren sein', null, null)]],
  ['a medium reporting in the present after cue-less reported speech is its source', 'Das Beben erreichte die Stärke 6. Laut Augenzeugen liefen viele Menschen auf die Straße. Auch seien auf der Insel Gebäude beschädigt worden. Der Sender NDR berichtet vom Einsturz einer Kirche.', [I('liefen viele Menschen auf die Straße', 'Augenzeugen', 'laut'), I('Auch seien auf der Insel Gebäude beschädigt worden', 'Der Sender NDR', null)]],
  ['a medium that had reported earlier is no source of the report before (negative)', 'Das Beben erreichte die Stärke 6. Laut Augenzeugen liefen viele Menschen auf die Straße. Auch seien auf der Insel Gebäude beschädigt worden. Der Sender NDR hatte im Juli vom Einsturz einer Kirche berichtet.', [I('liefen viele Menschen auf die Straße', 'Augenzeugen', 'laut'), I('Auch seien auf der Insel Gebäude beschädigt worden', 'Augenzeugen', null)]],
  ['a medium reporting in the preterite is no source of the report before (negative)', 'Das Beben erreichte die Stärke 6. Laut Augenzeugen liefen viele Menschen auf die Straße. Auch seien auf der Insel Gebäude beschädigt worden. Der Sender NDR berichtete am Abend vom Einsturz einer Kirche.', [I('liefen viele Menschen auf die Straße', 'Augenzeugen', 'laut'), I('Auch seien auf der Insel Gebäude beschädigt worden', 'Augenzeugen', null)]],
  ['a report going on from a speech verb keeps that speaker against a later medium (negative)', 'Das Beben erreichte die Stärke 6. Die Feuerwehr sagte, mehrere Menschen seien verletzt worden. Auch seien auf der Insel Gebäude beschädigt worden. Der Sender NDR berichtet vom Einsturz einer Kirche.', [I('mehrere Menschen seien verletzt worden', 'Die Feuerwehr', 'sagen'), I('Auch seien auf der Insel Gebäude beschädigt worden', 'Die Feuerwehr', null)]],
  ['a quotation standing alone after a narrated sentence whose subject took over is that subject’s', 'Der Bürgermeister sagte am Morgen, die Lage sei ernst. Am Nachmittag sank der Pegel. Das Landesamt für Umwelt sieht keine Gefahr mehr. „Der Deich hält.“', [I('die Lage sei ernst', 'Der Bürgermeister', 'sagen'), D('Der Deich hält.', 'Das Landesamt für Umwelt', null)]],
  ['a quotation standing alone after the subject of a verb of motion keeps the current speaker (negative)', 'Der Bürgermeister sagte am Morgen, die Lage sei ernst. Am Nachmittag sank der Pegel. Das Landesamt für Umwelt kam mit zwei Messwagen. „Der Deich hält.“', [I('die Lage sei ernst', 'Der Bürgermeister', 'sagen'), D('Der Deich hält.', 'Der Bürgermeister', null)]],
  ['a quotation standing alone with no narrated referent before it keeps the current speaker (negative)', 'Der Bürgermeister sagte am Morgen, die Lage sei ernst. Am Nachmittag sank der Pegel. „Der Deich hält.“', [I('die Lage sei ernst', 'Der Bürgermeister', 'sagen'), D('Der Deich hält.', 'Der Bürgermeister', null)]],
  ['reported speech going on from a possessive source keeps that source as written', 'Der Augenzeuge Ali Hassan sagte am Montag vor Reportern aus. Seiner Darstellung zufolge griffen Flugzeuge das Dorf an. Dabei hätten sie auch Häuser getroffen.', [I('griffen Flugzeuge das Dorf an', 'Seiner Darstellung', 'zufolge'), I('Dabei hätten sie auch Häuser getroffen', 'Seiner Darstellung', null)]],
  ['a quotation after a possessive source is the person’s (negative)', 'Der Augenzeuge Ali Hassan sagte am Montag vor Reportern aus. Seiner Darstellung zufolge griffen Flugzeuge das Dorf an. „Wir hatten große Angst.“', [I('griffen Flugzeuge das Dorf an', 'Seiner Darstellung', 'zufolge'), D('Wir hatten große Angst.', 'Der Augenzeuge Ali Hassan', null)]],
  ['before a colon, an acting referent outranks the document it mentions', 'Das Gericht hat die Klage abgewiesen. Ministerin Anna Berg sieht in dem Urteil eine Bestätigung ihrer Politik: „Der Rechtsstaat funktioniert.“', [D('Der Rechtsstaat funktioniert.', 'Ministerin Anna Berg', null)]],
  ['before a colon, a subject that is no referent leaves the words to the document (negative)', 'Die Kommission hat getagt. Im Bericht der Kommission findet sich der Satz: „Die Lage ist ernst.“', [D('Die Lage ist ernst.', 'Bericht der Kommission', null)]],
  ['a subject in Konjunktiv II is part of the report, no new source', 'Landrat Peter Keller schlägt eine Maut für Lastwagen vor. Die Strecke wird täglich von 5000 Lastwagen befahren. Die Firma Tollnet hätte ein Interesse daran, ihr System auszuweiten. Allerdings sei ein Staatsvertrag Voraussetzung.', [I('Allerdings sei ein Staatsvertrag Voraussetzung', 'Landrat Peter Keller', null)]],
  ['the subject of an indicative narrated sentence takes the report over (negative)', 'Landrat Peter Keller schlägt eine Maut für Lastwagen vor. Die Strecke wird täglich von 5000 Lastwagen befahren. Die Firma Tollnet will ihr System ausweiten. Allerdings sei ein Staatsvertrag Voraussetzung.', [I('Allerdings sei ein Staatsvertrag Voraussetzung', 'Die Firma Tollnet', null)]],

  // --- Where the speaker stands: passive zitieren, "wie aus X hervorgeht", relative clauses with a preposition, a leading subordinate clause
  ['passive zitieren: the quoted person speaks, not the medium', '„Wir haben nichts gewusst“, wie der Trainer von Spiegel Online zitiert wird.', [D('Wir haben nichts gewusst', 'der Trainer', 'zitieren')]],
  ['active zitieren: the object is quoted', 'Die Zeitung zitierte den Bürgermeister mit den Worten: „Wir bauen weiter.“', [D('Wir bauen weiter.', 'den Bürgermeister', 'zitieren')]],
  ['wie aus X hervorgeht: X is the source', 'Wie aus einer Mitteilung der Polizei hervorgeht, wurden drei Menschen verletzt.', [I('wurden drei Menschen verletzt', 'einer Mitteilung der Polizei', 'hervorgehen')]],
  ['wie sich aus X ergab: X is the source', 'Wie sich aus der Auswertung der Flugdaten ergab, hatte der Pilot versucht, durchzustarten.', [I('hatte der Pilot versucht, durchzustarten', 'der Auswertung der Flugdaten', 'ergeben')]],
  ['relative clause with a preposition: the subject after the pronoun', 'Der Entführer hinterließ einen Zettel, in dem er verlangte, dass keine Polizei eingeschaltet werde.', [I('dass keine Polizei eingeschaltet werde', 'er', 'verlangen')]],
  ['a leading subordinate clause is not the subject of a coordinated speech verb', 'Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Mann und rief: „Lasst mich raus!“', [D('Lasst mich raus!', 'der Randalierer', 'rufen')]],
  ['a document is the source as written, with the name of who issued it', 'Laut einem Bericht der BBC seien 62 Studien ausgewertet worden.', [I('seien 62 Studien ausgewertet worden', 'einem Bericht der BBC', 'laut')]],

  // --- zu-infinitive content after speech verbs and speech-act nouns
  ['zu-infinitive after angeben', 'Die Reederei gab an, die Fähre bis zum Sommer nicht mehr einsetzen zu wollen.', [I('die Fähre bis zum Sommer nicht mehr einsetzen zu wollen', 'Die Reederei', 'angeben')]],
  ['zu-infinitive after erklären', 'Der Verband erklärte, gegen das Urteil Berufung einlegen zu wollen.', [I('gegen das Urteil Berufung einlegen zu wollen', 'Der Verband', 'erklären')]],
  ['zu-infinitive of a separable verb with zu- (zurückzutreten)', 'Die Landrätin hat am Freitag angekündigt, von ihrem Amt zurückzutreten.', [I('von ihrem Amt zurückzutreten', 'Die Landrätin', 'ankündigen')]],
  ['"zu sein" after a passive accusation', 'Dem Kassierer wird vorgeworfen, an dem Betrug beteiligt gewesen zu sein.', [I('an dem Betrug beteiligt gewesen zu sein', null, 'vorwerfen')]],
  ['"zu haben" after beteuern', 'Der Angeklagte beteuerte, von den Zahlungen nichts gewusst zu haben.', [I('von den Zahlungen nichts gewusst zu haben', 'Der Angeklagte', 'beteuern')]],
  ['erwägen takes a zu-infinitive', 'Nach dem Urteil erwägt die Verteidigerin, in Revision zu gehen.', [I('in Revision zu gehen', 'die Verteidigerin', 'erwägen')]],
  ['"zu den" is a preposition, not an infinitive', 'Der Bürgermeister sagte, zu den Plänen werde er sich nicht äußern.', [I('zu den Plänen werde er sich nicht äußern', 'Der Bürgermeister', 'sagen')]],
  ['noun with genitive holder and zu-infinitive', 'Trotz der Ankündigung des Vorstands, das Werk bis Ende des Jahres zu schließen, blieb die Belegschaft ruhig.', [I('das Werk bis Ende des Jahres zu schließen', 'des Vorstands', 'Ankündigung')]],
  ['noun after a support verb: the subject holds it', 'Die Gewerkschaft erhob die Forderung, die Löhne um sechs Prozent anzuheben.', [I('die Löhne um sechs Prozent anzuheben', 'Die Gewerkschaft', 'Forderung')]],
  ['noun heading the subject, with a complement and dass: the noun phrase is the source', 'Die Vorwürfe gegen den Landrat, dass er Aufträge an Freunde vergeben habe, wiegen schwer.', [I('dass er Aufträge an Freunde vergeben habe', 'Die Vorwürfe', 'Vorwürfe')]],
  ['noun with a pronominal adverb and ob: nobody named', 'Es gibt Zweifel daran, ob die Brücke rechtzeitig fertig wird.', [I('ob die Brücke rechtzeitig fertig wird', null, 'Zweifel')]],
  ['noun with Konjunktiv content', 'Die erste Reaktion war die Ankündigung, man werde die Gespräche sofort abbrechen.', [I('man werde die Gespräche sofort abbrechen', undefined, 'Ankündigung')]],
  ['a speech verb in the clause takes the noun’s content', 'Der Minister wies die Behauptung zurück, dass er die Akten gekannt habe.', [I('dass er die Akten gekannt habe', 'Der Minister', 'zurückweisen')]],
  ['noun of attempt is no speech', 'Der Versuch, die Grenze zu überqueren, scheiterte am Zaun.', []],
  ['noun of fact is no speech', 'Die Tatsache, dass der Zug ausfiel, ärgerte viele Pendler.', []],
  ['relative clause after a speech-act noun is no content', 'Die Forderung, die der Verband erhob, blieb ohne Antwort.', []],
  ['indicative main clause after a speech-act noun is no content', 'Nach der Entscheidung, die Fähre fährt wieder, kehrten die Urlauber zurück.', []],

  // --- Where content ends, and speech acts that open cue-less reported speech
  ['a narrated speech act after a comma ends the content', 'Der Verein sagte, das Spiel finde statt, doch die Polizei erklärte, die Lage nicht einschätzen zu können.', [I('das Spiel finde statt', 'Der Verein', 'sagen'), I('die Lage nicht einschätzen zu können', 'die Polizei', 'erklären')]],
  ['a relative clause with a speech verb inside the content does not end it', 'Der Verein sagte, der Termin, den die Liga genannt hatte, gelte weiter.', [I('der Termin, den die Liga genannt hatte, gelte weiter', 'Der Verein', 'sagen')]],
  ['reportive soll … haben across an apposition', 'Der Kurier soll am Freitag, dem 3. Mai, Bargeld über die Grenze geschmuggelt haben.', [I('Der Kurier soll am Freitag, dem 3. Mai, Bargeld über die Grenze geschmuggelt haben', null, null)]],
  ['soll ending a relative clause is no reportive', 'Während eines Tests der Pumpe, die im neuen Werk eingesetzt werden soll, war Öl ausgetreten.', []],
  ['plain sollen after a speech act without content', 'Die Stadtwerke kündigten am Montag Bauarbeiten an. Die Leitungen sollen bis zum Herbst erneuert werden.', [I('Die Leitungen sollen bis zum Herbst erneuert werden', 'Die Stadtwerke', null)]],
  ['a weak verb without content opens no reported speech', 'Experten erwarten steigende Preise. Die Industrie könnte darunter leiden.', []],

  // --- Forms that look like Konjunktiv but are not reported speech
  ['first person indicative is no Konjunktiv I (ich arbeite … und plane)', 'Ich arbeite seit Jahren an dem Projekt und plane einen neuen Film.', []],
  ['ich habe is indicative', 'Ich habe in dieser Saison viel gelernt.', []],
  ['er habe stays Konjunktiv I', 'Der Trainer sagte, er habe in dieser Saison viel gelernt.', [I('er habe in dieser Saison viel gelernt', 'Der Trainer', 'sagen')]],
  ['einige is a determiner', 'Einige der Anwohner wurden in Sicherheit gebracht.', []],
  ['a capitalised noun opening the sentence (Teile des …)', 'Teile des Daches stürzten in der Nacht ein.', []],
  ['a conditional with Konjunktiv II only is the author’s reasoning', 'Die Ministerin sagte, das Werk werde geschlossen. Falls der Plan scheitert, müsste die Stadt die Kosten tragen.', [I('das Werk werde geschlossen', 'Die Ministerin', 'sagen')]],
  ['a verb-first conditional with Konjunktiv II only', 'Die Ministerin sagte, das Werk werde geschlossen. Hätte die Stadt früher geplant, wäre das vermeidbar gewesen.', [I('das Werk werde geschlossen', 'Die Ministerin', 'sagen')]],
  ['Konjunktiv II without a conditional continues the report', 'Die Ministerin sagte, das Werk werde geschlossen. Die Beschäftigten würden in andere Werke wechseln.', [I('das Werk werde geschlossen', 'Die Ministerin', 'sagen'), I('Die Beschäftigten würden in andere Werke wechseln', 'Die Ministerin', null)]],
  ['a conditional with Konjunktiv I is still reported', 'Die Ministerin sagte, das Werk werde geschlossen. Falls der Plan scheitere, müsse die Stadt zahlen.', [I('das Werk werde geschlossen', 'Die Ministerin', 'sagen'), I('Falls der Plan scheitere, müsse die Stadt zahlen', 'Die Ministerin', null)]],

  // --- Spurious content: adjectives, time relatives, appositions, infinitives of other clauses
  ['"ist nicht bekannt, ob" is no speech act', 'Es ist nicht bekannt, ob die Fähre versichert war.', []],
  ['sich bekennen stays a speech verb', 'Die Gruppe bekannte sich dazu, den Anschlag verübt zu haben.', [I('den Anschlag verübt zu haben', 'Die Gruppe', 'bekennen')]],
  ['"nach der" after a noun of time is no source', 'Das Spiel ging torlos in die Pause, nach der die Gäste stärker wurden.', []],
  ['"nach denen" after a source noun is', 'Der Verband verwies auf Umfragen, nach denen die Mehrheit den Plan ablehne.', [I('die Mehrheit den Plan ablehne', 'denen', 'nach')]],
  ['an apposition after the verb is no content', 'Gegenüber der Zeitung sagte Anna Berg, die Leiterin des Amtes.', []],
  ['a zu-infinitive in a later clause of its own is no content', 'Der Flug dauerte wie geplant zwei Stunden, doch die Crew musste umkehren, um Treibstoff zu sparen.', []],
  ['a relative clause may stand inside the infinitive clause', 'Die Stadt forderte den Konzern auf, die Anlage, die seit Jahren leckt, sofort zu schließen.', [I('die Anlage, die seit Jahren leckt, sofort zu schließen', 'Die Stadt', 'auffordern')]],
  ['a conditional may stand inside the infinitive clause', 'Die Geber haben angekündigt, sollte der Putsch gelingen, ihre Hilfe auszusetzen.', [I('sollte der Putsch gelingen, ihre Hilfe auszusetzen', 'Die Geber', 'ankündigen')]],

  // --- Names after media and organisation compounds, even near a label verb
  ['a name after a medium compound is no quote, the label is', 'Der Minister nannte in einem Interview mit dem Radiosender „Nordwelle“ den Plan einen „Irrweg“.', [P('Irrweg', 'Der Minister', 'nennen')]],
  ['a name after a trade-paper compound', 'Die Ministerin kritisierte im Fachblatt „Agrar Heute“ die Pläne als „unausgegoren“.', [P('unausgegoren', 'Die Ministerin', 'kritisieren')]],
  ['a name after an organisation compound', 'Die Hilfsorganisation „Brot für Kinder“ warnte vor einer Hungersnot.', []],

  // --- Speech-act nouns after weak verbs, comma-less infinitives
  ['a weak verb leaves the content to the noun after it', 'Die Partei reagierte auf die Forderung des Landrats Peter Huber, die Schulen länger zu öffnen.', [I('die Schulen länger zu öffnen', 'des Landrats Peter Huber', 'Forderung')]],
  ['a zu-infinitive without comma after a clause-final participle', 'Die Abgeordnete hat am Montag angekündigt ihr Mandat niederzulegen.', [I('ihr Mandat niederzulegen', 'Die Abgeordnete', 'ankündigen')]],
  ['a participle without content and without an infinitive', 'Die Ministerin hat den Plan am Montag angekündigt.', []],
  ['sich entschließen takes a zu-infinitive', 'Der Verein hat sich entschlossen, das Stadion zu verkaufen.', [I('das Stadion zu verkaufen', 'Der Verein', 'entschließen')]],

  // --- Source phrases the noun-phrase reader misses, and more source nouns after "nach"
  ['laut + a participle attribute with a phrase of its own', 'Laut einer am Montag veröffentlichten Mitteilung des Roten Kreuzes wurden 300 Familien versorgt.', [I('wurden 300 Familien versorgt', undefined, 'laut')]],
  ['laut + a noun with a lower-case prefix', 'Laut dpa-Meldung ist die Autobahn wieder frei.', [I('ist die Autobahn wieder frei', undefined, 'laut')]],
  ['a source ending in a parenthesis before zufolge', 'Einer Erklärung des Lehrerverbandes (VBE) zufolge fehlen 4.000 Lehrer.', [I('fehlen 4.000 Lehrer', undefined, 'zufolge')]],
  ['a web domain before zufolge', 'Der Website fussball-daten.de zufolge ist der Schiedsrichter streng.', [I('ist der Schiedsrichter streng', undefined, 'zufolge')]],
  ['nach ersten Ermittlungen', 'Nach ersten Ermittlungen der Polizei war der Fahrer zu schnell unterwegs.', [I('war der Fahrer zu schnell unterwegs', 'ersten Ermittlungen der Polizei', 'nach')]],
  ['nach dem Grundgesetz', 'Nach dem Grundgesetz bestimmt der Kanzler die Richtlinien der Politik.', [I('bestimmt der Kanzler die Richtlinien der Politik', undefined, 'nach')]],
  ['nach + a noun of time is no source', 'Nach dem Ende der Sitzung fuhr der Minister nach Hause.', []],

  // --- Reportive soll with verbs of state
  ['soll … sein: a claimed state', 'Der Täter soll Mitglied einer Schmugglerbande sein.', [I('Der Täter soll Mitglied einer Schmugglerbande sein', null, null)]],
  ['soll … betragen: a claimed amount', 'Das Lösegeld soll rund zwei Millionen Euro betragen.', [I('Das Lösegeld soll rund zwei Millionen Euro betragen', null, null)]],
  ['soll … werden without a source is a plan, the author’s', 'Die Brücke soll im Herbst saniert werden.', []],
  ['soll … sein inside a longer clause is no closing copula', 'Die Brücke soll sein Werk krönen.', []],

  // --- Opinion predicates with a zu-infinitive; where the infinitive clause ends
  ['es für sinnvoll halten, … zu …: the infinitive clause ends before the main clause', 'Weil die Ärzte es für sinnvoll hielten, den Patienten zu verlegen, landete der Hubschrauber.', [I('den Patienten zu verlegen', 'die Ärzte', 'halten')]],
  ['es als Aufgabe ansehen, … zu …', 'Der Präsident sieht es als seine Aufgabe an, die Gesellschaft zu versöhnen.', [I('die Gesellschaft zu versöhnen', undefined, 'ansehen')]],
  ['halten without an opinion word is no speech verb', 'Die Polizei hielt den Mann fest, um ihn zu befragen.', []],

  // --- Evidence verbs report only with a speaker as subject
  ['data as the subject of an evidence verb is no speaker', 'Bürgermeister Peter Lang besuchte am Montag den Damm. Die Messungen deuten darauf hin, dass der Damm undicht ist.', []],
  ['a document as the subject of an evidence verb reports', 'Die Studie der Universität zeigt, dass der Damm undicht ist.', [I('dass der Damm undicht ist', 'Die Studie der Universität', 'zeigen')]],
  ['an evidence verb in an attribution clause reports', 'Wie sich aus den Akten ergab, hatte der Pilot versucht, durchzustarten.', [I('hatte der Pilot versucht, durchzustarten', undefined, 'ergeben')]],

  // --- Naming with "genannt" / "nennt sich" gives a name, not a quotation
  ['a name given with the participle genannt', 'Das neue Verfahren, auch „Blue Line“ genannt, spart Energie.', []],
  ['a name given with nennt sich', 'Die Ausstellung nennt sich „Nordkunst 7“.', []],
  ['nennen with an object and a quoted label quotes', 'Der Minister nannte den Plan einen „Irrweg“.', [P('Irrweg', 'Der Minister', 'nennen')]],

  // --- Speech verbs without content (Reported), and other negatives
  ['sprach lange', 'Er sprach lange.', []],
  ['kritisierte den Plan', 'Sie kritisierte den Plan der Regierung scharf.', []],
  ['warnt vor (no content)', 'Der Internationale Währungsfonds warnt vor massiven Risiken für die Weltwirtschaft.', []],
  ['es sei denn', 'Der Zug fährt pünktlich ab, es sei denn, es schneit.', []],
  ['als ob … sei', 'Er tat so, als ob nichts gewesen sei.', []],
  ['indicative, no cue', 'Die Aktienmärkte reagierten mit Verlusten, der Ölpreis fiel unter 70 Dollar.', []],
  ['relative clause with würde is not content', 'Die USA drängen auf ein Abkommen, das ihnen Zugriff auf Rohstoffe verschaffen würde.', []],
  ['adjective in -e is not Konjunktiv', 'Die freie Presse ist eine tragende Säule der Demokratie.', []],

  // --- Indicative content opened by a quantifier or possessive; entgegenhalten
  ['sagte, beide …: indicative content opened by a quantifier', 'Ein Diplomat sagte der Agentur, beide Seiten beharrten auf ihren Forderungen.', [I('beide Seiten beharrten auf ihren Forderungen', 'Ein Diplomat', 'sagen')]],
  ['erklärte, ihre …: indicative content opened by a possessive', 'Die Vorsitzende erklärte, ihre Partei steht zu dem Beschluss.', [I('ihre Partei steht zu dem Beschluss', 'Die Vorsitzende', 'erklären')]],
  ['a clause after a zu-infinitive speech verb is no content', 'Die Spieler knieten nieder, um gegen Gewalt zu protestieren, viele Zuschauer taten es ihnen nach.', []],
  ['hielt dem entgegen, …', 'Der Verteidiger hielt dem entgegen, die Zeugen widersprächen sich.', [I('die Zeugen widersprächen sich', 'Der Verteidiger', 'entgegenhalten')]],
  ['standhalten is no speech verb', 'Die Mannschaft hielt dem Druck bis zur Pause stand.', []],

  // --- "ließ X erklären" after the content; a speech verb in a relative clause before the main verb
  ['…, ließ X über seinen Anwalt erklären', 'Er sei unschuldig, ließ der Sänger über seinen Anwalt erklären.', [I('Er sei unschuldig', 'der Sänger', 'erklären')]],
  ['a relative clause with a speech verb has no content in the main clause after it', 'Der Angeklagte äußerte sich am Montag. Die Summe, die ihm die Anklage vorwirft, sei zu hoch.', [I('Die Summe, die ihm die Anklage vorwirft, sei zu hoch', 'Der Angeklagte', null)]],
  ['a relative clause with a speech verb inside content before an inverted cue', 'Der Plan, den der Minister lobte, sei teuer, sagte die Opposition.', [I('Der Plan, den der Minister lobte, sei teuer', 'die Opposition', 'sagen')]],

  // --- Quoted words inside content reported by an inverted cue; "so X" after a colon
  ['a quoted phrase inside the content before an inverted cue is part of it', 'Die Strafen seien ein „feindseliger Akt“, erklärte das Ministerium.', [I('Die Strafen seien ein „feindseliger Akt“', 'das Ministerium', 'erklären')]],
  ['a quoted clause ending the content before „so X“ is part of it', 'Eine Bewährung sei nicht vermittelbar, „wenn jemand betrunken einen Radfahrer anfährt“, so die Richterin.', [I('Eine Bewährung sei nicht vermittelbar, „wenn jemand betrunken einen Radfahrer anfährt“', 'die Richterin', 'so')]],
  ['a whole quotation before an inverted cue stays direct', '„Das ist ein feindseliger Akt“, erklärte das Ministerium.', [D('Das ist ein feindseliger Akt', 'das Ministerium', 'erklären')]],
  ['so X: the narrated clause before a colon is not reported', 'Die Richterin blieb hart: Eine Bewährung sei nicht vermittelbar, so die Vorsitzende.', [I('Eine Bewährung sei nicht vermittelbar', 'die Vorsitzende', 'so')]],

  // --- Inverted cues after "das" pointing back, and after a prepositional phrase opening the sentence
  ['…, das teilte X mit: the demonstrative points back to the clause before', 'Die Kamera ist ausgefallen, das teilte das Institut mit.', [I('Die Kamera ist ausgefallen', 'das Institut', 'mitteilen')]],
  ['…, dies bestätigte X', 'Der Zug kam zu spät, dies bestätigte die Bahn am Abend.', [I('Der Zug kam zu spät', 'die Bahn', 'bestätigen')]],
  ['…, das + a verb that is no speech verb', 'Der Zug kam zu spät, das ärgerte die Gäste.', []],
  ['Seit Montag ist …, teilte X mit: "seit" with a noun and a verb in second place is a preposition', 'Seit Montag ist die Kamera ausgefallen, teilte das Institut mit.', [I('Seit Montag ist die Kamera ausgefallen', 'das Institut', 'mitteilen')]],

  // --- Interviews printed as "Label: …" paragraphs
  ['interview turns under the interviewee’s name; the questions’ interviewer is not named',
    'Die Bäckerin Jana Roth führt einen Betrieb in Kiel.\nFrage: Wie geht das Geschäft?\nRoth: Gut. Die Kunden kommen jeden Tag.\nFrage: Und die Preise?\nRoth: Die steigen leider weiter.',
    [D('Wie geht das Geschäft?', null, null), D('Gut. Die Kunden kommen jeden Tag.', 'Roth', null), D('Und die Preise?', null, null), D('Die steigen leider weiter.', 'Roth', null)]],
  ['interview turns under Frage/Antwort: the answers are the interviewee’s',
    'Der Schachspieler Ole Berg hat das Turnier gewonnen. Im Gespräch spricht er über den Sieg.\nFrage: Waren Sie nervös?\nAntwort: Kaum. Ich habe gut geschlafen.\nFrage: Was kommt jetzt?\nAntwort: Erst einmal Urlaub.',
    [D('Waren Sie nervös?', null, null), D('Kaum. Ich habe gut geschlafen.', 'er', null), D('Was kommt jetzt?', null, null), D('Erst einmal Urlaub.', 'er', null)]],
  ['a dateline and a single label are no interview', 'Berlin: Die Regierung tagt am Montag.\nHintergrund: Der Haushalt ist knapp.', []],

  // --- "sei es" after a prefield is reported speech, opening a clause it is the idiom
  ['… sei es zu … gekommen continues the report', 'Laut Ministerium gab es einen Brand. Beim Wiederanschalten sei es zu einem Kurzschluss gekommen.', [I('gab es einen Brand', 'Ministerium', 'laut'), I('Beim Wiederanschalten sei es zu einem Kurzschluss gekommen', 'Ministerium', null)]],
  ['sei es … oder … opening a clause is no Konjunktiv of report', 'Der Minister sprach lange. Alle Gäste, sei es aus Berlin oder aus Hamburg, kamen pünktlich.', []],

  // --- "so" + speech verb + subject, postposed or as an aside
  ['…, so bestätigt X: postposed', 'Der Flug käme einer Folter gleich, so bestätigt das Gericht.', [I('Der Flug käme einer Folter gleich', 'das Gericht', 'bestätigen')]],
  ['…, so betont X, …: an aside inside the statement, one span around it', 'Tatsächlich, so betont auch die Polizei, ist dies keine zutreffende Darstellung.', [I('Tatsächlich, so betont auch die Polizei, ist dies keine zutreffende Darstellung', 'die Polizei', 'betonen')]],
  ['an adverbial before the aside belongs to the statement', 'Für die Sängerin, so schrieb das Management, sei der Auftritt eine Ehre.', [I('Für die Sängerin, so schrieb das Management, sei der Auftritt eine Ehre', 'das Management', 'schreiben')]],
  ['so + a verb that is no speech verb', 'Er kam spät, so verpasste er den Zug.', []],
];

describe('quotes: table of German quote patterns', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    const got = quotesOf(text).map((q) => {
      const e: Record<string, unknown> = { type: q.type, text: q.text };
      return e;
    });
    expect(got).toEqual(expected.map((e) => ({ type: e.type, text: e.text })));
    const full = quotesOf(text);
    expected.forEach((e, i) => {
      if (e.speaker) {
        // the speaker mention is the head of the phrase the row names ("ein Sprecher" in
        // "ein Sprecher der Regierung"): never outside it, never missing
        expect(full[i]!.speaker, `speaker of "${e.text}"`).not.toBeNull();
        expect(e.speaker, `speaker of "${e.text}"`).toContain(full[i]!.speaker);
      } else if (e.speaker !== undefined) expect(full[i]!.speaker, `speaker of "${e.text}"`).toBe(e.speaker);
      if (e.cue !== undefined) expect(full[i]!.cue, `cue of "${e.text}"`).toBe(e.cue);
    });
  });
});

describe('quotes: structure', () => {
  it.each([
    ['Ausgezeichnet wurde die Schriftstellerin Mara Olsen, die den Preis als „späte Genugtuung“ bezeichnete.', 'die', 'Mara Olsen'],
    ['Der Verband verwies auf neue Studien, nach denen die Mieten weiter steigen würden.', 'denen', 'Studien'],
  ])('a relative pronoun speaker keeps its mention and takes its antecedent’s name: %s', (text, mention, name) => {
    const doc = pipeline.process({ id: 'rel', text, meta: {} });
    const q = (doc.layers.quotes ?? []).find((x) => x.speaker.mention && text.slice(x.speaker.mention.start, x.speaker.mention.end) === mention);
    expect(q, 'a quote whose speaker mention is the relative pronoun').toBeDefined();
    expect(q!.speaker.name).toBe(name);
  });

  it.each([
    ['Laut einem Bericht der BBC seien 62 Studien ausgewertet worden.', 'einem Bericht der BBC', 'BBC'],
    ['Wie aus einer Mitteilung der Polizei hervorgeht, wurden drei Menschen verletzt.', 'einer Mitteilung der Polizei', 'Polizei'],
  ])('a document source is the mention as written, named after who issued it: %s', (text, mention, name) => {
    const doc = pipeline.process({ id: 'doc', text, meta: {} });
    const q = (doc.layers.quotes ?? [])[0]!;
    expect(q.speaker.mention && text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(mention);
    expect(q.speaker.name).toBe(name);
  });

  it('links the parts of an interrupted quote', () => {
    const q = quotesOf('„Wir sind bereit“, sagte er, „aber nicht um jeden Preis.“');
    expect(q.map((x) => x.parts)).toEqual([['q2'], ['q1']]);
  });

  it('never returns an empty span or one past the end, and does not throw on odd input', () => {
    const odd = [
      '', '„', '“', '„“', '„ “', '"""', '»«', '„Er sagte: „„', 'Er sagte, dass', '… „', '\u00ad„Wort\u00ad“',
      '„😀 Emoji 😀“, sagte sie.', 'A\u0301„b“', `„${'sehr '.repeat(5000)}lang“, sagte er.`, ':\n:\n„', 'laut', 'zufolge', ', so',
    ];
    for (const text of odd) {
      const doc = pipeline.process({ id: 'odd', text, meta: {} });
      for (const q of doc.layers.quotes ?? []) {
        expect(q.span.end).toBeGreaterThan(q.span.start);
        expect(q.span.end).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('reports unbalanced quotation marks as a diagnostic, once per document', () => {
    const doc = pipeline.process({ id: 'u', text: 'Der Sprecher sagte: „Wir prüfen den Fall. Die Polizei ermittelt.', meta: {} });
    expect(doc.diagnostics.filter((d) => d.code === 'unbalanced-quotes')).toHaveLength(1);
    const ok = pipeline.process({ id: 'b', text: '„Gut“, sagte er. Trump’s Plan geht’s an.', meta: {} });
    expect(ok.diagnostics.filter((d) => d.code === 'unbalanced-quotes')).toHaveLength(0);
  });

  it('maps the speaker phrase to the entities layer when it is present', async () => {
    const { Mention } = await import('../pipeline/stages/entities/types.js');
    const { quotesStage } = await import('../pipeline/stages/quotes/index.js');
    const text = 'US-Außenminister Marco Rubio kam nach Brüssel. „Die Uhr läuft“, sagte er.';
    const doc = createPipeline({ stages: ['sentences', 'tokens'] }).process({ id: 'e', text, meta: {} });
    const full = new Mention(0, 28, 'name', 0, 'e1');
    const pronoun = new Mention(text.indexOf('er.'), text.indexOf('er.') + 2, 'pronoun', 1, 'e1');
    doc.layers.mentions = [full, pronoun];
    doc.layers.entities = [{ id: 'e1', name: 'Marco Rubio', type: 'person', mentions: [full, pronoun] }];
    quotesStage.create(quotesStage.defaults).run(doc);
    const q = doc.layers.quotes![0]!;
    expect(q.speaker.name).toBe('Marco Rubio');
    expect(q.speaker.entity).toBe('e1');
    expect(q.speaker.mention?.start).toBe(pronoun.start);
  });

  it.each([
    ['Die Polizei veröffentlichte am Morgen einen Bericht. Demnach war der Fahrer zu schnell.', 'Demnach', 'Polizei'],
    ['Die Stadtwerke Bochum haben nach eigenen Angaben den Strompreis gesenkt.', 'eigenen Angaben', 'Stadtwerke Bochum'],
    ['Die Regierung dementierte einen Bericht der Agentur Reuters, wonach der Minister zurücktreten wolle.', 'wonach', 'Reuters'],
    ['Diplomaten in Paris berichten über Gerüchte, wonach der Gipfel verschoben werde.', 'wonach', 'Diplomaten'],
    // demnach after a document that is itself the source (a place, a dative object, the subject)
    ['Das geht aus dem Urteil hervor, das am Montag verkündet wurde. Demnach ist die Stadt nicht haftbar.', 'Demnach', 'Urteil'],
    ['Am Freitag hat der Landtag einer Gesetzesvorlage zugestimmt. Demnach dürfen Läden sonntags öffnen.', 'Demnach', 'Gesetzesvorlage'],
    ['Inzwischen sind schwere Vorwürfe gegen den Trainer bekannt geworden. Demnach hat er Spieler beleidigt.', 'Demnach', 'Vorwürfe'],
    // a statement given by the subject (an object, no speech verb): the giver
    ['Der Vorfall sorgte für Streit. Das Außenministerium in Moskau gab einen Kommentar zu dem Vorfall ab. Demnach erwartet Russland eine Entschuldigung.', 'Demnach', 'Außenministerium'],
    // …, wonach after a verb: the statement phrase in its clause, else the subject
    ['Das Ministerium hat Meldungen der Zeitung „Kurier“ vom Montag zurückgewiesen, wonach Prüfer Zutritt verlangt hätten.', 'wonach', 'Kurier'],
    ['Am Sonntag hatte Umweltminister Karl Brandt die Erlaubnis gegeben, den Wolf zu fangen, wonach er freigelassen werden sollte.', 'wonach', 'Brandt'],
  ])('names the referent of "demnach", "wonach", "nach eigenen Angaben" while the mention is the cue as written: %s', (text, mention, name) => {
    const doc = pipeline.process({ id: 'w', text, meta: {} });
    const q = doc.layers.quotes!.find((x) => x.type === 'indirect')!;
    expect(text.slice(q.speaker.mention!.start, q.speaker.mention!.end)).toBe(mention);
    expect(q.speaker.name).toContain(name);
  });

  it.each([
    ['Die Straße bleibt laut Angaben der Polizei bis Freitag gesperrt.', 'Angaben der Polizei', 'Polizei'],
    ['Die Wahl soll laut Vorschlag der Union im Mai stattfinden.', 'Vorschlag der Union', 'Union'],
    ['Laut Bericht des Senders wurden drei Menschen verletzt.', 'Bericht des Senders', 'Senders'],
  ])('a source noun after "laut" taken for a surname is the source as written, its genitive the referent: %s', (text, mention, name) => {
    const doc = pipeline.process({ id: 'l', text, meta: {} });
    const q = doc.layers.quotes!.find((x) => x.type === 'indirect')!;
    expect(text.slice(q.speaker.mention!.start, q.speaker.mention!.end)).toBe(mention);
    expect(q.speaker.name).toContain(name);
  });

  it('a source noun without a genitive after "laut" stays as it is (negative)', () => {
    const text = 'Laut Angaben wurden drei Menschen verletzt.';
    const doc = pipeline.process({ id: 'l', text, meta: {} });
    const q = doc.layers.quotes!.find((x) => x.type === 'indirect')!;
    expect(text.slice(q.speaker.mention!.start, q.speaker.mention!.end)).toBe('Angaben');
  });

  it.each([
    ['Inzwischen sind schwere Vorwürfe gegen den Trainer bekannt geworden. Demnach hat er Spieler beleidigt. Er habe auch Prämien einbehalten.', 'Er habe auch Prämien einbehalten', 'Vorwürfe'],
    ['„Ich gehe“, sagte der Bischof. Der ältere Bruder des Bischofs, Georg Maier, war nach eigenem Bekunden seit langem eingeweiht. Der Rücktritt sei ein natürlicher Vorgang.', 'Der Rücktritt sei ein natürlicher Vorgang', 'Georg Maier'],
  ])('reported speech that goes on after a source as written names its referent: %s', (text, content, name) => {
    const doc = pipeline.process({ id: 'c', text, meta: {} });
    const q = doc.layers.quotes!.find((x) => text.slice(x.span.start, x.span.end) === content)!;
    expect(q.speaker.name).toContain(name);
  });

  it('keeps the pronoun as speaker without the entities layer', () => {
    const q = quotesOf('Rubio kam nach Brüssel. „Die Uhr läuft“, sagte er.');
    expect(q[0]!.speaker).toBe('er');
  });
});

// Which phrase of the clause speaks: expletive "es", the impersonal "zitierte man X", the
// source of "heißt es", and subject–verb agreement when an object opens the clause.
const SPEAKER_CHOICE: Array<[string, string, Expected[]]> = [
  ['expletive es before a passive-like verb names nobody', 'Bürgermeister Jan Ohl stellte den Neubau vor. Es ist geplant, dass jede Klasse einen eigenen Raum bekommt.', [I('dass jede Klasse einen eigenen Raum bekommt', null, 'planen')]],
  ['generic "man" names nobody, like an agentless passive', 'Da der Kongress die Finanzhoheit hat, geht man davon aus, dass vom Entwurf wenig übrig bleibt.', [I('dass vom Entwurf wenig übrig bleibt', null, 'ausgehen')]],
  ['"man" inside the reported clause leaves the speaker (negative)', 'Die Ministerin sagte, man werde den Entwurf prüfen.', [I('man werde den Entwurf prüfen', 'Die Ministerin', 'sagen')]],
  ['es before a full verb still refers (negative)', 'Das Landgericht äußerte sich am Freitag. Es wies den Vorwurf zurück, die Kammer habe parteiisch geurteilt.', [I('die Kammer habe parteiisch geurteilt', 'Es', 'zurückweisen')]],
  ['zitierte man X: the quoted person', 'Die Regierung schwieg. „Wir sind unzufrieden“, zitierte man die Sprecherin Lea Sommer.', [D('Wir sind unzufrieden', 'die Sprecherin Lea Sommer', 'zitieren')]],
  ['heißt es: a place in the reported clause is no source', 'Die meisten Fälle betreffen Kinder. Zwei Drittel dieser Fälle entfallen auf Westafrika und Südasien, heißt es.', [I('Zwei Drittel dieser Fälle entfallen auf Westafrika und Südasien', null, 'heißen')]],
  ['heißt es in dem Bericht (negative)', 'Die Lage sei ernst, heißt es in dem Bericht der Kommission.', [I('Die Lage sei ernst', 'dem Bericht der Kommission', 'heißen')]],
  ['singular verb, plural object first: the name after the verb speaks', 'Die Äußerungen der beiden Richter bezeichnete Innenminister Karl Brandt als „Luftschloss“.', [P('Luftschloss', 'Innenminister Karl Brandt', 'bezeichnen')]],
  ['subject first, name after the verb is the object (negative)', 'Die Gewerkschaft kritisierte Minister Brandt als „weltfremd“.', [P('weltfremd', 'Die Gewerkschaft', 'kritisieren')]],
  ['plural verb keeps the plural subject before a singular name', 'Einige der bekanntesten Muslime in Großbritannien haben Premierminister Tom Baker gestern geschrieben, dass die Politik geändert werden müsse.', [I('dass die Politik geändert werden müsse', 'Einige der bekanntesten Muslime in Großbritannien', 'schreiben')]],
  ['denn wie X berichtete: the conjunction before the subordinator', 'Denn wie die „Abendpost“ in ihrer Ausgabe vom Montag berichtete, leidet der Schauspieler an einer schweren Krankheit.', [I('leidet der Schauspieler an einer schweren Krankheit', 'die „Abendpost“', 'berichten')]],
  ['a quotation opens the clause without a comma: its modal is not the finite verb', '„Wer soll das alles bezahlen?“ fragen sich die Experten.', [D('Wer soll das alles bezahlen?', 'die Experten', 'fragen')]],
  ['quoted name as head: the genitive after it is no speaker', 'Darüber hinaus wirft der „Arbeitskreis Datenschutz“ der Polizei vor, sich nicht an Absprachen gehalten zu haben.', [I('sich nicht an Absprachen gehalten zu haben', 'der „Arbeitskreis Datenschutz“', 'vorwerfen')]],
  ['a genitive after a role noun stays in the phrase (negative)', 'Darüber hinaus wirft der Sprecher der Polizei den Demonstranten vor, Steine geworfen zu haben.', [I('Steine geworfen zu haben', 'der Sprecher', 'vorwerfen')]],
  ['a conditional "würde" before a colon is no passive: the subject speaks, not the document it names', 'Der Minister würde im Urteil eine Bestätigung sehen: „Wir haben in allen Punkten recht behalten.“', [D('Wir haben in allen Punkten recht behalten.', 'Der Minister')]],
  ['a future "wird" before a colon is no passive without a participle: the subject speaks', 'Der Minister wird im Urteil eine Bestätigung sehen: „Wir haben in allen Punkten recht behalten.“', [D('Wir haben in allen Punkten recht behalten.', 'Der Minister')]],
  ['a present passive with a participle before a colon gives the words to the document (negative)', 'Im Urteil wird die Klage abgewiesen: „Die Beschwerde ist unbegründet.“', [D('Die Beschwerde ist unbegründet.', 'Urteil')]],
  ['a capitalised name particle opening the sentence is no preposition', 'Minister Anton von Ried sprach zuerst. Von Ried hatte zwar Fehler eingeräumt, er sei aber nicht zurückgetreten.', [I('er sei aber nicht zurückgetreten', 'Von Ried', 'einräumen')]],
  ['a preposition opening the sentence still opens an adverbial (negative)', 'Von Anfang an hatte der Minister eingeräumt, die Pläne seien unfertig.', [I('die Pläne seien unfertig', 'der Minister', 'einräumen')]],
  ['in dessen Folge X: the subject follows the possessed noun', 'Das Urteil folgte einem Skandal, in dessen Folge das Verwaltungsgericht festgestellt hatte, die Behörde sei zuständig gewesen.', [I('die Behörde sei zuständig gewesen', 'das Verwaltungsgericht', 'feststellen')]],
  ['ließ X verlauten: lassen is the finite verb', '„Wir helfen, wo wir können“, ließ ein Sprecher des Fonds kurz verlauten.', [D('Wir helfen, wo wir können', 'ein Sprecher des Fonds', 'verlauten')]],
  ['an accusative opens the clause: the subject follows the verb', 'Ihren Widersacher Karl Brenner von der Opposition forderte die Premierministerin auf, über einen Rücktritt nachzudenken.', [I('über einen Rücktritt nachzudenken', 'die Premierministerin', 'auffordern')]],
  ['a possessive nominative opens the clause (negative)', 'Ihr Sprecher sagte, die Ministerin sei erkrankt.', [I('die Ministerin sei erkrankt', 'Ihr Sprecher', 'sagen')]],
  ['passive: von after the noun of a prepositional phrase is no agent', 'Der Regierung unter der Führung von Präsident Ilgaz wird vorgeworfen, die Presse zu unterdrücken.', [I('die Presse zu unterdrücken', null, 'vorwerfen')]],
  ['passive: von after the passive subject is the agent (negative)', 'Zudem wurde die Landesregierung vom Mieterbund aufgefordert, die Mietpreisbremse zu verlängern.', [I('die Mietpreisbremse zu verlängern', 'vom Mieterbund', 'auffordern')]],
  ['a cue inside a relative clause does not take a quote of the main clause', 'Die Ministerin kritisierte die Haltung des Abgeordneten, der zum Boykott aufgerufen haben soll, als „billige Provokation“.', [P('billige Provokation', 'Die Ministerin', 'kritisieren')]],
  ['a quote inside the relative clause keeps its cue (negative)', 'Der Abgeordnete, der den Plan als „teuren Irrweg“ bezeichnete, lenkte später ein.', [P('teuren Irrweg', 'der', 'bezeichnen')]],
  ['a referent only in the attribute of a subject is no source for what follows', 'Die Pflichten der Europäischen Union wurden lange diskutiert. Die Reform solle schon im Mai beginnen.', [I('Die Reform solle schon im Mai beginnen', null, null)]],
  ['the genitive of a statement noun is the source (negative)', 'Die Ankündigung des Ministers Karl Brandt sorgte für Unruhe. Die Reform solle schon im Mai beginnen.', [I('Die Reform solle schon im Mai beginnen', 'des Ministers Karl Brandt', null)]],
  ['a role noun with a genitive is the source (negative)', 'Der Sprecher der Europäischen Union äußerte sich nicht. Die Reform solle schon im Mai beginnen.', [I('Die Reform solle schon im Mai beginnen', 'Der Sprecher', null)]],
  ['X zufolge: a pronoun subject and its verb are not part of the source', 'Drei der Männer haben die britische Staatsbürgerschaft. Sie stammen Zeitungsberichten zufolge aus Einwandererfamilien.', [I('Sie stammen Zeitungsberichten zufolge aus Einwandererfamilien', 'Zeitungsberichten', 'zufolge')]],
  ['X zufolge: a noun subject and its verb are not part of the source', 'Die Männer stammen Berichten zufolge aus Einwandererfamilien.', [I('Die Männer stammen Berichten zufolge aus Einwandererfamilien', 'Berichten', 'zufolge')]],
  ['X zufolge: a strong genitive adjective stays in the source (negative)', 'Berichten britischer Medien zufolge ist der Minister zurückgetreten.', [I('ist der Minister zurückgetreten', 'Berichten britischer Medien', 'zufolge')]],
  ['an apposition without its closing comma: the name before it speaks', 'Theo Brandner, Präsident des Fußballverbandes nannte die Bewerbung „sehr respektabel“.', [P('sehr respektabel', 'Theo Brandner', 'nennen')]],
  ['a clause after an adverbial and a comma keeps its own subject (negative)', 'Nach dem Spiel, Trainer Olaf Kehl nannte die Leistung „schwach“.', [P('schwach', 'Trainer Olaf Kehl', 'nennen')]],
  ['laut + a name with a lower-case prefix', 'Die Anlage sei laut el-Masri seit Jahren stillgelegt.', [I('Die Anlage sei laut el-Masri seit Jahren stillgelegt', 'el-Masri', 'laut')]],
  ['laut + a noun with a lower-case prefix', 'In den Lagern gibt es laut ai-Bericht kaum sauberes Wasser.', [I('In den Lagern gibt es laut ai-Bericht kaum sauberes Wasser', 'ai-Bericht', 'laut')]],
  ['X zufolge: a noun phrase ending in a prefixed name', 'Dem Sender al-Arabija zufolge wurde das Schiff vor der Küste gestoppt.', [I('wurde das Schiff vor der Küste gestoppt', 'Dem Sender al-Arabija', 'zufolge')]],
  ['X zufolge: a hyphenated adjective before the noun stays an adjective (negative)', 'Den deutsch-französischen Berichten zufolge wurde der Vertrag unterzeichnet.', [I('wurde der Vertrag unterzeichnet', 'Den deutsch-französischen Berichten', 'zufolge')]],
  ['participles joined by und after an auxiliary stay in the reported clause (negative)', 'Der Sprecher sagte, die Polizei habe die Straße geräumt und angekündigt, dass sie bleibe.', [I('die Polizei habe die Straße geräumt', 'Der Sprecher', 'sagen'), I('dass sie bleibe', 'die Polizei', 'ankündigen')]],
  ['mit + speech-act noun: the subject holds it', 'Die Gewerkschaft wandte sich mit der Bitte an die Stadt, die Straße zu sperren.', [I('die Straße zu sperren', 'Die Gewerkschaft', 'Bitte')]],
  ['mit + speech-act noun opening the sentence: the subject after the verb', 'Mit der Ankündigung, die Zölle zu erhöhen, hat der Präsident die Märkte erschreckt.', [I('die Zölle zu erhöhen', 'der Präsident', 'Ankündigung')]],
  ['a speech-act noun after another preposition names no holder (negative)', 'Die Gewerkschaft reagierte mit Unverständnis auf die Forderung, die Löhne zu senken.', [I('die Löhne zu senken', null, 'Forderung')]],
  ['dem Vernehmen nach: hearsay is the source as written', 'Dem Vernehmen nach soll der Minister sein Amt noch bis zum Frühjahr ausüben.', [I('soll der Minister sein Amt noch bis zum Frühjahr ausüben', 'Dem Vernehmen', 'nach')]],
  ['dem Vernehmen nach: the report around it keeps its source', 'Wie die Polizei mitteilte, wird es mehr Kontrollen geben. Dort treffen sich dem Vernehmen nach Gruppen, die Passanten anpöbeln. Es sei wiederholt zu Diebstählen gekommen.', [I('wird es mehr Kontrollen geben', 'die Polizei', 'mitteilen'), I('Dort treffen sich dem Vernehmen nach Gruppen, die Passanten anpöbeln', 'dem Vernehmen', 'nach'), I('Es sei wiederholt zu Diebstählen gekommen', 'die Polizei', null)]],
  ['an accusative before "nach" is no source (negative)', 'Der Minister änderte seine Meinung nach der Anhörung und sagte, die Reform komme später.', [I('die Reform komme später', 'Der Minister', 'sagen')]],
  ['a paper that writes its name in lower case is a subject', 'Die taz vermutet, dass der Zugriff auf die Daten längst üblich ist.', [I('dass der Zugriff auf die Daten längst üblich ist', 'Die taz', 'vermuten')]],
  ['laut + an agency written in lower case', 'Am Dienstag wurde laut dpa erneut deutlich gemacht, dass die Lage ernst sei.', [I('Am Dienstag wurde laut dpa erneut deutlich gemacht, dass die Lage ernst sei', 'dpa', 'laut')]],
  ['a lower-case word after the article is no name (negative)', 'Die neu gewählte Vorsitzende vermutet, dass der Zugriff auf die Daten längst üblich ist.', [I('dass der Zugriff auf die Daten längst üblich ist', 'Die neu gewählte Vorsitzende', 'vermuten')]],
  ['a noun phrase after the verb is the subject when the opening phrase is no referent', 'Unterstützung erhält der Vorschlag, die Flaggen zu wechseln, nun auch von der Regierung.', [I('die Flaggen zu wechseln', 'der Vorschlag', 'Vorschlag')]],
  ['a referent opening the clause holds the noun after the verb (negative)', 'Am Montag erhob die Gewerkschaft die Forderung, die Löhne zu erhöhen.', [I('die Löhne zu erhöhen', 'die Gewerkschaft', 'Forderung')]],
  ['a participle attribute with von names the holder of the noun', 'Die von Anna Berg nach dem Urteil geäußerte Hoffnung, ihr Leben werde sich bessern, erfüllte sich nicht.', [I('ihr Leben werde sich bessern', 'Anna Berg', 'Hoffnung')]],
  ['a participle attribute with a von object inside the verb phrase is no holder (negative)', 'Die Ministerin wies die von vielen geteilte Sorge zurück, die Reform komme zu spät.', [I('die Reform komme zu spät', 'Die Ministerin', 'zurückweisen')]],
  ['a participle attribute with vom names the holder of the noun', 'Der vom Minister erhobene Vorwurf, die Firma habe betrogen, wurde zurückgewiesen.', [I('die Firma habe betrogen', 'Minister', 'Vorwurf')]],
  ['an indefinite pronoun after the verb is the subject', 'Das Gericht wurde 1993 gegründet. Damals dachte niemand, dass es so lange bestehen würde.', [I('dass es so lange bestehen würde', 'niemand', 'denken')]],
  ['an indefinite pronoun is no source for what follows (negative)', 'Der Minister sprach von einem Erfolg. Niemand glaubte, dass die Reform scheitere. Sie sei gut vorbereitet.', [I('dass die Reform scheitere', 'Niemand', 'glauben'), I('Sie sei gut vorbereitet', 'Der Minister', null)]],
  ['a subordinate clause between the verb and its particle', 'Die Kampagne warf dem Senator, nachdem dessen Entscheidung bekannt wurde, vor, er habe damit nur Wahlkampf gemacht.', [I('er habe damit nur Wahlkampf gemacht', 'Die Kampagne', 'vorwerfen')]],
  ['the particle word after the subordinate clause that does not end its clause is no particle (negative)', 'Die Kampagne warf dem Senator, nachdem er aufgab, vor allem Feigheit vor.', []],
  ['a placeholder "es" opens the clause: the phrase after the verb holds the noun', 'Es ziehen 47 Prozent der Befragten die Schlussfolgerung, nicht zur Wahl zu gehen.', [I('nicht zur Wahl zu gehen', '47 Prozent der Befragten', 'Schlussfolgerung')]],
  ['"es" with the noun itself after the verb names no holder (negative)', 'Es folgte die Ankündigung, die Steuern zu senken.', [I('die Steuern zu senken', null, 'Ankündigung')]],
  ['"es gibt" names no holder (negative)', 'Es gibt in der Stadt die Forderung, die Straße zu sperren.', [I('die Straße zu sperren', null, 'Forderung')]],
  ['aus X kommen + speech-act noun: where it came from holds it', 'Aus der Opposition kommen Aufrufe, am Wochenende zu demonstrieren.', [I('am Wochenende zu demonstrieren', 'der Opposition', 'Aufrufe')]],
  ['von X kam + speech-act noun', 'Von der Gewerkschaft kam die Forderung, die Löhne zu erhöhen.', [I('die Löhne zu erhöhen', 'der Gewerkschaft', 'Forderung')]],
  ['aus + a cause with another verb: the subject holds the noun (negative)', 'Aus Sorge um die Firma erhob die Gewerkschaft die Forderung, die Löhne zu erhöhen.', [I('die Löhne zu erhöhen', 'die Gewerkschaft', 'Forderung')]],
  ['die Information, … Konjunktiv: an information noun with reported content', 'Von der Polizei kam die Information, bei den Toten handele es sich um Mitglieder eines Clans.', [I('bei den Toten handele es sich um Mitglieder eines Clans', 'der Polizei', 'Information')]],
  ['an information noun before an indicative clause is no cue (negative)', 'Die Information, die gestern kam, war falsch.', []],
  ['an opinion noun with an adjective after its article', 'Der Verband ist der festen Überzeugung, dass das Gesetz dem Konzern schade.', [I('dass das Gesetz dem Konzern schade', 'Der Verband', 'Überzeugung')]],
  ['an opinion noun with an adjective after the inverted subject', 'Seit Jahren ist die Gewerkschaft der gegenteiligen Ansicht, dass das Gesetz schade.', [I('dass das Gesetz schade', 'die Gewerkschaft', 'Ansicht')]],
  ['an opinion noun after a preposition and an adjective is no cue (negative)', 'Nach reiflicher Überlegung und mit großer Hoffnung, dass es klappt, reiste sie ab.', []],
  ['a subordinate clause first, then the speech verb: the content follows', 'Nachdem die Funde ausgewertet waren, erklärte der Forscher, dass Mehl eine große Rolle spielte.', [I('dass Mehl eine große Rolle spielte', 'der Forscher', 'erklären')]],
  ['a main clause first, then the inverted speech verb: the content precedes (negative)', 'Die Funde seien ausgewertet, erklärte der Forscher, Mehl habe eine große Rolle gespielt.', [I('Die Funde seien ausgewertet', 'der Forscher', 'erklären'), I('Mehl habe eine große Rolle gespielt', 'der Forscher', 'erklären')]],
  ['an inverted speech verb ending the sentence with a long subject and apposition', 'Vor dem Absturz wurde kein Notsignal gesendet, teilte später der Direktor der Behörde, Bagus Puruhito, mit.', [I('Vor dem Absturz wurde kein Notsignal gesendet', 'der Direktor der Behörde', 'mitteilen')]],
  ['a long clause after a subordinate clause with a focus particle is no attribution (negative)', 'Selbst wenn die Frau im Verfahren als Heranwachsende gesehen wird, droht ihr im Falle einer Verurteilung eine langjährige Freiheitsstrafe.', []],
  ['an apposition to the inverted subject before the content clause', 'Zum Jahrestag meldete der vatikaneigene Radiosender, Radio Vatikan, dass die Schrift gut verkauft wird.', [I('dass die Schrift gut verkauft wird', 'der vatikaneigene Radiosender', 'melden')]],
  ['a name after the comma that opens an indicative clause is no apposition (negative)', 'Der Sprecher sagte, der Minister kommt morgen nach Berlin.', [I('der Minister kommt morgen nach Berlin', 'Der Sprecher', 'sagen')]],
  ['adverb first, name after the verb (negative)', 'Besorgt äußerte sich Generalsekretär Kofi Annan, die Lage sei ernst.', [I('die Lage sei ernst', 'Generalsekretär Kofi Annan', 'äußern')]],
];

describe('quotes: which phrase of the clause is the speaker', () => {
  it.each(SPEAKER_CHOICE)('%s', (_name, text, expected) => {
    const got = quotesOf(text);
    expect(got.map((q) => ({ type: q.type, text: q.text }))).toEqual(expected.map((e) => ({ type: e.type, text: e.text })));
    expected.forEach((e, i) => {
      if (e.speaker) {
        expect(got[i]!.speaker, `speaker of "${e.text}"`).not.toBeNull();
        expect(e.speaker, `speaker of "${e.text}"`).toContain(got[i]!.speaker);
      } else if (e.speaker !== undefined) expect(got[i]!.speaker, `speaker of "${e.text}"`).toBe(e.speaker);
      if (e.cue !== undefined) expect(got[i]!.cue, `cue of "${e.text}"`).toBe(e.cue);
    });
  });
});

// The speaker phrase of a cue, checked on its own where the content detection is not at issue.
const layersOnly = createPipeline({ stages: ['sentences', 'tokens', 'entities'] });
function speakerPhraseAt(text: string, lemma: string): string | null {
  const doc = layersOnly.process({ id: 't', text, meta: {} });
  const sentences = doc.layers.sentences ?? [];
  const { pairs } = pairQuotes(text, doc.layers.paragraphs ?? sentences);
  const mentions = [...(doc.layers.mentions ?? [])].sort((a, b) => a.start - b.start);
  for (const { words } of buildSentenceWords(text, sentences, doc.layers.tokens ?? [], pairs.filter((p) => p.depth === 0), mentions)) {
    const cue = findCues(words).find((c) => c.lemma === lemma);
    if (!cue) continue;
    const sp = speakerOf(words, cue);
    return sp ? text.slice(words[sp.from]!.start, words[sp.to]!.end) : null;
  }
  throw new Error(`no cue ${lemma} in: ${text}`);
}

describe('quotes: speaker phrase of a cue', () => {
  it.each([
    ['name particle ter inside a name', 'Torwart Marc-André ter Stegen hat eingeräumt, dass er vor dem Gegentor zu spät reagiert habe.', 'einräumen', 'Torwart Marc-André ter Stegen'],
    ['name particle ten inside a name', 'Trainer Erik ten Hag hat gefordert, dass die Mannschaft bis zum Schluss kämpft.', 'fordern', 'Trainer Erik ten Hag'],
    ['name particle bin opening the sentence', 'Der Kronprinz Mohammed bin Salman reiste nach Paris. Bin Salman hatte zuvor angekündigt, das Land werde investieren.', 'ankündigen', 'Bin Salman'],
    ['wie X berichten without a comma after the verb', 'Wie die örtlichen Sender berichten sind mindestens zwei Menschen gestorben.', 'berichten', 'die örtlichen Sender'],
    ['wie X berichten, with the comma (negative)', 'Wie die örtlichen Sender berichten, sind mindestens zwei Menschen gestorben.', 'berichten', 'die örtlichen Sender'],
    ['adverbs in a row before the participle of the subject phrase', 'Der erst kürzlich ernannte Bischof der Diözese, Peter Lang, hat den Papst gebeten, seine Ernennung zurückzunehmen.', 'bitten', 'Der erst kürzlich ernannte Bischof der Diözese'],
    ['an adverb used as modifier: "die neu gewählte Vorsitzende"', 'Die neu gewählte Vorsitzende, Anna Berg, hat die Mitglieder aufgefordert, ruhig zu bleiben.', 'auffordern', 'Die neu gewählte Vorsitzende'],
    ['an object after the auxiliary, the subject after it', 'Weil die Frist abläuft, hat dem Ausschuss ein Sprecher des Verbands mitgeteilt, dass die Zahlen nicht stimmen.', 'mitteilen', 'ein Sprecher des Verbands'],
    ['an object after the auxiliary is no subject (negative)', 'Nach der Sitzung, die bis in die Nacht dauerte, hat den Bürgermeister gebeten, die Sitzung zu vertagen.', 'bitten', null],
    ['an accusative after the auxiliary, the subject before the apposition', 'Die kürzlich gewählte Sprecherin, Anna Berg, hat den Vorstand gebeten, die Sitzung zu vertagen.', 'bitten', 'Die kürzlich gewählte Sprecherin'],
    ['"es" as object between the inverted verb and the subject', 'Zunächst sah es das Gericht als erwiesen an, dass die Frau gegen die Auflagen verstoßen hatte.', 'ansehen', 'das Gericht'],
    ['a dative pronoun between the inverted verb and the subject', 'Am Abend teilte ihm der Anwalt mit, dass die Klage abgewiesen worden sei.', 'mitteilen', 'der Anwalt'],
    ['"es" with an oblique phrase after it gives no subject (negative)', 'Am Abend teilte es den Mitarbeitern mit, dass die Filiale schließe.', 'mitteilen', null],
    ['participles joined by "und" after an apposition are no relative clause', 'Inzwischen hat sich die Vorsitzende des Verbands, Anna Berg, gegen die Pläne gewandt und behauptet, die Schulen seien überfüllt.', 'behaupten', 'die Vorsitzende des Verbands'],
    ['a relative clause after a preposition with coordinated participles and its auxiliary (negative)', 'Er verwies auf einen Brief, in dem die Anwohner protestiert und gefordert hatten, die Straße zu sperren.', 'fordern', 'die Anwohner'],
    ['a percentage as subject after the inverted verb', 'In der Umfrage befürworteten 80 Prozent, dass die Abgeordneten ihre Einkünfte offenlegen.', 'befürworten', '80 Prozent'],
    ['a quantity with its noun opening the clause', '300 Anwohner haben gefordert, die Straße zu sperren.', 'fordern', '300 Anwohner'],
    ['a time before the verb is no subject (negative)', 'Um 11:09 Uhr berichtete die Zeitung, dass der Antrag gestellt worden sei.', 'berichten', 'die Zeitung'],
    ['a number after a preposition is no subject (negative)', 'Mit 27 von 35 Stimmen der Mitglieder wurde beschlossen, die Sitzung zu vertagen.', 'beschließen', null],
    ['an adverb of approximation belongs to the quantity phrase', 'Rund 40 Prozent befürworteten, dass die Reform verschoben wird.', 'befürworten', 'Rund 40 Prozent'],
    ['"rund" without a number is no part of a subject (negative)', 'Rund um die Uhr berichtete der Sender, dass die Lage ruhig sei.', 'berichten', 'der Sender'],
    ['und + a second main clause with its own subject', 'Die Polizei räumte die Straße und die Anwohner befürchten, dass es nicht die letzte Räumung sein wird.', 'befürchten', 'die Anwohner'],
    ['two coordinated subjects of one verb (negative)', 'Die Polizei und die Anwohner befürchten, dass es nicht die letzte Räumung sein wird.', 'befürchten', 'Die Polizei'],
    ['und + a preterite after a reported clause with an auxiliary: the sentence subject', 'Die Abgeordnete Anna Berg erklärte, der Minister sei ein Risiko und kündigte an, gegen ihn zu kandidieren.', 'ankündigen', 'Die Abgeordnete Anna Berg'],
    ['und + a preterite in a verb-final relative clause keeps the relative pronoun (negative)', 'Sie lobte den Minister, der lange krank war und erklärte, dass er bleibe.', 'erklären', 'der'],
    ['a neuter relative pronoun is the subject of its clause', 'Ein Vorschlag kam von Spanien, das vorschlug, die Zölle zu senken.', 'vorschlagen', 'das'],
    ['a neuter relative pronoun with a nominative after it is the object (negative)', 'Das Amt legte ein Gutachten vor, das der Minister gestern als „mangelhaft“ bezeichnete.', 'bezeichnen', 'der Minister'],
    ['a feminine subject before "ist der Ansicht": the opinion noun is the cue, not the subject', 'Die Schutzvereinigung der Anleger ist der Ansicht, dass das Gesetz dem Konzern schade.', 'Ansicht', 'Die Schutzvereinigung der Anleger'],
    ['an object first and "der" after the verb: the subject follows (negative)', 'Die Anwendung des Gesetzes stellte der Vorsitzende in Frage, weil es dem Konzern schade.', 'in frage stellen', 'der Vorsitzende'],
    ['X zufolge: a statement noun right after the subject noun is a phrase of its own', 'Nach dem Spiel wurde der Trainer Berichten zufolge sofort entlassen.', 'zufolge', 'Berichten'],
    ['X zufolge: a genitive name before the statement noun belongs to it (negative)', 'Putins Angaben zufolge ist bei dem Angriff niemand verletzt worden.', 'zufolge', 'Putins Angaben'],
    ['"etwa" between the auxiliary and the subject is skipped like other adverbs', 'Inzwischen hat sich etwa die Vorsitzende des Verbands, Karin Brosz, gegen die Pläne ausgesprochen und behauptet, die Schulen seien überfüllt.', 'behaupten', 'die Vorsitzende des Verbands'],
    ['"etwa" before a number stays in the quantity phrase (negative)', 'Etwa 300 Anwohner haben gefordert, die Straße zu sperren.', 'fordern', 'Etwa 300 Anwohner'],
    ['the dot of a regnal number after a name ends no clause', 'Der Bischof Peter Lang hat Papst Benedikt XVI. gebeten, seine Ernennung zurückzunehmen.', 'bitten', 'Der Bischof Peter Lang'],
    ['a Roman numeral ending the sentence keeps its dot as the end (negative)', 'Die Kirche gedachte Papst Johannes XXIII. Sie berichtete, die Feier sei würdig gewesen.', 'berichten', 'Sie'],
    ['und + a second main clause after a clause with a copula and a pronoun subject', 'Dies war nicht die erste Räumung der Straße und die Anwohner befürchten, dass es nicht die letzte sein wird.', 'befürchten', 'die Anwohner'],
    ['und + an object and a participle after a perfect auxiliary: the first subject (negative)', 'Die Stadt hat die Straße gesperrt und die Anwohner informiert, dass die Arbeiten andauern.', 'informieren', 'Die Stadt'],
    ['und + an object and an infinitive after a modal auxiliary: the first subject (negative)', 'Die Stadt wird die Straße sperren und die Anwohner warnen, dass die Arbeiten andauern.', 'warnen', 'Die Stadt'],
    ['a comma inside parentheses ends no clause', 'Minister Karl Lang hat bei einem Treffen mit der Partei Awoda (dt. etwa Arbeiterpartei, gegründet 1968) bekräftigt, das Land stehe zu seiner Verantwortung.', 'bekräftigen', 'Minister Karl Lang'],
    ['a comma after the closing parenthesis still ends the clause (negative)', 'Minister Karl Lang (CDU), der lange geschwiegen hatte, hat bekräftigt, das Land stehe zu seiner Verantwortung.', 'bekräftigen', 'Minister Karl Lang (CDU)'],
    ['an age between commas is an apposition: the name before it speaks', 'Der Rentner Karl Brandt, 71, sagte, er habe in der Nacht nichts gehört.', 'sagen', 'Der Rentner Karl Brandt'],
    ['a number ending a reported clause is no apposition (negative)', 'Die Zahl der Verletzten stieg auf 30, sagte der Sprecher der Feuerwehr.', 'sagen', 'der Sprecher der Feuerwehr'],
    ['und + a second main clause with an adverb between its subject and verb', 'Die Regierung übergab die Unterlagen und das Amt seinerseits versprach, sich darum zu kümmern.', 'versprechen', 'das Amt'],
    ['two coordinated subjects with an adverb before the verb (negative)', 'Die Polizei und die Anwohner ihrerseits befürchten, dass es nicht die letzte Räumung sein wird.', 'befürchten', 'Die Polizei'],
    ['an opinion noun after an adverbial opening: the pronoun after the verb holds the view', 'Seit August vertritt er die These, dass die Partei versagt habe.', 'These', 'er'],
    ['an opinion noun after the inverted subject: its article is no genitive of the subject', 'Seit Jahren ist die Gewerkschaft der Ansicht, dass das Gesetz schade.', 'Ansicht', 'die Gewerkschaft'],
    ['"während" before an article opens a subordinate clause, the main clause has the holder (negative)', 'Während die Polizei ermittelte, war der Minister der Meinung, dass alles gut sei.', 'Meinung', 'der Minister'],
    ['"es" before a clause-final particle is the subject', 'Das Gericht tagte lange. Hier stellte es fest, dass die Berichte einseitig gewesen seien.', 'feststellen', 'es'],
    ['"zumal" opens a subordinate clause: its subject follows it', 'Das Gericht könnte eine Bewährung zubilligen, zumal Verteidiger Wolf Dingler immer wieder betont hatte, der Angeklagte sei nicht gewalttätig.', 'betonen', 'Verteidiger Wolf Dingler'],
    ['"sofern" opens a subordinate clause (negative: the main clause keeps its subject)', 'Der Minister kündigte an, die Steuern zu senken, sofern die Einnahmen steigen.', 'ankündigen', 'Der Minister'],
    ['a passive speech verb in a relative clause "in dem …": the document', 'Er veröffentlichte ein Schreiben der Rechtsabteilung, in dem er darüber informiert wurde, dass ein Gericht die Daten verlange.', 'informieren', 'ein Schreiben der Rechtsabteilung'],
    ['a passive speech verb with a von-agent in such a clause: the agent (negative)', 'Er veröffentlichte ein Schreiben, in dem er vom Gericht darüber informiert wurde, dass die Daten verlangt würden.', 'informieren', 'Gericht'],
    ['aus X hieß es: where the words came from', 'Aus Paris hieß es, das Vorgehen sei eine schwere Verletzung des Abkommens.', 'heißen', 'Paris'],
    ['…, in der es heißt: the document the relative clause belongs to', 'Die Zeitung druckt eine Erklärung der Behörde, in der es heißt, dass die Sperre rechtmäßig sei.', 'heißen', 'eine Erklärung der Behörde'],
    ['an adverb before the adjective stays in the noun phrase', 'Ein nicht genannter Vertreter der Firma bezeichnet ihre Beteiligung von fünf Prozent als „strategisch“.', 'bezeichnen', 'Ein nicht genannter Vertreter der Firma'],
    ['an infinitive clause takes the subject of the clause it depends on', 'Sein Mitarbeiter Nick Braun hat weniger Hemmungen, seine Sympathien für die Partei offen zu zeigen: „Wir stehen dazu.“', 'zeigen', 'Sein Mitarbeiter Nick Braun'],
    ['an infinitive clause after an adverbial opening', 'Gestern versuchte der Minister, die Lage zu erklären: „Wir tun, was wir können.“', 'erklären', 'der Minister'],
    ['um … zu is a purpose clause: its verb gets no speaker from the main clause (negative)', 'Die Fachleute trafen sich in Bielefeld, um über das Thema zu sprechen.', 'sprechen', null],
    ['zu + name with a referent after the verb is a preposition (negative)', 'Michael Brenner trat am Montag zurück. Zu Brenner sagte Kanzler Olaf Berger, man schätze ihn sehr.', 'sagen', 'Kanzler Olaf Berger'],
    ['als + noun in a main clause is an adverbial (negative)', 'Als Reaktion auf den Brief sagte ein Sprecher, man prüfe alles.', 'sagen', 'ein Sprecher'],
    ['passive of sprechen von: von names the topic, nobody speaks', 'Von glattem Betrug durch die Firma wird in dem Forum gesprochen.', 'sprechen', null],
    ['passive with a von agent (negative)', 'Von der Firma wird in dem Forum bestritten, dass Kunden getäuscht wurden.', 'bestreiten', 'der Firma'],
  ])('%s', (_name, text, lemma, speaker) => {
    expect(speakerPhraseAt(text, lemma)).toBe(speaker);
  });
});
