/**
 * Quotation marks found in German text (GERMAN.md, "Characters and layout"): „…“ (German
 * standard), “…” and "…" (typewriter and English style, also mixed „…"), »…« and «…»
 * (books, Swiss and Austrian press), ‚…‘ and ‹…› (nested), and ,,…'' (OCR, hand-typed).
 * Which closing marks may end a quote opened by each mark: the mixed forms seen in the
 * wild are allowed („…" and „…” as well as „…“).
 */
export type MarkChar = '„' | '“' | '”' | '"' | '»' | '«' | '‚' | '‘' | '’' | '›' | '‹' | ',,' | "''" | "'";

export const MARK_CHARS: ReadonlySet<string> = new Set<MarkChar>(['„', '“', '”', '"', '»', '«', '‚', '‘', '’', '›', '‹']);

export const CLOSERS_FOR: Readonly<Partial<Record<MarkChar, readonly MarkChar[]>>> = {
  '„': ['“', '"', '”'],
  '“': ['”', '"', '“'],
  '”': ['”'],
  '"': ['"', '“', '”'],
  '»': ['«'],
  '«': ['»'],
  '‚': ['‘', '’', "'"],
  '‘': ['’', '‘'],
  '›': ['‹'],
  '‹': ['›'],
  ',,': ["''", '“', '"', '”'],
};

/** Marks that only ever open a quote. */
export const OPENING_ONLY: ReadonlySet<string> = new Set<MarkChar>(['„', '‚', ',,']);
/** Marks that only ever close one. */
export const CLOSING_ONLY: ReadonlySet<string> = new Set<MarkChar>(["''", '’']);
