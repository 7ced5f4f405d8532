/**
 * Scope: German abbreviations that end in a period and are usually NOT followed by a
 * sentence boundary (titles, Latin and German short forms, units of counting).
 * `SENTENCE_FINAL` lists those that also often end a sentence (usw., etc.): after them a
 * boundary is placed when a typical sentence opener follows.
 * Compiled for this project from German style guides (Duden list of common abbreviations).
 * Entries are written without the final period; multi-part ones with their inner periods
 * and no spaces ("z.B" matches "z. B." and "z.B.").
 */
export const ABBREVIATIONS: readonly string[] = [
  'Abb', 'Abs', 'Abt', 'a.D', 'Adr', 'allg', 'Anh', 'Anm', 'Art', 'Aufl', 'Bd', 'Bde', 'Bhf',
  'bspw', 'bzgl', 'bzw', 'ca', 'Chr', 'd.h', 'd.J', 'Dipl', 'Dir', 'Dr', 'dt', 'ebd', 'evtl',
  'Fa', 'Fr', 'geb', 'gegr', 'gem', 'Ges', 'ggf', 'gest', 'Hbf', 'Hr', 'Hrsg', 'i.A', 'i.d.R',
  'inkl', 'insb', 'Ing', 'Jh', 'Jhd', 'Jr', 'jun', 'Kap', 'Kl', 'Lt', 'Mio', 'Mrd', 'Mr', 'Mrs',
  'Ms', 'n.Chr', 'Nr', 'o.Ä', 'o.ä', 'Pkt', 'Prof', 'Red', 'rd', 's.o', 's.u', 'Sek', 'sen',
  'sog', 'St', 'Std', 'Str', 'Tel', 'Tsd', 'u.a', 'u.ä', 'u.Ä', 'u.U', 'usw', 'v.a', 'v.Chr',
  'vgl', 'Vors', 'z.B', 'z.T', 'z.Z', 'zzgl', 'etc', 'Mill', 'Min', 'Mo', 'Di', 'Mi', 'Do',
  'So', 'Sa', 'Jan', 'Feb', 'Apr', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez', 'Univ', 'Verf',
  'Ziff', 'zit', 'bzw', 'Gebr', 'Gen', 'Kfz', 'Pkw', 'Lkw', 'Mag', 'Mdl', 'MdB', 'MdL', 'Stv',
  'stv', 'Abg', 'Präs', 'Reg', 'Bez', 'Kr', 'Ldkr', 'Hg', 'Nachf', 'Pfd', 'Corp', 'Inc', 'Ltd',
  'Co', 'vs', 'z.Hd', 'i.V', 'p.a', 'u.dgl', 'dgl', 'v.l.n.r', 'näml', 'einschl', 'ausschl',
];

export const SENTENCE_FINAL: readonly string[] = ['usw', 'etc', 'u.a', 'u.ä', 'o.ä', 'u.dgl', 'Inc', 'Ltd', 'Co', 'Corp'];
