/**
 * Standoff spans. Inside the pipeline every offset is a UTF-16 code unit index into the
 * document's original text (what JavaScript strings index by); the record writer converts
 * every span to Unicode code points once, at the edge (see ./record.ts).
 *
 * A span is a `TextSpan` instance so that the writer can find all of them in any layer
 * without each stage writing its own serialiser. Subclasses (Sentence, …) add fields that
 * are written after `start`, `end`, `text`.
 */
export class TextSpan {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start)) {
      throw new RangeError(`invalid span [${start}, ${end})`);
    }
  }

  get length(): number {
    return this.end - this.start;
  }

  slice(text: string): string {
    return text.slice(this.start, this.end);
  }

  contains(other: { start: number; end: number }): boolean {
    return this.start <= other.start && other.end <= this.end;
  }

  overlaps(other: { start: number; end: number }): boolean {
    return this.start < other.end && other.start < this.end;
  }
}

export function span(start: number, end: number): TextSpan {
  return new TextSpan(start, end);
}

/** Sort key shared by every layer: by start, then longer spans first. */
export function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}
