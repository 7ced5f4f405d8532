/**
 * The yardstick: Intl.Segmenter('de') alone over the same archive (read and parse JSONL,
 * segment every text into sentences). Prints one JSON line: documents and sentences.
 *
 * `--part K/N` takes only every N-th line starting at line K (0-based), so N processes run
 * side by side split the archive between them: how far they beat one process is what the
 * machine's cores give to CPU-bound JavaScript, the ceiling for the pipeline's speed-up.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const file = process.argv[2];
if (!file) throw new Error('usage: segmenter.ts ARCHIVE.jsonl [--part K/N]');
const partArg = process.argv[3] === '--part' ? /^(\d+)\/(\d+)$/.exec(process.argv[4] ?? '') : null;
if (process.argv[3] !== undefined && !partArg) throw new Error('segmenter.ts: --part takes K/N, e.g. 0/2');
const [part, parts] = partArg ? [Number(partArg[1]), Number(partArg[2])] : [0, 1];
let lineNo = -1;
const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
let docs = 0;
let sentences = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  lineNo++;
  if (line === '' || lineNo % parts !== part) continue;
  const { text } = JSON.parse(line) as { text: string };
  for (const _ of segmenter.segment(text)) sentences++;
  docs++;
}
process.stdout.write(JSON.stringify({ docs, sentences }) + '\n');
