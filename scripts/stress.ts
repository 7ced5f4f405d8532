/**
 * `npm run stress [-- --size N] [--only TEXT]`: does any stage cost more than linear time in the length of
 * a document? Archives hold documents that are not prose — tables, lists, feeds pasted
 * without punctuation, quote marks that never close — and one document whose cost grows with
 * the square of its length stalls a worker for minutes. Each shape below is one made-up unit
 * of text repeated to N and to 5·N characters (default N = 100,000); the whole default
 * pipeline runs on each in-process (best of two runs), and the script prints the CPU time of both and their
 * ratio. A linear pipeline gives a ratio near 5 (up to ~13 here: a large document also pays
 * for a larger heap), a quadratic one 25; the script flags any shape above 15 and exits 1
 * when there is one. `--only TEXT` runs the shapes whose name contains TEXT.
 *
 * Not a test: CPU time on a shared machine is noisy, so it is a command to run after changing
 * a stage (the README's speed section says so), not a check in `npm test`.
 */
import { parseArgs } from 'node:util';
import { createPipeline, extractDocument } from '../pipeline/index.js';
import { cpuMs } from './lib/measure.js';

/** One unit of each shape; what it stands for in a real archive is in its name. */
const SHAPES: Record<string, string> = {
  'quotes closed, no full stop': '„Wir gehen“, sagte er, ',
  'quotes never closed, one paragraph': '„Wir gehen, sagte er ',
  'quotes never closed, a paragraph each': '„Wir gehen, sagte er\n\n',
  'quotes never closed, with full stops': '„Wir gehen, sagte er. ',
  'indirect speech, no full stop': 'Er sagte, man sei bereit, es gebe Gespräche, die Lage sei ernst, ',
  'stance cues, no full stop': 'kritisierte scharf lehnt ab begrüßt nicht unterstützt ',
  'numbers, no full stop': '1 2,5 3.200 über 60 25 bis 50 Prozent ',
  'list of names, no full stop': 'Anna Berg, Peter Krause, Ministerin Klara Vogt, ',
  'lines without punctuation': 'Tabelle Zeile mit Werten 12 34 56\n',
  'abbreviations and dates': 'z. B. u. a. Dr. Prof. Nr. 3. Mai ',
  'capitals, no full stop': 'DIE REGIERUNG SAGT NEIN ',
  'dashes and ellipses': '– – – - - ... … ',
  'mixed quote marks': '»a« "b" „c" ,,d\'\' ‚e‘ ',
};

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, only: { type: 'string' } } });
const size = Number(values.size);
const pipeline = createPipeline();

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** CPU milliseconds of the pipeline on `text`: the better of two runs, as a collection can land in either. */
function cost(text: string): number {
  const once = () =>
    cpuMs(() => {
      const outcome = extractDocument(pipeline, { id: 'stress', text, meta: {} }, { maxChars: Number.MAX_SAFE_INTEGER });
      if (!outcome.ok) throw new Error(outcome.failure.message);
    });
  return Math.min(once(), once());
}

// Warm up the compiler and the per-form caches, so the small size is not paying for them.
for (const unit of Object.values(SHAPES)) cost(repeatTo(unit, 20_000));

let flagged = 0;
console.log(`shape${' '.repeat(36)}${String(size).padStart(9)} ${String(5 * size).padStart(9)}  ratio (linear ≈ 5)`);
for (const [name, unit] of Object.entries(SHAPES)) {
  if (values.only && !name.includes(values.only)) continue;
  const small = cost(repeatTo(unit, size));
  const large = cost(repeatTo(unit, 5 * size));
  const ratio = large / Math.max(small, 1);
  const flag = ratio > 15 ? '  ← grows faster than linear' : '';
  if (flag) flagged++;
  console.log(`${name.padEnd(41)}${small.toFixed(0).padStart(7)} ms${large.toFixed(0).padStart(7)} ms  ${ratio.toFixed(1)}${flag}`);
}
process.exit(flagged > 0 ? 1 : 0);
