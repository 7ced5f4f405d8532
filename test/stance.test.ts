/**
 * Stance cases written for this project: a sentence, the quoted (or scored) part, and the
 * polarity a reader would give it, with the target where the sentence makes it clear.
 * Scored through `stanceOfSpan` in the sentence context, as the stage scores a quote.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../pipeline/index.js';
import { stanceOfSpan } from '../pipeline/stages/stance/index.js';
import type { Polarity } from '../pipeline/stages/stance/types.js';

const pipeline = createPipeline();

function score(sentence: string, part: string | null) {
  const doc = pipeline.process({ id: 't', text: sentence, meta: {} });
  const at = part === null ? 0 : sentence.indexOf(part);
  if (at < 0) throw new Error(`part not in sentence: ${part}`);
  const end = part === null ? sentence.length : at + part.length;
  return stanceOfSpan(doc, { start: at, end }, { entity: null, name: 'Sprecher' });
}

type Case = [sentence: string, part: string | null, polarity: Polarity, target?: string | null, hedged?: boolean];

const VERBS: Case[] = [
  ['„Wir lehnen diesen Plan entschieden ab“, sagte der Minister.', 'Wir lehnen diesen Plan entschieden ab', 'negative', 'diesen Plan'],
  ['Die Regierung lehnte den Vorschlag der Opposition am Montag ab.', null, 'negative', 'den Vorschlag der Opposition'],
  ['„Wir begrüßen die Einigung ausdrücklich“, sagte die Sprecherin.', 'Wir begrüßen die Einigung ausdrücklich', 'positive', 'die Einigung'],
  ['„Ich kritisiere die Entscheidung des Gerichts scharf“, sagte er.', 'Ich kritisiere die Entscheidung des Gerichts scharf', 'negative', 'die Entscheidung des Gerichts'],
  ['„Wir verurteilen diesen Angriff auf das Schärfste“, erklärte das Ministerium.', 'Wir verurteilen diesen Angriff auf das Schärfste', 'negative', 'diesen Angriff'],
  ['„Wir warnen vor einer weiteren Eskalation“, sagte der Diplomat.', 'Wir warnen vor einer weiteren Eskalation', 'negative', 'einer weiteren Eskalation'],
  ['„Wir unterstützen die Ukraine, solange es nötig ist“, sagte die Kanzlerin.', 'Wir unterstützen die Ukraine, solange es nötig ist', 'positive', 'die Ukraine'],
  ['„Der Minister wies die Vorwürfe als haltlos zurück“, hieß es.', 'Der Minister wies die Vorwürfe als haltlos zurück', 'negative', 'die Vorwürfe'],
  ['Die Gewerkschaft warf dem Konzern Wortbruch vor.', null, 'negative', 'dem Konzern'],
  ['„Wir loben die Arbeit der Einsatzkräfte“, sagte der Bürgermeister.', 'Wir loben die Arbeit der Einsatzkräfte', 'positive', 'die Arbeit der Einsatzkräfte'],
  ['„Die Partei befürwortet eine Senkung der Stromsteuer“, sagte die Vorsitzende.', 'Die Partei befürwortet eine Senkung der Stromsteuer', 'positive', 'eine Senkung der Stromsteuer'],
  ['„Die Opposition hat das Gesetz abgelehnt“, sagte der Sprecher.', 'Die Opposition hat das Gesetz abgelehnt', 'negative', 'das Gesetz'],
  ['„Moskau stellt die Legitimität der Regierung in Frage“, sagte der Experte.', 'Moskau stellt die Legitimität der Regierung in Frage', 'negative'],
  ['„Der Verband protestiert gegen die neuen Auflagen“, sagte der Präsident.', 'Der Verband protestiert gegen die neuen Auflagen', 'negative', 'die neuen Auflagen'],
  ['„Wir kämpfen für bessere Löhne“, rief die Gewerkschafterin.', 'Wir kämpfen für bessere Löhne', 'positive', 'bessere Löhne'],
  ['„Wir kämpfen gegen die Schließung des Werks“, sagte der Betriebsrat.', 'Wir kämpfen gegen die Schließung des Werks', 'negative', 'die Schließung des Werks'],
  ['„Die Kommission erkennt die Fortschritte Polens an“, sagte der Kommissar.', 'Die Kommission erkennt die Fortschritte Polens an', 'positive'],
  ['„Sie haben ein Krankenhaus angegriffen“, sagte der Gouverneur.', 'Sie haben ein Krankenhaus angegriffen', 'negative', 'Sie'],
  ['„Der Konzern hat die Beschäftigten jahrelang getäuscht“, sagte die Anwältin.', 'Der Konzern hat die Beschäftigten jahrelang getäuscht', 'negative', 'Der Konzern'],
  ['„Die Helfer haben Hunderte Menschen gerettet“, sagte der Einsatzleiter.', 'Die Helfer haben Hunderte Menschen gerettet', 'positive', 'Die Helfer'],
  ['„Wir danken allen Freiwilligen von Herzen“, sagte die Landrätin.', 'Wir danken allen Freiwilligen von Herzen', 'positive'],
  ['„Der Präsident droht den Nachbarstaaten mit Gewalt“, sagte die Außenministerin.', 'Der Präsident droht den Nachbarstaaten mit Gewalt', 'negative'],
  ['„Ich bedauere diese Entscheidung sehr“, sagte der Trainer.', 'Ich bedauere diese Entscheidung sehr', 'negative', 'diese Entscheidung'],
  ['„Wir fordern eine unabhängige Untersuchung“, sagte die Menschenrechtlerin.', 'Wir fordern eine unabhängige Untersuchung', 'positive', 'eine unabhängige Untersuchung'],
];

const EVALUATIVE: Case[] = [
  ['„Dieser Vorschlag ist inakzeptabel“, sagte die Ministerin.', 'Dieser Vorschlag ist inakzeptabel', 'negative', 'Dieser Vorschlag'],
  ['„Die Gespräche waren konstruktiv und respektvoll“, sagte der Gesandte.', 'Die Gespräche waren konstruktiv und respektvoll', 'positive', 'Die Gespräche'],
  ['„Das ist eine Katastrophe für die Region“, sagte der Landrat.', 'Das ist eine Katastrophe für die Region', 'negative'],
  ['„Putin ist ein Kriegsverbrecher“, sagte der Abgeordnete.', 'Putin ist ein Kriegsverbrecher', 'negative', 'Putin'],
  ['„Das ist ein großer Erfolg für unser Land“, sagte der Premier.', 'Das ist ein großer Erfolg für unser Land', 'positive'],
  ['„Dieser Plan ist völlig unrealistisch“, sagte der Ökonom.', 'Dieser Plan ist völlig unrealistisch', 'negative', 'Dieser Plan'],
  ['„Wir sehen deutliche Fortschritte bei den Verhandlungen“, sagte die Unterhändlerin.', 'Wir sehen deutliche Fortschritte bei den Verhandlungen', 'positive'],
  ['Er nannte den Entwurf „gefährlich und verantwortungslos“.', 'gefährlich und verantwortungslos', 'negative', 'den Entwurf'],
  ['Die Opposition bezeichnete den Minister als Lügner.', null, 'negative', 'den Minister'],
  ['„Der Kompromiss ist tragfähig“, sagte der Fraktionschef.', 'Der Kompromiss ist tragfähig', 'positive', 'Der Kompromiss'],
  ['„Das ist das wahre Gesicht dieses Regimes“, sagte die Dissidentin.', 'Das ist das wahre Gesicht dieses Regimes', 'negative', 'dieses Regimes'],
  ['„Das Regime verübt Terror gegen die eigene Bevölkerung“, sagte die Aktivistin.', 'Das Regime verübt Terror gegen die eigene Bevölkerung', 'negative'],
  ['„Die neue Regelung ist eine echte Verbesserung für Pendler“, sagte der Verbandschef.', 'Die neue Regelung ist eine echte Verbesserung für Pendler', 'positive', 'Die neue Regelung'],
  ['„Die Kosten sind viel zu hoch“, sagte der Kämmerer.', 'Die Kosten sind viel zu hoch', 'negative', 'Die Kosten'],
  ['„Die Hilfe kommt zu spät“, sagte die Bürgermeisterin.', 'Die Hilfe kommt zu spät', 'negative', 'Die Hilfe'],
  ['„Diese Staatsterror-Methoden kennen wir“, sagte der Oppositionelle.', 'Diese Staatsterror-Methoden kennen wir', 'negative'],
  ['„Der Verhandlungserfolg gehört allen Beteiligten“, sagte die Vermittlerin.', 'Der Verhandlungserfolg gehört allen Beteiligten', 'positive'],
  ['„Die Waffenstillstandsgespräche beginnen am Montag“, sagte der Sprecher.', 'Die Waffenstillstandsgespräche beginnen am Montag', 'neutral'],
  ['„Das Programm ist ein Tropfen auf den heißen Stein“, sagte die Sozialverbandschefin.', 'Das Programm ist ein Tropfen auf den heißen Stein', 'negative'],
  ['„Hier wird die Zukunft der Kinder kaputtgespart“, sagte die Elternvertreterin.', 'Hier wird die Zukunft der Kinder kaputtgespart', 'negative'],
  ['„Dieser Kurs ist brandgefährlich“, warnte der Ökonom.', 'Dieser Kurs ist brandgefährlich', 'negative', 'Dieser Kurs'],
  ['„Das Verhalten der Delegation war unkonstruktiv“, sagte die Vermittlerin.', 'Das Verhalten der Delegation war unkonstruktiv', 'negative', 'Das Verhalten der Delegation'],
];

const NEGATION: Case[] = [
  ['„Das ist nicht akzeptabel“, sagte der Botschafter.', 'Das ist nicht akzeptabel', 'negative'],
  ['„Wir haben kein Interesse an einer Eskalation“, sagte der Sprecher.', 'Wir haben kein Interesse an einer Eskalation', 'negative'],
  ['„Die Lage ist nicht gefährlich“, sagte die Polizei.', 'Die Lage ist nicht gefährlich', 'positive', 'Die Lage'],
  ['„Wir akzeptieren diese Bedingungen nicht“, sagte die Delegation.', 'Wir akzeptieren diese Bedingungen nicht', 'negative', 'diese Bedingungen'],
  ['„Das war kein Erfolg“, räumte der Trainer ein.', 'Das war kein Erfolg', 'negative'],
  ['„Der Plan ist weder fair noch realistisch“, sagte die Gewerkschaft.', 'Der Plan ist weder fair noch realistisch', 'negative', 'Der Plan'],
  ['„Wir werden niemals zustimmen“, sagte der Parteichef.', 'Wir werden niemals zustimmen', 'negative'],
  ['„Ohne Erfolg bleibt die Reform eine leere Hülle“, sagte der Kritiker.', 'Ohne Erfolg bleibt die Reform eine leere Hülle', 'negative'],
  ['„Die Ergebnisse sind kaum zufriedenstellend“, sagte der Prüfer.', 'Die Ergebnisse sind kaum zufriedenstellend', 'neutral'],
  ['„Das ist nicht schlecht für den Anfang“, sagte der Coach.', 'Das ist nicht schlecht für den Anfang', 'positive'],
  ['„Die Reform kommt nicht schnell genug voran“, sagte die Opposition.', 'Die Reform kommt nicht schnell genug voran', 'negative'],
  ['„Wir unterstützen keine Kürzungen bei der Rente“, sagte der Sozialminister.', 'Wir unterstützen keine Kürzungen bei der Rente', 'negative'],
  ['„Der Bund lässt die Länder nicht allein“, sagte die Ministerin.', 'Der Bund lässt die Länder nicht allein', 'positive'],
  ['„Wir investieren so viel wie nie zuvor in die Bahn“, sagte der Minister.', 'Wir investieren so viel wie nie zuvor in die Bahn', 'positive'],
  ['„Er ist nicht nur mutig, sondern auch klug“, sagte die Laudatorin.', 'Er ist nicht nur mutig, sondern auch klug', 'positive'],
  ['„Die Versorgung ist nicht gefährdet“, sagte das Ministerium.', 'Die Versorgung ist nicht gefährdet', 'positive'],
];

const HEDGES: Case[] = [
  ['„Einige Garantien könnten akzeptabel sein“, sagte der Unterhändler.', 'Einige Garantien könnten akzeptabel sein', 'positive', 'Einige Garantien', true],
  ['Der Plan soll angeblich gescheitert sein, berichten Medien.', 'Der Plan soll angeblich gescheitert sein', 'negative', 'Der Plan', true],
  ['„Das dürfte eine gefährliche Entwicklung werden“, sagte der Forscher.', 'Das dürfte eine gefährliche Entwicklung werden', 'negative', null, true],
  ['„Möglicherweise ist das ein Durchbruch“, sagte die Ärztin.', 'Möglicherweise ist das ein Durchbruch', 'positive', null, true],
  ['„Offenbar war die Planung mangelhaft“, sagte der Prüfer.', 'Offenbar war die Planung mangelhaft', 'negative', 'die Planung', true],
  ['„Ist das wirklich ein Erfolg?“, fragte die Abgeordnete.', 'Ist das wirklich ein Erfolg?', 'neutral'],
  ['„Wenn die Zahlen stimmen, ist das ein gutes Zeichen“, sagte der Analyst.', 'Wenn die Zahlen stimmen, ist das ein gutes Zeichen', 'positive', null, true],
  ['„Vermutlich werden die Verhandlungen schwierig“, sagte der Diplomat.', 'Vermutlich werden die Verhandlungen schwierig', 'negative', 'die Verhandlungen', true],
];

const CONTRAST: Case[] = [
  ['„Zwar ist der Ansatz richtig, aber die Umsetzung ist katastrophal“, sagte sie.', 'Zwar ist der Ansatz richtig, aber die Umsetzung ist katastrophal', 'negative', 'die Umsetzung'],
  ['„Der Weg war hart, aber das Ergebnis ist großartig“, sagte der Kapitän.', 'Der Weg war hart, aber das Ergebnis ist großartig', 'positive', 'das Ergebnis'],
  ['„Wir senden positive Signale – aber die Gegenseite bewegt sich nicht einen Millimeter.“, sagte er.', 'Wir senden positive Signale – aber die Gegenseite bewegt sich nicht einen Millimeter.', 'negative'],
  ['„Zwar nehmen wir die Vorschläge ernst, doch sie sind nicht akzeptabel“, sagte der Vizeminister.', 'Zwar nehmen wir die Vorschläge ernst, doch sie sind nicht akzeptabel', 'negative', 'die Vorschläge'],
  ['„Das Angebot ist nicht perfekt, doch es ist ein guter Kompromiss“, sagte die Schlichterin.', 'Das Angebot ist nicht perfekt, doch es ist ein guter Kompromiss', 'positive'],
  ['„Die Zusagen sind gut, doch die Lieferungen kommen zu spät“, sagte der Präsident.', 'Die Zusagen sind gut, doch die Lieferungen kommen zu spät', 'negative', 'die Lieferungen'],
  ['„Entscheidend ist nicht die Summe, sondern die Fähigkeit“, sagte der Minister.', 'Entscheidend ist nicht die Summe, sondern die Fähigkeit', 'neutral'],
];

const NEUTRAL: Case[] = [
  ['„Die Gespräche werden am Dienstag in Genf fortgesetzt“, sagte ein Sprecher.', 'Die Gespräche werden am Dienstag in Genf fortgesetzt', 'neutral'],
  ['„Wir werden die Zahlen in Ruhe prüfen“, sagte die Senatorin.', 'Wir werden die Zahlen in Ruhe prüfen', 'neutral'],
  ['„Der Zug fährt ab Montag wieder stündlich“, teilte die Bahn mit.', 'Der Zug fährt ab Montag wieder stündlich', 'neutral'],
  ['„Das Treffen beginnt um zehn Uhr“, sagte die Pressestelle.', 'Das Treffen beginnt um zehn Uhr', 'neutral'],
  ['Der Minister sagte, man habe über Handelsfragen gesprochen.', 'man habe über Handelsfragen gesprochen', 'neutral'],
  ['„Die Abstimmung findet im Juni statt“, sagte der Parlamentspräsident.', 'Die Abstimmung findet im Juni statt', 'neutral'],
  ['„Wir haben 3.200 Anträge erhalten“, sagte die Behörde.', 'Wir haben 3.200 Anträge erhalten', 'neutral'],
  ['„Die Delegation reist morgen nach Riad“, sagte der Sprecher.', 'Die Delegation reist morgen nach Riad', 'neutral'],
  ['„Der Bericht wird im Herbst vorgelegt“, sagte die Kommission.', 'Der Bericht wird im Herbst vorgelegt', 'neutral'],
  ['„Die Zahl der Bauanträge ist im Mai gestiegen“, sagte der Statistiker.', 'Die Zahl der Bauanträge ist im Mai gestiegen', 'neutral'],
  ['„Wir schließen einen Waffenstillstand nicht aus“, sagte der Sprecher.', 'Wir schließen einen Waffenstillstand nicht aus', 'positive'],
];

/**
 * Classes added after the blind fresh2 score: success and sufficiency words whose negation is
 * criticism, needs, losses as a forced consequence (only with müssen), viability adjectives,
 * botched-work nouns, strain and unity idioms; with the cases where they must stay silent.
 */
const CONSEQUENCE: Case[] = [
  ['„Die Zuschüsse reichen hinten und vorne nicht aus“, sagte die Bürgermeisterin.', 'Die Zuschüsse reichen hinten und vorne nicht aus', 'negative', 'Die Zuschüsse'],
  ['„Das Personal genügt nicht, um die Anträge zu bearbeiten“, sagte der Amtsleiter.', 'Das Personal genügt nicht', 'negative'],
  ['„Diese Zölle haben noch kein einziges Problem gelöst“, sagte der Ökonom.', 'Diese Zölle haben noch kein einziges Problem gelöst', 'negative', 'Diese Zölle'],
  ['„Die Verordnung berücksichtigt die kleinen Betriebe nicht“, sagte der Verbandschef.', 'Die Verordnung berücksichtigt die kleinen Betriebe nicht', 'negative', 'Die Verordnung'],
  ['„Bei den Gehältern kommen wir seit Monaten nicht weiter“, sagte die Verhandlungsführerin.', 'Bei den Gehältern kommen wir seit Monaten nicht weiter', 'negative'],
  ['„Die Vorräte reichen bis zum Frühjahr aus“, sagte der Sprecher.', 'Die Vorräte reichen bis zum Frühjahr aus', 'positive'],
  ['„Wir brauchen mehr Busse auf dem Land“, sagte der Landrat.', 'Wir brauchen mehr Busse auf dem Land', 'positive', 'Busse'],
  ['„Wir brauchen keine weiteren Prüfaufträge“, sagte die Abgeordnete.', 'Wir brauchen keine weiteren Prüfaufträge', 'negative'],
  ['„Wenn der Zuschuss ausbleibt, müssen wir das Hallenbad schließen“, sagte der Kämmerer.', 'Wenn der Zuschuss ausbleibt, müssen wir das Hallenbad schließen', 'negative', null, true],
  ['„Hunderte Familien mussten ihre Häuser verlassen“, sagte der Helfer.', 'Hunderte Familien mussten ihre Häuser verlassen', 'negative'],
  ['„Die Bäckerei muss zum Jahresende aufgeben“, sagte die Inhaberin.', 'Die Bäckerei muss zum Jahresende aufgeben', 'negative'],
  ['„Die beiden Staaten schlossen im Mai einen Handelsvertrag“, sagte der Diplomat.', 'Die beiden Staaten schlossen im Mai einen Handelsvertrag', 'neutral'],
  ['„Der Zug hat den Bahnhof um acht Uhr verlassen“, sagte die Sprecherin.', 'Der Zug hat den Bahnhof um acht Uhr verlassen', 'neutral'],
  ['„Das Museum schließt montags um 18 Uhr“, sagte der Direktor.', 'Das Museum schließt montags um 18 Uhr', 'neutral'],
  ['„Die Pläne sind mit dem Europarecht nicht vereinbar“, sagte der Gutachter.', 'Die Pläne sind mit dem Europarecht nicht vereinbar', 'negative', 'Die Pläne'],
  ['„Die Rentenreform ist so nicht finanzierbar“, sagte die Ökonomin.', 'Die Rentenreform ist so nicht finanzierbar', 'negative', 'Die Rentenreform'],
  ['„Das Gesetz ist Flickwerk“, sagte der Oppositionsführer.', 'Das Gesetz ist Flickwerk', 'negative', 'Das Gesetz'],
  ['„Die Feuerwehren kommen an ihre Grenzen“, sagte der Kreisbrandmeister.', 'Die Feuerwehren kommen an ihre Grenzen', 'negative'],
  ['„Für die kleinen Vereine wird es eng“, sagte der Kreissportbund.', 'Für die kleinen Vereine wird es eng', 'negative'],
  ['„Die Länder haben heute mit einer Stimme gesprochen“, sagte die Vorsitzende.', 'Die Länder haben heute mit einer Stimme gesprochen', 'positive', 'Die Länder'],
  ['„Die Schulen starten ohne ausreichende Mittel ins Jahr“, sagte die Elternsprecherin.', 'Die Schulen starten ohne ausreichende Mittel ins Jahr', 'negative'],
  ['„Diese Symbolpolitik hilft niemandem“, sagte die Sozialarbeiterin.', 'Diese Symbolpolitik hilft niemandem', 'negative'],
  ['„Um die Spielplätze kümmert sich seit Jahren niemand“, sagte der Anwohner.', 'Um die Spielplätze kümmert sich seit Jahren niemand', 'negative'],
];

/** Targets of predicate nouns and of numerals before their noun. */
const TARGETS: Case[] = [
  ['„Die Maut ist ein fragwürdiges Experiment“, sagte der Verkehrsexperte.', 'Die Maut ist ein fragwürdiges Experiment', 'negative', 'Die Maut'],
  ['„Das neue Stadion bleibt ein gelungenes Projekt“, sagte die Stadträtin.', 'Das neue Stadion bleibt ein gelungenes Projekt', 'positive', 'Das neue Stadion'],
  ['„Das ist ein gefährliches Experiment“, sagte die Ärztin.', 'Das ist ein gefährliches Experiment', 'negative', 'ein gefährliches Experiment'],
  ['„Die Folge ist ein chaotischer Winterdienst“, sagte der Anwohner.', 'Die Folge ist ein chaotischer Winterdienst', 'negative', 'ein chaotischer Winterdienst'],
  ['„Der Verein legte einen soliden Haushalt vor“, sagte der Kassenwart.', 'Der Verein legte einen soliden Haushalt vor', 'positive', 'einen soliden Haushalt'],
  ['„Für den Landkreis sind die 300 neuen Pflegeplätze ein großer Gewinn“, sagte der Landrat.', 'Für den Landkreis sind die 300 neuen Pflegeplätze ein großer Gewinn', 'positive', 'die 300 neuen Pflegeplätze'],
];

// change and comparison of quantities, absence, prohibition (de/quantities.ts); own sentences
const CONSTRUCTIONS: Case[] = [
  ['„Die Heizkosten sind im Winter um ein Viertel gestiegen“, sagte die Mieterin.', 'Die Heizkosten sind im Winter um ein Viertel gestiegen', 'negative'],
  ['„Die Zahl der Arbeitslosen nimmt in der Region weiter zu“, sagte der Landrat.', 'Die Zahl der Arbeitslosen nimmt in der Region weiter zu', 'negative'],
  ['„Die Investitionen der Betriebe wachsen wieder“, sagte die Kammerpräsidentin.', 'Die Investitionen der Betriebe wachsen wieder', 'positive'],
  ['„Die Schulden der Stadt sind deutlich zurückgegangen“, sagte der Kämmerer.', 'Die Schulden der Stadt sind deutlich zurückgegangen', 'positive'],
  ['„Der Zulieferer baut bis 2027 rund 900 Stellen ab“, sagte der Gewerkschafter.', 'Der Zulieferer baut bis 2027 rund 900 Stellen ab', 'negative'],
  ['„Die Wartezeiten beim Bürgeramt sind länger und die Gebühren höher als geplant“, sagte sie.', 'Die Wartezeiten beim Bürgeramt sind länger und die Gebühren höher als geplant', 'negative'],
  ['„Wir haben dieses Jahr mehr Übernachtungen als je zuvor“, sagte der Tourismuschef.', 'Wir haben dieses Jahr mehr Übernachtungen als je zuvor', 'positive'],
  ['„Die Heizkosten sind nicht gestiegen“, sagte der Vermieter.', 'Die Heizkosten sind nicht gestiegen', 'positive'],
  ['„Im Dorf gibt es keine Apotheke mehr“, sagte der Ortsvorsteher.', 'Im Dorf gibt es keine Apotheke mehr', 'negative'],
  ['„Junge Leute finden hier kaum noch eine Wohnung“, sagte die Stadträtin.', 'Junge Leute finden hier kaum noch eine Wohnung', 'negative'],
  ['„So ein Unfall darf nicht noch einmal passieren“, sagte der Werksleiter.', 'So ein Unfall darf nicht noch einmal passieren', 'negative'],
  ['„Seit Montag hat sich gar kein Handwerker mehr gemeldet“, sagte die Mieterin.', 'Seit Montag hat sich gar kein Handwerker mehr gemeldet', 'negative'],
  ['„Im ganzen Tal gibt es keinen einzigen Kinderarzt“, sagte die Mutter.', 'Im ganzen Tal gibt es keinen einzigen Kinderarzt', 'negative'],
  ['„Von dem Geld haben die Vereine keinen Cent gesehen“, sagte der Kreissportbund.', 'Von dem Geld haben die Vereine keinen Cent gesehen', 'negative'],
  ['„Das Personal reicht bei Weitem nicht für drei Schichten“, sagte die Pflegedirektorin.', 'Das Personal reicht bei Weitem nicht für drei Schichten', 'negative'],
  ['„So viele Neuzulassungen hatten wir noch nie“, sagte der Händler.', 'So viele Neuzulassungen hatten wir noch nie', 'positive'],
  ['„So viele Unfälle wie in diesem Sommer gab es lange nicht“, sagte der Polizeisprecher.', 'So viele Unfälle wie in diesem Sommer gab es lange nicht', 'negative'],
  ['„Der Schlauch reicht bis zum Nachbarhaus“, sagte der Feuerwehrmann.', 'Der Schlauch reicht bis zum Nachbarhaus', 'neutral'],
  ['„Es gab überhaupt keine Probleme beim Umzug“, sagte die Sprecherin.', 'Es gab überhaupt keine Probleme beim Umzug', 'positive'],
  ['„Wir haben so viele Anfragen wie nie“, sagte die Beraterin.', 'Wir haben so viele Anfragen wie nie', 'neutral'],
  ['„Niemand hat die Anwohner über die Sperrung informiert“, sagte der Ortsbeirat.', 'Niemand hat die Anwohner über die Sperrung informiert', 'negative'],
  ['„Die Eltern wurden nie gefragt“, sagte die Elternsprecherin.', 'Die Eltern wurden nie gefragt', 'negative'],
  ['„Keiner macht sich die Mühe, die Anträge zu lesen“, sagte der Vereinschef.', 'Keiner macht sich die Mühe, die Anträge zu lesen', 'negative'],
  ['„Dazu kann ich heute nichts sagen“, sagte der Staatsanwalt.', 'Dazu kann ich heute nichts sagen', 'neutral'],
  ['„Er hat nicht gesagt, wann der Bus wieder fährt“, sagte die Fahrgästin.', 'Er hat nicht gesagt, wann der Bus wieder fährt', 'neutral'],
  ['„Der Umzug der Behörde darf nicht im Chaos enden“, sagte der Personalrat.', 'Der Umzug der Behörde darf nicht im Chaos enden', 'negative'],
  ['„Die Sanierung darf kein Dauerstreit werden“, sagte die Landrätin.', 'Die Sanierung darf kein Dauerstreit werden', 'negative'],
  ['„Es gibt im Dorf kein Chaos“, sagte der Bürgermeister.', 'Es gibt im Dorf kein Chaos', 'positive'],
  // negatives: the thing gone is bad; a rise of something of unknown value; a count, not a comparison;
  // dürfte is a guess; darf nicht with a cue of its own is decided by the cue
  ['„Wir haben keine Probleme mehr mit dem Netz“, sagte der Betreiber.', 'Wir haben keine Probleme mehr mit dem Netz', 'positive'],
  ['„Der Wasserstand der Elbe ist über Nacht gestiegen“, sagte der Pegelwart.', 'Der Wasserstand der Elbe ist über Nacht gestiegen', 'neutral'],
  ['„Die Baustellen in der Innenstadt nehmen zu“, sagte der Planer.', null, 'neutral'],
  ['„Zum Konzert kamen mehr als 2000 Zuschauer“, sagte der Veranstalter.', 'Zum Konzert kamen mehr als 2000 Zuschauer', 'neutral'],
  ['„Der Zug dürfte gegen Mittag in Kassel ankommen“, sagte der Sprecher.', 'Der Zug dürfte gegen Mittag in Kassel ankommen', 'neutral'],
  ['„Wir dürfen die Pflegekräfte nicht im Stich lassen“, sagte die Ministerin.', 'Wir dürfen die Pflegekräfte nicht im Stich lassen', 'positive'],
  ['„Er ist nicht mehr Trainer der Mannschaft“, sagte der Manager.', 'Er ist nicht mehr Trainer der Mannschaft', 'neutral'],
];

const TABLES: Array<[string, Case[]]> = [
  ['attitude verbs (with separable particles)', VERBS],
  ['evaluative adjectives, nouns and phrases', EVALUATIVE],
  ['negation and its scope', NEGATION],
  ['hedges, modality and questions', HEDGES],
  ['contrast (zwar … aber, sondern)', CONTRAST],
  ['neutral reports', NEUTRAL],
  ['consequence, sufficiency and need', CONSEQUENCE],
  ['targets of predicate nouns and numerals', TARGETS],
  ['change of quantities, absence and prohibition', CONSTRUCTIONS],
];

for (const [title, cases] of TABLES) {
  describe(`stance: ${title}`, () => {
    it.each(cases)('%s → [%s] %s', (sentence, part, polarity, target, hedged) => {
      const st = score(sentence, part);
      expect(st.polarity, `score ${st.score}, cues ${st.cues.map((c) => sentence.slice(c.start, c.end)).join('|')}`).toBe(polarity);
      if (target) expect(st.target.text).toBe(target);
      if (hedged !== undefined) expect(st.hedged).toBe(hedged);
    });
  });
}

export const STANCE_CASE_COUNT = TABLES.reduce((n, [, cases]) => n + cases.length, 0);
