/** Shared scoring helpers for the evaluators. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function fmt(x: number): string {
  return x.toFixed(3);
}

/** A table row: label, P, R, F1, and the counts behind them. */
export function prfRow(label: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  return `${label.padEnd(28)} P ${fmt(precision)}  R ${fmt(recall)}  F1 ${fmt(f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

/** Overlap of two [start, end) spans relative to the shorter one. */
export function overlapOfShorter(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter <= 0 ? 0 : Math.max(0, overlap) / shorter;
}

export type Half = 'odd' | 'even';
export function isHalf(s: string): s is Half {
  return s === 'odd' || s === 'even';
}

/** The odd- or even-numbered documents (1-based, in file order); all of them without a half. */
export function selectHalf<T>(docs: readonly T[], half: string | undefined): T[] {
  if (half === undefined) return [...docs];
  if (!isHalf(half)) throw new Error(`half must be 'odd' or 'even', not '${half}'`);
  const rest = half === 'odd' ? 0 : 1;
  return docs.filter((_, i) => i % 2 === rest);
}
