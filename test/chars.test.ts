/**
 * The shared table of Unicode classes (core/chars.ts) against the regex properties the stages'
 * grammars use: for every BMP unit, and for characters beyond it.
 */
import { describe, expect, it } from 'vitest';
import { classesAt, codePointClasses, LETTER, LOWER, MARK, NUMBER, PUNCT, SPACE, SURROGATE, unitClasses, UPPER } from '../pipeline/core/chars.js';

const PROPERTIES: [number, RegExp][] = [
  [LETTER, /^\p{L}$/u],
  [MARK, /^\p{M}$/u],
  [NUMBER, /^\p{N}$/u],
  [PUNCT, /^\p{P}$/u],
  [SPACE, /^\s$/u],
  [UPPER, /^\p{Lu}$/u],
  [LOWER, /^\p{Ll}$/u],
];

function expected(char: string): number {
  let classes = 0;
  for (const [flag, property] of PROPERTIES) if (property.test(char)) classes |= flag;
  return classes;
}

describe('core/chars: Unicode classes by table', () => {
  it('agrees with the regex properties on every BMP unit outside the surrogates, asked twice', () => {
    const wrong: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const want = expected(String.fromCharCode(unit));
      if (unitClasses(unit) !== want || unitClasses(unit) !== want) wrong.push(unit);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['Ä', LETTER | UPPER],
    ['ß', LETTER | LOWER],
    ['\u0301', MARK],
    ['7', NUMBER],
    ['²', NUMBER],
    ['„', PUNCT],
    ['–', PUNCT],
    ['\u00a0', SPACE],
    ['\u202f', SPACE],
    ['\u200b', 0],
    ['\u00ad', 0],
    ['€', 0],
  ])('%j has the classes %i', (char, classes) => {
    expect(codePointClasses(char)).toBe(classes);
  });

  it('tests a character beyond the BMP whole, and a lone surrogate as SURROGATE only', () => {
    expect(classesAt('x𝐀y', 1)).toBe(LETTER | UPPER); // MATHEMATICAL BOLD CAPITAL A
    expect(classesAt('😀', 0)).toBe(0);
    expect(classesAt('\ud835x', 0)).toBe(SURROGATE);
    expect(unitClasses(0xdc00)).toBe(SURROGATE);
  });
});
