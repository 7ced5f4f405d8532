/**
 * What travels between the batch runner and the pipeline workers. Documents go in batches
 * (one message per task costs more than the work of a short article); records come back
 * serialised and UTF-8 encoded, their buffers transferred rather than copied, so
 * JSON.stringify and encoding run on the workers and the main thread only writes bytes.
 */
import type { DocumentFailure } from '../core/extract.js';
import type { Meta } from '../core/document.js';
import type { PipelineConfig } from '../core/pipeline.js';

/** How each record is serialised: one line (JSONL) or pretty-printed (one file per record). */
export type RecordFormat = 'line' | 'pretty';

/** Everything a worker needs to build its pipeline, once. Must be structured-cloneable. */
export interface WorkerSetup {
  pipeline: PipelineConfig;
  maxChars: number;
  format: RecordFormat;
}

/**
 * What a worker thread starts with: the setup, plus a shared Int32Array [documents started,
 * index in the current batch] that the pool's watchdog reads to find a document that hangs.
 */
export interface WorkerData extends WorkerSetup {
  position: SharedArrayBuffer;
}

export interface WireDoc {
  id: string;
  text: string;
  meta: Meta;
  source: string;
}

export type WireResult =
  /** `data`: the record's UTF-8 bytes, ending in a newline (JSONL line or pretty JSON file). */
  | { ok: true; id: string; data: Uint8Array }
  | { ok: false; id: string; failure: DocumentFailure };

export interface TaskMessage {
  task: number;
  docs: WireDoc[];
}

export type WorkerReply =
  | { task: number; results: WireResult[] }
  | { ready: true }
  | { fatal: string };
