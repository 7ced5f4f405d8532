/**
 * Paragraph-level facts the rules need, computed once per paragraph: matching bracket
 * pairs, and the end of a dateline at the paragraph start.
 */
import { AGENCIES, INTERJECTIONS, PRESS_RELEASE_SENDERS } from './de/datelines.js';
import { MONTHS } from './de/months.js';
import { isOpener } from './openers.js';

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

/** A place in a dateline: capitalised words (with . - /) and the small words of place names. */
const PLACE = `\\p{Lu}[\\p{L}\\p{M}.\\-/]*(?:[ \\u00a0](?:(?:am|an|im|in|ob|bei|der|vor|auf)[ \\u00a0])?\\p{Lu}[\\p{L}\\p{M}.\\-/]*){0,3}`;
/** An optional date after the place: ", 3. Mai", ", Montag, 3. Okt. 2024". */
const DATE = `(?:,[ \\u00a0]*(?:\\p{L}+,[ \\u00a0]*)?\\d{1,2}\\.[ \\u00a0]*\\p{L}+\\.?(?:[ \\u00a0]*\\d{4})?)?`;

/**
 * "BERLIN (dpa) –", "Wien/Moskau (APA/AFP).", "Frankfurt am Main, 3. Mai (Reuters) -": a
 * place (with an optional date) and an agency in parentheses; or a place in capitals with a
 * period ("HAMBURG. Die …").
 */
const DATELINE = new RegExp(
  `^(?:${PLACE}${DATE}[ \\u00a0]*\\((?:${AGENCY})(?:[/,][^()\\n]{1,30})?\\)(?:[ \\u00a0]*[.:])?|\\p{Lu}{2,}(?:[/\\-]\\p{Lu}{2,})*\\.(?=\\s))`,
  'u',
);

/** "POL-HH: 240514-2.", "FW-E: 2410-3.": a sender code with its office and a release number. */
const RELEASE_HEADER = new RegExp(
  `^(?:${PRESS_RELEASE_SENDERS.map(escape).join('|')})(?:[-\\u00a0 ][\\p{Lu}\\d]+)*:[ \\u00a0]*\\d[\\d/-]*\\.(?=\\s)`,
  'u',
);

/**
 * "Berlin. Die Bundesregierung …", "Frankfurt am Main. Der …", "Bad Homburg. Die …":
 * regional papers write the place alone with a period. Only one place name (a single word,
 * or with "am/an/im …" or "Bad/St."), only at the start of the article body, and not for
 * the one-word answers and interjections that can open a paragraph. Several capitalised
 * words ("Großer Jubel. Die Fans …") are a sentence.
 */
const ONE_PLACE = `(?:(?:Bad|Sankt|St\\.)[ \\u00a0])?\\p{Lu}[\\p{L}\\p{M}\\-/]*(?:[ \\u00a0](?:am|an|im|in|ob|bei|vor|auf|der)[ \\u00a0]\\p{Lu}[\\p{L}\\p{M}\\-/]*)?`;
const PLACE_ONLY = new RegExp(`^${ONE_PLACE}\\.(?=[ \\u00a0\\u202f])`, 'u');
const MONTH_NAME = MONTHS.map(escape).join('|');
/**
 * "Neustadt, 4. Februar 2025. Die Stadtwerke …", "Berlin, den 03.02.2025. Die …": press
 * releases open the body with place and full date and a period, which is no sentence.
 */
const PLACE_DATE_ONLY = new RegExp(
  `^${ONE_PLACE},[ \\u00a0]*(?:den[ \\u00a0]+)?(?:\\p{Lu}\\p{Ll}+,[ \\u00a0]*)?(?:\\d{1,2}\\.[ \\u00a0]*(?:${MONTH_NAME})\\.?[ \\u00a0]*\\d{4}|\\d{1,2}\\.[ \\u00a0]?\\d{1,2}\\.[ \\u00a0]?\\d{4})\\.(?=[ \\u00a0\\u202f])`,
  'u',
);
const NOT_PLACES = new Set(INTERJECTIONS);

/**
 * Offset after the dateline at the start of the paragraph, or `from` if there is none.
 * `articleStart`: the paragraph is the first of the article body (only headlines before).
 */
export function datelineEnd(text: string, from: number, to: number, articleStart = false): number {
  const head = text.slice(from, Math.min(to, from + 120));
  const m = DATELINE.exec(head) ?? RELEASE_HEADER.exec(head);
  if (m) return from + m[0].length;
  if (articleStart) {
    const dated = PLACE_DATE_ONLY.exec(head);
    if (dated) return from + dated[0].length;
    const p = PLACE_ONLY.exec(head);
    if (p && !NOT_PLACES.has(p[0].slice(0, -1)) && !isOpener(p[0].slice(0, -1))) return from + p[0].length;
  }
  return from;
}
