/**
 * Unicode classes of characters, for the scans that read the text in place (tokens, sentence
 * boundaries, language detection). Each class is the Unicode property the stages' regular
 * expressions use (\p{L}, \p{M}, \p{N}, \p{P}, \s, \p{Lu}, \p{Ll}), tested once per UTF-16
 * unit met and kept in one process-wide table, so a scan costs a table read per character and
 * the scans and the regexes cannot disagree about a character.
 *
 * Characters outside the Basic Multilingual Plane (two UTF-16 units) are tested whole, by
 * `codePointClasses`; a lone surrogate unit has only the class SURROGATE.
 */

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const PUNCT = 8;
/** JavaScript's `\s` (incl. NBSP, narrow NBSP, BOM; not the zero-width space or soft hyphen). */
export const SPACE = 16;
export const UPPER = 32;
export const LOWER = 64;
export const SURROGATE = 128;
/** Letter, mark or number: what the word grammars of the stages are made of. */
export const WORD = LETTER | MARK | NUMBER;

const KNOWN = 256;
const UNIT_CLASSES = new Uint16Array(0x10000);

/** The classes of one UTF-16 unit (a bit set of the constants above), tested once per unit. */
export function unitClasses(unit: number): number {
  const known = UNIT_CLASSES[unit]!;
  if (known !== 0) return known & ~KNOWN;
  const classes = unit >= 0xd800 && unit <= 0xdfff ? SURROGATE : testedClasses(String.fromCharCode(unit));
  UNIT_CLASSES[unit] = classes | KNOWN;
  return classes;
}

/** The classes of one character given as a string of one code point (astral ones included). */
export function codePointClasses(char: string): number {
  return char.length === 1 ? unitClasses(char.charCodeAt(0)) : testedClasses(char);
}

function testedClasses(char: string): number {
  return (
    (IS_LETTER.test(char) ? LETTER : 0) |
    (IS_MARK.test(char) ? MARK : 0) |
    (IS_NUMBER.test(char) ? NUMBER : 0) |
    (IS_PUNCT.test(char) ? PUNCT : 0) |
    (IS_SPACE.test(char) ? SPACE : 0) |
    (IS_UPPER.test(char) ? UPPER : 0) |
    (IS_LOWER.test(char) ? LOWER : 0)
  );
}

/** The classes of the character at text[i], whole where a surrogate pair starts there. */
export function classesAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return codePointClasses(text.slice(i, i + 2));
  }
  return unitClasses(unit);
}

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_PUNCT = /^\p{P}$/u;
const IS_SPACE = /^\s$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER = /^\p{Ll}$/u;
