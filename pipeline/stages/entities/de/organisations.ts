/**
 * Scope: how organisations are named in German news. Compiled for this project from
 * general knowledge of German institutions, international bodies and the press.
 *
 * - ORG_HEADS: nouns that head an organisation's name, also as compound tails
 *   ("Außenministerium", "Währungsfonds", "Staatsanwaltschaft"), with grammatical gender
 *   (er → masculine, sie → feminine or plural, es → neuter) and a class that lets "das
 *   Ministerium" find the ministry named before.
 * - ORG_HEADS_EXACT: heads that are only organisations as whole words or a few listed
 *   compounds ("Rat", "Sicherheitsrat"; "-rat" alone would hit "Vorrat", "Apparat").
 * - KNOWN_ORGS: names that carry no head noun (NATO, CNN, Fox News, Bundeswehr …), with
 *   their aliases, so "der Internationale Währungsfonds" and "IWF" are one entity.
 * - NOT_ORG_ACRONYMS: capital-letter words that are not actors (BIP, LNG, KI, …).
 * - COMPANY_SUFFIXES: legal forms that close a company name ("Siemens AG").
 * - LEADERSHIP_TAILS, INSTITUTION_MODIFIERS: "Stadtleitung", "Vereinsleitung", "Parteispitze",
 *   "Klinikführung", "Polizeieinheiten", "Polizeistreife": a leadership or unit noun is an organisation when the first part of the compound
 *   is an institution (an organisation head or a modifier listed here); "Wasserleitung",
 *   "Tabellenspitze", "Maßeinheit", "Gazastreifen", "Stadtführung" (a tour) have no such
 *   first part or are excepted.
 * - COUNCIL_LINKS: "-rat" after a linking -s- or -en- ("Übergangsrat", "Präsidentenrat",
 *   "Stiftungsrat") is a council; "Vorrat", "Hausrat", "Apparat", "Demokrat" are not.
 * - ENGLISH_ORG_HEADS: English head nouns that close an organisation's name in English, kept
 *   as written in German news ("die Hoover Institution", "Stanford University", "die British
 *   Broadcasting Corporation"): the capitalised non-German words before them are the name.
 * - WEB_DOMAIN_ENDINGS: top-level domains of the news sites and portals German news quote as
 *   a source ("laut tagesschau.de", "Wie t-online.de berichtet"). A bare domain names the site
 *   as an actor; an address (www., a path, an e-mail) is where to look, not who speaks.
 */
export type GrammaticalGender = 'm' | 'f' | 'n' | 'pl';

export interface OrgHead {
  gender: GrammaticalGender;
  /** Same class = same kind of organisation, for anaphora ("das Ministerium"). */
  cls: string;
}

const h = (gender: GrammaticalGender, cls: string): OrgHead => ({ gender, cls });

/** Lower-case tail → head. Inflected forms (Ministeriums, Parteien) are generated in ../lexicon.ts. */
export const ORG_HEADS: Readonly<Record<string, OrgHead>> = {
  ministerium: h('n', 'ministerium'), institut: h('n', 'institut'), partei: h('f', 'partei'),
  bank: h('f', 'bank'), zentralbank: h('f', 'bank'), notenbank: h('f', 'bank'), fonds: h('m', 'fonds'),
  gewerkschaft: h('f', 'gewerkschaft'), behörde: h('f', 'behörde'), regierung: h('f', 'regierung'),
  administration: h('f', 'regierung'), verwaltung: h('f', 'verwaltung'), kommission: h('f', 'kommission'),
  agentur: h('f', 'agentur'), polizei: h('f', 'polizei'), armee: h('f', 'armee'), konzern: h('m', 'unternehmen'),
  unternehmen: h('n', 'unternehmen'), gericht: h('n', 'gericht'), gerichtshof: h('m', 'gericht'),
  verband: h('m', 'verband'), stiftung: h('f', 'stiftung'), organisation: h('f', 'organisation'),
  universität: h('f', 'universität'), hochschule: h('f', 'universität'), zeitung: h('f', 'medium'),
  sender: h('m', 'medium'), fernsehsender: h('m', 'medium'), nachrichtenmagazin: h('n', 'medium'),
  magazin: h('n', 'medium'), parlament: h('n', 'parlament'), ausschuss: h('m', 'ausschuss'),
  fraktion: h('f', 'fraktion'), bündnis: h('n', 'bündnis'), allianz: h('f', 'bündnis'),
  koalition: h('f', 'koalition'), opposition: h('f', 'opposition'), staatsanwaltschaft: h('f', 'staatsanwaltschaft'),
  miliz: h('f', 'miliz'), union: h('f', 'union'), kabinett: h('n', 'regierung'), senat: h('m', 'parlament'),
  kongress: h('m', 'parlament'), geheimdienst: h('m', 'geheimdienst'), nachrichtendienst: h('m', 'geheimdienst'),
  sicherheitsdienst: h('m', 'geheimdienst'), vereinigung: h('f', 'verband'), verein: h('m', 'verband'),
  fluggesellschaft: h('f', 'unternehmen'), aktiengesellschaft: h('f', 'unternehmen'), komitee: h('n', 'kommission'),
  feuerwehr: h('f', 'feuerwehr'), bundeswehr: h('f', 'armee'), streitkräfte: h('pl', 'armee'),
  behörden: h('pl', 'behörde'), kammer: h('f', 'verband'), rundfunk: h('m', 'medium'),
  nachrichtenagentur: h('f', 'medium'), presseagentur: h('f', 'medium'), akademie: h('f', 'institut'),
  zentrum: h('n', 'institut'), forschungszentrum: h('n', 'institut'), klinik: h('f', 'klinik'),
  krankenhaus: h('n', 'klinik'), staatsregierung: h('f', 'regierung'), landesregierung: h('f', 'regierung'),
  bundesregierung: h('f', 'regierung'), stadtverwaltung: h('f', 'verwaltung'), amt: h('n', 'amt'),
  kanzleramt: h('n', 'amt'), rathaus: h('n', 'verwaltung'), ministerrat: h('m', 'regierung'),
  staatsrat: h('m', 'regierung'), zentralkomitee: h('n', 'kommission'), gremium: h('n', 'kommission'),
  börse: h('f', 'börse'), mission: h('f', 'organisation'), delegation: h('f', 'delegation'),
  bundesanwaltschaft: h('f', 'staatsanwaltschaft'), generalstaatsanwaltschaft: h('f', 'staatsanwaltschaft'),
  tribunal: h('n', 'gericht'), präsidium: h('n', 'polizei'), polizeidirektion: h('f', 'polizei'),
  fernsehen: h('n', 'medium'), staatsfernsehen: h('n', 'medium'), nachrichtenportal: h('n', 'medium'),
  firma: h('f', 'unternehmen'), junta: h('f', 'regierung'), regime: h('n', 'regierung'),
  bischofskonferenz: h('f', 'kirche'), kirche: h('f', 'kirche'), wetterdienst: h('m', 'amt'),
  hilfsdienst: h('m', 'organisation'), zentrale: h('f', 'zentrale'), botschaft: h('f', 'botschaft'),
  airline: h('f', 'unternehmen'), reederei: h('f', 'unternehmen'), gemeinde: h('f', 'verwaltung'),
  bundesamt: h('n', 'amt'), landesamt: h('n', 'amt'), stadt: h('f', 'verwaltung'), sekretariat: h('n', 'amt'),
  staatssekretariat: h('n', 'amt'), departement: h('n', 'ministerium'), direktion: h('f', 'amt'),
  parteiführung: h('f', 'führung'), armeeführung: h('f', 'führung'), konzernleitung: h('f', 'führung'), vereinsführung: h('f', 'führung'),
  verlag: h('m', 'unternehmen'), verlagshaus: h('n', 'unternehmen'), justiz: h('f', 'gericht'), gesetzgeber: h('m', 'parlament'),
  garde: h('f', 'armee'),
  staatsführung: h('f', 'führung'), militärführung: h('f', 'führung'), geschäftsleitung: h('f', 'führung'), armeeleitung: h('f', 'führung'),
};

/**
 * Heads that name an organisation only inside a compound ("US-Botschaft", "Kommandozentrale",
 * "Polizeiführung"): alone they are common nouns ("Seine Botschaft ist klar", "die Führung").
 */
export const ORG_HEADS_COMPOUND_ONLY: ReadonlySet<string> = new Set(['botschaft', 'zentrale', 'gemeinde', 'firma', 'stadt']);

/** Of those, the ones that name an organisation after a definite article too ("die Firma", "die Stadt"). */
export const ORG_HEADS_WITH_ARTICLE: ReadonlySet<string> = new Set(['firma', 'stadt', 'gemeinde', 'zentrale']);

/**
 * Classes of local institutions named by their seat: in "das Landgericht Mannheim", "die
 * Staatsanwaltschaft Braunschweig", "die Polizei Köln", "die Universität Bonn" the proper
 * name after the head is the place, part of the organisation's name — not its name, as in
 * "die Nachrichtenagentur Reuters" or "der Handelsverband HDE".
 */
export const SEAT_NAMED_CLASSES: ReadonlySet<string> = new Set([
  'gericht', 'staatsanwaltschaft', 'polizei', 'universität', 'klinik', 'verwaltung', 'feuerwehr', 'regierung',
]);

/** Heads recognised only as these exact words (any case), because their tails are too short. */
export const ORG_HEADS_EXACT: Readonly<Record<string, OrgHead>> = {
  rat: h('m', 'rat'), sicherheitsrat: h('m', 'rat'), bundesrat: h('m', 'parlament'), stadtrat: h('m', 'rat'),
  gemeinderat: h('m', 'rat'), aufsichtsrat: h('m', 'rat'), betriebsrat: h('m', 'rat'), europarat: h('m', 'rat'),
  menschenrechtsrat: h('m', 'rat'), nationalrat: h('m', 'parlament'), ethikrat: h('m', 'rat'),
  bundestag: h('m', 'parlament'), landtag: h('m', 'parlament'), reichstag: h('m', 'parlament'),
  militär: h('n', 'armee'), pentagon: h('n', 'ministerium'), vatikan: h('m', 'vatikan'),
};

/** Words that end like an org head but are something else. */
export const NOT_ORG_HEADS: ReadonlySet<string> = new Set([
  'insgesamt', 'gesamt', 'samt', 'absender', 'datenbank', 'sitzbank', 'parkbank', 'werkbank', 'avantgarde',
  'sandbank', 'schulbank', 'anklagebank', 'ersatzbank', 'strafbank', 'reservebank',
]);

export interface KnownOrg {
  /** Canonical name, also the entity name. */
  name: string;
  /** Other spellings and the acronym; each is a token sequence as written. */
  aliases: string[];
  gender: GrammaticalGender;
  cls: string;
}

const o = (name: string, gender: GrammaticalGender, cls: string, ...aliases: string[]): KnownOrg => ({ name, gender, cls, aliases });

/**
 * Organisations known by name. Multi-word names with an adjective are written with '*' on the
 * adjective: it matches every inflection ("Internationale*" ~ Internationaler, -en, -e).
 */
export const KNOWN_ORGS: readonly KnownOrg[] = [
  o('NATO', 'f', 'bündnis', 'Nato', 'Nordatlantische* Allianz', 'Nordatlantikpakt', 'Atlantische* Bündnis'),
  o('EU', 'f', 'union', 'Europäische* Union'),
  o('EU-Kommission', 'f', 'kommission', 'Europäische* Kommission', 'Brüsseler* Kommission'),
  o('UNO', 'f', 'organisation', 'UN', 'Vereinte* Nationen', 'Uno'),
  o('UN-Sicherheitsrat', 'm', 'rat', 'Weltsicherheitsrat', 'UNO-Sicherheitsrat'),
  o('Internationaler Währungsfonds', 'm', 'fonds', 'Internationale* Währungsfonds', 'IWF', 'IMF'),
  o('Weltbank', 'f', 'bank'),
  o('Europäische Zentralbank', 'f', 'bank', 'Europäische* Zentralbank', 'EZB', 'ECB'),
  o('Bundesbank', 'f', 'bank', 'Deutsche* Bundesbank'),
  o('WHO', 'f', 'organisation', 'Weltgesundheitsorganisation'),
  o('OSZE', 'f', 'organisation'), o('OPEC', 'f', 'organisation', 'Opec'), o('WTO', 'f', 'organisation', 'Welthandelsorganisation'),
  o('G7', 'pl', 'organisation', 'G-7'), o('G20', 'pl', 'organisation', 'G-20'),
  o('Bundesregierung', 'f', 'regierung'), o('Bundestag', 'm', 'parlament'), o('Bundesrat', 'm', 'parlament'),
  o('Bundesverfassungsgericht', 'n', 'gericht', 'Karlsruher* Verfassungsgericht'),
  o('Bundeswehr', 'f', 'armee'), o('Europäisches Parlament', 'n', 'parlament', 'Europäische* Parlament', 'EU-Parlament', 'Europaparlament'),
  o('Auswärtiges Amt', 'n', 'ministerium', 'Auswärtige* Amt'),
  o('Rotes Kreuz', 'n', 'organisation', 'Rote* Kreuz', 'Internationale* Komitee vom Roten Kreuz', 'IKRK', 'DRK'),
  o('Amnesty International', 'f', 'organisation', 'Amnesty'), o('Human Rights Watch', 'f', 'organisation'),
  o('Greenpeace', 'f', 'organisation'), o('Ärzte ohne Grenzen', 'pl', 'organisation'),
  o('Hamas', 'f', 'miliz'), o('Hisbollah', 'f', 'miliz'), o('Taliban', 'pl', 'miliz'), o('Huthi', 'pl', 'miliz', 'Huthis', 'Huthi-Miliz'),
  o('CDU', 'f', 'partei'), o('CSU', 'f', 'partei'), o('SPD', 'f', 'partei'), o('FDP', 'f', 'partei'),
  o('AfD', 'f', 'partei'), o('BSW', 'n', 'partei'), o('Grüne', 'pl', 'partei', 'Grünen'), o('Linke', 'f', 'partei', 'Linken', 'Linkspartei'),
  o('Union', 'f', 'partei', 'Unionsparteien'), o('ÖVP', 'f', 'partei'), o('SPÖ', 'f', 'partei'), o('FPÖ', 'f', 'partei'),
  o('SVP', 'f', 'partei'), o('Republikaner', 'pl', 'partei'), o('Demokraten', 'pl', 'partei'),
  o('Fox News', 'm', 'medium'), o('NBC News', 'm', 'medium', 'NBC'), o('CNN', 'm', 'medium'), o('CBS', 'm', 'medium', 'CBS News'),
  o('ABC News', 'm', 'medium', 'ABC'), o('BBC', 'f', 'medium'), o('ARD', 'f', 'medium'), o('ZDF', 'n', 'medium'),
  o('Deutschlandfunk', 'm', 'medium'), o('Deutsche Welle', 'f', 'medium', 'Deutsche* Welle'), o('Al Dschasira', 'm', 'medium', 'Al Jazeera', 'Al-Dschasira'),
  o('dpa', 'f', 'medium', 'Deutsche* Presse-Agentur'), o('AFP', 'f', 'medium'), o('Reuters', 'f', 'medium'), o('AP', 'f', 'medium'),
  o('Bloomberg', 'm', 'medium'), o('Interfax', 'f', 'medium'), o('Tass', 'f', 'medium', 'TASS'), o('RIA Nowosti', 'f', 'medium'),
  o('Xinhua', 'f', 'medium'), o('New York Times', 'f', 'medium'), o('Washington Post', 'f', 'medium'), o('Wall Street Journal', 'n', 'medium'),
  o('Financial Times', 'f', 'medium'), o('Politico', 'n', 'medium'), o('Axios', 'n', 'medium'), o('Spiegel', 'm', 'medium', 'Spiegel Online'),
  o('Bild-Zeitung', 'f', 'medium'), o('FAZ', 'f', 'medium', 'Frankfurter* Allgemeine* Zeitung'), o('Süddeutsche Zeitung', 'f', 'medium', 'Süddeutsche*', 'SZ'),
  o('Handelsblatt', 'n', 'medium'), o('Tagesschau', 'f', 'medium'), o('ORF', 'm', 'medium'), o('SRF', 'n', 'medium'),
  o('Pentagon', 'n', 'ministerium'), o('FBI', 'n', 'geheimdienst'), o('CIA', 'f', 'geheimdienst'), o('BND', 'm', 'geheimdienst'),
  o('Verfassungsschutz', 'm', 'geheimdienst'), o('Europol', 'f', 'polizei'), o('Interpol', 'f', 'polizei'),
  o('Bundeskriminalamt', 'n', 'polizei', 'BKA'), o('Bundespolizei', 'f', 'polizei'),
  o('Wagner-Gruppe', 'f', 'miliz', 'Gruppe Wagner'), o('Gazprom', 'm', 'unternehmen'), o('Rosneft', 'm', 'unternehmen'),
  o('Google', 'm', 'unternehmen'), o('Apple', 'm', 'unternehmen'), o('Microsoft', 'm', 'unternehmen'), o('Amazon', 'm', 'unternehmen'),
  o('Meta', 'm', 'unternehmen'), o('Tesla', 'm', 'unternehmen'), o('Siemens', 'm', 'unternehmen'), o('Volkswagen', 'm', 'unternehmen', 'VW'),
  o('Deutsche Bahn', 'f', 'unternehmen', 'Deutsche* Bahn'), o('Lufthansa', 'f', 'unternehmen'), o('Verdi', 'f', 'gewerkschaft', 'Ver.di', 'ver.di'),
  o('IG Metall', 'f', 'gewerkschaft'), o('DGB', 'm', 'gewerkschaft'), o('Bundesagentur für Arbeit', 'f', 'agentur'),
  o('Statistisches Bundesamt', 'n', 'amt', 'Statistische* Bundesamt', 'Destatis'), o('Ifo-Institut', 'n', 'institut', 'Ifo'),
  o('Fed', 'f', 'bank', 'US-Notenbank', 'Federal Reserve'), o('Vatikan', 'm', 'vatikan', 'Heilige* Stuhl'),
  // Large companies and platforms that speak in business and tech news.
  ...[
    'Airbus', 'Boeing', 'BMW', 'Daimler', 'Mercedes-Benz', 'Porsche', 'Audi', 'Toyota', 'Sony', 'Samsung', 'Huawei',
    'Nokia', 'Ericsson', 'IBM', 'Intel', 'Nvidia', 'OpenAI', 'Twitter', 'Facebook', 'Instagram', 'TikTok', 'YouTube',
    'Netflix', 'Uber', 'Ryanair', 'Easyjet', 'Bayer', 'BASF', 'SAP', 'Allianz', 'Commerzbank', 'Telekom', 'Vodafone',
    'Shell', 'BP', 'Exxon', 'Chevron', 'Aramco', 'Nestlé', 'Novartis', 'Roche', 'Pfizer', 'Biontech', 'BioNTech',
    'Moderna', 'Thyssenkrupp', 'ThyssenKrupp', 'RWE', 'Eon', 'E.ON', 'Vattenfall', 'Uniper', 'Wintershall', 'Rheinmetall',
    'Lidl', 'Aldi', 'Zalando', 'Wikipedia', 'Wikimedia', 'eBay', 'PayPal', 'Alibaba', 'Tencent', 'Baidu', 'Yandex',
  ].map((name) => o(name, 'm', 'unternehmen')),
];

/** All-capital words that are not actors: measures, products, technical terms. */
export const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'BIP', 'LNG', 'KI', 'AI', 'CO2', 'AIDS', 'BSE', 'MERS', 'XX', 'XXI', 'XIV', 'XV', 'XVI', 'XIX', 'CD', 'DVD', 'MP3', 'SUV', 'ABC', 'OP', 'PKK-', 'TÜV', 'PDF', 'TV', 'PS', 'USB', 'GPS', 'PIN', 'SMS', 'PC', 'IT', 'DNA', 'DNS', 'HIV',
  'COVID', 'SARS', 'LKW', 'PKW', 'KFZ', 'ICE', 'IC', 'OK', 'USD', 'EUR', 'CHF', 'GBP', 'RUB', 'CEO', 'CFO', 'DDR', 'BRD',
  'UdSSR', 'NS', 'SS', 'SA', 'WM', 'EM', 'VIP', 'NGO', 'NGOs', 'MRT', 'ABS', 'LED', 'ID', 'FAQ', 'HTML', 'URL', 'II',
  'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'US', 'USA', 'UK', 'GB', 'NRW', 'BW', 'AKW', 'KKW', 'BAföG',
  'MEZ', 'UTC', 'CET', 'OECD', 'VR', 'AG', 'SE', 'KG', 'GMBH', 'GmbH', 'PR', 'ZDF', 'ARD', 'NATO', 'EU', 'UN', 'UNO',
  'MIT', 'UND', 'DER', 'DIE', 'DAS', 'ICH', 'WIR', 'SIE', 'ER', 'ES', 'IN', 'AN', 'AM', 'IM', 'ZU', 'FÜR', 'VON',
  'EIN', 'EINE', 'NICHT', 'KEINE', 'ACHTUNG', 'UPDATE', 'EILMELDUNG', 'LIVE', 'NEU', 'FOTO', 'VIDEO', 'INFO',
]);
// NATO, EU, UN, ZDF, ARD are in KNOWN_ORGS: the generic acronym rule leaves them to it.

/** Prefixes of club names: "FC Bayern München", "VfB Stuttgart", "SC Freiburg" — the following capitalised words belong to the name. */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(['FC', 'SC', 'SV', 'TSV', 'VfB', 'VfL', 'TSG', 'RB', 'AC', 'AS', 'CF', 'FSV', 'SpVgg', 'SG', 'BSC', 'KSC', 'HSV']);

/** Legal forms that close a company name: the capitalised words before them are the name. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'AG', 'GmbH', 'SE', 'KG', 'KGaA', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'Corp', 'Corp.', 'plc', 'S.A.', 'SA', 'e.V.', 'eG', 'Co.',
]);

/**
 * Tails of compounds whose first part is the source of the information: "Polizeiangaben",
 * "Medienberichten", "Regierungskreise".
 */
export const SOURCE_TAILS: readonly string[] = ['angaben', 'berichten', 'berichte', 'aussagen', 'informationen', 'erkenntnissen', 'schätzungen', 'kreisen', 'kreise'];

/** Top-level domains of bare site names used as sources (see the scope note). */
export const WEB_DOMAIN_ENDINGS: ReadonlySet<string> = new Set([
  'de', 'at', 'ch', 'com', 'net', 'org', 'eu', 'info', 'fr', 'it', 'es', 'nl', 'be', 'lu', 'uk', 'us', 'ru', 'pl', 'tv', 'io', 'news',
]);

/** Leadership nouns that name an organisation after an institution (see the scope note). */
export const LEADERSHIP_TAILS: Readonly<Record<string, OrgHead>> = {
  leitung: h('f', 'führung'), führung: h('f', 'führung'), spitze: h('f', 'führung'),
  // Units of an institution: "Polizeieinheiten", "Armee-Einheit", "Polizeistreife".
  einheit: h('f', 'einheit'), streife: h('f', 'polizei'),
};

/** First parts that are institutions though not organisation heads themselves. */
export const INSTITUTION_MODIFIERS: ReadonlySet<string> = new Set([
  'geschäft', 'schul', 'schule', 'werk', 'betrieb', 'heim', 'flughafen', 'bahn', 'staat', 'militär', 'land', 'bund',
  'kreis', 'gefängnis', 'anstalt', 'zoo', 'museum', 'theater', 'festival', 'messe', 'unternehmen', 'firmen', 'klub', 'club',
  'mannschaft', 'team', 'vorstand', 'sender', 'redaktion', 'konzern', 'kirchen', 'bistum', 'diözese', 'landes', 'bundes',
]);

/** Compounds that look like a council or leadership but are not (a tour, a record, a thing). */
export const NOT_COUNCILS_OR_LEADERSHIPS: ReadonlySet<string> = new Set([
  'stadtführung', 'museumsführung', 'werksführung', 'landesrat', 'hofrat', 'geheimrat', 'regierungsrat', 'studienrat', 'oberstudienrat',
]);

/** Linking elements before "-rat" that make the compound a council (see the scope note). */
export const COUNCIL_LINKS: readonly string[] = ['srat', 'enrat'];

/** English organisation heads that close a name (see the scope note); whole words as written. */
export const ENGLISH_ORG_HEADS: ReadonlySet<string> = new Set([
  'Institution', 'Institute', 'University', 'College', 'Corporation', 'Company', 'Foundation', 'Council', 'Agency',
  'Association', 'Society', 'Commission', 'Committee', 'Trust', 'Authority', 'Administration', 'Department', 'Office',
  'Federation', 'League', 'Coalition', 'Alliance', 'Party', 'Network', 'Laboratory', 'Center', 'Centre', 'Press',
]);
