/**
 * Scope: word parts that carry a quantity inside a word — the adjective or noun suffix after
 * a number ("zweijährig", "achtteilig", "24-stündig", "Siebzehnjähriger", "dreifach",
 * "zweimal") and what the number then is. Endings (-e, -en, -er, -es, -em) are stripped
 * before the lookup. Source: Duden word formation, news usage.
 */
import type { NumberKind } from '../types.js';

export interface SuffixInfo {
  kind: NumberKind;
  unit: string | null;
}

export const QUANTITY_SUFFIXES: Readonly<Record<string, SuffixInfo>> = {
  jährig: { kind: 'duration', unit: 'Jahre' },
  monatig: { kind: 'duration', unit: 'Monate' },
  wöchig: { kind: 'duration', unit: 'Wochen' },
  tägig: { kind: 'duration', unit: 'Tage' },
  stündig: { kind: 'duration', unit: 'Stunden' },
  minütig: { kind: 'duration', unit: 'Minuten' },
  sekündig: { kind: 'duration', unit: 'Sekunden' },
  teilig: { kind: 'count', unit: 'Teile' },
  köpfig: { kind: 'count', unit: 'Köpfe' },
  stellig: { kind: 'count', unit: 'Stellen' },
  stöckig: { kind: 'count', unit: 'Stockwerke' },
  spurig: { kind: 'count', unit: 'Spuren' },
  sitzig: { kind: 'count', unit: 'Sitze' },
  seitig: { kind: 'count', unit: 'Seiten' },
  gliedrig: { kind: 'count', unit: 'Glieder' },
  malig: { kind: 'count', unit: 'Mal' },
  mal: { kind: 'count', unit: 'Mal' },
  prozentig: { kind: 'percent', unit: '%' },
  fach: { kind: 'other', unit: '×' },
  fache: { kind: 'other', unit: '×' },
};

/** Words made of a number word and a suffix that are not quantities. */
export const NOT_QUANTITY_WORDS: readonly string[] = [
  'einmal', 'einfach', 'einfache', 'einfachen', 'einfacher', 'einfaches', 'einfachem', 'einmalig', 'einmalige',
  'einmaligen', 'einmaliger', 'einmaliges', 'einseitig', 'einseitige', 'einseitigen', 'einseitiger', 'zweiseitig',
  'vielfach', 'mehrfach', 'zweifelhaft', 'achtsam', 'einteilig',
];

/**
 * Units written into a compound noun without hyphens after a number word: "Fünfprozenthürde",
 * "Dreiprozentziel" (the hyphenated "Fünf-Prozent-Hürde" is read part by part). The number
 * word must be a whole cardinal and a noun must follow the unit.
 */
export const GLUED_UNITS: Readonly<Record<string, SuffixInfo>> = {
  prozent: { kind: 'percent', unit: '%' },
};
