/**
 * Speech, writing and thought verbs that introduce reported content in German news
 * ("sagte", "kündigte … an", "wies … zurück", "geht davon aus").
 *
 * Scope: verbs of saying, stating, announcing, demanding, warning, criticising, reporting,
 * writing, and the verbs of belief and expectation that news reports treat as speech
 * (glauben, befürchten, davon ausgehen). Hand-written for wortlaut from the phenomena in
 * GERMAN.md and common German news usage; their inflected forms are generated into
 * ./verb-forms.generated.ts by scripts/build-lexicon.ts.
 *
 * Line format: `particle|base` for separable verbs (the particle stands at the clause end in
 * main clauses: "teilte … mit"), a plain lemma otherwise, optionally followed by
 * `+word` (a word the clause must also contain: "davon aus|gehen" needs "davon") and flags:
 *   !  directive or commissive: content may be a zu-infinitive ("forderte sie auf, den Plan zu
 *      stoppen"), never an indicative main clause
 *   &  assertive that may also report its subject's own act as a zu-infinitive ("gab an, den
 *      Mitarbeiter nicht mehr einsetzen zu wollen", "bestritt, beteiligt gewesen zu sein")
 *   ~  weak cue: counts only with a content clause (dass/ob/w-clause or Konjunktiv)
 *   ^  evidence verb: reports only with a speaker as subject — a referent, pronoun or
 *      document ("Die Studie zeigt, dass …"), not data ("Messungen deuten darauf hin, dass …")
 */
export const SPEECH_VERB_LINES = `
sagen &
aus|sagen
an|sagen
zu|sagen !
ab|sagen ~
betonen &
erklären &
bekräftigen &
unterstreichen
hervor|heben
warnen !
fordern !
auf|fordern !
an|kündigen !
zurück|weisen
ein|räumen &
zu|geben &
zu bedenken|geben
mit|teilen &
berichten
behaupten &
versichern &
kritisieren ~ &
bemängeln
beklagen
bestätigen
bestreiten &
dementieren
verneinen
bejahen
antworten
entgegnen
erwidern
ergänzen
hinzu|fügen
meinen
äußern
ab|streiten &
an|geben &
bekannt|geben &
bekannt|machen
verkünden !
verkündigen
melden
vermelden
schreiben
twittern
posten
fest|stellen
klar|stellen
in frage|stellen
klar|machen
dar|legen
aus|führen
erläutern
präzisieren
beschreiben ~
schildern ~
erzählen
berichtigen
korrigieren ~
zitieren
verlauten
verraten
ein|gestehen &
gestehen &
zu|gestehen
bekennen +sich &
offenbaren
enthüllen
preis|geben
drohen !
an|drohen
versprechen !
zu|sichern &
garantieren
beteuern &
schwören !
beschwören
mahnen !
an|mahnen
ermahnen !
appellieren !
bitten !
auf|rufen !
raten !
ab|raten !
empfehlen !
vor|schlagen !
an|regen
an|bieten !
verlangen !
beantragen
verlangen
plädieren &
werben !
drängen !
pochen
beharren
bestehen +darauf &
insistieren
argumentieren
begründen &
rechtfertigen ~
verteidigen ~
ein|wenden
ein|werfen
widersprechen
protestieren
klagen
beschweren
monieren
rügen ~
tadeln ~
vor|werfen !
beschuldigen !
bezichtigen
an|klagen ~
loben ~
würdigen ~
begrüßen ~
bedauern
bedanken ~
danken ~
gratulieren ~
jubeln
frohlocken
spotten
scherzen
lästern
schimpfen
wettern
poltern
fluchen
rufen
schreien
skandieren
flüstern
murmeln
seufzen
stöhnen
ein|schätzen
schätzen ~
vermuten
befürchten &
fürchten
hoffen !
glauben
denken ~
an|nehmen ~
aus|gehen +davon
erwarten ~
rechnen +damit
prognostizieren
vorher|sagen
voraus|sagen
orakeln
spekulieren
mutmaßen
zweifeln
bezweifeln
überzeugen ~
überlegen ~ &
bedenken ~
beschließen !
entscheiden ~ !
ein|lenken
zu|stimmen ~
ab|lehnen ~
leugnen &
signalisieren &
bedeuten ~ ^
an|deuten
hin|deuten ~ ^
hin|weisen
verweisen
erinnern
ermutigen !
informieren ~
unterrichten ~
benachrichtigen ~
kommentieren ~
resümieren
bilanzieren
folgern
schlussfolgern
schließen ~
konstatieren
attestieren
bescheinigen
vermerken
notieren
an|merken
bemerken
ein|schränken
relativieren
nach|legen
wiederholen ~
bekunden
beteuern
bezeugen
aus|plaudern
zurück|rudern
nennen ~
bezeichnen ~
planen ~ !
heraus|finden
heraus|stellen
legen +wert
halten +möglich
halten +wahrscheinlich
halten +unwahrscheinlich
halten +denkbar
halten +richtig
halten +falsch
halten +sinnvoll &
halten +notwendig &
halten +nötig &
halten +erforderlich &
halten +angebracht &
halten +geboten &
kommen +ergebnis
kommen +schluss
gelangen +ergebnis
ab|tun ~
feiern ~
verurteilen ~
werten ~
beurteilen ~
formulieren
bringen +punkt
bringen +ausdruck
nehmen +stellung
machen +bedingung !
zusammen|fassen
umschreiben ~
sprechen ~
reden ~
erwähnen
thematisieren ~
mit|schwingen ~
lauten ~
besagen
belegen ~ ^
zeigen ~ ^
ergeben ~ ^
hervor|gehen
fest|halten
ab|wiegeln
beschwichtigen
beruhigen ~
beschönigen ~
unterstellen
nahe|legen
ein|schärfen
vor|rechnen
vor|halten
entgegen|halten
entschuldigen ~
verteidigen
ein|fordern
ab|wägen ~
prophezeien
diagnostizieren
zurück|geben ~
nach|fragen
fragen
an|fragen
auf|werfen ~
reagieren ~
kontern
parieren
replizieren
aus|richten ~
verlautbaren
publizieren ~
veröffentlichen ~
verbreiten ~
ab|streiten
klar|stellen
bekannt|werden ~
erwägen &
nach|denken +darüber &
an|weisen !
beauftragen ~ !
vor|geben ~ &
befürworten ~
errechnen
auf|stellen +theorie
auf|stellen +these
auf|stellen +hypothese
auf|stellen +behauptung
an|sehen +erwiesen
an|sehen +aufgabe &
an|sehen +aufgaben &
aus|sprechen +sich &
entschließen &
`;
