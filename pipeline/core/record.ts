/**
 * The edge: turns a processed Doc into the public output record (see pipeline/schema).
 * This is the only place where UTF-16 offsets become Unicode code points, and where every
 * `TextSpan` gains its covered `text`. Key order is fixed, so the same input always gives
 * byte-identical JSON.
 */
import { codePointOffsets, IDENTITY_OFFSETS, type OffsetMap } from './offsets.js';
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

/**
 * The recursive conversion runs over every span of every layer (tens of thousands per
 * article), so it avoids `Object.entries` and `Object.keys` (an array per object; `for…in`
 * reads V8's cached key list of the object's shape instead) and `Array#map`'s callback, and
 * calls the offset map only for texts that contain astral characters. Semantics are those of
 * copying with `Object.entries`: own enumerable string keys in order, `undefined` values
 * dropped in objects and kept in arrays. (`for…in` would also visit enumerable keys of a
 * prototype; layers hold class instances and object literals, whose prototypes have none.)
 */
function toJson(value: unknown, text: string, offsets: OffsetMap): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof TextSpan) return spanToJson(value, text, offsets);
  if (Array.isArray(value)) {
    const n = value.length;
    const out: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = toJson(value[i], text, offsets);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = toJson(v, text, offsets);
  }
  return out;
}

function spanToJson(value: TextSpan, text: string, offsets: OffsetMap): Record<string, unknown> {
  const { start, end } = value;
  const identity = offsets === IDENTITY_OFFSETS;
  const out: Record<string, unknown> = {
    start: identity ? start : offsets.toCodePoint(start),
    end: identity ? end : offsets.toCodePoint(end),
    text: text.slice(start, end),
  };
  for (const key in value) {
    if (key === 'start' || key === 'end') continue;
    const v = (value as unknown as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = toJson(v, text, offsets);
  }
  return out;
}
