/**
 * Pass 1: candidate boundaries. Generously, every run of terminal punctuation (. ! ? … and
 * combinations like "?!" or "...") that is followed — after any closing quote marks and
 * brackets — by white space. Punctuation glued to the next character (3.200, 14.30 Uhr,
 * www.example.de, bericht.pdf, „Wirklich?“,) is never a candidate.
 */
import { isEdgeSpace as isSeparator } from './chars.js';

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
    if (next === after) continue;
    // a quote mark standing alone between spaces ("vorbei. “ Dann") closes, it never opens
    while (next < to && CLOSERS.has(text[next]!) && (next + 1 === to || isSeparator(text.charCodeAt(next + 1)))) {
      after = next + 1;
      while (next + 1 < to && isSeparator(text.charCodeAt(next + 1))) next++;
      next++;
    }
    if (next >= to) continue;
    out.push({ punct, punctEnd, after, next, mark: markOf(m[0]) });
  }
  return out;
}

