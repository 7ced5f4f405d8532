/**
 * Lines of a UTF-8 byte stream, with node:readline's line breaks (\n, \r\n and a lone \r, as
 * with `crlfDelay: Infinity`) and its lines: every line before a break, empty ones included,
 * and the text after the last break when it is not empty.
 *
 * Why not readline: a JSONL archive has long lines (one article each, larger than a read
 * chunk), and readline decodes each chunk, searches it with a regex and concatenates the
 * pieces of a line as strings; here the newline bytes are found in the buffers (a 0x0A byte
 * is never part of a multi-byte UTF-8 character) and each line is decoded once, from its own
 * bytes. About a tenth of readline's cost on a 10 MB archive.
 */
import type { Readable } from 'node:stream';

const NEWLINE = 0x0a;

export async function* utf8Lines(stream: Readable): AsyncGenerator<string> {
  for await (const { bytes, terminated } of byteLines(stream)) {
    const line = (terminated ? bytes : withoutUnfinishedCharacter(bytes)).toString('utf8');
    if (line.includes('\r')) yield* carriageReturnLines(line);
    else if (terminated || line !== '') yield line;
  }
}

/**
 * The bytes of each line of a byte stream that a line feed ends (without it), then, when the
 * stream does not end in a line feed, the bytes after the last one (`terminated: false`).
 * Shared by the JSONL reader (above) and --resume's scan of an earlier run's output, which
 * keeps only the terminated lines (io/outputs.ts).
 */
export async function* byteLines(stream: AsyncIterable<Buffer> | Readable): AsyncGenerator<{ bytes: Buffer; terminated: boolean }> {
  /** The bytes of a line begun in earlier chunks. */
  let pending: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl >= 0; nl = chunk.indexOf(NEWLINE, from)) {
      const piece = chunk.subarray(from, nl);
      if (pending.length === 0) yield { bytes: piece, terminated: true };
      else {
        pending.push(piece);
        yield { bytes: Buffer.concat(pending), terminated: true };
        pending = [];
      }
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(from === 0 ? chunk : chunk.subarray(from));
  }
  if (pending.length > 0) yield { bytes: Buffer.concat(pending), terminated: false };
}

/**
 * The lines of a piece of text between line feeds that contains a carriage return. A \r at
 * its end is the \r of a \r\n, or the last break of the stream: no line after it.
 */
function* carriageReturnLines(text: string): Generator<string> {
  const parts = text.split('\r');
  const last = parts.length - 1;
  for (let k = 0; k < last; k++) yield parts[k]!;
  if (parts[last] !== '') yield parts[last]!;
}

/**
 * readline never flushes its decoder: the bytes of a character still unfinished when the
 * stream ends are dropped (by the decoder's test: a lead byte and fewer continuation bytes
 * than it announces, looking back at most four bytes).
 */
function withoutUnfinishedCharacter(bytes: Buffer): Buffer {
  let trailing = 0;
  for (let i = bytes.length - 1; i >= 0 && trailing < 4; i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) {
      trailing++;
      continue;
    }
    const length = (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 1;
    return trailing + 1 < length ? bytes.subarray(0, i) : bytes;
  }
  return bytes;
}
