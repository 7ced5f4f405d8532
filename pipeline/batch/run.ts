/**
 * The batch loop: documents stream in, are grouped into batches (about 50 articles per task:
 * one task per article costs more in messaging than it saves), run on the executor with a
 * bounded number of batches in flight, and their records are written strictly in input order.
 * Memory stays flat: at most `2 × workers` batches exist at once, whatever the archive's size.
 */
import type { DocumentFailure } from '../core/extract.js';
import type { InputItem } from '../io/inputs.js';
import type { RecordSink } from '../io/outputs.js';
import { DocumentTimeout, WorkerCrash, type Executor } from './executor.js';
import type { WireDoc, WireResult } from './protocol.js';
import { inShard, type Shard } from './shard.js';

export interface BatchObserver {
  /** A record was written; `bytes` is the document's text in UTF-8 bytes. */
  done(bytes: number): void;
  /** The record is already complete from an earlier run (--resume). */
  skipped(): void;
  failed(failure: DocumentFailure): void;
}

export interface BatchOptions {
  executor: Executor;
  sink: RecordSink;
  observer: BatchObserver;
  shard?: Shard | null;
  /** Documents per task (default 50). */
  batchDocs?: number;
  /** A task is closed early when its texts reach this many characters (bounds memory). */
  batchChars?: number;
}

export const DEFAULT_BATCH_DOCS = 50;
const DEFAULT_BATCH_CHARS = 1_000_000;

type Entry = { kind: 'doc'; doc: WireDoc; bytes: number } | { kind: 'error'; failure: DocumentFailure };

interface InFlight {
  entries: Entry[];
  results: Promise<WireResult[]>;
}

export async function runBatch(items: AsyncIterable<InputItem>, options: BatchOptions): Promise<void> {
  const { executor, sink, observer } = options;
  const batchDocs = options.batchDocs ?? DEFAULT_BATCH_DOCS;
  const batchChars = options.batchChars ?? DEFAULT_BATCH_CHARS;
  const maxInFlight = Math.max(2, executor.workers * 2);
  const inFlight: InFlight[] = [];
  let current: Entry[] = [];
  let currentDocs = 0;
  let currentChars = 0;
  let batches = 0;

  const emit = async ({ entries, results }: InFlight) => {
    const out = await results;
    let next = 0;
    for (const entry of entries) {
      if (entry.kind === 'error') {
        observer.failed(entry.failure);
        continue;
      }
      const result = out[next++]!;
      if (result.ok) {
        await sink.write(result.id, result.data);
        observer.done(entry.bytes);
      } else {
        observer.failed(result.failure);
      }
    }
  };

  const flush = async (last = false) => {
    if (current.length === 0) return;
    // the input ended before a second batch: tell the executor, it may skip starting threads
    const wholeInput = last && batches === 0;
    batches++;
    const entries = current;
    current = [];
    currentDocs = 0;
    currentChars = 0;
    const docs = entries.flatMap((e) => (e.kind === 'doc' ? [e.doc] : []));
    const results = docs.length > 0 ? runIsolatingCrashes(executor, docs, wholeInput) : Promise.resolve([]);
    results.catch(() => {}); // awaited in order by emit(); this only keeps Node from calling it unhandled meanwhile
    inFlight.push({ entries, results });
    while (inFlight.length >= maxInFlight) await emit(inFlight.shift()!);
  };

  for await (const item of items) {
    const id = item.kind === 'doc' ? item.doc.id : item.failure.id;
    if (options.shard && !inShard(id, options.shard)) continue;
    if (item.kind === 'error') {
      current.push({ kind: 'error', failure: item.failure });
    } else {
      if (sink.isDone(item.doc.id)) {
        observer.skipped();
        continue;
      }
      const { doc, source } = item;
      current.push({ kind: 'doc', doc: { id: doc.id, text: doc.text, meta: doc.meta, source }, bytes: Buffer.byteLength(doc.text) });
      currentDocs++;
      currentChars += doc.text.length;
    }
    if (currentDocs >= batchDocs || currentChars >= batchChars) await flush();
  }
  await flush(true);
  while (inFlight.length > 0) await emit(inFlight.shift()!);
}

/**
 * A worker that dies (a stage ran out of memory, a native crash) takes its batch with it: the
 * batch is retried one document per task, so only the document that kills a worker fails.
 * A document that hangs is failed with 'timeout' and the rest of its batch is run again.
 */
async function runIsolatingCrashes(executor: Executor, docs: WireDoc[], wholeInput = false): Promise<WireResult[]> {
  try {
    return await executor.run(docs, { wholeInput });
  } catch (error) {
    if (error instanceof DocumentTimeout) {
      const hanging = docs[error.index]!;
      const [before, after] = await Promise.all([
        error.index > 0 ? runIsolatingCrashes(executor, docs.slice(0, error.index)) : [],
        error.index + 1 < docs.length ? runIsolatingCrashes(executor, docs.slice(error.index + 1)) : [],
      ]);
      const failure = { id: hanging.id, source: hanging.source, stage: 'pipeline', code: 'timeout', message: `document '${hanging.id}': ${error.message}` };
      return [...before, { ok: false, id: hanging.id, failure }, ...after];
    }
    if (!(error instanceof WorkerCrash)) throw error;
    if (docs.length === 1) {
      const doc = docs[0]!;
      return [{ ok: false, id: doc.id, failure: { id: doc.id, source: doc.source, stage: 'pipeline', code: 'worker-crashed', message: `document '${doc.id}': ${error.message}` } }];
    }
    const parts = await Promise.all(docs.map((doc) => runIsolatingCrashes(executor, [doc])));
    return parts.flat();
  }
}
