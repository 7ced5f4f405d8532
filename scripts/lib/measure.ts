/**
 * What the speed scripts (profile-stage.ts, compare-speed.ts) share: the documents of a JSONL
 * file with their size in MB of UTF-8, and the CPU time (user + system) of a piece of work —
 * CPU rather than wall time, so that other processes on a shared machine count less.
 */
import { readFileSync } from 'node:fs';
import type { InputDocument } from '../../pipeline/index.js';

/** The documents (`id` and `text` of each line) of a JSONL file, and their text in MB of UTF-8. */
export function readDocuments(path: string): { docs: InputDocument[]; mb: number } {
  const docs: InputDocument[] = [];
  let bytes = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const article = JSON.parse(line) as { id: string | number; text: string };
    docs.push({ id: String(article.id), text: article.text, meta: {} });
    bytes += Buffer.byteLength(article.text, 'utf8');
  }
  return { docs, mb: bytes / 1e6 };
}

/** The size of the documents' texts in MB of UTF-8. */
export function megabytes(docs: readonly { text: string }[]): number {
  return docs.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0) / 1e6;
}

/** CPU milliseconds (user + system) that `work` takes. */
export function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
