/**
 * Run with `node --expose-gc --import tsx test/helpers/forms-retention.ts [slice]` (see
 * test/forms.test.ts): interns one 16-character form from each of 20 documents of 5 MB,
 * drops the documents, collects garbage and prints the heap in use (MB). With `slice` it
 * keeps plain slices instead, which keep their documents alive: the yardstick.
 */
import { FormInterner, type Form } from '../../pipeline/core/forms.js';

const interner = new FormInterner();
const kept: Array<Form | string> = [];
for (let k = 0; k < 20; k++) {
  const word = `Bundesbehörde${k.toString().padStart(3, '0')}`;
  const doc = ['Anfang', 'x'.repeat(5_000_000), word, 'Ende'].join(' ');
  const start = doc.indexOf(word);
  kept.push(process.argv[2] === 'slice' ? doc.slice(start, start + word.length) : interner.formAt(doc, start, start + word.length));
}
(globalThis as { gc?: () => void }).gc!();
process.stdout.write(`${Math.round(process.memoryUsage().heapUsed / 1e6)} ${kept.length}\n`);
