/**
 * German sentence splitting, case by case: made-up news sentences for each phenomenon of
 * GERMAN.md § Sentence boundaries and § Characters and layout, and negative cases (places
 * where a naive splitter cuts). Each case: a paragraph and the sentences expected from it.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../pipeline/stages/sentences/index.js';

const sentencesOf = (text: string) => splitSentences(text).sentences.map((s) => text.slice(s.start, s.end));

type Case = [name: string, text: string, expected: string[]];

const ABBREVIATIONS: Case[] = [
  ['z. B. with inner space', 'Viele Städte, z. B. Köln und Bonn, erhöhen die Gebühren. Das trifft Familien.', ['Viele Städte, z. B. Köln und Bonn, erhöhen die Gebühren.', 'Das trifft Familien.']],
  ['z.B. without inner space', 'Einige Länder, z.B. Bayern, lehnen den Plan ab.', ['Einige Länder, z.B. Bayern, lehnen den Plan ab.']],
  ['z. B. with NBSP', 'Manche Kliniken, z.\u00a0B. Hamburg, melden Engpässe. Die Lage bleibt angespannt.', ['Manche Kliniken, z.\u00a0B. Hamburg, melden Engpässe.', 'Die Lage bleibt angespannt.']],
  ['u. a. before a name', 'Zu Gast waren u. a. Bundeskanzler Scholz und mehrere Minister.', ['Zu Gast waren u. a. Bundeskanzler Scholz und mehrere Minister.']],
  ['u.a. before a name', 'Es sprachen u.a. Vertreter der Gewerkschaften.', ['Es sprachen u.a. Vertreter der Gewerkschaften.']],
  ['d. h. before a capital', 'Die Steuer steigt, d. h. Verbraucher zahlen mehr. Der Handel protestiert.', ['Die Steuer steigt, d. h. Verbraucher zahlen mehr.', 'Der Handel protestiert.']],
  ['d.h. without space', 'Der Zug fällt aus, d.h. Pendler müssen umsteigen.', ['Der Zug fällt aus, d.h. Pendler müssen umsteigen.']],
  ['i. d. R. three parts', 'Anträge werden i. d. R. Ende März bearbeitet.', ['Anträge werden i. d. R. Ende März bearbeitet.']],
  ['titles Dr. and Prof.', 'Prof. Dr. Maria Schneider leitet das Institut. Sie forscht seit 2010 dort.', ['Prof. Dr. Maria Schneider leitet das Institut.', 'Sie forscht seit 2010 dort.']],
  ['hyphenated title', 'Die Anlage plant Dipl.-Ing. Karl Huber aus Graz.', ['Die Anlage plant Dipl.-Ing. Karl Huber aus Graz.']],
  ['academic degrees', 'Laut Prof. Dr. med. Hans Meier und Dr. rer. nat. Eva Roth ist das Risiko gering.', ['Laut Prof. Dr. med. Hans Meier und Dr. rer. nat. Eva Roth ist das Risiko gering.']],
  ['ff. in a legal citation', 'Es geht um §§ 3 ff. BGB und Art. 12 GG. Das Gericht entscheidet im Mai.', ['Es geht um §§ 3 ff. BGB und Art. 12 GG.', 'Das Gericht entscheidet im Mai.']],
  ['Nr. and Abs.', 'Das regelt Nr. 4 in Abs. 2 der Verordnung.', ['Das regelt Nr. 4 in Abs. 2 der Verordnung.']],
  ['Mio. and Mrd. before a noun', 'Der Bund gibt 3 Mrd. Euro und weitere 500 Mio. Euro für Schulen aus.', ['Der Bund gibt 3 Mrd. Euro und weitere 500 Mio. Euro für Schulen aus.']],
  ['ca. and vgl.', 'Betroffen sind ca. 2000 Haushalte (vgl. Bericht der Stadtwerke).', ['Betroffen sind ca. 2000 Haushalte (vgl. Bericht der Stadtwerke).']],
  ['St. and Str.', 'Die Polizei sperrte die Hauptstr. in St. Pölten am Morgen.', ['Die Polizei sperrte die Hauptstr. in St. Pölten am Morgen.']],
  ['Jh. after an ordinal', 'Die Kirche stammt aus dem 12. Jh. und wurde mehrfach umgebaut.', ['Die Kirche stammt aus dem 12. Jh. und wurde mehrfach umgebaut.']],
  ['bzw. before a capital noun', 'Die Kosten für Strom bzw. Gas sind gestiegen.', ['Die Kosten für Strom bzw. Gas sind gestiegen.']],
  ['unlisted vowel-less abbreviation', 'Die Halle liegt am Hbf. Essen direkt an der Autobahn.', ['Die Halle liegt am Hbf. Essen direkt an der Autobahn.']],
  ['usw. ends the sentence', 'Im Angebot sind Brot, Milch, Käse usw. Die Preise steigen weiter.', ['Im Angebot sind Brot, Milch, Käse usw.', 'Die Preise steigen weiter.']],
  ['etc. ends the sentence before a noun', 'Geplant sind Radwege, Busspuren etc. Anwohner befürchten Staus.', ['Geplant sind Radwege, Busspuren etc.', 'Anwohner befürchten Staus.']],
  ['etc. inside the sentence', 'Äpfel, Birnen etc. werden teurer.', ['Äpfel, Birnen etc. werden teurer.']],
  ['u. a. ends the sentence before an opener', 'Eingeladen sind Vereine, Schulen u. a. Die Anmeldung läuft bis Freitag.', ['Eingeladen sind Vereine, Schulen u. a.', 'Die Anmeldung läuft bis Freitag.']],
  ['open ending before a closing bracket', 'Die Kosten (alle Angaben in Mio.) Die Tabelle zeigt den Haushalt.', ['Die Kosten (alle Angaben in Mio.)', 'Die Tabelle zeigt den Haushalt.']],
  ['list ending inside a closing quote', '„Wir brauchen Brot, Milch usw.“ Der Händler nickte.', ['„Wir brauchen Brot, Milch usw.“', 'Der Händler nickte.']],
  ['Co. KG is one name', 'Die Müller GmbH & Co. KG meldete Insolvenz an.', ['Die Müller GmbH & Co. KG meldete Insolvenz an.']],
  ['place name with i. and a short form', 'Die Firma aus Freiburg i. Br. stellte einen Antrag. Er wurde abgelehnt.', ['Die Firma aus Freiburg i. Br. stellte einen Antrag.', 'Er wurde abgelehnt.']],
  ['Frankfurt a. M.', 'Die Messe in Frankfurt a. M. Ost öffnet morgen.', ['Die Messe in Frankfurt a. M. Ost öffnet morgen.']],
  ['company suffix before an adverb that opens a sentence', 'Der Auftrag ging an Apple Inc. Angeblich geht es um Milliarden.', ['Der Auftrag ging an Apple Inc.', 'Angeblich geht es um Milliarden.']],
  ['Art. only before a number', 'Das steht in Art. 5 des Grundgesetzes. Neu ist diese Art. Kritiker sind skeptisch.', ['Das steht in Art. 5 des Grundgesetzes.', 'Neu ist diese Art.', 'Kritiker sind skeptisch.']],
];

const NUMBERS_AND_DATES: Case[] = [
  ['am 3. Mai', 'Die Wahl findet am 3. Mai statt. Danach wird gezählt.', ['Die Wahl findet am 3. Mai statt.', 'Danach wird gezählt.']],
  ['14. März 2024', 'Am 14. März 2024 trat das Gesetz in Kraft.', ['Am 14. März 2024 trat das Gesetz in Kraft.']],
  ['date with abbreviated month', 'Bis 12. Sept. 2025 läuft die Frist.', ['Bis 12. Sept. 2025 läuft die Frist.']],
  ['Austrian Jänner', 'Der Streik begann am 7. Jänner in Linz.', ['Der Streik begann am 7. Jänner in Linz.']],
  ['numeric date with spaces', 'Das Urteil vom 14. 3. 2024 ist rechtskräftig.', ['Das Urteil vom 14. 3. 2024 ist rechtskräftig.']],
  ['der 2. Weltkrieg', 'Der 2. Weltkrieg endete in Europa im Mai 1945.', ['Der 2. Weltkrieg endete in Europa im Mai 1945.']],
  ['im 19. Jahrhundert', 'Das Viertel entstand im 19. Jahrhundert. Heute leben dort 40.000 Menschen.', ['Das Viertel entstand im 19. Jahrhundert.', 'Heute leben dort 40.000 Menschen.']],
  ['zum 3. Mal', 'Sie gewann zum 3. Mal den Titel.', ['Sie gewann zum 3. Mal den Titel.']],
  ['ordinal head without article', 'Er spielt seit Jahren in der 2. Bundesliga und bis ins 21. Jahrhundert reicht die Tradition.', ['Er spielt seit Jahren in der 2. Bundesliga und bis ins 21. Jahrhundert reicht die Tradition.']],
  ['ordinal before a compound head noun', 'Die Skirennläuferin feiert ihren 20. Weltcupsieg in Folge. Hilde Gerg schafft 21. Weltcupsieg in St. Moritz.', ['Die Skirennläuferin feiert ihren 20. Weltcupsieg in Folge.', 'Hilde Gerg schafft 21. Weltcupsieg in St. Moritz.']],
  ['coordinated ordinals', 'Die Krankheit tritt zwischen dem 50. und 70. Lebensjahr auf.', ['Die Krankheit tritt zwischen dem 50. und 70. Lebensjahr auf.']],
  ['coordinated cardinals end the sentence', 'Die Werte lagen zwischen 50 und 70. Experten sind besorgt.', ['Die Werte lagen zwischen 50 und 70.', 'Experten sind besorgt.']],
  ['match minute', 'Das Tor fiel in der 89. Spielminute. Bremen jubelte.', ['Das Tor fiel in der 89. Spielminute.', 'Bremen jubelte.']],
  ['1. FC Köln in the middle', 'Der Trainer des 1. FC Köln trat zurück.', ['Der Trainer des 1. FC Köln trat zurück.']],
  ['Platz 1. ends the sentence', 'Die Mannschaft landete auf Platz 1. Trainer Weber war zufrieden.', ['Die Mannschaft landete auf Platz 1.', 'Trainer Weber war zufrieden.']],
  ['cardinal at sentence end before an opener', 'Die Zahl der Toten stieg auf 19. Während die Regierung schweigt, trauert die Stadt.', ['Die Zahl der Toten stieg auf 19.', 'Während die Regierung schweigt, trauert die Stadt.']],
  ['cardinal at sentence end before a noun', 'Die Zahl der Verletzten stieg auf 23. Rettungskräfte suchen weiter.', ['Die Zahl der Verletzten stieg auf 23.', 'Rettungskräfte suchen weiter.']],
  ['year at sentence end', 'Die Firma besteht seit 2015. Gründer Klaus Berg hält die Mehrheit.', ['Die Firma besteht seit 2015.', 'Gründer Klaus Berg hält die Mehrheit.']],
  ['thousands separator at sentence end', 'Der Goldpreis stieg auf über 3.200. Anleger sind nervös.', ['Der Goldpreis stieg auf über 3.200.', 'Anleger sind nervös.']],
  ['decimal numbers are no candidates', 'Die Inflation lag bei 2,4 Prozent, das Wachstum bei 0,3 Prozent. Um 14.30 Uhr folgen neue Zahlen.', ['Die Inflation lag bei 2,4 Prozent, das Wachstum bei 0,3 Prozent.', 'Um 14.30 Uhr folgen neue Zahlen.']],
  ['score at sentence end', 'Der FC Bayern gewann 3:1. Müller traf doppelt.', ['Der FC Bayern gewann 3:1.', 'Müller traf doppelt.']],
  ['decimal at sentence end', 'Die Partei erhielt 24,5 Prozent. Die SPD kam auf 16,4. Das ist ein Tiefstwert.', ['Die Partei erhielt 24,5 Prozent.', 'Die SPD kam auf 16,4.', 'Das ist ein Tiefstwert.']],
  ['number after ca. ends the sentence', 'Die Zahl liegt bei ca. 50. Im Vorjahr waren es 70.', ['Die Zahl liegt bei ca. 50.', 'Im Vorjahr waren es 70.']],
  ['weekday and month short forms in a date', 'Das Spiel findet am Sa., 12. Okt., statt. Karten gibt es online.', ['Das Spiel findet am Sa., 12. Okt., statt.', 'Karten gibt es online.']],
  ['numeric day.month. before a number', 'Sie wurde am 3.10. 80 Jahre alt.', ['Sie wurde am 3.10. 80 Jahre alt.']],
  ['age in parentheses', 'Der Angeklagte (42) schwieg. Sein Anwalt sprach von einem Irrtum.', ['Der Angeklagte (42) schwieg.', 'Sein Anwalt sprach von einem Irrtum.']],
  ['legal citation', 'Das Gesetz (BGBl. I S. 123) gilt ab sofort.', ['Das Gesetz (BGBl. I S. 123) gilt ab sofort.']],
  ['ordinal inside parentheses', 'Die Verhandlungen (es ist bereits die 5. Runde) laufen.', ['Die Verhandlungen (es ist bereits die 5. Runde) laufen.']],
  ['inline ranked list after a colon and semicolons', 'Ergebnisse: 1. Gruber (AUT) 1:12,45 Min.; 2. Odermatt (SUI) +0,12; 3. Moretti (ITA) +0,31. Der nächste Lauf folgt am Sonntag.', ['Ergebnisse: 1. Gruber (AUT) 1:12,45 Min.; 2. Odermatt (SUI) +0,12; 3. Moretti (ITA) +0,31.', 'Der nächste Lauf folgt am Sonntag.']],
  ['inline list with commas', 'Tabelle: 1. Bayern 45 Punkte, 2. Leverkusen 41, 3. Stuttgart 38.', ['Tabelle: 1. Bayern 45 Punkte, 2. Leverkusen 41, 3. Stuttgart 38.']],
  ['figures after colons are no list', 'Die Bilanz: Tote: 19. Verletzte: 20. Die Polizei ermittelt.', ['Die Bilanz: Tote: 19.', 'Verletzte: 20.', 'Die Polizei ermittelt.']],
  ['a number after a colon without a next item ends the sentence', 'Die Zahl der Toten: 19. Weitere Opfer werden befürchtet.', ['Die Zahl der Toten: 19.', 'Weitere Opfer werden befürchtet.']],
  ['enumerator starts a sentence', 'Die Regierung nennt drei Gründe. 1. Die Kosten sind zu hoch. 2. Die Zeit ist zu knapp.', ['Die Regierung nennt drei Gründe.', '1. Die Kosten sind zu hoch.', '2. Die Zeit ist zu knapp.']],
];

const INITIALS_AND_NAMES: Case[] = [
  ['middle initial', 'US-Präsident Joe R. Biden sprach im Kongress.', ['US-Präsident Joe R. Biden sprach im Kongress.']],
  ['two initials', 'Die Autorin J. K. Rowling veröffentlicht ein neues Buch.', ['Die Autorin J. K. Rowling veröffentlicht ein neues Buch.']],
  ['initial before an opener is a sentence end', 'Gesucht wird der Halter des Wagens mit dem Kennzeichen B. Der Fahrer floh.', ['Gesucht wird der Halter des Wagens mit dem Kennzeichen B.', 'Der Fahrer floh.']],
  ['regnal number', 'Papst Benedikt XVI. trat 2013 zurück.', ['Papst Benedikt XVI. trat 2013 zurück.']],
  ['acronym at sentence end', 'Sie ist seit 1998 Mitglied der SPD. Parteichef Klingbeil gratulierte.', ['Sie ist seit 1998 Mitglied der SPD.', 'Parteichef Klingbeil gratulierte.']],
];

const WEB: Case[] = [
  ['URL inside a sentence', 'Details stehen unter www.bundesregierung.de/aktuelles im Netz.', ['Details stehen unter www.bundesregierung.de/aktuelles im Netz.']],
  ['URL at sentence end', 'Mehr dazu unter https://www.tagesschau.de/inland. Die Redaktion prüft die Angaben.', ['Mehr dazu unter https://www.tagesschau.de/inland.', 'Die Redaktion prüft die Angaben.']],
  ['e-mail address', 'Hinweise an presse@polizei-berlin.de. Die Ermittlungen dauern an.', ['Hinweise an presse@polizei-berlin.de.', 'Die Ermittlungen dauern an.']],
  ['file name', 'Die Datei haushalt_2025.pdf umfasst 300 Seiten.', ['Die Datei haushalt_2025.pdf umfasst 300 Seiten.']],
];

const QUOTES: Case[] = [
  ['quote ends the sentence', '„Wir gehen.“ Dann verließ sie den Saal.', ['„Wir gehen.“', 'Dann verließ sie den Saal.']],
  ['question in a quote continues with comma', '„Wann endet das?“, fragte sie.', ['„Wann endet das?“, fragte sie.']],
  ['exclamation in a quote continues lower-case', '„Raus hier!“ rief der Mann und rannte los.', ['„Raus hier!“ rief der Mann und rannte los.']],
  ['boundary inside a multi-sentence quote', 'Sie sagte: „Wir sind bereit. Die Regierung muss handeln.“ Dann ging sie.', ['Sie sagte: „Wir sind bereit.', 'Die Regierung muss handeln.“', 'Dann ging sie.']],
  ['multi-sentence quote continued by the speaker', '„Das ist falsch. Wir klagen“, sagte der Anwalt.', ['„Das ist falsch.', 'Wir klagen“, sagte der Anwalt.']],
  ['typewriter quotes', '"Wir streiken." Die Gewerkschaft bleibt hart.', ['"Wir streiken."', 'Die Gewerkschaft bleibt hart.']],
  ['English-style curly quotes', '“Das ist ein Erfolg.” Der Minister lächelte.', ['“Das ist ein Erfolg.”', 'Der Minister lächelte.']],
  ['guillemets »…«', '»Wir bleiben.« Die Familie wehrt sich gegen die Räumung.', ['»Wir bleiben.«', 'Die Familie wehrt sich gegen die Räumung.']],
  ['Swiss guillemets «…»', '«Das Volk hat entschieden.» Der Bundesrat akzeptiert das Ergebnis.', ['«Das Volk hat entschieden.»', 'Der Bundesrat akzeptiert das Ergebnis.']],
  ['nested single quotes', '„Er rief ‚Weg hier!‘ und lief“, sagte die Zeugin. Die Polizei sucht ihn.', ['„Er rief ‚Weg hier!‘ und lief“, sagte die Zeugin.', 'Die Polizei sucht ihn.']],
  ['nested Swiss quotes ‹…›', '«Er sagte ‹Wir bleiben.› Das war deutlich.» Die Delegation reiste ab.', ['«Er sagte ‹Wir bleiben.›', 'Das war deutlich.»', 'Die Delegation reiste ab.']],
  ['OCR quotes ,,…\'\'', ",,Wir kommen wieder.'' Die Fans jubelten.", [",,Wir kommen wieder.''", 'Die Fans jubelten.']],
  ['OCR opening quote ,, after a boundary is no comma', "Die Stadt zog Bilanz. ,,Wir hatten Glück'', sagte der Bürgermeister.", ['Die Stadt zog Bilanz.', ",,Wir hatten Glück'', sagte der Bürgermeister."]],
  ['two quoted sentences with speakers', '„Was soll das?“, fragte die Abgeordnete. „Das ist ein Skandal!“, rief ein anderer.', ['„Was soll das?“, fragte die Abgeordnete.', '„Das ist ein Skandal!“, rief ein anderer.']],
  ['quote after a colon, then a new sentence', 'Söder (CSU) sagte: „Wir machen das.“ Die Grünen widersprachen.', ['Söder (CSU) sagte: „Wir machen das.“', 'Die Grünen widersprachen.']],
  ['mixed „…" quotes', '„Es reicht." Die Pfleger legen die Arbeit nieder.', ['„Es reicht."', 'Die Pfleger legen die Arbeit nieder.']],
  ['period after the closing quote', 'Er nannte das „unverantwortlich“. Die Opposition stimmte zu.', ['Er nannte das „unverantwortlich“.', 'Die Opposition stimmte zu.']],
  ['question outside quotes', 'Wer zahlt die Rechnung? Die Kommunen wissen es nicht.', ['Wer zahlt die Rechnung?', 'Die Kommunen wissen es nicht.']],
  ['apostrophe inside a word', 'Wie geht’s weiter? Das weiß keiner.', ['Wie geht’s weiter?', 'Das weiß keiner.']],
];

const PUNCTUATION: Case[] = [
  ['colon is no boundary', 'Die Botschaft ist klar: Die Uhr läuft.', ['Die Botschaft ist klar: Die Uhr läuft.']],
  ['semicolon is no boundary', '18 Menschen starben; über 60 wurden verletzt.', ['18 Menschen starben; über 60 wurden verletzt.']],
  ['ellipsis glued to a word ends the sentence', 'Wir warten ab... Vielleicht kommt noch ein Angebot.', ['Wir warten ab...', 'Vielleicht kommt noch ein Angebot.']],
  ['ellipsis character before an opener', 'Er zögerte … Dann unterschrieb er den Vertrag.', ['Er zögerte …', 'Dann unterschrieb er den Vertrag.']],
  ['ellipsis as a pause before a noun', 'Berlin, Paris, Rom … Städte, die sich verändern.', ['Berlin, Paris, Rom … Städte, die sich verändern.']],
  ['free-standing ellipsis after a complete clause before a capitalised word', 'Es sollte ein großer Wurf werden … Geworden ist es ein Kompromiss.', ['Es sollte ein großer Wurf werden …', 'Geworden ist es ein Kompromiss.']],
  ['free-standing ellipsis after a participle before a noun', 'Die Gespräche sind vorerst gescheitert … Experten rechnen mit einem neuen Anlauf.', ['Die Gespräche sind vorerst gescheitert …', 'Experten rechnen mit einem neuen Anlauf.']],
  ['ellipsis after a copula is a pause', 'Der Gewinner des Abends ist … Deutschland!', ['Der Gewinner des Abends ist … Deutschland!']],
  ['ellipsis after an article is a pause', 'Am Ende siegte die … Mannschaft aus Bremen.', ['Am Ende siegte die … Mannschaft aus Bremen.']],
  ['ellipsis after a word that needs what follows', 'Es war ein Spiel voller … Überraschungen.', ['Es war ein Spiel voller … Überraschungen.']],
  ['omission mark with spaces inside the brackets', '„Wir haben [ … ] Fortschritte gemacht“, sagte er.', ['„Wir haben [ … ] Fortschritte gemacht“, sagte er.']],
  ['omission mark in a quote', '„Wir haben […] Fortschritte gemacht“, sagte er.', ['„Wir haben […] Fortschritte gemacht“, sagte er.']],
  ['ellipsis before lower case', 'Das war … na ja, nicht ideal.', ['Das war … na ja, nicht ideal.']],
  ['?! and !!!', 'Wirklich?! Das kann nicht sein!!! Die Fans sind empört.', ['Wirklich?!', 'Das kann nicht sein!!!', 'Die Fans sind empört.']],
  ['whole sentence in parentheses', 'Der Zug kam zu spät. (Ein Baum lag auf dem Gleis.) Die Sitzung begann ohne ihn.', ['Der Zug kam zu spät.', '(Ein Baum lag auf dem Gleis.)', 'Die Sitzung begann ohne ihn.']],
  ['sentences inside a mid-sentence parenthesis', 'Die Partei (Sie wurde 1990 gegründet. Heute zählt sie 500 Mitglieder.) tritt erstmals an.', ['Die Partei (Sie wurde 1990 gegründet. Heute zählt sie 500 Mitglieder.) tritt erstmals an.']],
  ['dash after a quote continues', '„Wir sind bereit!“ – so der Minister am Montag.', ['„Wir sind bereit!“ – so der Minister am Montag.']],
  ['no space after the period is no boundary', 'Das Ergebnis lag bei 0.5.Die Tabelle zeigt mehr.', ['Das Ergebnis lag bei 0.5.Die Tabelle zeigt mehr.']],
];

const LAYOUT: Case[] = [
  ['dateline with agency', 'BERLIN (dpa) – Die Regierung hat sich auf einen Haushalt geeinigt. Die Opposition kritisiert ihn.', ['BERLIN (dpa) – Die Regierung hat sich auf einen Haushalt geeinigt.', 'Die Opposition kritisiert ihn.']],
  ['dateline with a period after the agency', 'Wien (APA). Die Gewerkschaft droht mit Streik.', ['Wien (APA). Die Gewerkschaft droht mit Streik.']],
  ['dateline in capitals with a period', 'HAMBURG. Der Hafen meldet einen Rekord.', ['HAMBURG. Der Hafen meldet einen Rekord.']],
  ['place alone with a period opens the article', 'Krise in der Koalition\nBerlin. Die Bundesregierung streitet über den Haushalt. Eine Einigung ist nicht in Sicht.', ['Krise in der Koalition', 'Berlin. Die Bundesregierung streitet über den Haushalt.', 'Eine Einigung ist nicht in Sicht.']],
  ['place alone with a period later in the article is a sentence', 'Der Minister reiste ab.\nBerlin. Die Stadt war sein letztes Ziel.', ['Der Minister reiste ab.', 'Berlin.', 'Die Stadt war sein letztes Ziel.']],
  ['one-word answer at the article start is no dateline', 'Nein. Die Regierung bleibt bei ihrem Kurs.', ['Nein.', 'Die Regierung bleibt bei ihrem Kurs.']],
  ['press release opening with place and date', 'Preiserhöhung\nNeustadt, 4. Februar 2025. Die Stadtwerke erhöhen die Preise. Kunden werden informiert.', ['Preiserhöhung', 'Neustadt, 4. Februar 2025. Die Stadtwerke erhöhen die Preise.', 'Kunden werden informiert.']],
  ['a dated sentence inside the body is cut after the year', 'Der Rat tagte in Neustadt.\nDie Frist endete am 4. Februar 2025. Die Stadtwerke erhöhen die Preise.', ['Der Rat tagte in Neustadt.', 'Die Frist endete am 4. Februar 2025.', 'Die Stadtwerke erhöhen die Preise.']],
  ['police press release header with its number', 'POL-HH: 240514-2. Radfahrer bei Unfall verletzt\nHamburg (ots) – Ein Radfahrer wurde verletzt. Die Polizei sucht Zeugen.', ['POL-HH: 240514-2. Radfahrer bei Unfall verletzt', 'Hamburg (ots) – Ein Radfahrer wurde verletzt.', 'Die Polizei sucht Zeugen.']],
  ['a release number inside a sentence still ends it', 'Die Meldung trägt die Nummer 240514-2. Sie stammt von der Polizei.', ['Die Meldung trägt die Nummer 240514-2.', 'Sie stammt von der Polizei.']],
  ['dateline with a dash only', 'Wien – Die Gewerkschaft warnt vor Streiks.', ['Wien – Die Gewerkschaft warnt vor Streiks.']],
  ['two places and agencies', 'KIEW/MOSKAU (dpa/AFP) – Die Angriffe gehen weiter. Es gibt Tote.', ['KIEW/MOSKAU (dpa/AFP) – Die Angriffe gehen weiter.', 'Es gibt Tote.']],
  ['paragraph breaks', 'Der Bundestag stimmte zu\nDie Länder müssen noch zustimmen.\n\nDer Bundesrat tagt im Mai.', ['Der Bundestag stimmte zu', 'Die Länder müssen noch zustimmen.', 'Der Bundesrat tagt im Mai.']],
  ['CRLF line ends', 'Erste Zeile endet hier.\r\nZweite Zeile auch.', ['Erste Zeile endet hier.', 'Zweite Zeile auch.']],
  ['hard-wrapped line joins', 'Die Regierung hat am Montag\nbeschlossen, die Steuer zu senken.', ['Die Regierung hat am Montag\nbeschlossen, die Steuer zu senken.']],
  ['hyphen at a line end joins', 'Die Bundes-\nregierung widerspricht.', ['Die Bundes-\nregierung widerspricht.']],
  ['soft hyphens inside words', 'Die Bun\u00addes\u00adre\u00adgie\u00adrung tagt. Danach folgt die Presse\u00adkonferenz.', ['Die Bun\u00addes\u00adre\u00adgie\u00adrung tagt.', 'Danach folgt die Presse\u00adkonferenz.']],
  ['narrow NBSP as separator and in numbers', 'Der Anteil stieg auf 5\u202f%.\u202fDie Quote sinkt.', ['Der Anteil stieg auf 5\u202f%.', 'Die Quote sinkt.']],
  ['decomposed umlaut (not NFC)', 'Die Bu\u0308rger protestieren. U\u0308berall gibt es Demos.', ['Die Bu\u0308rger protestieren.', 'U\u0308berall gibt es Demos.']],
];

describe.each([
  ['abbreviations', ABBREVIATIONS],
  ['numbers and dates', NUMBERS_AND_DATES],
  ['initials and names', INITIALS_AND_NAMES],
  ['web addresses and files', WEB],
  ['quotes', QUOTES],
  ['punctuation', PUNCTUATION],
  ['layout', LAYOUT],
] as const)('sentence splitting: %s', (_group, cases) => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('headlines', () => {
  const kinds = (text: string) => splitSentences(text).sentences.map((s) => s.kind);
  it.each([
    ['a line without final punctuation', 'Ukraine: Neue Gespräche in Riad', ['headline']],
    ['a quoted headline', '„Das ist das wahre Gesicht der Russen“', ['headline']],
    ['headline, then text', 'Streik legt Flughäfen lahm\nTausende Reisende sitzen fest.', ['headline', 'sentence']],
    ['a question is a sentence', 'Will Putin wirklich Frieden?', ['sentence']],
    ['a line ending in a colon is a sentence', 'Die Forderungen im Überblick:', ['sentence']],
    ['last sentence of a paragraph without punctuation is not a headline', 'Der Plan steht. Details folgen', ['sentence', 'sentence']],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('can be switched off', () => {
    expect(splitSentences('Streik am Flughafen', { detectHeadlines: false }).sentences[0]!.kind).toBe('sentence');
  });
});

describe('paragraph index', () => {
  it('numbers paragraphs and keeps sentences in them', () => {
    const { paragraphs, sentences } = splitSentences('Titel\n\nErster Satz. Zweiter Satz.\nDritter Satz.');
    expect(paragraphs).toHaveLength(3);
    expect(sentences.map((s) => [s.index, s.paragraph])).toEqual([[0, 0], [1, 1], [2, 1], [3, 2]]);
  });
});
