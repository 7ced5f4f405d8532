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

/** . ! ? … ‽ — the marks a run of terminal punctuation is made of. */
function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x203d;
}
/** Closing quote marks and brackets that belong to the sentence they close. */
const CLOSERS = new Set(['“', '”', '"', '»', '«', '’', "'", '‘', '›', '‹', ')', ']', '}']);

function markOf(run: string): Mark {
  if (run.includes('?') || run.includes('!') || run.includes('‽')) return 'strong';
  if (run.includes('…') || run.includes('..')) return 'ellipsis';
  return 'period';
}

/**
 * Candidates inside [from, to); a candidate at the very end of the range is not returned.
 * The scan never reads past `to`: a search through the rest of the document for each
 * paragraph made a document of many lines without punctuation (a list, a table) cost the
 * square of its length.
 */
export function findCandidates(text: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    if (!isTerminal(text.charCodeAt(i))) continue;
    const punct = i;
    let punctEnd = i + 1;
    while (punctEnd < to && isTerminal(text.charCodeAt(punctEnd))) punctEnd++;
    i = punctEnd - 1;
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
    out.push({ punct, punctEnd, after, next, mark: markOf(text.slice(punct, punctEnd)) });
  }
  return out;
}

