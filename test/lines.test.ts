import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { utf8Lines } from '../pipeline/io/lines.js';
import { seededRandom } from '../scripts/lib/random.js';

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

function chunked(bytes: Buffer, sizes: readonly number[]): Buffer[] {
  const chunks: Buffer[] = [];
  for (let p = 0, k = 0; p < bytes.length; k++) {
    const size = sizes[k % sizes.length]!;
    chunks.push(Buffer.from(bytes.subarray(p, p + size)));
    p += size;
  }
  return chunks;
}

describe('utf8Lines (io/lines.ts)', () => {
  it.each([
    ['{"id":"a"}\n{"id":"b"}\n', ['{"id":"a"}', '{"id":"b"}']],
    ['eins\n\nzwei', ['eins', '', 'zwei']],
    ['Windows\r\nZeilen\r\n', ['Windows', 'Zeilen']],
    ['alter\rMac\r', ['alter', 'Mac']],
    ['leer\r\r\nende', ['leer', '', 'ende']],
    ['Straße „Zitat“ 😀\n', ['Straße „Zitat“ 😀']],
    ['', []],
    ['\n', ['']],
  ])('%j → %j, however the bytes are cut into chunks', async (text, expected) => {
    const bytes = Buffer.from(text, 'utf8');
    for (const sizes of [[1 << 16], [1], [2, 3], [5, 1, 7]]) {
      expect(await collect(utf8Lines(Readable.from(chunked(bytes, sizes))))).toEqual(expected);
    }
  });

  it('gives readline’s lines on random bytes, broken UTF-8 and random chunking included', async () => {
    const pieces = ['a', '\n', '\r', '\r\n', 'ä', '€', '😀', '{"x":1}', '\u2028'].map((p) => Buffer.from(p, 'utf8'));
    const broken = [0xe2, 0x82, 0xf0, 0x80, 0xff];
    const next = seededRandom(7);
    const random = (n: number): number => Math.floor(next() * n);
    for (let round = 0; round < 2000; round++) {
      const parts: Buffer[] = [];
      for (let k = random(16); k > 0; k--) parts.push(random(6) === 0 ? Buffer.from([broken[random(broken.length)]!]) : pieces[random(pieces.length)]!);
      const bytes = Buffer.concat(parts);
      const sizes = [1 + random(6), 1 + random(6), 1 + random(6)];
      const expected = await collect(createInterface({ input: Readable.from(chunked(bytes, sizes)), crlfDelay: Infinity }));
      expect(await collect(utf8Lines(Readable.from(chunked(bytes, sizes))))).toEqual(expected);
    }
  });
});
