/**
 * Cue words and the small closed word classes the quote stage needs to find speakers and
 * reported content in German news without a parser. Hand-written for wortlaut from the
 * patterns in GERMAN.md ("Quotes and speakers") and common German news usage.
 */
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Prepositions that attribute a statement to a source: "laut X", "gemäß X". */
export const SOURCE_PREPOSITIONS = words('laut lt. gemäß');
/**
 * Nouns of rules and norms: after "gemäß" they say what something complies with, not who says
 * it ("gemäß der damaligen Regelung gezahlt", "gemäß den Strafrechtsbestimmungen geprüft",
 * "gemäß § 132a"). Lower case; a compound ending in one counts too ("Straßenverkehrsordnung").
 * Not after "laut", where SpkAtt and news usage take the norm as the source ("laut Verfassung").
 */
export const NORM_NOUNS = words(`regel regeln regelung regelungen bestimmung bestimmungen vorschrift vorschriften
  paragraf paragrafen paragraph paragraphen § norm normen richtlinie richtlinien
  ordnung satzung tarif tarifvertrag fahrplan zeitplan plan vorgabe vorgaben`);
/**
 * Finite verbs of past narration (auxiliaries and frequent strong preterites): after a
 * sentence-initial "Danach" they tell what happened afterwards ("Danach ging der Chef nach
 * Hause", "Danach wurde er verhaftet"), not what a document says (present tense or
 * Konjunktiv: "Danach leiden viele Kinder …"). Weak preterites (-te, -ten) count too (extract.ts).
 */
export const PAST_NARRATION_VERBS = words(`war waren wurde wurden hatte hatten ging gingen kam kamen gab gaben fand fanden
  brach brachen begann begannen fuhr fuhren flog flogen lief liefen zog zogen schuf trat traten stieg stiegen fiel fielen
  nahm nahmen blieb blieben sprach sprachen rief riefen verließ verließen erhielt erhielten`);
/** Postposition: "X zufolge", "Angaben der Polizei zufolge". */
export const SOURCE_POSTPOSITIONS = words('zufolge');

/**
 * Single words that word order can put where a subject stands but that never refer to a
 * speaker: pronominal adverbs and connectors ("Darüber hinaus wurde …", "Daraus wird …"),
 * demonstratives standing for a proposition ("Dies belegen …"), and
 * adverbs of time and degree that open a clause ("Monatelang haben …", "Besonders …").
 * Lower case; words ending like adverbs (ADVERB_ENDINGS) count as well.
 */
export const NON_REFERRING = words(`das dies darüber daraus dabei dadurch dafür dagegen daher damit danach daneben darauf
  darin davon davor dazu deshalb deswegen dennoch demnach wonach womit wodurch hierzu hierbei hiermit hierfür zudem außerdem
  besonders sehr viel vieles wenig weniger kaum vor allem monatelang jahrelang wochenlang tagelang stundenlang lange bislang bisher zuletzt zunächst anschließend
  inzwischen mittlerweile unterdessen indes indessen verglichen gleichwohl allerdings jedenfalls immerhin letztlich schließlich`);

/**
 * Finite verbs after which "es" is expletive or stands for a proposition, never a speaker:
 * forms of sein and werden (stative and dynamic passive: "Es ist geplant, dass …", "Es wurde
 * bekannt, …") and "drohen" with a postponed subject ("Es drohe eine Katastrophe").
 */
export const EXPLETIVE_ES_VERBS = words(`ist war sei wäre sind waren seien wären wird wurde werde würde werden wurden
  droht drohte drohe drohten`);

/** Words after "nach" that make it a source cue on their own ("nach eigenen Angaben"). */
export const SOURCE_NOUN_ATTRIBUTES = words('eigenen eigener eigenem ersten offiziellen inoffiziellen bisherigen vorläufigen neuesten jüngsten übereinstimmenden unbestätigten unabhängigen');

/**
 * Adverbs that stand inside a noun phrase before its adjective or participle, alone or in a
 * row ("ein nicht genannter Sprecher", "der erst kürzlich ernannte Bischof", "die neu gewählte
 * Vorsitzende"): the noun-phrase reader goes past them to the head. Lower case.
 */
export const ADJECTIVE_ADVERBS = words(`nicht bisher bislang noch kaum sehr besonders äußerst eher namentlich offiziell inzwischen
  ehemals damals erst kürzlich jüngst neu frisch zuvor zuletzt gerade soeben wieder erneut einst früher später lange
  zeitweise vorübergehend kommissarisch`);

/** Adverbs of approximation before a number that belong to its phrase ("Rund 22 Prozent", "knapp 300 Anwohner"). */
export const QUANTITY_ADVERBS = words('rund etwa knapp fast gut mindestens höchstens annähernd nahezu beinahe ungefähr circa ca. zirka insgesamt weitere');

/** Words that, at the start of a clause, attribute it to a source named before. */
export const ATTRIBUTING_ADVERBS = words('demnach wonach');

/** Postposed attribution "…, so der Minister." / "– so Trump –". */
export const POSTPOSED_SO = 'so';

/** Impersonal "hieß es", "heißt es (aus Regierungskreisen)", "hatte es geheißen". */
export const IMPERSONAL_FORMS = words('hieß heißt hieße hiess geheißen');

/**
 * Prepositions that name where impersonal words come from: "heißt es aus Regierungskreisen /
 * in der Erklärung / auf der Webseite / bei der Polizei / von der Behörde / seitens des Amtes".
 */
export const IMPERSONAL_SOURCE_PREPOSITIONS = words('aus bei von vom in im auf seitens');

/** Words that introduce a content clause of speech: dass-, ob- and w-clauses. */
export const CONTENT_CONJUNCTIONS = words('dass daß ob warum weshalb wieso wie wer was wann wo woher wohin inwieweit inwiefern welche welcher welches welchen');

/** Subordinating words that start a clause that is not reported content. */
export const SUBORDINATORS = words('weil da obwohl obgleich wenn falls sobald solange nachdem bevor während damit sodass indem als seit seitdem bis zumal sofern soweit ehe obschon wohingegen');

/**
 * Possessive determiners of a third party (and "unser"), every form, and the possessive
 * relatives "dessen"/"deren": the possessor holds what the noun names, so the phrase is not a
 * new speaker — "seiner Meinung nach" (the possessor's view), "Mit seiner Ankündigung, …, hat
 * Trump …" (the subject after the verb), "Seine Botschaft ist …" (not the phrase), "seiner
 * Darstellung" (no claim noun of its own). One list for the whole stage.
 */
export const POSSESSIVES = words(`sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren
  unser unsere unserer unseres unserem unseren dessen deren`);
/** The forms of POSSESSIVES that can be dative ("ihrer Meinung nach", "dessen Angaben nach"). */
export const DATIVE_POSSESSIVES = words('seiner seinem ihrer ihrem unserer unserem dessen deren');

/** Determiners and possessives that open a noun phrase. */
export const DETERMINERS = words(`der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen
  dieser diese dieses diesem diesen jener jene jenes jenem jenen sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren
  unser unsere unserer unseres unserem unseren mehrere einige viele zahlreiche beide alle manche welche`);

/**
 * Names of news agencies, papers and broadcasters written in lower case ("die taz", "laut dpa"):
 * the quote stage reads them as capitalised names. Lower case, whole words.
 */
/**
 * Labels of interview turns printed as "Label: …" at the start of a paragraph (extract.ts,
 * interviewTurns): the interviewer's questions ("Frage: …", "F: …") — their speaker is not
 * named — and the answers ("Antwort: …", "A: …"), which are the interviewee's. Other labels of
 * an interview are the speakers' names ("Wollenweber: …").
 */
export const QUESTION_LABELS = words('frage f');
export const ANSWER_LABELS = words('antwort a');

export const LOWER_CASE_NAMES = words('taz dpa afp ddp dapd epd kna sid apa ntv n-tv');

/** Personal pronouns that can be speakers. */
export const SPEAKER_PRONOUNS = words('er sie man wir ich Er Sie Man Wir Ich');

/**
 * Adverbs and connectives that may stand before the subject or between the verb and the
 * subject without changing who speaks: "Auch Rubio sagte", "sagte zudem der Minister".
 * One word each: of "vor allem" and "darüber hinaus" only the second word is listed, since
 * "vor" and "darüber" open adverbials of their own ("Vor zwei Tagen hatte …").
 */
export const SKIPPABLE_ADVERBS = words(`auch zudem außerdem dabei dazu so jedoch aber und doch zwar zugleich gleichzeitig später zuvor
  bereits nun jetzt inzwischen dann daraufhin allerdings ebenfalls hingegen dagegen deshalb darum daher dennoch trotzdem
  erneut wiederholt abermals nochmals noch schon gestern heute morgen vorgestern damals kürzlich jüngst zuletzt zuerst
  zunächst anschließend weiter weiterhin ferner übrigens ausdrücklich deutlich offen öffentlich wörtlich knapp kurz
  ebenso mittlerweile unterdessen indes indessen offenbar offensichtlich vielmehr wiederum selbst sogar nur
  bislang bisher stets immer oft mehrfach erst letztlich schließlich endlich ebenfalls sinngemäß sichtlich denn
  also nämlich freilich jedenfalls ohnehin tatsächlich eigentlich hier dort da damit dazu darauf daraufhin derzeit
  insbesondere allem zuvor hierbei hierzu dabei demgegenüber gleichwohl hinaus parallel daneben
  somit folglich demzufolge überdies immerhin wohl kaum bald stattdessen umgekehrt nunmehr ursprünglich
  seinerseits ihrerseits meinerseits unsererseits`);

/** Prepositions that start an adverbial (so the subject follows the verb). */
export const PREPOSITIONS = words(`als am im in an auf bei beim nach vor vom von mit zu zum zur über unter für gegen ohne um aus durch seit während
  wegen trotz gegenüber hinter neben zwischen laut gemäß angesichts anlässlich infolge binnen innerhalb außerhalb dank
  aufgrund mithilfe anhand bezüglich hinsichtlich seitens zufolge ab`);

/** Words that end a speaker phrase after the verb. */
export const NP_STOPPERS = words(`am im in an auf bei beim nach vor vom mit zu zum zur über unter für gegen ohne um aus durch seit
  während wegen trotz gegenüber und oder aber doch dass ob weil wenn als wie nicht auch zudem bereits noch schon nun jetzt
  heute gestern damals zuvor später dabei dazu dem den es sich sei seien habe hätten würde werde
  wieder immer weiter hinter außer jeder jede jedes jedem jeden sehr mehr oder aber sondern entweder weder`);

/** Verbs that take a partial quote as a name or label: "nannte den Plan „…“". */
export const LABEL_VERB_LEMMAS = words('nennen bezeichnen sprechen reden werten kritisieren loben warnen beschreiben abtun feiern verurteilen würdigen');

/**
 * Nouns that introduce the words someone said, chanted or wrote, so that the quoted phrase
 * after them is a quotation, not a title: "skandierten Parolen wie „…“", "Bänder mit der
 * Aufschrift „…“", "mit den Worten „…“", "die Feststellung „…“". Hand-written for wortlaut.
 */
export const SPEECH_NOUNS = words(`Parole Parolen Losung Losungen Slogan Slogans Aufschrift Aufschriften Worten Feststellung
  Spruch Sprüche Sprüchen Sprechchor Sprechchöre Sprechchören Ruf Rufe Rufen Schlachtruf Schlachtrufe Zitat Ausruf Satz Sätzen`);

/** Pronominal adverbs that may stand between a speech-act noun and its clause ("der Hinweis darauf, dass"). */
export const CONTENT_ADVERBS = words('darauf daran darüber dafür davor davon dahin dazu');

/** Participles of speech verbs that are mostly adjectives: "ist als „…“ bekannt" names, it does not quote. */
export const ADJECTIVE_PARTICIPLES = words('bekannt bekannte bekannten bekannter bekanntes');

/** Words that may stand between a speech noun and its quotation ("Parolen wie zum Beispiel „…“"). */
export const SPEECH_NOUN_LINKS = words('wie zum beispiel etwa unter anderem anderen etwas u. a. u.a. z. b. z.b.');

/**
 * Nouns (and the adjective "sogenannt") that mark a quoted phrase as a title, name or
 * scare quote rather than a quotation: die Sendung „Tagesthemen“, das Etikett „…“.
 */
export const TITLE_NOUNS = words(`sogenannte sogenannten sogenannter sogenanntes sog so-genannte so-genannten
  Sendung Serie Show Film Filme Filmes Buch Buches Roman Romans Titel Titels Album Lied Song Single Stück Oper Musical
  Zeitung Zeitschrift Magazin Magazins Blatt Blattes Portal Blog Kolumne Rubrik Artikel Beitrag Beitrags Studie Bericht Berichts
  Etikett Begriff Begriffs Schlagwort Stichwort Motto Wort Unwort Ausdruck Label Marke Name Namen Spitzname
  Codename Kürzel Formel Operation Projekt Projekts Programm Programms Initiative Kampagne Aktion Bündnis Bewegung Partei Verein
  Gruppe Band Firma Unternehmen Hotel Restaurant Schiff Mission Plattform App Gesetz Abkommen Plan Plans Konzept Ausstellung
  Festival Preis Wettbewerb Spiel Spiels Theaterstück Dokumentation Doku Podcast Reihe Format Modell Satire namens genannt genannte
  genannten Rolle Figur Stichwörter Überschrift Schlagzeile Titelseite Leitartikel`);

/**
 * Heads of compound nouns that name a medium, work, organisation or product, so that a quoted
 * phrase right after the compound is its title or name: der Radiosender „…“, die
 * Wochenzeitschrift „…“, das Fachblatt „…“, die Hilfsorganisation „…“. Matched as the end of
 * a capitalised compound (lower case); the plain nouns are in TITLE_NOUNS.
 */
export const TITLE_HEADS = ['sender', 'senders', 'zeitung', 'zeitschrift', 'magazin', 'magazins', 'magazines', 'blatt', 'blattes',
  'portal', 'agentur', 'sendung', 'serie', 'album', 'organisation', 'enzyklika', 'modelle', 'modell', 'profil',
  'programm', 'projekt', 'kampagne', 'initiative', 'bündnis', 'netzwerk', 'verband', 'stiftung', 'pille', 'präparat', 'mittel'];

/**
 * Konjunktiv I forms that are far more often another word (adjective, article, adverb,
 * interjection) than a reported-speech verb: "eine", "meine", "lange", "bitte".
 */
export const KONJUNKTIV_FALSE_FRIENDS = words(`eine meine bitte danke lange weise leise gerade freie grüne rechte linke dichte weite
  breite leere runde enge gleiche reiche heiße stille schöne kühle heile harte klare liebe nähe ende sorge folge lage rede
  reise frage klage wende spende grenze ehre feste weiche einige`);

/**
 * Konjunktiv I forms that differ from the first person singular indicative ("er könne" / "ich
 * kann"): only these stay reported speech next to "ich"; "ich habe", "ich arbeite", "ich
 * lehne … ab" are the speaker's own indicative (interviews, letters).
 */
export const KONJUNKTIV_NOT_FIRST_PERSON = words('sei seien könne müsse solle wolle dürfe möge wisse');

/**
 * Words after a capitalised sentence-initial form that make it a noun ("Teile des Daches",
 * "Berichte über …", "Versuche, den Mann …") rather than a verb-first clause ("Habe er …").
 */
export const NOUN_FOLLOWERS = words(', des und oder von vom über aus mit für zu zur zum in im am an auf gegen');

/** Strong Konjunktiv I markers (always reported speech outside quotes). */
export const STRONG_KONJUNKTIV = words(`sei seien habe werde könne müsse solle wolle dürfe möge wisse gebe liege stehe gehe komme
  bleibe gelte fehle lasse heiße sehe halte brauche trage lege setze zeige handle handele drohe plane arbeite verfüge bestehe
  erwarte befinde entstehe erhalte beginne verliere`);

/**
 * Conditional markers: with one of them, a sentence whose only reported-looking form is a
 * Konjunktiv II or "sollte" is a hypothetical ("Falls das Werk schließt, müsste die Stadt …",
 * "Im Falle eines Stopps müsste …"), the author's reasoning rather than reported speech.
 * The verb-first conditional ("Hätte er …, so müsste …") is recognised by its word order.
 */
export const CONDITIONAL_WORDS = words('falls wenn sofern andernfalls ansonsten sonst fall falle');

/** Reportive modal: "soll … gesagt haben" (claimed, not confirmed). */
export const REPORTIVE_MODALS = words('soll sollen');
export const PERFECT_AUXILIARIES = words('haben sein worden');
/**
 * Verbs of state that, closing a clause with "soll/sollen", make the modal reportive (a claim:
 * "Er soll resistent sein", "Das Lösegeld soll 120 Millionen betragen", "Bei den Männern soll
 * es sich um Schmuggler handeln") rather than a plan or duty ("Die Brücke soll saniert werden").
 */
export const REPORTIVE_STATIVES = words('sein haben betragen liegen stammen handeln gehören besitzen kosten wissen kennen leben wohnen existieren');

/** Contexts where a Konjunktiv form is not reported speech: "es sei denn", "als ob … sei". */
export const KONJUNKTIV_IDIOM_BEFORE = words('als ob');
export const KONJUNKTIV_IDIOM_AFTER = words('denn');

/** Konjunktiv II forms that stand in for Konjunktiv I in reported speech. */
export const KONJUNKTIV_II_REPORTED = words('hätte hätten würde würden wäre wären könnte könnten müsste müssten dürfte dürften gäbe gäben käme kämen');

/**
 * Nouns that head time and manner adverbials, never speakers: months, weekdays, parts of the
 * day ("am Abend", "im Dezember", "am Montag").
 */
export const NOT_SPEAKER_HEADS = words(`Januar Februar März April Mai Juni Juli August September Oktober November Dezember
  Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Sonnabend Montagabend Dienstagabend Mittwochabend
  Donnerstagabend Freitagabend Samstagabend Sonntagabend Wochenende Morgen Vormittag Mittag Nachmittag Abend Nacht Tag Tage
  Woche Wochen Monat Monate Jahr Jahre Jahres Jahrhundert Zeit Ende Anfang Mitte Beginn Begründung Hinweis Verweis Rahmen
  Zusammenhang`);

/** Endings of adjectives and adverbs that open a sentence capitalised ("Offiziell", "Bezüglich"). */
export const ADVERB_ENDINGS = /(lich|isch|weise|bar|los|sam|haft|ell|mäßig|erweise|falls|dings|mals|wärts)$/;

/** Cue lemmas of source phrases, not speech verbs: "laut X", "X zufolge", "nach Angaben X", "so X". */
export const SOURCE_CUE_LEMMAS = words('laut zufolge gemäß nach so');
/**
 * Prepositions of "heißt es" whose phrase is where the words came from, the speaker ("Aus
 * Paris hieß es", "Von der Polizei hieß es"): the subset of IMPERSONAL_SOURCE_PREPOSITIONS
 * without the place prepositions "in", "im", "auf", "bei" (a document or venue, not a speaker).
 */
export const IMPERSONAL_ORIGIN_PREPOSITIONS = words('aus von vom seitens');
