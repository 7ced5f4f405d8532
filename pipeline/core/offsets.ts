/**
 * UTF-16 → Unicode code point offsets. Documents without astral characters (the vast
 * majority of German news) take the identity fast path; otherwise a sorted list of the
 * positions of surrogate pairs turns each conversion into a binary search.
 */
export interface OffsetMap {
  toCodePoint(utf16Offset: number): number;
}

/** The map of a text without astral characters: callers may compare against it to skip calls. */
export const IDENTITY_OFFSETS: OffsetMap = { toCodePoint: (offset) => offset };

export function codePointOffsets(text: string): OffsetMap {
  const pairs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs.push(i + 1); // the low surrogate: one code unit that adds no code point
        i++;
      }
    }
  }
  if (pairs.length === 0) return IDENTITY_OFFSETS;
  return {
    toCodePoint(offset: number): number {
      // count low surrogates strictly before `offset`
      let lo = 0;
      let hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (pairs[mid]! < offset) lo = mid + 1;
        else hi = mid;
      }
      return offset - lo;
    },
  };
}

/** Code point offset → UTF-16 offset, for consumers of our output (tests, evaluators). */
export function codePointToUtf16(text: string, codePoint: number): number {
  let cp = 0;
  let i = 0;
  while (i < text.length && cp < codePoint) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    cp++;
  }
  return i;
}
