/**
 * Scope: the shape of person names in German news. Compiled for this project from general
 * knowledge of naming customs; the surname list is a small gazetteer of people who are
 * named by surname alone in German news without a first name nearby (heads of state and
 * government, long-serving ministers, party leaders). It is evidence, not a requirement:
 * any surname introduced with a first name or a role in the document is found anyway.
 */

/**
 * Surname endings that German words do not have: Slavic (-ow, -ew, -ski, -enko, -yj),
 * Balkan (-ić), Turkish (-oğlu), Romanian (-escu), Greek (-opoulos), Georgian (-schwili),
 * Armenian (-jan), Scandinavian and Icelandic (-sson, -dóttir). A capitalised word with one of these endings is a
 * name even without a first name ("Dmitrijew zufolge", "sagte Rjabkow").
 */
export const SURNAME_ENDINGS: readonly string[] = [
  'ow', 'ew', 'ev', 'ov', 'ski', 'sky', 'skij', 'skyj', 'ska', 'skaja', 'zki', 'zky', 'enko',
  'yj', 'ij', 'uk', 'juk', 'tschuk', 'schuk', 'ić', 'vić', 'witsch', 'owitsch', 'ewitsch', 'owa', 'ewa',
  'oğlu', 'oglu', 'escu', 'opoulos', 'akis', 'idis', 'schwili', 'shvili', 'dze', 'jan', 'yan', 'sson',
  'czyk', 'wicz', 'ovich', 'evich', 'dóttir', 'dottir',
];

/**
 * Surname beginnings German words do not have: Scottish and Irish "Mc"/"O'" before a capital
 * ("McCarthy", "O'Brien"). Like the endings, evidence for a capitalised word alone.
 */
export const SURNAME_PREFIXES_BEFORE_CAPITAL: readonly string[] = ['Mc', "O'", 'O’'];

/** German nouns ending in a surname ending (no names): checked before SURNAME_ENDINGS. */
export const NOT_SURNAMES: ReadonlySet<string> = new Set([
  'Know-how', 'Interview', 'Review', 'Preview', 'Show', 'Ski', 'Slow', 'Flow', 'Bow', 'Tow', 'Snow',
  'Kiew', 'Charkow', 'Rostow', 'Tschernihiw', 'Lwiw', 'Kyjiw', 'Krywyj', 'Bachmut', 'Zaporischschja',
  'Kiev', 'Kharkov', 'Pskow', 'Smolensk', 'Kursk', 'Belgorod', 'Brjansk', 'Saratow', 'Jaroslawl',
  'Ukrainekrieg', 'Uk', 'Jan', 'Plan', 'Klan', 'Clan', 'Wan', 'Span', 'Dubai', 'Haij', 'Ev',
]);

/** Lower-case particles inside names: "von der Leyen", "bin Salman", "de Maizière". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'zu', 'vom',
  'ter', 'ten', 'bin', 'ben', 'al', 'el', 'ibn', 'abu', 'y', 'af', 'av', 'zum', 'zur', 'und',
]);

/** Particles that may start a surname used alone ("von der Leyen sagte"). */
export const SURNAME_START_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'di', 'da', 'bin', 'al', 'el', 'ter', 'ten', 'zu']);

/**
 * Particles joined to a surname by a hyphen, written lower case (Arabic article and kinship
 * words, Berber and Mauritanian "ould"/"ag"): "el-Baradei", "al-Maliki", "as-Sisi",
 * "bin-Talal". No German word has this shape; it is a name when introduced with a given
 * name, known to the document, or framed as a source ("laut el-Baradei", "sagte al-Maliki").
 */
export const HYPHENATED_NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'ar', 'as', 'asch', 'at', 'az', 'an', 'ash', 'abu', 'bin', 'ibn', 'ben', 'ould', 'ag', 'ul', 'ud',
]);

/** Surnames used alone in German news; gender for pronoun resolution. */
export const KNOWN_SURNAMES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...[
    'Putin', 'Trump', 'Biden', 'Obama', 'Scholz', 'Merz', 'Macron', 'Selenskyj', 'Selensky', 'Erdoğan', 'Erdogan',
    'Netanjahu', 'Orbán', 'Orban', 'Habeck', 'Lindner', 'Söder', 'Pistorius', 'Steinmeier', 'Lawrow', 'Peskow',
    'Medwedew', 'Schoigu', 'Gerassimow', 'Lukaschenko', 'Kadyrow', 'Nawalny', 'Prigoschin', 'Blinken', 'Sullivan',
    'Austin', 'Vance', 'Rubio', 'Hegseth', 'Witkoff', 'Musk', 'Sunak', 'Starmer', 'Johnson', 'Stoltenberg', 'Rutte',
    'Guterres', 'Tusk', 'Duda', 'Fico', 'Babiš', 'Nehammer', 'Kickl', 'Sánchez', 'Modi', 'Lula', 'Milei', 'Chamenei',
    'Raisi', 'Assad', 'Abbas', 'Kuleba', 'Sybiha', 'Jermak', 'Saluschnyj', 'Klitschko', 'Schmyhal', 'Podoljak',
    'Dobrindt', 'Faeser', 'Baerbock', 'Wadephul', 'Klingbeil', 'Spahn', 'Laschet', 'Kretschmer', 'Wüst', 'Weidel',
    'Chrupalla', 'Wagenknecht', 'Ramelow', 'Kohl', 'Schröder', 'Adenauer', 'Brandt', 'Schmidt', 'Gauck',
    'Lagarde', 'Draghi', 'Georgieva', 'Tedros', 'Borrell', 'Michel', 'Costa', 'Kallas', 'Breton', 'Xi',
    'Kishida', 'Ishiba', 'Trudeau', 'Carney', 'Albanese', 'Zelensky', 'Zelenskyy', 'Nasrallah', 'Sinwar', 'Hanija',
    'Aliyev', 'Alijew', 'Paschinjan', 'Tokajew', 'Vučić', 'Vucic', 'Mitsotakis', 'Meloni', 'Salvini', 'Berlusconi',
    'Le Pen', 'Bardella', 'Mélenchon', 'Barnier', 'Bayrou', 'Attal', 'Wilders', 'Schoof',
    'Bush', 'Cheney', 'Powell', 'Rumsfeld', 'Blair', 'Brown', 'Cameron', 'Chirac', 'Sarkozy', 'Hollande', 'Prodi',
    'Annan', 'Ahmadinedschad', 'Chávez', 'Castro', 'Gaddafi', 'Mubarak', 'Arafat', 'Scharon', 'Olmert',
    'Stoiber', 'Müntefering', 'Schily', 'Steinbrück', 'Schäuble', 'Gysi', 'Lafontaine', 'Westerwelle',
    'Gabriel', 'Seehofer', 'Wowereit', 'Kretschmann', 'Guttenberg', 'Wulff', 'Köhler', 'Juncker', 'Barroso',
    'Romney', 'McCain', 'Trudeau', 'Maduro', 'Bolsonaro', 'Kim', 'Jinping',
  ].map((n) => [n, 'm'] as const),
  ...[
    'Merkel', 'Baerbock', 'Faeser', 'Weidel', 'Wagenknecht', 'Meloni', 'Harris', 'Clinton', 'Pelosi', 'Kallas',
    'Lagarde', 'Georgieva', 'Frederiksen', 'Le Pen', 'Leyen', 'Esken', 'Lang', 'Klöckner', 'Reiche', 'Bas',
    'Sacharowa', 'Nabiullina', 'Matwijenko', 'Tichanowskaja', 'Swiridenko', 'Leavitt', 'Bondi', 'Noem', 'Gabbard',
  ].map((n) => [n, 'f'] as const),
]);

/**
 * Capitalised words that never start or continue a person name, although they look like
 * one: days, months, salutations, sentence-initial function words are handled elsewhere.
 */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Sonnabend',
  'Montagabend', 'Dienstagabend', 'Mittwochabend', 'Donnerstagabend', 'Freitagabend', 'Samstagabend', 'Sonntagabend',
  'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
  'November', 'Dezember', 'Ostern', 'Weihnachten', 'Pfingsten', 'Silvester', 'Gott', 'Herr', 'Frau', 'Dr', 'Prof',
  'Euro', 'Dollar', 'Prozent', 'Uhr', 'Jahr', 'Jahre', 'Jahren', 'Jahres', 'Mitte', 'Ende', 'Anfang', 'Beginn',
  'Typ', 'Modell', 'Marke', 'Nummer', 'Platz', 'Gruppe', 'Kategorie', 'Klasse', 'Stufe', 'Version', 'Folge', 'Teil',
]);

/**
 * Noun endings of German common nouns: a capitalised word with one of these is a common
 * noun, not a name ("Verhandlung", "Freiheit", "Regierung", "Abhängigkeit").
 */
export const COMMON_NOUN_ENDINGS: readonly string[] = [
  'ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen', 'ismus',
  'ität', 'itäten', 'nis', 'nisse', 'tum', 'tümer', 'ling', 'chen', 'lein', 'ment', 'mente', 'enz', 'anz',
  'ie', 'ien', 'ik', 'ur', 'uren', 'sion', 'sionen', 'ei', 'eien', 'werk', 'zeug', 'haus', 'land', 'stadt',
  'markt', 'preis', 'krieg', 'politik', 'gespräch', 'gespräche', 'zeit', 'weise', 'recht', 'gesetz', 'frage',
  'lage', 'kraft', 'kräfte', 'staat', 'staaten', 'ziel', 'ziele', 'ergebnis', 'angebot', 'abkommen', 'vertrag',
];
