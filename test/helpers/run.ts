/** Shared test helpers: run the default pipeline on a text and read the output record. */
import { createPipeline, extractDocument, type OutputRecord } from '../../pipeline/index.js';

const pipeline = createPipeline();

export function annotate(text: string, id = 'test'): OutputRecord {
  const outcome = extractDocument(pipeline, { id, text, meta: {} });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.record;
}

/** Slice by code points, as a consumer in Python would. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}
