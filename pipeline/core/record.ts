/**
 * The edge: turns a processed Doc into the public output record (see pipeline/schema).
 * This is the only place where UTF-16 offsets become Unicode code points, and where every
 * `TextSpan` gains its covered `text`. Key order is fixed, so the same input always gives
 * byte-identical JSON.
 */
import { codePointOffsets, type OffsetMap } from './offsets.js';
import { TextSpan } from './span.js';
import type { Doc } from './document.js';
import { SCHEMA_VERSION, type OutputRecord } from '../schema/record.js';

export function toRecord(doc: Doc): OutputRecord {
  const offsets = codePointOffsets(doc.text);
  const convert = (value: unknown): unknown => toJson(value, doc.text, offsets);
  const language = doc.layers.language ?? { code: 'und', confidence: 0 };
  return {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    meta: doc.meta,
    text: doc.text,
    language: { code: language.code, confidence: language.confidence },
    sentences: convert(doc.layers.sentences ?? []),
    entities: convert(doc.layers.entities ?? []),
    quotes: convert(doc.layers.quotes ?? []),
    numbers: convert(doc.layers.numbers ?? []),
    stances: convert(doc.layers.stances ?? []),
    stanceSummary: convert(doc.layers.stanceSummary ?? []),
    diagnostics: convert(doc.diagnostics),
  } as OutputRecord;
}

function toJson(value: unknown, text: string, offsets: OffsetMap): unknown {
  if (value instanceof TextSpan) {
    const out: Record<string, unknown> = {
      start: offsets.toCodePoint(value.start),
      end: offsets.toCodePoint(value.end),
      text: text.slice(value.start, value.end),
    };
    for (const [key, v] of Object.entries(value)) {
      if (key !== 'start' && key !== 'end' && v !== undefined) out[key] = toJson(v, text, offsets);
    }
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => toJson(v, text, offsets));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (v !== undefined) out[key] = toJson(v, text, offsets);
    }
    return out;
  }
  return value;
}
