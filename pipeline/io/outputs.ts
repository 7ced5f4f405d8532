/**
 * Writers. Records arrive already serialised (the workers stringify them) and in input order.
 * No writer ever leaves a half-written record that looks complete:
 * - stdout: each record is one write of one whole line;
 * - `-o FILE.jsonl[.gz]`: whole lines are appended to FILE.partial; only a finished run turns
 *   it into FILE (a rename, or gzip into FILE.tmp and a rename), so FILE is always complete.
 *   A run killed at any moment leaves FILE.partial, whose complete lines `--resume` keeps
 *   (a last line without its newline is cut off) and continues after;
 * - `-o DIR`: one pretty JSON file per record, written to a temporary name and renamed.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, truncate, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline as streamPipeline } from 'node:stream/promises';
import { createGzip, createGunzip } from 'node:zlib';
import { byteLines } from './lines.js';

export interface RecordSink {
  /** Records already complete from an earlier run (with --resume), 0 otherwise. */
  readonly resumed: number;
  /** True when this document's record is already complete (--resume); consumes the match. */
  isDone(id: string): boolean;
  /** One record as serialised by a worker: UTF-8 bytes of a JSON line or of pretty JSON, ending in a newline. */
  write(id: string, data: Uint8Array): Promise<void>;
  /** `finished`: the batch ran to its end (documents may have failed); false on a fatal error. */
  close(finished: boolean): Promise<void>;
}

/** One JSON object per line; waits for the stream to drain so memory stays flat. */
export function jsonlSink(stream: NodeJS.WritableStream): RecordSink {
  return {
    resumed: 0,
    isDone: () => false,
    write: (_id, data) => writeWhole(stream, data),
    async close() {},
  };
}

async function writeWhole(stream: NodeJS.WritableStream, chunk: Uint8Array): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

/** `-o` names a JSONL file (compressed when it ends in .gz) rather than a directory. */
export function isJsonlPath(path: string): boolean {
  return /\.jsonl(\.gz)?$/i.test(path);
}

/** File names from ids: keep letters, digits and . _ -; anything else becomes '_'. */
export function fileNameForId(id: string): string {
  const safe = id.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_');
  return (safe === '' ? '_' : safe).slice(0, 200) + '.json';
}

const TEMPORARY = /\.json\.\d+\.tmp$/;

export async function directorySink(dir: string, resume = false): Promise<RecordSink> {
  await mkdir(dir, { recursive: true });
  const existing = new Set<string>();
  if (resume) {
    for (const name of await readdir(dir)) {
      // A temporary file is a record that was being written when the run died: redo it.
      if (TEMPORARY.test(name)) await rm(join(dir, name), { force: true });
      else if (name.endsWith('.json')) existing.add(name);
    }
  }
  return {
    resumed: existing.size,
    isDone: (id) => existing.has(fileNameForId(id)),
    async write(id, data) {
      const target = join(dir, fileNameForId(id));
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, data);
      await rename(temporary, target);
    },
    async close() {},
  };
}

/**
 * Ids of the records already complete in an earlier run's output, as a multiset: an archive
 * may repeat an id, and output is in input order, so the first k occurrences are the done ones.
 */
class DoneIds {
  private readonly counts = new Map<string, number>();
  size = 0;
  add(id: string): void {
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    this.size++;
  }
  take(id: string): boolean {
    const n = this.counts.get(id);
    if (!n) return false;
    if (n === 1) this.counts.delete(id);
    else this.counts.set(id, n - 1);
    return true;
  }
}

export async function jsonlFileSink(file: string, resume = false): Promise<RecordSink> {
  const partial = `${file}.partial`;
  const gz = /\.gz$/i.test(file);
  const done = new DoneIds();
  if (resume) {
    if (!(await exists(partial)) && (await exists(file))) {
      // A finished earlier run: continue from its output (new documents are appended).
      if (gz) await streamPipeline(createReadStream(file), createGunzip(), createWriteStream(partial));
      else await rename(file, partial);
    }
    if (await exists(partial)) {
      const complete = await scanCompleteLines(partial, (id) => done.add(id));
      await truncate(partial, complete);
    }
  } else {
    await rm(partial, { force: true });
  }
  await mkdir(join(file, '..'), { recursive: true });
  const stream = createWriteStream(partial, { flags: 'a' });
  await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  return {
    resumed: done.size,
    isDone: (id) => done.take(id),
    write: (_id, data) => writeWhole(stream, data),
    async close(finished) {
      await endStream(stream);
      if (!finished) return;
      if (gz) {
        const temporary = `${file}.tmp`;
        await streamPipeline(createReadStream(partial), createGzip(), createWriteStream(temporary));
        await rename(temporary, file);
        await unlink(partial);
      } else {
        await rename(partial, file);
      }
    },
  };
}

function endStream(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

// Records start with {"schemaVersion":"…","id":"…" (fixed key order, see core/record.ts).
const RECORD_ID = /^\{"schemaVersion":"[^"]*","id":("(?:[^"\\]|\\.)*")/;

/**
 * Reads a JSONL file, calls `onId` for every complete line (one that ends in a newline) and
 * returns the byte length of the complete part; whatever follows the last newline is a record
 * cut off by a crash.
 */
export async function scanCompleteLines(file: string, onId: (id: string) => void): Promise<number> {
  let complete = 0;
  const finishLine = (line: Buffer) => {
    const head = line.subarray(0, 4096).toString('utf8');
    const match = RECORD_ID.exec(head);
    let id: unknown;
    if (match) id = JSON.parse(match[1]!);
    else {
      try {
        id = (JSON.parse(line.toString('utf8')) as { id?: unknown }).id;
      } catch {
        id = undefined;
      }
    }
    if (typeof id === 'string') onId(id);
  };
  for await (const { bytes, terminated } of byteLines(createReadStream(file, { highWaterMark: 1 << 20 }))) {
    if (!terminated) break; // a record cut off by a crash
    complete += bytes.length + 1;
    if (bytes.length > 0) finishLine(bytes);
  }
  return complete;
}
