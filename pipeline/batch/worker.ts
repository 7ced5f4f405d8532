/**
 * Worker thread entry: builds the pipeline once from the setup it was started with, then
 * turns batches of documents into serialised records or named failures.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline } from '../index.js';
import { processBatch } from './process.js';
import type { TaskMessage, WorkerData, WorkerReply } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('pipeline/batch/worker must run as a worker thread');
const setup = workerData as WorkerData;
const position = new Int32Array(setup.position);
const started = (index: number) => {
  Atomics.store(position, 1, index);
  Atomics.add(position, 0, 1);
};
const send = (reply: WorkerReply) => port.postMessage(reply);

try {
  const pipeline = createPipeline(setup.pipeline);
  port.on('message', (message: TaskMessage) => {
    const results = processBatch(pipeline, message.docs, setup.maxChars, setup.format, started);
    const transfer = results.flatMap((r) => (r.ok ? [r.data.buffer as ArrayBuffer] : []));
    port.postMessage({ task: message.task, results } satisfies WorkerReply, transfer);
  });
  send({ ready: true });
} catch (error) {
  send({ fatal: error instanceof Error ? error.message : String(error) });
}
