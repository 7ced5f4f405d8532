/**
 * Executors run batches of documents: in-process (--workers 1, no thread overhead) or on a
 * pool of worker threads, each of which builds the pipeline once. Under tsx (TypeScript
 * source) a worker thread does not inherit tsx's module hooks on Node 20, so the worker is
 * started from a two-line bootstrap that registers tsx first; from the compiled dist/ the
 * worker is plain JavaScript.
 */
import { Worker } from 'node:worker_threads';
import { createPipeline } from '../index.js';
import { processBatch } from './process.js';
import type { TaskMessage, WireDoc, WireResult, WorkerReply, WorkerSetup } from './protocol.js';

export interface Executor {
  readonly workers: number;
  run(docs: WireDoc[]): Promise<WireResult[]>;
  close(): Promise<void>;
}

/** A worker thread died (uncaught exception, out of memory) while it held this batch. */
export class WorkerCrash extends Error {
  override name = 'WorkerCrash';
}

/** The pipeline could not be built on a worker: nothing can run. */
export class WorkerSetupError extends Error {
  override name = 'WorkerSetupError';
}

export function createExecutor(setup: WorkerSetup, workers: number): Executor {
  return workers <= 1 ? new InProcessExecutor(setup) : new WorkerPool(setup, workers);
}

class InProcessExecutor implements Executor {
  readonly workers = 1;
  private readonly pipeline;
  constructor(private readonly setup: WorkerSetup) {
    this.pipeline = createPipeline(setup.pipeline);
  }
  async run(docs: WireDoc[]): Promise<WireResult[]> {
    return processBatch(this.pipeline, docs, this.setup.maxChars, this.setup.format);
  }
  async close(): Promise<void> {}
}

interface Job {
  docs: WireDoc[];
  resolve(results: WireResult[]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  task: number;
}

/** Crashes in a row (without a finished batch between them) before the pool gives up. */
const MAX_CONSECUTIVE_CRASHES = 8;

class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextTask = 0;
  private closing = false;
  private fatal: Error | null = null;
  private crashesInARow = 0;

  constructor(
    private readonly setup: WorkerSetup,
    readonly workers: number,
  ) {
    for (let i = 0; i < workers; i++) this.slots.push(this.spawn());
  }

  run(docs: WireDoc[]): Promise<WireResult[]> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.queue.push({ docs, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.task = this.nextTask++;
      const message: TaskMessage = { task: slot.task, docs: job.docs };
      slot.worker.postMessage(message);
    }
  }

  private spawn(): Slot {
    const worker = startWorker(this.setup);
    const slot: Slot = { worker, job: null, task: -1 };
    let lastError: Error | null = null;
    worker.on('message', (reply: WorkerReply) => {
      if ('fatal' in reply) {
        this.fail(new WorkerSetupError(`cannot build the pipeline on a worker: ${reply.fatal}`));
        return;
      }
      if ('ready' in reply) return;
      if (slot.job && reply.task === slot.task) {
        const job = slot.job;
        slot.job = null;
        this.crashesInARow = 0;
        job.resolve(reply.results);
        this.dispatch();
      }
    });
    worker.on('error', (error) => {
      lastError = error;
    });
    worker.on('exit', (code) => {
      if (this.closing) return;
      const job = slot.job;
      slot.job = null;
      const reason = lastError?.message ?? `exit code ${code}`;
      if (++this.crashesInARow > MAX_CONSECUTIVE_CRASHES) {
        this.fail(new WorkerSetupError(`worker threads keep crashing (last: ${reason})`));
        return;
      }
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      job?.reject(new WorkerCrash(`worker thread crashed: ${reason}`));
      this.dispatch();
    });
    // A stage that prints must never corrupt the data on stdout: worker stdout goes to stderr.
    // (a listener, not pipe(): pipes add listeners on stderr per worker and respawn)
    worker.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    return slot;
  }

  private fail(error: Error): void {
    if (this.fatal) return;
    this.fatal = error;
    for (const job of this.queue.splice(0)) job.reject(error);
    for (const slot of this.slots) {
      slot.job?.reject(error);
      slot.job = null;
    }
    this.closing = true;
    for (const slot of this.slots) void slot.worker.terminate();
  }
}

function startWorker(setup: WorkerSetup): Worker {
  const options = { workerData: setup, stdout: true } as const;
  if (import.meta.url.endsWith('.ts')) {
    const entry = new URL('./worker.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  return new Worker(new URL('./worker.js', import.meta.url), options);
}
