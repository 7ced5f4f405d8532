/**
 * Word endings found without slicing: a list of endings as a trie over their characters in
 * reverse, walked from the last character of a word. German compounds put the head last
 * ("Regierungssprecher" ends in "sprecher"), so the lexicon asks "which listed word does
 * this word end in?" for every new word form; slicing every possible tail and hashing it
 * cost more than the rest of a form's facts together. The walk stops at the first character
 * no listed ending has, usually after one or two.
 *
 * Characters are UTF-16 code units, as in `String.prototype.slice` and `endsWith`.
 */
class TailNode<T> {
  readonly next = new Map<number, TailNode<T>>();
  value: T | undefined = undefined;
}

export interface TailHit<T> {
  /** Index in the word where the ending starts. */
  start: number;
  value: T;
}

export class TailTrie<T> {
  private readonly root = new TailNode<T>();

  /** Adds an ending with its value (a later value for the same ending replaces the earlier). */
  add(ending: string, value: T): void {
    let node = this.root;
    for (let k = ending.length - 1; k >= 0; k--) {
      const code = ending.charCodeAt(k);
      let child = node.next.get(code);
      if (!child) {
        child = new TailNode<T>();
        node.next.set(code, child);
      }
      node = child;
    }
    node.value = value;
  }

  /**
   * The longest listed ending of `word` whose length is within [minLength, maxLength] and
   * that `accept` (if given) takes; undefined if none.
   */
  longest(word: string, minLength: number, maxLength: number, accept?: (value: T, word: string, start: number) => boolean): TailHit<T> | undefined {
    let node = this.root;
    let best = -1;
    let bestValue: T | undefined;
    const stop = Math.max(0, word.length - maxLength);
    for (let k = word.length - 1; k >= stop; k--) {
      const child = node.next.get(word.charCodeAt(k));
      if (!child) break;
      node = child;
      const value = node.value;
      if (value !== undefined && word.length - k >= minLength && (!accept || accept(value, word, k))) {
        best = k;
        bestValue = value;
      }
    }
    return best >= 0 ? { start: best, value: bestValue as T } : undefined;
  }

  /** Does `word` end in a listed ending of length within [minLength, maxLength]? */
  endsWithAny(word: string, minLength: number, maxLength: number): boolean {
    let node = this.root;
    const stop = Math.max(0, word.length - maxLength);
    for (let k = word.length - 1; k >= stop; k--) {
      const child = node.next.get(word.charCodeAt(k));
      if (!child) return false;
      node = child;
      if (node.value !== undefined && word.length - k >= minLength) return true;
    }
    return false;
  }
}
