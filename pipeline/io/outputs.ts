/**
 * Writers. A record is either one whole JSON line on stdout or one pretty JSON file written
 * to a temporary name and renamed, so a crash never leaves a half-written record that looks
 * complete.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutputRecord } from '../schema/record.js';

export interface RecordSink {
  write(record: OutputRecord): Promise<void>;
  close(): Promise<void>;
}

/** One JSON object per line; waits for the stream to drain so memory stays flat. */
export function jsonlSink(stream: NodeJS.WritableStream): RecordSink {
  return {
    async write(record) {
      if (!stream.write(JSON.stringify(record) + '\n')) {
        await new Promise<void>((resolve) => stream.once('drain', resolve));
      }
    },
    async close() {},
  };
}

/** File names from ids: keep letters, digits and . _ -; anything else becomes '_'. */
export function fileNameForId(id: string): string {
  const safe = id.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_');
  return (safe === '' ? '_' : safe).slice(0, 200) + '.json';
}

export async function directorySink(dir: string): Promise<RecordSink> {
  await mkdir(dir, { recursive: true });
  return {
    async write(record) {
      const target = join(dir, fileNameForId(record.id));
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(record, null, 2) + '\n');
      await rename(temporary, target);
    },
    async close() {},
  };
}
