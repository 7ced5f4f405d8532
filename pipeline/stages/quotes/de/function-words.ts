/**
 * Closed-class words the quote stage reads by form: pronouns, articles and determiners,
 * relative pronouns, prepositions, particles and adverbs, conjunctions and clause leads.
 * Each list is small and made for one rule: its note says what it covers and what it leaves
 * out on purpose. Lower case, matched against a word's lower-case form. The general classes
 * shared by many rules (DETERMINERS, POSSESSIVES, PREPOSITIONS, SUBORDINATORS, …) are in
 * cues.ts; verb forms (copulas, auxiliaries, modals) in function-verbs.ts.
 * Hand-written for wortlaut.
 */
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

// ─── Personal, indefinite and demonstrative pronouns ──────────────────────────────────────

/**
 * Nominative personal pronouns: one opening a clause after a speech verb makes it a
 * verb-second content clause ("sagte, er komme morgen"); after "von/des" one is no attached
 * phrase (cues.ts). Not "ihr" (also a possessive and a dative), not "niemand", "jemand".
 */
export const PERSONAL_SUBJECT_PRONOUNS = words('er sie es man wir ich');
/** "Damals dachte niemand, dass …": the speaker as written, but no source for what follows. */
export const INDEFINITE_PRONOUNS = words('niemand jemand');
/**
 * Pronouns a one-word speaker phrase can be (the speaker is then a pronoun to resolve): the
 * subject pronouns and the indefinites. Not demonstratives ("dieser") or "ihr".
 */
export const PRONOUN_SPEAKERS: ReadonlySet<string> = new Set([...PERSONAL_SUBJECT_PRONOUNS, ...INDEFINITE_PRONOUNS]);
/**
 * Pronouns that make a noun phrase on their own (phraseAfter, phraseBefore): PRONOUN_SPEAKERS
 * without "es", which is mostly expletive or stands for a thing ("es heißt", "es gibt").
 */
export const LONE_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUN_SPEAKERS].filter((p) => p !== 'es'));
/**
 * Subject pronouns that speaker.ts takes as a one-word subject where word order puts one
 * ("die er nannte", "dessen Chef er ist", "erklärte er"). Not "es" (expletive, or a thing)
 * and not "ihr".
 */
export const REFERRING_SUBJECT_PRONOUNS = words('er sie wir ich man');
/**
 * Personal pronouns that are a subject before their verb ("Sie stammen Berichten zufolge …"),
 * never the start of a noun phrase with an adjective. With "ihr" (2nd plural, and dative and
 * possessive forms, which do not start such a phrase either).
 */
export const PERSONAL_PRONOUNS = words('er sie es wir ich man ihr');
/**
 * Object pronouns (dative, accusative, reflexive) and the personal pronouns that can stand
 * among them after a verb: no demand of their own after a directive verb ("forderte ihn auf,
 * …"), and after "die/der" they show a relative pronoun, not an article ("…, die ihnen
 * Recht gab"). Not possessives.
 */
export const OBJECT_PRONOUNS = words('ihnen ihm ihr ihn sich uns euch mir dir es er sie wir man');
/**
 * Unstressed object pronouns that stand right after the finite verb, before the subject
 * ("sah es das Gericht als erwiesen an", "teilte ihm der Anwalt mit"). Not "ihr", which is
 * also a possessive ("sagte ihr Sprecher").
 */
export const WEAK_OBJECT_PRONOUNS = words('es ihm ihn ihnen uns mir mich dir dich euch');
/** Dative pronouns that can be the phrase before a postposition ("ihm zufolge", "ihr nach"). Third person only. */
export const DATIVE_PRONOUNS = words('ihm ihr ihnen');
/**
 * One-word subjects of a second main clause after a coordinator (speaker.ts): demonstratives
 * and personal pronouns ("… und das zeigte …", "… und er sagte …"). Not object forms.
 */
export const PRONOUN_OPENERS = words('dies das es er sie man wir ich dieser diese');
/** Demonstratives that are a speaker phrase on their own ("Dieser sagte", "so Letzterer"). Nominative singular and plural only. */
export const LONE_DEMONSTRATIVES = words('dieser diese letzterer letztere jener jene');
/** Demonstrative subjects of "Das ist das Ergebnis einer Studie …" (extract.ts, statementAfterwards). Not "dieses", "jenes". */
export const DEMONSTRATIVE_SUBJECTS = words('das dies');

// ─── Articles, determiners and quantifiers ────────────────────────────────────────────────

/**
 * Articles that can open a nominative subject phrase at a clause start ("…, die Regierung
 * solle …"), with "kein(e)". Only the forms that can be nominative; "den", "dem", "des" cannot.
 */
export const DETERMINER_START = words('der die das ein eine kein keine');
/**
 * Words that open a nominative subject right after a relative pronoun: articles and
 * personal pronouns ("die der Kämmerer nannte", "das er erwähnte"). Not oblique forms.
 */
export const NOMINATIVE_OPENERS = words('der die das ein eine er sie es wir ich man');
/** Articles that can open a subject phrase after a verb ("sagte der Minister"). Without "kein(e)" and oblique forms. */
export const NOMINATIVE_ARTICLES = words('der die das ein eine');
/** Determiners that open a nominative phrase after a relative pronoun ("die der Minister …"): masculine forms; not "die", "das", which may be accusative. */
export const NOMINATIVE_ONLY = words('der ein dieser kein');
/** Articles of a singular subject (agreement with the verb): "der", "ein(e)". Not "die" (also plural). */
export const SINGULAR_ARTICLES = words('der ein eine');
/** Quantifiers that make a subject plural ("Einige sagten", "Viele Experten meinen"). Not numbers. */
export const PLURAL_QUANTIFIERS = words('einige mehrere viele zahlreiche beide alle manche wenige');
/** Quantifiers that can open the subject of a demanded clause, like an article ("forderte, alle Beteiligten sollten …"). */
export const DEMAND_QUANTIFIERS = words('alle beide sämtliche jeder jede jedes');
/**
 * Quantifiers and possessives that open a subject like an article, in the nominative forms
 * (extract.ts, indicative content after a strong speech verb: "sagte, beide Seiten beharrten
 * auf …", "erklärte, seine Partei steht zu …"). Not the dative and accusative forms.
 */
export const SUBJECT_DETERMINERS = words('alle beide sämtliche viele einige mehrere zahlreiche manche wenige jeder jede jedes sein seine ihre unser unsere');
/**
 * Articles that may open an object phrase before the verb when "der" follows it ("Die
 * Anwendung … stellte der SPD-Vorsitzende in Frage"): forms that can be accusative. Not "der".
 */
export const OBJECT_ARTICLES = words('die das den');
/**
 * Words between "nach eigenen Angaben" and the finite verb that still belong to the source
 * phrase: "eigenen", dative and genitive possessives and articles ("Nach eigenen Angaben
 * erhielt das Amt …", "nach seinen Angaben"). Not "ein"-forms.
 */
export const OWN_SOURCE_DETERMINERS = words('eigenen seiner ihrer seinen ihren den der dem des');
/**
 * Lower-case words allowed inside quoted content that is still a name ("„Partei für
 * Arbeit und Umwelt“", "„Friends of the Earth“", "„Förderverein … e.V“"): articles,
 * a few prepositions and "und", also English and Romance ones.
 */
export const NAME_FUNCTION_WORDS = words('der die das des von für und am im in of the de e.V');
/** Heads of a partitive before "der/des" ("einer der Ermittler", "keiner des Teams"). Not numerals in digits. */
export const PARTITIVE_HEADS = words('einer eine eines keiner keine jeder jede viele einige mehrere');
/** Genitive articles before an attribute that names the holder ("die Angaben der Polizei"). Not "den", "dem". */
export const GENITIVE_ARTICLES = words('der des eines einer');
/** Determiners before an opinion noun whose comma opens its content ("der Meinung, …", "seiner Ansicht, …"). */
export const OPINION_DETERMINERS = words('der die den seine seiner seinen ihre ihrer ihren');
/**
 * Determiners that mark an opening phrase as dative or accusative ("Dem Minister sagte …").
 * Not "ihr" ("Ihr Sprecher sagte") and not "der", "des", "einer" (also nominative or genitive).
 */
export const OBLIQUE_OPENERS = words('dem den einem einen seinem seinen ihrem ihren diesem diesen jenem jenen keinem keinen');
/**
 * First words that make a phrase no subject: dative, accusative and genitive determiners and
 * object pronouns ("teilte dem Sender mit", "schlug den Mitarbeitern vor"). Wider than
 * OBLIQUE_OPENERS: also "des", "einer", "ihr", "uns" and "allen", "vielen".
 */
export const OBLIQUE_STARTS = words(`dem den des einem einen eines einer ihm ihn ihnen ihr uns seinem seinen seines ihrem ihren ihres
  diesem diesen dieses jenem jenen allen vielen`);
/**
 * Determiner and pronoun forms that end like adjectives but are none (a subject after one is
 * not a noun phrase's adjective). Plural and oblique forms, a few ordinals ("ersten").
 */
export const DETERMINER_FORMS = words(`diese dieser diesen jene jener seine seiner seinen ihre ihrer ihren keine keiner alle aller allen
  einige einiger viele vieler mehrere beide beiden andere anderen jede jeder jeden welche solche unsere unserer eure meine deine
  manche wenige wenigen weitere weiteren letzten ersten`);
/** Dative and accusative determiners after "zu" that show a preposition, not a zu-infinitive ("zu den Plänen"). */
export const ZU_ARTICLES = words('den dem einen einem diesen diesem seinen seinem ihren ihrem allen beiden solchen');
/** "eigener Ansicht nach": the subject's own view, dative like a possessive. Only these two forms. */
export const OWN_DATIVES = words('eigenen eigener');
/** Articles that may open a relative clause after a comma (the perfect infinitive before it is not in it); mood.ts checks what follows. */
export const ARTICLE_OR_RELATIVE = words('der die das den dem');
/**
 * Function words inside a headline-like label before a colon ("Rückschlag für die Forschung",
 * "Streit um den Haushalt"): articles in all cases and "und", "oder".
 */
export const LABEL_WORDS = words('der die das den dem des ein eine einen einem einer eines und oder');
/**
 * Lower-case words inside a noun phrase that do not end it: articles in all cases and "und"
 * ("der Chef und die Sprecherin"). As LABEL_WORDS without "oder".
 */
export const NP_WORDS = words('der die das den dem des ein eine einer eines einem einen und');

// ─── Attachments and relative pronouns ────────────────────────────────────────────────────

/** Words that attach a genitive or "von" attribute to a head ("die Ankündigung des Ministers", "ein Sprecher von Amnesty"). */
export const ATTRIBUTE_LINKS = words('des der von vom eines einer');
/** Links to the holder of a speech-act noun ("die Forderung des Ministers"): ATTRIBUTE_LINKS with possessive and demonstrative genitives. */
export const NOUN_ATTACHMENTS = words('des der eines einer von vom seines ihres seiner ihrer dieses dieser');
/** Words inside a noun phrase between its head and a relative comma ("Studien der Berliner Universität", "Umfragen im Land"). */
export const ATTRIBUTE_WORDS = words('der des eines einer im in aus von vom zum zur am auf über');
/** Relative pronouns, all genders and cases but the genitive-plural "derer". The articles among them need context. */
export const RELATIVE_PRONOUNS = words('der die das dem den deren dessen welcher welche welches');
/** Words that open a relative clause: RELATIVE_PRONOUNS and the relative adverbs "wo", "wie" ("in der es heißt", "wie es heißt"). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'wo', 'wie']);
/** Relative pronouns that cannot be articles: "…, nach denen/welchem …" always opens a relative clause. */
export const SOURCE_ONLY_RELATIVES = words('denen welchem welchen');
/** Dative relatives after "nach"/"zufolge" (", nach der …", ", denen zufolge …"). */
export const DATIVE_RELATIVES = words('dem der denen welchem welcher welchen');
/** Relative pronouns that can be a clause's subject (nominative forms). */
export const SUBJECT_RELATIVES = words('der die das welcher welche welches');
/** Genitive relatives ("dessen Sprecher er ist"). */
export const GENITIVE_RELATIVES = words('dessen deren');

// ─── Prepositions ─────────────────────────────────────────────────────────────────────────

/** Prepositions after a postposed "so X" that still end the source phrase ("so der Kapitän nach dem Spiel"). */
export const PREPOSITIONS_AFTER_SO = words('nach am im in bei gegenüber vor auf zum zur');
/** Prepositions of a complement of a speech-act noun before its content ("die Forderung an die Regierung, …"). */
export const NOUN_COMPLEMENTS = words('an gegen zur zum vor für');
/**
 * First words of a prepositional phrase (and "sich") that cannot open a speaker phrase before
 * a cue; determiners are checked with them (cues.ts).
 */
export const PREPOSITION_STARTS = words('für von vom mit in im an am auf aus bei beim nach über unter zu zum zur gegen seit sich');
/** Words after "bis", "seit", "während" that show the preposition: "bis zum", "seit dem", "während des". */
export const PREPOSITIONAL_FOLLOWERS = words('zu zum zur dem einem des eines');
/** Prepositions before a relative that stands for a document: "eine Erklärung, in der es heißt". */
export const DOCUMENT_PLACES = words('in auf bei');

// ─── Particles and adverbs ────────────────────────────────────────────────────────────────

/** Focus particles before a subordinator ("Selbst wenn …", "Auch wenn …", "Nur weil …"). */
export const FOCUS_PARTICLES = words('selbst auch nur gerade sogar erst noch');
/** Adverbs between "kommt/liegt" and the source phrase's end ("Von X liegt bisher nur die Erklärung vor"). */
export const ORIGIN_ADVERBS = words('lediglich nur bisher bislang inzwischen mittlerweile noch bereits schon jetzt nun erst zudem auch ebenfalls');
/** Adverbs after a postposed "so X" that still end the source phrase ("so der Minister weiter"). */
export const ADVERBS_AFTER_SO = words('wörtlich weiter abschließend damals später zuletzt gestern heute jüngst zudem auch');
/** "hat sich etwa die Vorsitzende … ausgesprochen": an example marker before the subject (not before a number: "etwa 300 Anwohner"). */
export const EXAMPLE_ADVERBS = words('etwa beispielsweise');
/** Separable verb particles that a comma can follow after a speech-act noun's complement ("warf ihm vor, …"), so not a complement. */
export const NOUN_CLAUSE_PARTICLES = words('vor ab heraus bekannt');
/**
 * Name particles inside a name, between two capitalised words ("Karl-Theodor zu Guttenberg",
 * "Rafael van der Vaart", "Marc-André ter Stegen", "Erik ten Hag", "Osama bin Laden",
 * "Hussein al Huthi"): cues.ts takes the particle and the one capitalised word after it.
 * Not "von": "X von Y" is mostly an attachment ("Angaben von Vattenfall Europe"), and the
 * attachment rule (ATTRIBUTE_LINKS) takes the whole phrase after it, "Ursula von der Leyen"
 * included; as a particle here it would stop after one word ("Angaben von Vattenfall"), as
 * measured on SpkAtt: 17 speakers cut short, quote + speaker F1 0.769 → 0.768.
 */
export const INNER_NAME_PARTICLES = words('zu van de da di del ten ter bin al');
/**
 * Name particles that open a surname at the start of a sentence ("Zu Guttenberg", "Von Braun",
 * "De Maizière", "Ter Stegen", "Bin Laden"): the inner ones and "von", which at a sentence
 * start cannot be an attachment to a noun before it (speaker.ts takes it only before a
 * referent ending right before the verb). The rule matters for those that are also German
 * prepositions ("Zu", "Von"); the others open a phrase anyway ("De Maizière sagte", "Bin
 * Laden sagte"), so one list serves both places but for "von".
 */
export const OPENING_NAME_PARTICLES: ReadonlySet<string> = new Set([...INNER_NAME_PARTICLES, 'von']);

// ─── Conjunctions and clause leads ────────────────────────────────────────────────────────

/** Connectives before a new narrated clause that can open a speech act of its own ("…, doch der Sprecher erklärte, …"). Not subordinators. */
export const CONNECTIVES = words('aber und doch jedoch zudem auch');
/** "um … zu", "ohne … zu": purpose and manner, not reported content. */
export const PURPOSE_LEADS = words('um ohne statt anstatt anstelle');
/** Coordinators before a subordinator or content conjunction ("Denn wie die Zeitung berichtete", "Und als der Minister erklärte"). */
export const COORDINATORS = words('denn und aber doch oder sondern');
/**
 * Coordinators after which a clause may open with its finite verb and share the sentence's
 * subject ("…, aber sagte auch: …"). Not "und", which the rule reads before the verb itself.
 */
export const VERB_FIRST_COORDINATORS = words('sondern aber oder');
/**
 * Coordinators that join a second main clause inside one comma-free clause ("Die Polizei
 * räumte die Straße und die Anwohner befürchten"). COORDINATORS without "denn".
 */
export const CLAUSE_COORDINATORS = words('und aber doch sondern oder');
/** Leads of reason and time clauses: a speech verb in one owns the zu-infinitive after it. */
export const CAUSAL_LEADS = words('da weil nachdem obwohl obgleich obschon als zumal seitdem seit');
/** Leads of a clause of its own after a comma: a zu-infinitive there is not the content of the cue before. */
export const NEW_CLAUSE_LEADS = words('doch aber sondern jedoch denn so sodass um ohne statt anstatt weil da obwohl obgleich während nachdem bevor damit und');
/**
 * Capitalised function words at a sentence start that are not part of the phrase before a
 * postposed source ("Auch Dmitrijew zufolge", "Und Experten zufolge"). Matched in lower case,
 * so in any case as written ("Auch", "AUCH").
 */
export const CAPITALISED_FUNCTION_WORDS = words('auch so und aber doch denn dann');
/** Words opening a clause of its own after a comma (mood.ts): the perfect infinitive is not in it. */
export const SUBORDINATING = words('dass daß ob weil da wenn als nachdem bevor während obwohl um indem deren dessen welche welcher wo was wie und aber doch sondern');
