/**
 * What travels between the batch runner and the pipeline workers. Documents go in batches
 * (one message per task costs more than the work of a short article); records come back
 * already serialised, so JSON.stringify runs on the workers, not on the main thread.
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

export interface WireDoc {
  id: string;
  text: string;
  meta: Meta;
  source: string;
}

export type WireResult =
  | { ok: true; id: string; json: string }
  | { ok: false; id: string; failure: DocumentFailure };

export interface TaskMessage {
  task: number;
  docs: WireDoc[];
}

export type WorkerReply =
  | { task: number; results: WireResult[] }
  | { ready: true }
  | { fatal: string };
