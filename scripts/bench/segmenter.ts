/**
 * The yardstick: Intl.Segmenter('de') alone over the same archive (read and parse JSONL,
 * segment every text into sentences). Prints one JSON line: documents and sentences.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const file = process.argv[2];
if (!file) throw new Error('usage: segmenter.ts ARCHIVE.jsonl');
const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
let docs = 0;
let sentences = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (line === '') continue;
  const { text } = JSON.parse(line) as { text: string };
  for (const _ of segmenter.segment(text)) sentences++;
  docs++;
}
process.stdout.write(JSON.stringify({ docs, sentences }) + '\n');
