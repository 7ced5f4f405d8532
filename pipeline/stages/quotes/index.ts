/**
 * The quotes stage: direct, partial and indirect quotations with their speakers and cues.
 * Passes: pair quotation marks (marks.ts) → words per sentence (words.ts) → cues (cues.ts)
 * → speakers (speaker.ts) → quotes in text order (extract.ts) → speakers resolved to the
 * entities layer when it exists (resolve.ts). See README.md.
 */
import { span } from '../../core/span.js';
import type { Doc } from '../../core/document.js';
import type { StageFactory } from '../../core/pipeline.js';
import { pairQuotes, type QuotePair } from './marks.js';
import { buildSentenceWords } from './words.js';
import { extractQuotes, type FoundQuote } from './extract.js';
import { indexEntities, resolveSpeaker } from './resolve.js';
import type { Quote } from './types.js';

export interface QuotesConfig {
  /** Sentences a speaker stays current for quotes and Konjunktiv without their own cue. */
  speakerMemory: number;
  /** Emit partial quotes that lie inside an indirect quote (SpkAtt leaves nested ones out). */
  keepNestedPartials: boolean;
}

export function findQuotes(doc: Doc, config: QuotesConfig): Quote[] {
  const text = doc.text;
  const sentences = doc.layers.sentences ?? [];
  const tokens = doc.layers.tokens ?? [];
  const paragraphs = doc.layers.paragraphs ?? sentences;
  if (sentences.length === 0) return [];
  const { pairs, unbalanced } = pairQuotes(text, paragraphs);
  if (unbalanced.length > 0) {
    const first = unbalanced[0]!;
    doc.diagnostics.push({
      code: 'unbalanced-quotes',
      severity: 'warning',
      stage: 'quotes',
      message: `${unbalanced.length} quotation mark(s) without a partner; the first at offset ${first}`,
      span: span(first, Math.min(text.length, first + 1)),
    });
  }
  const outer: QuotePair[] = pairs.filter((p) => p.depth === 0);
  const index = indexEntities(doc.layers.mentions, doc.layers.entities);
  const words = buildSentenceWords(text, sentences, tokens, outer, index?.mentions ?? []);
  let found = extractQuotes(text, words, outer, { speakerMemory: config.speakerMemory, mentions: index !== null });
  found = cleanUp(found, config);
  borrowHeadlineSpeakers(text, found);

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const ids = found.map((_, i) => `q${i + 1}`);
  const byGroup = new Map<number, string[]>();
  found.forEach((f, i) => {
    if (f.group > 0) byGroup.set(f.group, [...(byGroup.get(f.group) ?? []), ids[i]!]);
  });
  return found.map((f, i) => ({
    id: ids[i]!,
    type: f.type,
    span: span(f.start, f.end),
    speaker: resolveSpeaker(text, f.speaker, f, index),
    cue: f.cue ? { span: span(f.cue.start, f.cue.end), lemma: f.cue.lemma } : null,
    parts: f.group > 0 ? (byGroup.get(f.group) ?? []).filter((id) => id !== ids[i]) : [],
    sentence: f.sentence,
    confidence: f.confidence,
  }));
}

/** Drop empty spans, duplicates and (unless configured) partial quotes nested in indirect ones. */
function cleanUp(found: FoundQuote[], config: QuotesConfig): FoundQuote[] {
  const indirect = new SpanIndex(found.filter((f) => f.type === 'indirect'));
  const direct = new SpanIndex(found.filter((f) => f.type === 'direct'));
  const seen = new Set<string>();
  return found.filter((f) => {
    if (f.end <= f.start) return false;
    const key = `${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (f.type === 'partial' && !config.keepNestedPartials) {
      if (indirect.someContaining(f.start, f.end, () => true)) return false;
    }
    if (f.type === 'direct' && f.cue && !config.keepNestedPartials) {
      // "Die Maßnahmen seien ein „feindseliger Akt“, erklärte X": a quotation inside the
      // clause that the same cue reports after it is a partial quote of that report. (Not
      // one after the cue: „…“ after "so X weiter:" or "X zufolge … – „…“" stands alone.)
      const cueStart = f.cue.start;
      if (f.end <= cueStart && indirect.someContaining(f.start, f.end, (o) => o.cue !== null && o.cue.start === cueStart && o.start < f.start)) return false;
    }
    if (f.type === 'indirect' && f.cue) {
      // A cue inside another report belongs to that report ("…, wonach …", "der nach seiner Einschätzung …").
      const cueStart = f.cue.start;
      const mutual = (o: FoundQuote) => o.cue !== null && f.start <= o.cue.start && o.cue.start < f.end;
      if (indirect.someContaining(cueStart, cueStart + 1, (o) => o !== f && (!mutual(o) || f.end - f.start > o.end - o.start))) return false;
    }
    if (f.type === 'indirect') {
      // Content that is all inside one direct quotation is that quotation.
      if (direct.someContaining(f.start, f.end, (d) => d !== f)) return false;
    }
    return true;
  });
}

/**
 * Quotes sorted by start, with the running maximum of their ends, to ask which of them
 * contain a stretch of text: the scan goes back from the last quote that starts at or before
 * the stretch only while some quote that far back still reaches over it, so it meets the
 * quotes around the stretch, not all of the document's (a document of tens of thousands of
 * reports made the clean-up quadratic when every quote was tested against every other).
 */
class SpanIndex {
  private readonly spans: FoundQuote[];
  /** reach[k]: the largest end among spans[0..k]. */
  private readonly reach: number[];

  constructor(spans: readonly FoundQuote[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.reach = [];
    let reach = -1;
    for (const q of this.spans) this.reach.push((reach = Math.max(reach, q.end)));
  }

  /** Is there a quote with start ≤ from and end ≥ to that passes `test`? */
  someContaining(from: number, to: number, test: (q: FoundQuote) => boolean): boolean {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.spans[mid]!.start <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && this.reach[k]! >= to; k--) {
      const q = this.spans[k]!;
      if (q.end >= to && test(q)) return true;
    }
    return false;
  }
}

/** A headline that only quotes („Das ist das wahre Gesicht der Russen“) borrows the speaker of the same words in the body. */
function borrowHeadlineSpeakers(text: string, found: FoundQuote[]): void {
  // Only direct quotes lend or borrow: the others are left out of the search once, and the
  // text of a quote is sliced once, when first compared (slicing every quote for every
  // speakerless one made documents with many direct quotes quadratic in slices).
  const direct = found.filter((f) => f.type === 'direct');
  const texts: Array<string | undefined> = [];
  for (const f of direct) {
    if (f.speaker || f.end - f.start < 12) continue;
    const content = text.slice(f.start, f.end);
    if (content.length < 12) continue;
    // The first in the order found; a speaker a quote has just borrowed counts for later ones.
    for (let k = 0; k < direct.length; k++) {
      const g = direct[k]!;
      // A shorter quote cannot hold the content.
      if (g === f || !g.speaker || g.end - g.start < content.length) continue;
      const words = (texts[k] ??= text.slice(g.start, g.end));
      if (!words.includes(content)) continue;
      f.speaker = g.speaker;
      f.cue = g.cue;
      break;
    }
  }
}

export const quotesStage: StageFactory<QuotesConfig> = {
  name: 'quotes',
  requires: ['sentences', 'tokens', 'mentions', 'entities'],
  assigns: ['quotes'],
  germanOnly: true,
  defaults: { speakerMemory: 6, keepNestedPartials: false },
  create(config) {
    return {
      name: 'quotes',
      run(doc) {
        doc.layers.quotes = findQuotes(doc, config);
      },
    };
  },
};
