/**
 * Scope: German abbreviations that end in a period, in three classes by what the period can
 * mean at the end of the abbreviation:
 *   - ABBREVIATIONS: never a sentence end in news (titles, Latin and German short forms,
 *     units of counting, weekdays and months, company suffixes);
 *   - LIST_ENDINGS (usw., etc.): close an enumeration and often the sentence; a capitalised
 *     word after them starts a new sentence;
 *   - OPEN_ENDINGS (u. a., o. Ä., Co. …): can end a sentence, but are usually followed by a
 *     name or noun; a boundary only before a clear sentence opener (see ./openers.ts).
 * Sources: compiled for this project from the Duden list of common abbreviations and the
 * short forms of German press style guides (dpa, Duden "Satzzeichen"), plus Austrian and
 * Swiss usage. Entries are written without the final period; multi-part ones with their
 * inner periods and no spaces: "z.B" matches "z. B.", "z.B." and "z. B." with NBSP.
 * Abbreviations that are also ordinary words ("Art" = Artikel / die Art, "Gen" = General /
 * das Gen) are listed in NUMBER_ABBREVIATIONS: only before a number ("Art. 5").
 * A token without any vowel and with a lower-case letter ("Nr", "Str", "bzgl", "Hbf") is an
 * abbreviation even if missing here (see ../rules.ts).
 */
export const ABBREVIATIONS: readonly string[] = [
  // titles and forms of address
  'Dr', 'Prof', 'Dipl', 'Ing', 'Mag', 'Fr', 'Hr', 'Hrn', 'Frl', 'Mr', 'Mrs', 'Ms', 'Jr', 'jr', 'Sr',
  'sen', 'jun', 'Bgm', 'Präs', 'Vors', 'Stv', 'stv', 'Abg', 'Lt', 'Kpt', 'Hl', 'hl', 'St',
  'Pfr', 'Rabb', 'Kard', 'Kand', 'Doz', 'Habil', 'habil', 'Mdl', 'MdB', 'MdL', 'MdEP', 'Dres',
  'Ges', 'Univ',
  // academic degrees after "Dr." ("Dr. med.", "Dr. rer. nat.", "Dr. h. c.")
  'med', 'rer', 'phil', 'jur', 'oec', 'pol', 'vet', 'dent', 'theol', 'pharm', 'paed', 'techn',
  'agr', 'sc', 'h.c',
  // German and Latin short forms
  'bzw', 'bspw', 'bzgl', 'ca', 'ggf', 'gegr', 'geb', 'gest', 'gem', 'evtl', 'inkl', 'insb',
  'exkl', 'einschl', 'ausschl', 'zzgl', 'abzgl', 'vgl', 'sog', 'ebd', 'Anm', 'Hrsg', 'hrsg',
  'Verf', 'zit', 'näml', 'allg', 'urspr', 'ehem', 'erg', 'gez', 'usf', 'Mind', 'mind',
  'max', 'rd', 'resp', 'spez', 'tägl', 'tw', 'verh', 'zw', 'dgl', 'Jh', 'Jhd', 'Jhdt',
  'Chr', 'lat', 'griech', 'engl', 'franz', 'frz', 'ital', 'span', 'russ', 'dt', 'österr',
  'schweiz', 'amerik', 'europ', 'int', 'nat', 'Tel', 'Adr', 'Postf', 'Pl', 'Kl',
  'Bd', 'Bde', 'Abb', 'Abs', 'Abt', 'Anh', 'Aufl', 'Kap', 'Pkt', 'Nr', 'Nrn', 'Tab', 'Ziff',
  'lfd', 'Tsd', 'Mio', 'Mill', 'Mrd', 'Str', 'Bhf', 'Hbf',
  'Reg', 'Bez', 'Kr', 'Ldkr', 'Lkr', 'Gde', 'Hg', 'Nachf', 'Pfd', 'Red', 'Ztg', 'Jg', 'Jgg',
  'vs', 'ff', 'Vol', 'vol', 'Kfz', 'Pkw', 'Lkw', 'Ggs', 'Slg', 'Tsd', 'Wwe', 'Zt',
  'Gebr', 'Fa', 'Dir', 'Dirig', 'Sen', 'Vizepräs',
  // multi-part
  'z.B', 'z.T', 'z.Z', 'z.Zt', 'z.Hd', 'z.K', 'd.h', 'd.J', 'd.M', 'd.Ä', 'a.D', 'a.M', 'a.d',
  'i.A', 'i.V', 'i.d.R', 'i.e', 'i.S', 'i.S.v', 'i.Br', 'i.R', 'i.H.v', 'i.W', 'n.Chr',
  'v.Chr', 'o.J', 'o.g', 'p.a', 's.o', 's.u', 's.a', 'u.a', 'u.ä', 'u.Ä', 'o.ä', 'o.Ä',
  'u.U', 'u.v.m', 'u.s.w', 'u.dgl', 'v.a', 'v.l.n.r', 'v.r.n.l', 'u.z', 'z.Zt', 'b.w',
  'e.V', 'k.o', 'm.E', 'm.W', 'n.n', 'o.a',
];

/** Only abbreviations before a number: otherwise an ordinary word that can end a sentence. */
export const NUMBER_ABBREVIATIONS: readonly string[] = ['Art', 'S', 'Bl', 'Sp', 'Bsp', 'Az', 'Nr'];

/** Close an enumeration; a capitalised word after them starts a new sentence. */
export const LIST_ENDINGS: readonly string[] = ['usw', 'etc', 'usf', 'u.s.w', 'u.v.m'];

/** Can end a sentence, but only a clear sentence opener after them says so. */
export const OPEN_ENDINGS: readonly string[] = [
  'u.a', 'u.ä', 'u.Ä', 'o.ä', 'o.Ä', 'u.dgl', 'dgl', 'Inc', 'Ltd', 'Co', 'Corp', 'e.V', 'a.D',
  // "ff." ends a citation ("§§ 3 ff. BGB") more often than a sentence
  'n.Chr', 'v.Chr', 'Chr', 'Jh', 'Jhd', 'Jhdt', 'Mio', 'Mrd', 'Tsd', 'ca', 'ff', 'f',
  'Sr', 'Jr', 'jun', 'sen', 'k.o', 'z.Zt',
  // units that end a measurement: "Die Fahrt dauert 30 Min. Danach …"
  'Min', 'min', 'Sek', 'Std', 'Mill',
  // weekdays and months ("Fr. 12. Mai", "12. Sept. 2024"); "Jan" is also a first name
  'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So', 'Jan', 'Febr', 'Feb', 'Apr', 'Aug', 'Sep',
  'Sept', 'Okt', 'Nov', 'Dez',
];
