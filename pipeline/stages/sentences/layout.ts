/**
 * Paragraph-level facts the rules need, computed once per paragraph: matching bracket
 * pairs, and the end of a dateline at the paragraph start.
 */
import { AGENCIES } from './de/datelines.js';

function hasBracket(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b) return true;
  }
  return false;
}

/** Matching ( ) and [ ] pairs inside [from, to), sorted by the opening position. */
export function bracketPairs(text: string, from: number, to: number): Array<readonly [number, number]> {
  const pairs: Array<readonly [number, number]> = [];
  if (!hasBracket(text, from, to)) return pairs;
  const stack: Array<{ ch: string; at: number }> = [];
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') stack.push({ ch, at: i });
    else if (ch === ')' || ch === ']') {
      const want = ch === ')' ? '(' : '[';
      // an unmatched closer ("a) erstens") is ignored; a mismatched one closes to its opener
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.ch !== want) k--;
      if (k >= 0) {
        pairs.push([stack[k]!.at, i] as const);
        stack.length = k;
      }
    }
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); // '-' needs no escape outside a class
const AGENCY = AGENCIES.map(escape).join('|');

/**
 * "BERLIN (dpa) –", "Wien/Moskau (APA/AFP).", "Frankfurt/Main, 3. Mai (Reuters) -": a place
 * (with an optional date) and an agency in parentheses; or a place in capitals with a period
 * ("HAMBURG. Die …").
 */
const DATELINE = new RegExp(
  `^(?:\\p{Lu}[\\p{L}\\p{M}./ -]{0,40}?(?:,[^()\\n]{1,30}?)?\\s*\\((?:${AGENCY})(?:[/,][^()\\n]{1,30})?\\)(?:\\s*[.:])?|\\p{Lu}{2,}(?:[/\\-]\\p{Lu}{2,})*\\.(?=\\s))`,
  'u',
);

/** Offset after the dateline at the start of the paragraph, or `from` if there is none. */
export function datelineEnd(text: string, from: number, to: number): number {
  const head = text.slice(from, Math.min(to, from + 120));
  const m = DATELINE.exec(head);
  return m ? from + m[0].length : from;
}
