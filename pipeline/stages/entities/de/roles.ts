/**
 * Scope: nouns for offices, functions and occupations that name a person who can speak in
 * news ("der Minister", "die Sprecherin", "ein NATO-Diplomat", "Experten"), and titles that
 * stand before names ("Dr.", "Frau"). Compiled for this project from the vocabulary of
 * German political, economic, legal and crime reporting.
 *
 * Each role is given once, by its masculine singular and an inflection class; every form
 * (genitive, plural, feminine -in/-innen) is generated from it in ../lexicon.ts. Roles are
 * recognised as heads of compounds too: "Regierungssprecher", "Kremlchef",
 * "US-Außenminister", "Vize-Außenminister" all end in a role form. `exact` roles are only
 * recognised as whole words, because as compound tails they hit other words (Flug|zeuge,
 * Laut|sprecher is excluded separately).
 *
 * Classes:
 *   er      strong, plural unchanged: Minister, Ministers, Ministern; Ministerin(nen)
 *   or      Direktor, Direktors, Direktoren; Direktorin(nen)
 *   en      weak: Präsident, Präsidenten; Präsidentin(nen)
 *   n       weak in -e: Experte, Experten; Expertin(nen)
 *   e       strong, plural -e: Emissär, Emissärs, Emissäre(n); Emissärin(nen)
 *   s       plural -s: Chef, Chefs; Chefin(nen)
 *   adj     nominalised adjective: Gesandter, Gesandte, Gesandten, Gesandtem
 *   fixed   irregular: all forms listed in `forms` (masculine) and `fem`
 */
export type RoleClass = 'er' | 'or' | 'en' | 'n' | 'e' | 's' | 'adj' | 'fixed';

export interface RoleEntry {
  /** Masculine singular nominative (for adj: the stem without ending, "Gesandt"). */
  base: string;
  cls: RoleClass;
  /** Irregular forms: masculine singular and plural forms. */
  forms?: { sg: string[]; pl: string[]; femSg?: string[]; femPl?: string[] };
  /** Only as a whole word, never as a compound tail. */
  exact?: boolean;
}

const r = (base: string, cls: RoleClass, exact = false): RoleEntry => ({ base, cls, exact });

export const ROLES: readonly RoleEntry[] = [
  // Offices of state and government
  r('Präsident', 'en'), r('Kanzler', 'er'), r('Minister', 'er'), r('Premier', 's'),
  r('Regierungschef', 's'), r('Staatschef', 's'), r('Chef', 's'), r('Staatssekretär', 'e'),
  r('Sekretär', 'e'), r('Botschafter', 'er'), r('Gesandt', 'adj'), r('Emissär', 'e'),
  r('Diplomat', 'en'), r('Vertreter', 'er'), r('Bürgermeister', 'er'), r('Abgeordnet', 'adj'),
  r('Senator', 'or'), r('Gouverneur', 'e'), r('Vorsitzend', 'adj'), r('Beauftragt', 'adj'),
  r('Sprecher', 'er'), r('Leiter', 'er'), r('Berater', 'er'), r('Kommissar', 'e'),
  r('Direktor', 'or'), r('Politiker', 'er'), r('Funktionär', 'e'), r('Vermittler', 'er'),
  r('Unterhändler', 'er'), r('Verhandlungsführer', 'er'), r('Landrat', 'fixed', true),
  r('Stadtrat', 'fixed', true), r('Oberhaupt', 'fixed', true), r('Regent', 'en'),
  r('Fraktionschef', 's'), r('Parteichef', 's'), r('Generalsekretär', 'e'),
  r('Ministerpräsident', 'en'), r('Landeshauptmann', 'fixed', true), r('Bundesrat', 'fixed', true),
  r('Beamt', 'adj'), r('Amtsträger', 'er'), r('Amtskollege', 'n'), r('Kollege', 'n'),
  r('Nachfolger', 'er'), r('Vorgänger', 'er'), r('Herausforderer', 'er'), r('Kandidat', 'en'),
  r('Spitzenkandidat', 'en'), r('Monarch', 'en'), r('König', 'e'), r('Kaiser', 'er'),
  r('Prinz', 'en'), r('Papst', 'fixed'), r('Bischof', 'fixed'), r('Kardinal', 'fixed'),
  r('Imam', 'e'), r('Rabbiner', 'er'), r('Pfarrer', 'er'),
  // Military, police, justice
  r('General', 'fixed'), r('Kommandeur', 'e'), r('Befehlshaber', 'er'), r('Offizier', 'e'),
  r('Soldat', 'en'), r('Polizist', 'en'), r('Ermittler', 'er'), r('Richter', 'er'),
  r('Staatsanwalt', 'fixed'), r('Anwalt', 'fixed'), r('Verteidiger', 'er'), r('Kläger', 'er'),
  r('Angeklagt', 'adj'), r('Verdächtig', 'adj'), r('Zeuge', 'n', true), r('Augenzeuge', 'n'),
  r('Polizeisprecher', 'er'), r('Feuerwehrsprecher', 'er'),
  // Economy, science, media, civil society
  r('Manager', 'er'), r('Geschäftsführer', 'er'), r('Vorstand', 'fixed', true), r('Gründer', 'er'),
  r('Unternehmer', 'er'), r('Investor', 'or'), r('Ökonom', 'en'), r('Analyst', 'en'),
  r('Volkswirt', 'e'), r('Experte', 'n'), r('Wissenschaftler', 'er'), r('Forscher', 'er'),
  r('Professor', 'or'), r('Historiker', 'er'), r('Politologe', 'n'), r('Soziologe', 'n'),
  r('Mediziner', 'er'), r('Virologe', 'n'), r('Arzt', 'fixed'), r('Journalist', 'en'),
  r('Reporter', 'er'), r('Korrespondent', 'en'), r('Moderator', 'or'), r('Autor', 'or'),
  r('Kritiker', 'er'), r('Beobachter', 'er'), r('Insider', 'er'), r('Aktivist', 'en'),
  r('Demonstrant', 'en'), r('Gewerkschafter', 'er'), r('Mitarbeiter', 'er'), r('Angestellt', 'adj'),
  r('Bewohner', 'er'), r('Anwohner', 'er'), r('Einwohner', 'er'), r('Bürger', 'er'),
  r('Trainer', 'er'), r('Kapitän', 'e'), r('Spieler', 'er'), r('Sportler', 'er'),
  r('Partner', 'er'), r('Gesprächspartner', 'er'), r('Verbündet', 'adj'),
  r('Organisator', 'or'), r('Veranstalter', 'er'), r('Betreiber', 'er'), r('Hersteller', 'er'),
  r('Verbraucherschützer', 'er'), r('Datenschützer', 'er'), r('Umweltschützer', 'er'),
  r('Menschenrechtler', 'er'), r('Bürgerrechtler', 'er'), r('Opfer', 'fixed', true),
  // People in crime, accident and culture reporting
  r('Täter', 'er'), r('Entführer', 'er'), r('Besitzer', 'er'), r('Eigentümer', 'er'), r('Passagier', 'e'),
  r('Pilot', 'en'), r('Jugendlich', 'adj'), r('Erwachsen', 'adj'), r('Schüler', 'er'), r('Student', 'en'),
  r('Lehrer', 'er'), r('Wärter', 'er'), r('Verfasser', 'er'), r('Initiator', 'or'), r('Hacker', 'er'),
  r('Meteorologe', 'n'), r('Hydrologe', 'n'), r('Archäologe', 'n'), r('Psychologe', 'n'), r('Biologe', 'n'),
  r('Schriftsteller', 'er'), r('Sänger', 'er'), r('Schauspieler', 'er'), r('Musiker', 'er'), r('Künstler', 'er'),
  r('Regisseur', 'e'), r('Hauptmann', 'fixed', true), r('Oberst', 'en'), r('Feuerwehrmann', 'fixed'),
  r('Sachbearbeiter', 'er'), r('Dezernent', 'en'), r('Koordinator', 'or'), r('Wahlsieger', 'er'),
  r('Sieger', 'er'), r('Preisträger', 'er'), r('Diktator', 'or'), r('Herrscher', 'er'), r('Anführer', 'er'),
  r('Jährig', 'adj'), r('Ausbilder', 'er'), r('Kommentator', 'or'), r('Repräsentant', 'en'),
  r('Mitglied', 'fixed'), r('Randalierer', 'er'), r('Fluggast', 'fixed', true), r('Mann', 'fixed', true), r('Frau', 'fixed', true), r('Junge', 'n', true),
  r('Vertraut', 'adj'), r('Mediator', 'or'), r('Brandstifter', 'er'), r('Tourist', 'en'), r('Fahrer', 'er'), r('Arbeiter', 'er'), r('Landwirt', 'e'),
  // Family and personal relations: the people crime, accident and human-interest reports
  // quote ("Die Mutter sagte", "eine Freundin des Opfers"). "Tochter" and "Sohn" only as whole
  // words ("Konzerntochter" is a company).
  r('Mutter', 'fixed'), r('Vater', 'fixed'), r('Bruder', 'fixed'), r('Schwester', 'fixed'), r('Sohn', 'fixed', true),
  r('Tochter', 'fixed', true), r('Freund', 'e'), r('Ehemann', 'fixed'), r('Ehefrau', 'fixed'), r('Witwe', 'fixed'),
  r('Witwer', 'er'), r('Nachbar', 'fixed'), r('Lebensgefährte', 'n'), r('Onkel', 'er'), r('Tante', 'fixed'),
];

/** Irregular forms for the `fixed` class. */
export const FIXED_FORMS: Readonly<Record<string, { sg: string[]; pl: string[]; femSg: string[]; femPl: string[] }>> = {
  Landrat: { sg: ['Landrat', 'Landrats', 'Landrates'], pl: ['Landräte', 'Landräten'], femSg: ['Landrätin'], femPl: ['Landrätinnen'] },
  Stadtrat: { sg: ['Stadtrat', 'Stadtrats'], pl: ['Stadträte', 'Stadträten'], femSg: ['Stadträtin'], femPl: ['Stadträtinnen'] },
  Oberhaupt: { sg: ['Oberhaupt', 'Oberhaupts'], pl: ['Oberhäupter'], femSg: [], femPl: [] },
  Landeshauptmann: { sg: ['Landeshauptmann', 'Landeshauptmanns'], pl: ['Landeshauptleute'], femSg: ['Landeshauptfrau'], femPl: [] },
  Bundesrat: { sg: [], pl: [], femSg: ['Bundesrätin'], femPl: ['Bundesrätinnen'] },
  Papst: { sg: ['Papst', 'Papstes'], pl: ['Päpste'], femSg: [], femPl: [] },
  Bischof: { sg: ['Bischof', 'Bischofs'], pl: ['Bischöfe', 'Bischöfen'], femSg: ['Bischöfin'], femPl: ['Bischöfinnen'] },
  Kardinal: { sg: ['Kardinal', 'Kardinals'], pl: ['Kardinäle', 'Kardinälen'], femSg: [], femPl: [] },
  General: { sg: ['General', 'Generals'], pl: ['Generäle', 'Generälen', 'Generale'], femSg: ['Generalin'], femPl: ['Generalinnen'] },
  Staatsanwalt: { sg: ['Staatsanwalt', 'Staatsanwalts'], pl: ['Staatsanwälte', 'Staatsanwälten'], femSg: ['Staatsanwältin'], femPl: ['Staatsanwältinnen'] },
  Anwalt: { sg: ['Anwalt', 'Anwalts'], pl: ['Anwälte', 'Anwälten'], femSg: ['Anwältin'], femPl: ['Anwältinnen'] },
  Arzt: { sg: ['Arzt', 'Arztes'], pl: ['Ärzte', 'Ärzten'], femSg: ['Ärztin'], femPl: ['Ärztinnen'] },
  Vorstand: { sg: ['Vorstand', 'Vorstands'], pl: [], femSg: [], femPl: [] },
  Opfer: { sg: [], pl: ['Opfer', 'Opfern'], femSg: [], femPl: [] },
  Mann: { sg: ['Mann', 'Mannes'], pl: ['Männer', 'Männern'], femSg: [], femPl: [] },
  Frau: { sg: [], pl: [], femSg: ['Frau'], femPl: ['Frauen'] },
  Mitglied: { sg: ['Mitglied', 'Mitglieds', 'Mitgliedes'], pl: ['Mitglieder', 'Mitgliedern'], femSg: [], femPl: [] },
  Fluggast: { sg: ['Fluggast', 'Fluggasts', 'Fluggastes'], pl: ['Fluggäste', 'Fluggästen'], femSg: [], femPl: [] },
  Hauptmann: { sg: ['Hauptmann', 'Hauptmanns'], pl: ['Hauptleute'], femSg: [], femPl: [] },
  Mutter: { sg: [], pl: [], femSg: ['Mutter'], femPl: ['Mütter', 'Müttern'] },
  Vater: { sg: ['Vater', 'Vaters'], pl: ['Väter', 'Vätern'], femSg: [], femPl: [] },
  Bruder: { sg: ['Bruder', 'Bruders'], pl: ['Brüder', 'Brüdern'], femSg: [], femPl: [] },
  Schwester: { sg: [], pl: [], femSg: ['Schwester'], femPl: ['Schwestern'] },
  Sohn: { sg: ['Sohn', 'Sohnes', 'Sohns'], pl: ['Söhne', 'Söhnen'], femSg: [], femPl: [] },
  Tochter: { sg: [], pl: [], femSg: ['Tochter'], femPl: ['Töchter', 'Töchtern'] },
  Ehemann: { sg: ['Ehemann', 'Ehemanns', 'Ehemannes'], pl: ['Ehemänner', 'Ehemännern'], femSg: [], femPl: [] },
  Ehefrau: { sg: [], pl: [], femSg: ['Ehefrau'], femPl: ['Ehefrauen'] },
  Witwe: { sg: [], pl: [], femSg: ['Witwe'], femPl: ['Witwen'] },
  Nachbar: { sg: ['Nachbar', 'Nachbarn', 'Nachbars'], pl: ['Nachbarn'], femSg: ['Nachbarin'], femPl: ['Nachbarinnen'] },
  Tante: { sg: [], pl: [], femSg: ['Tante'], femPl: ['Tanten'] },
  Feuerwehrmann: { sg: ['Feuerwehrmann', 'Feuerwehrmanns'], pl: ['Feuerwehrmänner', 'Feuerwehrmännern', 'Feuerwehrleute'], femSg: ['Feuerwehrfrau'], femPl: ['Feuerwehrfrauen'] },
};

/** Compound tails that end in a role form but are things, not people. */
export const NOT_ROLES: ReadonlySet<string> = new Set([
  'lautsprecher', 'lautsprechern', 'flugzeuge', 'fahrzeuge', 'werkzeuge', 'spielzeuge',
  'wegbegleiter', 'begleiter', 'gleiter', 'halbleiter', 'stromleiter', 'fernsprecher',
]);

/** Titles and forms of address that stand before a name and are part of it. */
export const NAME_TITLES: ReadonlyMap<string, 'm' | 'f' | 'u'> = new Map([
  ['Dr.', 'u'], ['Prof.', 'u'], ['Dr', 'u'], ['Prof', 'u'], ['Professor', 'm'], ['Professorin', 'f'],
  ['Herr', 'm'], ['Herrn', 'm'], ['Frau', 'f'], ['Sir', 'm'], ['Lord', 'm'], ['Lady', 'f'],
  ['Dame', 'f'], ['Scheich', 'm'], ['Mullah', 'm'], ['Ajatollah', 'm'], ['Pater', 'm'], ['Schwester', 'f'],
  ['Mr.', 'm'], ['Mrs.', 'f'], ['Ms.', 'f'],
]);

/**
 * Person nouns too general to name a holder of an office: "jener Mann" or "die Frau" refer to
 * an earlier "ein Mann"/"eine Frau", never to the most salient politician of the text.
 */
export const GENERIC_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'mann', 'frau', 'junge', 'jugendlicher', 'erwachsener', 'jähriger', 'bürger', 'opfer',
  // Relations: "die Mutter" is someone's mother, not the office holder named before.
  'mutter', 'vater', 'bruder', 'schwester', 'sohn', 'tochter', 'freund', 'ehemann', 'ehefrau', 'witwe', 'witwer', 'nachbar',
  'lebensgefährte', 'onkel', 'tante',
]);

/** Prefixes of role compounds that mark a different office: "Vize-Außenminister" ≠ "Außenminister". */
export const ROLE_RANK_PREFIXES: readonly string[] = ['vize', 'stellvertretend', 'ex', 'ehemalig', 'früher', 'unter', 'ober', 'co'];
