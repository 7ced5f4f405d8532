/**
 * One batch of documents through a built pipeline: the same code runs on a worker thread and
 * in-process (--workers 1). Keeps core/extract.ts's contract (a record or a named failure) and
 * adds one case: an unexpected exception that is not a StageError fails that document (stage
 * 'pipeline', code 'internal-error') instead of the whole batch.
 */
import { extractDocument } from '../core/extract.js';
import type { Pipeline } from '../core/pipeline.js';
import type { RecordFormat, WireDoc, WireResult } from './protocol.js';

const encoder = new TextEncoder();

export function processBatch(
  pipeline: Pipeline,
  docs: readonly WireDoc[],
  maxChars: number,
  format: RecordFormat,
  onDocument?: (index: number) => void,
): WireResult[] {
  const results: WireResult[] = [];
  for (const [index, doc] of docs.entries()) {
    onDocument?.(index);
    try {
      const outcome = extractDocument(pipeline, { id: doc.id, text: doc.text, meta: doc.meta }, { maxChars }, doc.source);
      if (outcome.ok) {
        const json = format === 'pretty' ? JSON.stringify(outcome.record, null, 2) : JSON.stringify(outcome.record);
        // TextEncoder gives each record its own ArrayBuffer, which can be transferred.
        results.push({ ok: true, id: doc.id, data: encoder.encode(json + '\n') });
      } else {
        results.push({ ok: false, id: doc.id, failure: outcome.failure });
      }
    } catch (error) {
      results.push({
        ok: false,
        id: doc.id,
        failure: {
          id: doc.id,
          source: doc.source,
          stage: 'pipeline',
          code: 'internal-error',
          message: `document '${doc.id}': ${error instanceof Error ? error.message : String(error)}`,
        },
      });
    }
  }
  return results;
}
