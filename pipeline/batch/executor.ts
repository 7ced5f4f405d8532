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
import type { TaskMessage, WireDoc, WireResult, WorkerData, WorkerReply, WorkerSetup } from './protocol.js';

export interface Executor {
  readonly workers: number;
  /**
   * `wholeInput`: this batch is the entire input (it ended before a second batch filled), so
   * starting worker threads would cost more than the work: it may run in-process.
   */
  run(docs: WireDoc[], hint?: { wholeInput?: boolean }): Promise<WireResult[]>;
  close(): Promise<void>;
}

/** A worker thread died (uncaught exception, out of memory) while it held this batch. */
export class WorkerCrash extends Error {
  override name = 'WorkerCrash';
}

/** One document ran longer than the timeout; its worker was stopped. */
export class DocumentTimeout extends Error {
  override name = 'DocumentTimeout';
  constructor(
    /** Index of the hanging document in the batch. */
    readonly index: number,
    readonly seconds: number,
  ) {
    super(`stopped after ${seconds} s (--timeout)`);
  }
}

/** The pipeline could not be built on a worker: nothing can run. */
export class WorkerSetupError extends Error {
  override name = 'WorkerSetupError';
}

/**
 * `timeoutSeconds`: a document still running after this long has its worker stopped and is
 * failed alone. Only worker threads can be stopped, so the in-process executor has none.
 */
export function createExecutor(setup: WorkerSetup, workers: number, timeoutSeconds = 0): Executor {
  return workers <= 1 ? new InProcessExecutor(setup) : new LazyPool(setup, workers, timeoutSeconds);
}

/**
 * Worker threads start with the first batch, not before, and an input that fits in one batch
 * (a single article, a handful of files: what `wortlaut check`, evaluation scripts and quick
 * looks run) is processed in-process without starting them at all.
 */
class LazyPool implements Executor {
  private pool: WorkerPool | null = null;
  private local: InProcessExecutor | null = null;
  constructor(
    private readonly setup: WorkerSetup,
    readonly workers: number,
    private readonly timeoutSeconds: number,
  ) {}
  run(docs: WireDoc[], hint?: { wholeInput?: boolean }): Promise<WireResult[]> {
    if (hint?.wholeInput && !this.pool) {
      this.local ??= new InProcessExecutor(this.setup);
      return this.local.run(docs);
    }
    this.pool ??= new WorkerPool(this.setup, this.workers, this.timeoutSeconds);
    return this.pool.run(docs);
  }
  async close(): Promise<void> {
    await this.pool?.close();
  }
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
  /** Shared with the worker: [documents started, index of the current one in its batch]. */
  position: Int32Array;
  /** The watchdog's last view of position[0], and since when it has not moved. */
  seen: number;
  seenSince: number;
  /** position[0] when the current batch was sent: until it moves, no document of it started. */
  dispatched: number;
  /** The worker has built its pipeline (startup, tsx compiling, is not a hanging document). */
  ready: boolean;
  /** Set when the watchdog stopped this worker: the index of the hanging document. */
  timedOut: number | null;
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
  private readonly watchdog: NodeJS.Timeout | null = null;

  constructor(
    private readonly setup: WorkerSetup,
    readonly workers: number,
    private readonly timeoutSeconds = 0,
  ) {
    for (let i = 0; i < workers; i++) this.slots.push(this.spawn());
    if (timeoutSeconds > 0) {
      this.watchdog = setInterval(() => this.checkHanging(), Math.min(1000, (timeoutSeconds * 1000) / 4));
      this.watchdog.unref();
    }
  }

  /** A busy worker whose document counter has not moved for the timeout is stopped. */
  private checkHanging(): void {
    const now = Date.now();
    for (const slot of this.slots) {
      if (!slot.job || !slot.ready || slot.timedOut !== null) continue;
      const started = Atomics.load(slot.position, 0);
      if (started === slot.dispatched || started !== slot.seen) {
        slot.seen = started;
        slot.seenSince = now;
      } else if (now - slot.seenSince > this.timeoutSeconds * 1000) {
        slot.timedOut = Atomics.load(slot.position, 1);
        void slot.worker.terminate();
      }
    }
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
    if (this.watchdog) clearInterval(this.watchdog);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.task = this.nextTask++;
      slot.dispatched = slot.seen = Atomics.load(slot.position, 0);
      slot.seenSince = Date.now();
      const message: TaskMessage = { task: slot.task, docs: job.docs };
      slot.worker.postMessage(message);
    }
  }

  private spawn(): Slot {
    const position = new SharedArrayBuffer(8);
    const worker = startWorker({ ...this.setup, position });
    const slot: Slot = { worker, job: null, task: -1, position: new Int32Array(position), seen: 0, seenSince: 0, dispatched: 0, ready: false, timedOut: null };
    let lastError: Error | null = null;
    worker.on('message', (reply: WorkerReply) => {
      if ('fatal' in reply) {
        this.fail(new WorkerSetupError(`cannot build the pipeline on a worker: ${reply.fatal}`));
        return;
      }
      if ('ready' in reply) {
        slot.ready = true;
        slot.seenSince = Date.now();
        return;
      }
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
      const index = this.slots.indexOf(slot);
      if (slot.timedOut !== null) {
        if (index >= 0) this.slots[index] = this.spawn();
        job?.reject(new DocumentTimeout(slot.timedOut, this.timeoutSeconds));
        this.dispatch();
        return;
      }
      if (++this.crashesInARow > MAX_CONSECUTIVE_CRASHES) {
        this.fail(new WorkerSetupError(`worker threads keep crashing (last: ${reason})`));
        return;
      }
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

/**
 * A worker's young generation: V8's default (two 16 MB semi-spaces, ~34 MB committed per
 * thread once warm) holds almost nothing between documents (1-10 MB live), so a cap of
 * 12 MB (8 MB committed) keeps about 26 MB per worker out of the process's RSS; the extra
 * scavenges cost a few per cent of CPU (measured, see the commit that set it).
 */
const WORKER_YOUNG_GENERATION_MB = 12;

function startWorker(setup: WorkerData): Worker {
  const options = { workerData: setup, stdout: true, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } } as const;
  if (import.meta.url.endsWith('.ts')) {
    const entry = new URL('./worker.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  return new Worker(new URL('./worker.js', import.meta.url), options);
}
