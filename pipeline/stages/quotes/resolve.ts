/**
 * Pass 7: turn speaker phrases into speakers. When the entities stage has run, the phrase is
 * mapped to the first mention inside it (the head of the phrase) and that mention's entity:
 * name = the entity's fullest name. Without those layers the phrase itself is the speaker.
 */
import { span } from '../../core/span.js';
import type { Entity, Mention } from '../entities/types.js';
import type { FoundQuote, SpeakerRef } from './extract.js';
import type { Speaker } from './types.js';

export class EntityIndex {
  /** Entity id → name, made when a speaker is first resolved to an entity (most documents have few or none). */
  private names: Map<string, string> | null = null;

  constructor(
    readonly mentions: readonly Mention[],
    private readonly entities: readonly Entity[] | undefined,
  ) {}

  /** The name of the entity with id `id` (the last entity of that id), if any. */
  nameOf(id: string): string | undefined {
    if (this.names === null) {
      this.names = new Map<string, string>();
      if (Array.isArray(this.entities)) for (const e of this.entities) if (e && typeof e.id === 'string') this.names.set(e.id, e.name);
    }
    return this.names.get(id);
  }
}

export function indexEntities(mentions: readonly Mention[] | undefined, entities: readonly Entity[] | undefined): EntityIndex | null {
  if (!Array.isArray(mentions) || mentions.length === 0) return null;
  // The entities layer gives its mentions valid and in order: then they are used as they are,
  // without a copy and a sort per document.
  const sorted = isValidAndSorted(mentions) ? mentions : [...mentions].filter(isValid).sort((a, b) => a.start - b.start);
  return new EntityIndex(sorted, entities);
}

const isValid = (m: Mention | undefined): boolean => !!m && Number.isInteger(m.start) && Number.isInteger(m.end);

/** Every mention valid and their starts in order (what the filter and the stable sort would give back unchanged). */
function isValidAndSorted(mentions: readonly Mention[]): boolean {
  let last = -Infinity;
  for (const m of mentions) {
    if (!isValid(m) || m.start < last) return false;
    last = m.start;
  }
  return true;
}

export function resolveSpeaker(text: string, ref: SpeakerRef | null, quote: FoundQuote, index: EntityIndex | null): Speaker {
  if (!ref) return { name: null, entity: null, mention: null };
  const speaker = resolveReferent(text, ref.referentFrom !== undefined ? { ...ref, start: ref.referentFrom } : ref, index);
  // "Demnach", "wonach", "nach eigenen Angaben": the mention is the source as written at the
  // cue (like a pronoun), the name and entity are its referent's.
  if (ref.written) return { ...speaker, mention: span(ref.written.start, ref.written.end) };
  // "laut einer Mitteilung der Polizei": the document is the source as written; the name and
  // entity are those of the organisation or person inside it, if any.
  if (ref.documentHead) return { ...speaker, mention: span(ref.start, ref.end) };
  return speaker;
}

function resolveReferent(text: string, ref: SpeakerRef, index: EntityIndex | null): Speaker {
  if (index) {
    // The head of a German noun phrase comes first; genitive attributes, appositions and
    // parentheses follow it ("ein Sprecher der Vereinten Nationen", "Max Berger (Grüne)"),
    // so the first mention inside the speaker phrase is the speaker.
    let best: Mention | null = null;
    for (const m of overlapping(index.mentions, ref.start, ref.end)) {
      if (!best || m.start < best.start) best = m;
    }
    if (best) {
      const name = best.entity ? index.nameOf(best.entity) ?? text.slice(best.start, best.end) : text.slice(best.start, best.end);
      return { name, entity: best.entity ?? null, mention: span(best.start, best.end) };
    }
  }
  return { name: text.slice(ref.start, ref.end), entity: null, mention: span(ref.start, ref.end) };
}

/** Mentions overlapping [start, end), found by binary search over mentions sorted by start. */
function overlapping(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  // Mentions are short: look back a bounded number of entries.
  for (let k = lo - 1; k >= 0 && k >= lo - 16; k--) {
    const m = mentions[k]!;
    if (m.end > start && m.start < end) out.push(m);
  }
  return out;
}
