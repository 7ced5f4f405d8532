import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline, extractDocument, type OutputRecord } from '../pipeline/index.js';

// Without the language stage: it takes some short German sentences for Dutch or Swedish, and
// these tables test the entities stage, not language identification.
const pipeline = createPipeline({ stages: ['sentences', 'tokens', 'entities'] });

function annotate(text: string, id = 'test'): OutputRecord {
  const outcome = extractDocument(pipeline, { id, text, meta: {} });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.record;
}

type Kind = 'name' | 'surname' | 'role' | 'pronoun' | 'organisation' | 'place' | 'group';
type EntityJson = OutputRecord['entities'][number];
type MentionJson = EntityJson['mentions'][number];

function mentions(record: OutputRecord): Array<MentionJson & { entityName: string; entityType: string }> {
  return record.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entityName: e.name, entityType: e.type })));
}

/** The entity of the n-th mention (1-based) whose text is exactly `text`. */
function entityOfMention(record: OutputRecord, text: string, occurrence = 1): EntityJson | undefined {
  const found = mentions(record)
    .filter((m) => m.text === text)
    .sort((a, b) => a.start - b.start)[occurrence - 1];
  return found ? record.entities.find((e) => e.id === found.entity) : undefined;
}

describe('mentions: names, titles and roles glued to names', () => {
  it.each<[string, string, Kind, string]>([
    ['Wladimir Putin lehnte den Vorschlag ab.', 'Wladimir Putin', 'name', 'Wladimir Putin'],
    ['Das sagte US-Außenminister Marco Rubio am Montag in Brüssel.', 'US-Außenminister Marco Rubio', 'name', 'Marco Rubio'],
    ['Kreml-Emissär Kirill Dmitrijew reiste nach Washington.', 'Kreml-Emissär Kirill Dmitrijew', 'name', 'Kirill Dmitrijew'],
    ['Das zeigte eine Äußerung von Vize-Außenminister Sergej Rjabkow.', 'Vize-Außenminister Sergej Rjabkow', 'name', 'Sergej Rjabkow'],
    ['Sollte Präsident Selenskyj das Abkommen ablehnen, drohen Zölle.', 'Präsident Selenskyj', 'surname', 'Selenskyj'],
    ['Dr. Christian Osthold ist Historiker.', 'Dr. Christian Osthold', 'name', 'Christian Osthold'],
    ['Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew.', 'Kommissionspräsidentin Ursula von der Leyen', 'name', 'Ursula von der Leyen'],
    ['Der russische Präsident Wladimir Putin schwieg.', 'Der russische Präsident Wladimir Putin', 'name', 'Wladimir Putin'],
    ['Regierungssprecher Steffen Hebestreit wies das zurück.', 'Regierungssprecher Steffen Hebestreit', 'name', 'Steffen Hebestreit'],
    ['Der ugandische Schriftsteller Musa Okwanga widersprach.', 'Der ugandische Schriftsteller Musa Okwanga', 'name', 'Musa Okwanga'],
    ['Frau Merkel wollte sich nicht äußern.', 'Frau Merkel', 'surname', 'Merkel'],
    ['Bundeskanzlerin Angela Merkel sagte, man werde prüfen.', 'Bundeskanzlerin Angela Merkel', 'name', 'Angela Merkel'],
    ['Laut Joe R. Biden ist die Lage ernst.', 'Joe R. Biden', 'name', 'Joe R. Biden'],
    ['Der italienische Innenminister Giuliano Amato sagte, er sei besorgt.', 'Der italienische Innenminister Giuliano Amato', 'name', 'Giuliano Amato'],
    ['Laut dem Präsidenten Jerry Larson soll der Test bald stattfinden.', 'dem Präsidenten Jerry Larson', 'name', 'Jerry Larson'],
  ])('%s → %s', (text, mentionText, kind, name) => {
    const m = mentions(annotate(text)).find((x) => x.text === mentionText);
    expect(m, `no mention "${mentionText}"`).toBeDefined();
    expect(m?.kind).toBe(kind);
    expect(m?.name?.text).toBe(name);
    expect(m?.entityType).toBe('person');
  });
});

describe('mentions: surnames, genitives, appositions, roles, organisations, places, groups', () => {
  it.each<[string, string, Kind]>([
    ['Donald Trump kündigte Zölle an. Trump sagte, er sei zuversichtlich.', 'Trump', 'surname'],
    ['Wladimir Putin schweigt. Putins Sprecher dementierte.', 'Putins', 'surname'],
    ['„Wir sind bereit“, sagte Rjabkow am Abend.', 'Rjabkow', 'surname'],
    ['Dmitrijew zufolge waren die Gespräche respektvoll.', 'Dmitrijew', 'surname'],
    ['Das Abkommen sei tot, so Habeck.', 'Habeck', 'surname'],
    ['Fedor Wojtolowskij, Direktor des Instituts für Weltwirtschaft, erklärte das.', 'Direktor', 'role'],
    ['Unbestritten ist, dass der US-Präsident seine Initiative verfolgt.', 'der US-Präsident', 'role'],
    ['Die Kanzlerin betonte: „Wir stehen an der Seite der Partner.“', 'Die Kanzlerin', 'role'],
    ['Der Kremlchef wies die Vorwürfe zurück.', 'Der Kremlchef', 'role'],
    ['Ein hochrangiger NATO-Vertreter formulierte es so.', 'Ein hochrangiger NATO-Vertreter', 'role'],
    ['Ein NATO-Diplomat bringt es auf den Punkt.', 'Ein NATO-Diplomat', 'role'],
    ['Am Montag sagte der 81-Jährige vor Gericht aus.', 'der 81-Jährige', 'role'],
    ['Diplomaten in Berlin berichten über Gerüchte.', 'Diplomaten', 'group'],
    ['Doch Experten erwarten indirekte Folgen.', 'Experten', 'group'],
    ['Ukrainische Medien sprechen von einem kolonialen Vertrag.', 'Ukrainische Medien', 'group'],
    ['Aus Regierungskreisen hieß es, man prüfe den Vorschlag.', 'Regierungskreisen', 'group'],
    ['Beim Treffen forderte die NATO mehr Geld.', 'die NATO', 'organisation'],
    ['Der Internationale Währungsfonds warnt vor Risiken.', 'Der Internationale Währungsfonds', 'organisation'],
    ['Das sagte er im Interview mit Fox News.', 'Fox News', 'organisation'],
    ['Trumps Berater sollen laut NBC News abgeraten haben.', 'NBC News', 'organisation'],
    ['Gegenüber CNN kündigte er weitere Gespräche an.', 'CNN', 'organisation'],
    ['Das Ministerium bestätigte den Bericht.', 'Das Ministerium', 'organisation'],
    ['Die Gewerkschaft warnt vor Streiks.', 'Die Gewerkschaft', 'organisation'],
    ['Das Auswärtige Amt rät von Reisen ab.', 'Das Auswärtige Amt', 'organisation'],
    ['Die Siemens AG meldete höhere Gewinne.', 'Die Siemens AG', 'organisation'],
    ['Die Müller Logistik GmbH meldete Insolvenz an.', 'Die Müller Logistik GmbH', 'organisation'],
    ['Die SPD lehnt den Vorschlag ab.', 'Die SPD', 'organisation'],
    ['Moskau selbst gibt sich gesprächsbereit.', 'Moskau', 'place'],
    ['Was der Kreml darunter versteht, ist klar.', 'der Kreml', 'place'],
    ['Die USA drängen auf ein Abkommen.', 'Die USA', 'place'],
    ['Washington verhängte Strafzölle.', 'Washington', 'place'],
    ['Das Weiße Haus bestätigte das Treffen.', 'Das Weiße Haus', 'place'],
    ['Trump sprach erneut mit Putin. Er sagte, es gebe Fortschritte.', 'Er', 'pronoun'],
    ['Das berichtete die US-amerikanische Musikzeitschrift „Billboard“ am Freitag.', 'die US-amerikanische Musikzeitschrift „Billboard“', 'organisation'],
    ['Laut der „Focus“ berichtete, gab es keine Einigung.', 'der „Focus“', 'organisation'],
    ['Zuvor hatte sich Thaksin Shinawatra zu Wort gemeldet.', 'Thaksin Shinawatra', 'name'],
    ['Die Arbeitgeber wiesen die Forderung zurück.', 'Die Arbeitgeber', 'group'],
    ['Der Sprecher des Finanzministeriums widersprach.', 'des Finanzministeriums', 'organisation'],
    ['Nach Angaben der Polizei wurden drei Menschen verletzt.', 'der Polizei', 'organisation'],
    ['Auch die AfD-Vorsitzende Alice Weidel kritisierte den Kurs.', 'die AfD-Vorsitzende Alice Weidel', 'name'],
    ['„Er ging vor der Zeit“, schrieb „Die Zeit“ in einem Nachruf.', '„Die Zeit“', 'organisation'],
    ['Die Zeitung „Le Monde“ berichtete über den Fall.', 'Die Zeitung „Le Monde“', 'organisation'],
    ['Der Trainer des FC Bayern München sagte, man sei zufrieden.', 'des FC Bayern München', 'organisation'],
    ['Am Abend sagte der Italiener, er sei müde.', 'der Italiener', 'role'],
    ['Die GdF zeigt keinerlei Verständnis für den Streik.', 'Die GdF', 'organisation'],
    ['Parteipräsident Marcel Dettling sprach von einem Fehler.', 'Parteipräsident Marcel Dettling', 'name'],
    ['Die Schweizer Regierung hat die Sanktionen verlängert.', 'Die Schweizer Regierung', 'organisation'],
    ['Ein Sprecher des Staatssekretariats für Wirtschaft bestätigte die Zahlen.', 'des Staatssekretariats für Wirtschaft', 'organisation'],
    ['Nach Polizeiangaben wurden drei Menschen verletzt.', 'Polizeiangaben', 'organisation'],
    ['Laut UNHCR-Angaben sind Tausende auf der Flucht.', 'UNHCR-Angaben', 'organisation'],
    ['Medienberichten zufolge floh der Täter.', 'Medienberichten', 'group'],
    // Sites and titles in quotation marks as sources (layout and shape, not a list of media).
    ['Laut wetterportal.de wird es am Wochenende stürmisch.', 'wetterportal.de', 'organisation'],
    ['Wie regio-news.at berichtet, bleibt die Brücke gesperrt.', 'regio-news.at', 'organisation'],
    ['Laut „Landbote“ will der Gemeinderat sparen.', '„Landbote“', 'organisation'],
    ['Die Stadtwerke sollen laut „kreisblatt.de“ teurer werden.', '„kreisblatt.de“', 'organisation'],
    ['Dem „Abendkurier“ zufolge tritt der Trainer zurück.', 'Dem „Abendkurier“', 'organisation'],
    ['Die „Initiative für saubere Flüsse“ kritisierte den Beschluss.', 'Die „Initiative für saubere Flüsse“', 'organisation'],
    ['Die „Bürgerliste am See“ forderte eine Abstimmung.', 'Die „Bürgerliste am See“', 'organisation'],
    ['Die konservative „Morgenpost“ schrieb, der Etat sei zu knapp.', 'Die konservative „Morgenpost“', 'organisation'],
    // Compound heads by morphology: leadership after an institution, councils after a linking element, staff, groups.
    ['Allerdings verlangt die Klinikleitung mehr Geld.', 'die Klinikleitung', 'organisation'],
    ['Die Vereinsführung wies die Kritik zurück.', 'Die Vereinsführung', 'organisation'],
    ['Die Gewerkschaftsspitze lehnte das Angebot ab.', 'Die Gewerkschaftsspitze', 'organisation'],
    ['Die FDP-Spitze lehnte den Antrag ab.', 'Die FDP-Spitze', 'organisation'],
    ['Der Stiftungsrat beschloss die Fusion.', 'Der Stiftungsrat', 'organisation'],
    ['Der Expertenrat legte ein Gutachten vor.', 'Der Expertenrat', 'organisation'],
    ['Das Pflegepersonal klagt über Überstunden.', 'Das Pflegepersonal', 'group'],
    ['Die Belegschaft stimmte dem Tarifvertrag zu.', 'Die Belegschaft', 'group'],
    ['Der Plan stößt bei Impfgegnern auf Widerstand.', 'Impfgegnern', 'group'],
    ['Die Sorge unter Beobachtern wächst.', 'Beobachtern', 'group'],
    ['Jugendliche sprühten die Parolen, sagte die Polizei.', 'Jugendliche', 'group'],
    ['Die Bahn-Verantwortlichen räumten Fehler ein.', 'Die Bahn-Verantwortlichen', 'group'],
    ['Betroffene berichten von langen Wartezeiten.', 'Betroffene', 'group'],
    // Name shapes: hyphenated particles framed as a source or introduced with a given name, Mc-, -dóttir.
    ['Die Waffen seien laut el-Hamadi verschwunden.', 'el-Hamadi', 'surname'],
    ['Am Abend sagte al-Khatib, die Gespräche gingen weiter.', 'al-Khatib', 'surname'],
    ['Mohammed el-Masri leitet die Behörde. Später warnte el-Masri erneut.', 'el-Masri', 'surname'],
    ['Mohammed el-Masri leitet die Behörde.', 'Mohammed el-Masri', 'name'],
    ['McKenna nannte den Entwurf mutig.', 'McKenna', 'surname'],
    ['Gunnarsdóttir kündigte Neuwahlen an.', 'Gunnarsdóttir', 'surname'],
    ['Das sagte K.T. Leung am Montag.', 'K.T. Leung', 'name'],
    ['J.R. Hartung, der das Werk leitet, widersprach.', 'J.R. Hartung', 'name'],
    // Relations, publishers, the judiciary, guards, states as a group, dative plurals.
    ['Die Großmutter des Kindes sagte, sie sei erleichtert.', 'Die Großmutter', 'role'],
    ['Er reiste mit einem Freund nach Rom.', 'einem Freund', 'role'],
    ['Der Buchverlag wies die Vorwürfe zurück.', 'Der Buchverlag', 'organisation'],
    ['Die Justiz ermittelt gegen den Bürgermeister.', 'Die Justiz', 'organisation'],
    ['Die Nationalgarde rückte in die Stadt ein.', 'Die Nationalgarde', 'organisation'],
    ['Die Nachbarländer fordern eine Lösung.', 'Die Nachbarländer', 'group'],
    ['Das bestätigten die Kantone am Freitag.', 'die Kantone', 'group'],
    ['Das wurde von den Rettungskräften nicht bestätigt.', 'den Rettungskräften', 'group'],
    // English names closed by an English head; units of an institution.
    ['Das erklärte die Brookings Institution am Montag.', 'die Brookings Institution', 'organisation'],
    ['Laut der Yale University ist die Studie fehlerhaft.', 'der Yale University', 'organisation'],
    ['Nach Zählung der Associated Press stieg die Zahl.', 'der Associated Press', 'organisation'],
    ['Das Buch erschien bei der Oxford University Press.', 'der Oxford University Press', 'organisation'],
    ['Die Polizeieinheiten durchsuchten mehrere Wohnungen.', 'Die Polizeieinheiten', 'organisation'],
    ['Am Morgen bemerkte eine Polizeistreife den Rauch.', 'eine Polizeistreife', 'organisation'],
    // Quantifiers as pronouns for a group.
    ['Einige halten den Plan für riskant.', 'Einige', 'group'],
    ['Wie viele befürchten, steigen die Mieten weiter.', 'viele', 'group'],
    ['Die beiden sollen das Geld unterschlagen haben.', 'Die beiden', 'group'],
    ['Manche der Gäste reisten früher ab.', 'Manche', 'group'],
  ])('%s → %s (%s)', (text, mentionText, kind) => {
    const m = mentions(annotate(text)).find((x) => x.text === mentionText);
    expect(m, `no mention "${mentionText}"`).toBeDefined();
    expect(m?.kind).toBe(kind);
  });
});

describe('not mentions', () => {
  it.each<[string, string]>([
    ['Seltene Erden sind ein strategischer Rohstoff.', 'Seltene'],
    ['Die USA drängen auf ein Abkommen über Seltene Erden.', 'Erden'],
    ['Kooperationen bei Künstlicher Intelligenz sind geplant.', 'Künstlicher'],
    ['Verhandlungen beginnen im März in Genf.', 'März'],
    ['Am Freitagabend wurde die Stadt angegriffen.', 'Freitagabend'],
    ['Parallel kündigte die Regierung Reformen an.', 'Parallel'],
    ['Unbestritten ist, dass die Lage ernst ist.', 'Unbestritten'],
    ['Können Sie das bestätigen?', 'Sie'],
    ['Wir danken Ihnen, dass Sie gekommen sind.', 'Sie'],
    ['Trotz Gesprächen in Washington bleibt das Misstrauen.', 'Washington'],
    ['Diplomaten in Berlin und London berichten über Gerüchte.', 'London'],
    ['Der Ukrainekrieg dauert an.', 'Ukrainekrieg'],
    ['Das BIP wuchs um zwei Prozent.', 'BIP'],
    ['Die Flugzeuge landeten pünktlich.', 'Flugzeuge'],
    ['Die Lautsprecher fielen aus.', 'Lautsprecher'],
    ['Insgesamt kamen 300 Menschen.', 'Insgesamt'],
    ['Seine Botschaft ist unmissverständlich.', 'Seine Botschaft'],
    ['BERLIN (dpa) – Die Regierung hat den Haushalt beschlossen.', 'BERLIN'],
    ['Wien – Die Gewerkschaft warnt vor Streiks.', 'Wien'],
    ['Es gibt Kanäle, Botschaften, Treffen.', 'Kanäle'],
    ['Am Freitagabend wurde die Heimatstadt des Präsidenten, Krywyj Rih, angegriffen.', 'Krywyj Rih'],
    ['Die Sendung „Tagesthemen“ fiel aus.', 'Tagesthemen'],
    ['Das sagte er im Telefoninterview mit dem Sender.', 'Telefoninterview'],
    ['Damit stand Clintons Name auf der Liste.', 'Clintons Name'],
    ['Gefunden wurde ein Hubschrauber vom Typ Bell UH-1D.', 'Typ Bell'],
    ['Mann und Frau stritten vor Gericht.', 'Frau'],
    ['Die Weiterleitung der Daten ist verboten.', 'Die Weiterleitung'],
    ['Die Entführung endete nach drei Tagen.', 'Die Entführung'],
    ['Er nannte den Plan „völlig unrealistisch“.', '„völlig unrealistisch“'],
    ['Die Zahl der AIDS-Fälle und der Anteil an AIDS stiegen.', 'AIDS'],
    // Addresses are where to look, not who speaks; titles need a speech verb or "laut" beside them.
    ['Infos gibt es unter www.wetterportal.de im Netz.', 'www.wetterportal.de'],
    ['Anfragen bitte an presse@stadtwerke-nord.de richten.', 'presse@stadtwerke-nord.de'],
    ['Das Formular steht auf stadt-nord.de/formulare bereit.', 'stadt-nord.de/formulare'],
    ['Der Kurs stieg um 3.5 Prozent auf 1.000 Punkte.', '3.5'],
    ['Die Regierung hält die geplante „Reform“ für nötig.', 'die geplante „Reform“'],
    ['Die „Titanic“ sank im Jahr 1912.', 'Die „Titanic“'],
    ['Der Trainer fand die „Leistung der Mannschaft“ schwach.', 'die „Leistung der Mannschaft“'],
    ['Die „völlig neue Lage“ beschäftigt die Stadt.', 'Die „völlig neue Lage“'],
    ['Der Hersteller verspricht „Strom ohne Sorgen“ für alle Kunden.', '„Strom ohne Sorgen“'],
    // Leadership nouns need an institution before them, "-rat" a linking element; adjectives before nouns are adjectives.
    ['Die Wasserleitung im Keller ist geplatzt.', 'Die Wasserleitung'],
    ['Die Einleitung des Verfahrens dauert.', 'Die Einleitung'],
    ['Die Tabellenspitze ist in Reichweite.', 'Die Tabellenspitze'],
    ['Die Stadtführung beginnt am Rathaus.', 'Die Stadtführung'],
    ['Der Vorrat an Masken reicht.', 'Der Vorrat'],
    ['Der Hausrat wurde versteigert.', 'Der Hausrat'],
    ['Jugendliche Straftäter wurden verurteilt.', 'Jugendliche'],
    ['Verletzte Tiere werden im Zoo versorgt.', 'Verletzte'],
    // A hyphenated particle word without a frame is no person; a chain's possessive is no surname.
    ['Das Viertel as-Salam liegt im Norden der Stadt.', 'as-Salam'],
    ['Die Kette McDonald\'s erhöht die Preise.', "McDonald's"],
    // A subsidiary is no daughter, a railing no group of states, an art movement no guard.
    ['Die Konzerntochter meldete Verluste.', 'Die Konzerntochter'],
    ['Das Geländer am Ufer war locker.', 'Das Geländer'],
    ['Die Avantgarde der Malerei stellte aus.', 'Die Avantgarde'],
    // Units need an institution before them; an English head needs a name before it.
    ['Im Gazastreifen wurde wieder gekämpft.', 'Gazastreifen'],
    ['Die Maßeinheit für Strom ist Ampere.', 'Die Maßeinheit'],
    ['Die Einheit Deutschlands jährt sich.', 'Die Einheit'],
    ['Die Party im Stadtpark dauerte bis Mitternacht.', 'Die Party'],
    ['Siehe S. 5 und Abb. 3 im Anhang.', 'S. 5'],
    // A quantifier before a noun (or an adjective and a noun) is a determiner; "beiden" needs "die".
    ['Viele neue Wohnungen stehen leer.', 'Viele'],
    ['Das kostet die Stadt viele Millionen.', 'viele'],
    ['Mit beiden Händen hielt er das Seil.', 'beiden'],
  ])('%s: no mention "%s"', (text, forbidden) => {
    const texts = mentions(annotate(text)).map((m) => m.text);
    expect(texts.some((t) => t === forbidden || t.endsWith(` ${forbidden}`))).toBe(false);
  });
});

describe('coreference', () => {
  it.each<[string, [string, number], [string, number], boolean]>([
    ['Donald Trump sprach. Später sagte Trump, er sei zufrieden.', ['Donald Trump', 1], ['Trump', 1], true],
    // "Role des Role, Name": the name is the head role's, not the genitive complement's.
    ['Der Sprecher des Ministers, Hans Mayer, sagte das.', ['Der Sprecher', 1], ['Hans Mayer', 1], true],
    ['Der Sprecher des Ministers, Hans Mayer, sagte das.', ['des Ministers', 1], ['Hans Mayer', 1], false],
    ['Die Schwester der Bürgermeisterin, Eva Roth, war dabei.', ['Die Schwester', 1], ['Eva Roth', 1], true],
    ['Wladimir Putin schwieg. Putins Sprecher dementierte.', ['Wladimir Putin', 1], ['Putins', 1], true],
    ['Joe Biden war Präsident. Die Regierung Joe Bidens scheiterte.', ['Joe Biden', 1], ['Joe Bidens', 1], true],
    ['Wolodymyr Selenskyj reiste ab. Selensky sagte später, er sei enttäuscht.', ['Wolodymyr Selenskyj', 1], ['Selensky', 1], true],
    ['Donald Trump reiste nach Riad. Der US-Präsident traf dort den Kronprinzen.', ['Donald Trump', 1], ['Der US-Präsident', 1], true],
    ['Präsident Trump und Präsident Selenskyj trafen sich. Später sagte der US-Präsident, er sei zufrieden. Trump lachte.', ['Präsident Trump', 1], ['der US-Präsident', 1], true],
    ['Fedor Wojtolowskij, Direktor des Instituts für Weltwirtschaft, erklärte das.', ['Fedor Wojtolowskij', 1], ['Direktor', 1], true],
    ['Der Leiter des Programms, Klaus Stöhr, warnte vor einer Pandemie.', ['Der Leiter', 1], ['Klaus Stöhr', 1], true],
    ['Als Washington Kirill Dmitrijew empfing – Chef des Russischen Fonds für Direktinvestitionen –, waren die Erwartungen hoch.', ['Kirill Dmitrijew', 1], ['Chef', 1], true],
    ['Moskau lehnte ab. Der Kreml teilte mit, man sei gesprächsbereit. Russland bleibt hart.', ['Moskau', 1], ['Der Kreml', 1], true],
    ['Moskau lehnte ab. Später schwieg auch Russland.', ['Moskau', 1], ['Russland', 1], true],
    ['Die USA drängen. Washington verhängte Zölle.', ['Die USA', 1], ['Washington', 1], true],
    ['Der Internationale Währungsfonds (IWF) warnt. Der IWF senkte die Prognose.', ['Der Internationale Währungsfonds', 1], ['Der IWF', 1], true],
    ['Die Bundesregierung lehnt ab. Ein NATO-Diplomat widerspricht. Ein NATO-Diplomat aus Paris schweigt.', ['Ein NATO-Diplomat', 1], ['Ein NATO-Diplomat', 2], false],
    ['Angela Merkel traf Emmanuel Macron. Merkel sagte, man sei sich einig.', ['Emmanuel Macron', 1], ['Merkel', 1], false],
    ['Dmitrijew, der in Washington erneut mit Steve Witkoff zusammentraf, sprach von einem Erfolg.', ['Dmitrijew', 1], ['der', 1], true],
    ['Die NATO tagte in Brüssel. Das Bündnis will die Ausgaben erhöhen.', ['Die NATO', 1], ['Das Bündnis', 1], true],
    ['Der Sprecher des Finanzministeriums äußerte sich. Das Ministerium werde prüfen.', ['des Finanzministeriums', 1], ['Das Ministerium', 1], true],
    ['Ein Mann bedrohte Passanten. Der Mann wurde festgenommen.', ['Ein Mann', 1], ['Der Mann', 1], true],
    ['Donald Trump lobte jemanden. Ausgerechnet jener Mann könnte den Kurs unterlaufen.', ['Donald Trump', 1], ['jener Mann', 1], false],
    ['Die Kanzlerin traf Kirill Dmitrijew, Chef des Fonds. Der Kremlchef schwieg.', ['Chef', 1], ['Der Kremlchef', 1], false],
    ['Bundeskanzler Friedrich Merz verteidigte die Pläne. Merz’ Sprecher wies die Kritik zurück.', ['Bundeskanzler Friedrich Merz', 1], ['Merz', 1], true],
    ['Ägypten, das die Resolution vorschlug, setzte sich durch.', ['Ägypten', 1], ['das', 1], true],
    ['Zuvor hatte sich Thaksin Shinawatra gemeldet. Thaksin sagte, er trete zurück.', ['Thaksin Shinawatra', 1], ['Thaksin', 1], true],
    ['Parteipräsident Marcel Dettling sprach. Der Berliner sagte, er sei unschuldig.', ['Parteipräsident Marcel Dettling', 1], ['Der Berliner', 1], false],
    ['Wie das Statistikamt Eurostat mitteilte, stieg die Teuerung. Eurostat bestätigte später die Zahl.', ['das Statistikamt Eurostat', 1], ['Eurostat', 1], true],
    ['Der Handelsverband HDE warnte. Der HDE rechnet mit Einbußen.', ['Der Handelsverband HDE', 1], ['Der HDE', 1], true],
    ['Die Nachrichtenagentur Reuters meldete das. Reuters zufolge ist das falsch.', ['Die Nachrichtenagentur Reuters', 1], ['Reuters', 1], true],
    ['Nach Polizeiangaben wurden drei Menschen verletzt. Die Polizei ermittelt.', ['Polizeiangaben', 1], ['Die Polizei', 1], true],
  ])('%s', (text, [a, an], [b, bn], same) => {
    const record = annotate(text);
    const ea = entityOfMention(record, a, an);
    const eb = entityOfMention(record, b, bn);
    expect(ea, `no entity for "${a}"`).toBeDefined();
    expect(eb, `no entity for "${b}"`).toBeDefined();
    expect(ea?.id === eb?.id).toBe(same);
  });
});

describe('organisations named after a proper name keep the head when the name is their seat', () => {
  it.each<[string, string, string]>([
    ['Das Landgericht Münster wies die Klage ab. Das Gericht erklärte, die Vorwürfe seien nicht belegt.', 'Das Gericht', 'Landgericht Münster'],
    ['Die Staatsanwaltschaft Lüneburg ermittelt gegen den Geschäftsführer.', 'Die Staatsanwaltschaft Lüneburg', 'Staatsanwaltschaft Lüneburg'],
    ['Die Polizei Bielefeld sucht Zeugen.', 'Die Polizei Bielefeld', 'Polizei Bielefeld'],
    // a brand after an agency or statistics office is the organisation's own name (negative)
    ['Die Nachrichtenagentur Reuters meldete das.', 'Die Nachrichtenagentur Reuters', 'Reuters'],
  ])('%s → %s is %s', (text, mention, name) => {
    expect(entityOfMention(annotate(text), mention)?.name).toBe(name);
  });
});

describe('pronouns resolve to the right entity', () => {
  it.each<[string, string, number, string]>([
    ['In einem Schritt brachte Kreml-Emissär Kirill Dmitrijew Garantien ins Spiel. „Sie könnten akzeptabel sein“, sagte er im Interview mit Fox News.', 'er', 1, 'Kirill Dmitrijew'],
    ['Das zeigte eine Äußerung von Vize-Außenminister Sergej Rjabkow. Zwar nehme Moskau die Vorschläge ernst, erklärte er.', 'er', 1, 'Sergej Rjabkow'],
    ['Rubio lobte die Partner. „Wir wollen, dass sich dieser Trend fortsetzt.“ Gleichzeitig betonte er das Engagement.', 'er', 1, 'Rubio'],
    ['Angela Merkel traf Emmanuel Macron in Paris. Sie sagte, man sei sich einig.', 'Sie', 1, 'Angela Merkel'],
    ['Angela Merkel traf Emmanuel Macron in Paris. Danach sagte er, man sei sich einig.', 'er', 1, 'Emmanuel Macron'],
    ['Die Kanzlerin reiste nach Kiew. Dort sagte sie, Deutschland stehe an der Seite der Ukraine.', 'sie', 1, 'Kanzlerin'],
    ['Die Diplomaten trafen sich in Genf. Sie sagten, die Gespräche seien konstruktiv gewesen.', 'Sie', 1, 'Diplomaten'],
    ['Ein hochrangiger NATO-Vertreter formulierte es so: „Der Kreml sagt, er sei gesprächsbereit.“', 'er', 1, 'Kreml'],
    ['Die Gewerkschaft warnt vor Streiks. Sie fordert acht Prozent mehr Lohn.', 'Sie', 1, 'Gewerkschaft'],
    ['Auch Donald Trumps Rolle sorgt für Spannungen. Mit Drohungen setzt er Kiew unter Druck.', 'er', 1, 'Donald Trump'],
  ])('%s → %s', (text, pronoun, occurrence, name) => {
    const entity = entityOfMention(annotate(text), pronoun, occurrence);
    expect(entity?.name).toBe(name);
  });

  it('leaves a pronoun unresolved when a nearer noun phrase fits better', () => {
    const record = annotate('Die USA legten Vorschläge vor. Moskau nehme die Vorschläge ernst, doch seien sie nicht akzeptabel.');
    expect(entityOfMention(record, 'sie', 1)).toBeUndefined();
  });

  it('does not resolve the role in the same clause as its subject: „dieser den Kremlchef“', () => {
    const record = annotate('Während Wladimir Putin Wolodymyr Selenskyj als „geschäftsunfähig“ abtut, bezeichnet dieser den Kremlchef als Kriegsverbrecher.');
    expect(entityOfMention(record, 'dieser')?.name).toBe('Wolodymyr Selenskyj');
    expect(entityOfMention(record, 'den Kremlchef')?.name).toBe('Wladimir Putin');
  });
});

describe('entity names and types', () => {
  it.each<[string, string, string, string]>([
    ['Präsident Selenskyj klagte. Später sprach Wolodymyr Selenskyj erneut.', 'Präsident Selenskyj', 'Wolodymyr Selenskyj', 'person'],
    ['Als Washington Kirill Dmitrijew empfing, war er Chef des Russischen Fonds für Direktinvestitionen.', 'des Russischen Fonds für Direktinvestitionen', 'Russischer Fonds für Direktinvestitionen', 'organisation'],
    ['Fedor Wojtolowskij ist Direktor des Instituts für Weltwirtschaft.', 'des Instituts für Weltwirtschaft', 'Institut für Weltwirtschaft', 'organisation'],
    ['Der Kreml schweigt.', 'Der Kreml', 'Kreml', 'place-as-actor'],
    ['Der Kreml schweigt. Moskau wartet ab.', 'Der Kreml', 'Moskau', 'place-as-actor'],
    ['Der Kreml schweigt. Russland wartet ab.', 'Der Kreml', 'Russland', 'place-as-actor'],
    ['Ein NATO-Diplomat bringt es auf den Punkt.', 'Ein NATO-Diplomat', 'NATO-Diplomat', 'person'],
    ['Ukrainische Medien sprechen von einem Vertrag.', 'Ukrainische Medien', 'Ukrainische Medien', 'group'],
    ['Die Schweizer Regierung hat die Sanktionen verlängert.', 'Die Schweizer Regierung', 'Schweizer Regierung', 'organisation'],
    ['Bundesrätin Karin Keller-Sutter sagte: «Wir stehen zu unseren Partnern.» Sie betonte die Neutralität.', 'Sie', 'Karin Keller-Sutter', 'person'],
  ])('%s: %s → %s', (text, mentionText, name, type) => {
    const entity = entityOfMention(annotate(text), mentionText);
    expect(entity?.name).toBe(name);
    expect(entity?.type).toBe(type);
  });

  it('numbers entities e1, e2, … in order of first mention', () => {
    const record = annotate('Moskau lehnte ab. Donald Trump reagierte. Die NATO schwieg. Trump drohte Russland.');
    expect(record.entities.map((e) => [e.id, e.name])).toEqual([['e1', 'Russland'], ['e2', 'Donald Trump'], ['e3', 'NATO']]);
  });
});

describe('the sample article', () => {
  const record = annotate(readFileSync(new URL('../corpora/ukraine-friedensgespraeche.txt', import.meta.url), 'utf8'), 'sample');
  const names = record.entities.map((e) => e.name);

  it.each([
    'Donald Trump', 'Wladimir Putin', 'Wolodymyr Selenskyj', 'Marco Rubio', 'Kirill Dmitrijew', 'Steve Witkoff', 'Sergej Rjabkow',
    'Fedor Wojtolowskij', 'Christian Osthold', 'Joe Biden', 'Lindsey Graham', 'Markwayne Mullin', 'NATO', 'Russland', 'USA', 'Ukraine',
    'NATO-Diplomat', 'hochrangiger NATO-Vertreter',
  ])('has one entity named %s', (name) => {
    expect(names.filter((n) => n === name)).toHaveLength(1);
  });

  it.each<[string, number, string]>([
    ['er', 1, 'Kirill Dmitrijew'], // Konkrete Ergebnisse nannte er nicht.
    ['er', 2, 'Marco Rubio'], // reiste er zweimal nach Riad
    ['Rubio', 1, 'Marco Rubio'],
    ['der US-Präsident', 1, 'Donald Trump'],
    ['der US-Präsident', 2, 'Donald Trump'],
    ['den Kremlchef', 1, 'Wladimir Putin'],
    ['Moskau', 1, 'Russland'],
    ['der Kreml', 1, 'Russland'],
    ['Washington', 1, 'USA'],
    ['Kiew', 1, 'Ukraine'],
  ])('%s (#%d) → %s', (text, occurrence, name) => {
    expect(entityOfMention(record, text, occurrence)?.name).toBe(name);
  });

  it('resolves the pronouns next to the speech verbs of the quotes', () => {
    const text = record.text;
    const pronounAfter = (cue: string) => {
      const at = [...text].join('').indexOf(cue);
      const m = mentions(record).find((x) => x.kind === 'pronoun' && x.start >= at && x.start <= at + cue.length);
      return m?.entityName;
    };
    expect(pronounAfter('sagte er im Interview mit Fox News')).toBe('Kirill Dmitrijew');
    expect(pronounAfter('erklärte er, doch')).toBe('Sergej Rjabkow');
    expect(pronounAfter('Gleichzeitig betonte er')).toBe('Marco Rubio');
    expect(pronounAfter('kündigte er weitere Gespräche')).toBe('Kirill Dmitrijew');
  });
});

describe('batch independence', () => {
  it('gives the same output for a document whatever was processed before it', () => {
    const a = 'Kirill Dmitrijew, Chef des Russischen Fonds für Direktinvestitionen, reiste ab. Der Kremlchef schwieg. Er sagte nichts.';
    const first = JSON.stringify(annotate(a));
    annotate('Der Chef des Konzerns, Hans Müller, trat zurück. Der Chef sagte, er bleibe Berater.');
    annotate('Ein Chef von vielen: Der Chef der Bank kündigte. Selensky und Selenskyj sprachen.');
    expect(JSON.stringify(annotate(a))).toBe(first);
  });
});

describe('robustness', () => {
  it.each([
    ['empty', ''],
    ['no sentence', '   \n\n  '],
    ['emoji and combining marks', 'Selenskyj 🇺🇦 sagte: „Wir kämpfen.“ Cafe\u0301 Müller lächelte 😀.'],
    ['NBSP and soft hyphen', 'US-Außen\u00administer\u00a0Marco\u00a0Rubio betonte das.'],
    ['unclosed quote', '„Wir gehen, sagte Rubio. Und dann kam nichts mehr'],
    ['very long line', 'Trump sagte, er komme. '.repeat(5000)],
    ['all capitals', 'EILMELDUNG: NATO UND EU BESCHLIESSEN NEUE SANKTIONEN GEGEN RUSSLAND'],
  ])('%s', (_label, text) => {
    expect(() => annotate(text)).not.toThrow();
  });
});
