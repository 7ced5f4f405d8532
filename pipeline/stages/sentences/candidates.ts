/**
 * Pass 1: candidate boundaries. Generously, every run of terminal punctuation (. ! ? … and
 * combinations like "?!" or "...") that is followed — after any closing quote marks and
 * brackets — by white space. Punctuation glued to the next character (3.200, 14.30 Uhr,
 * www.example.de, bericht.pdf, „Wirklich?“,) is never a candidate.
 */

export type Mark = 'period' | 'strong' | 'ellipsis';

export interface Candidate {
  /** First character of the terminal punctuation run. */
  punct: number;
  /** End of the punctuation run (closing marks may follow). */
  punctEnd: number;
  /** After the closing marks: where the sentence would end. */
  after: number;
  /** First non-space character after the candidate: where the next sentence would start. */
  next: number;
  /** '.' alone, ? or ! in the run, or an ellipsis (… or two or more periods). */
  mark: Mark;
}

const TERMINAL = /[.!?…‽]+/g;
/** Closing quote marks and brackets that belong to the sentence they close. */
const CLOSERS = new Set(['“', '”', '"', '»', '«', '’', "'", '‘', '›', '‹', ')', ']', '}']);

function markOf(run: string): Mark {
  if (run.includes('?') || run.includes('!') || run.includes('‽')) return 'strong';
  if (run.includes('…') || run.includes('..')) return 'ellipsis';
  return 'period';
}

/** Candidates inside [from, to); a candidate at the very end of the range is not returned. */
export function findCandidates(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  TERMINAL.lastIndex = from;
  for (let m = TERMINAL.exec(text); m && m.index < to; m = TERMINAL.exec(text)) {
    const punct = m.index;
    const punctEnd = Math.min(punct + m[0].length, to);
    let after = punctEnd;
    while (after < to && CLOSERS.has(text[after]!)) after++;
    if (after >= to) break;
    let next = after;
    while (next < to && isSeparator(text.charCodeAt(next))) next++;
    if (next === after || next >= to) continue;
    out.push({ punct, punctEnd, after, next, mark: markOf(m[0]) });
  }
  return out;
}

function isSeparator(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x202f ||
    code === 0x2007 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x85 || code === 0x3000 || code === 0x205f || code === 0xfeff || code === 0x200b ||
    code === 0xad
  );
}
