/**
 * `wortlaut check`: the regression check over the sample corpus. Every record is compared
 * layer by layer with corpora/expected/<id>.json (the record without its text); `--update`
 * rewrites those files deliberately.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { diffRecords } from '../check/diff.js';
import { extractDocument } from '../core/extract.js';
import { createPipeline } from '../index.js';
import { expandPath, readInputs } from '../io/inputs.js';
import { fileNameForId } from '../io/outputs.js';
import { EXIT_DOCUMENTS_FAILED, EXIT_OK, UsageError } from './exit.js';
import { CHECK_HELP } from './help.js';

export async function runCheck(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string' },
        expected: { type: 'string' },
        update: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(CHECK_HELP);
    return EXIT_OK;
  }
  const corpus = values.corpus ?? 'corpora';
  const expectedDir = values.expected ?? join(corpus, 'expected');
  const files = (await expandPath(corpus)).filter((f) => !f.startsWith(expectedDir + '/') && !f.includes('/gold/'));
  if (files.length === 0) throw new UsageError(`no sample texts (.txt, .jsonl) in '${corpus}'`);

  const pipeline = createPipeline();
  let differences = 0;
  let checked = 0;
  for await (const item of readInputs(files)) {
    if (item.kind === 'error') {
      process.stdout.write(`✗ ${item.failure.id}: ${item.failure.message}\n`);
      differences++;
      continue;
    }
    const outcome = extractDocument(pipeline, item.doc, undefined, item.source);
    if (!outcome.ok) {
      process.stdout.write(`✗ ${outcome.id}: ${outcome.failure.message}\n`);
      differences++;
      continue;
    }
    checked++;
    const { text: _text, ...actual } = outcome.record;
    const file = join(expectedDir, fileNameForId(outcome.id));
    if (values.update) {
      await mkdir(expectedDir, { recursive: true });
      await writeFile(file, JSON.stringify(actual, null, 2) + '\n');
      process.stdout.write(`updated ${file}\n`);
      continue;
    }
    let expected: Record<string, unknown>;
    try {
      expected = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    } catch {
      process.stdout.write(`✗ ${outcome.id}: no expected output at ${file} (run 'wortlaut check --update')\n`);
      differences++;
      continue;
    }
    const diffs = diffRecords(expected, actual as Record<string, unknown>);
    if (expected.schemaVersion !== actual.schemaVersion) {
      process.stdout.write(`✗ ${outcome.id}: schema version ${String(expected.schemaVersion)} → ${actual.schemaVersion}\n`);
      differences++;
    }
    if (diffs.length === 0) {
      process.stdout.write(`✓ ${outcome.id}\n`);
      continue;
    }
    differences++;
    process.stdout.write(`✗ ${outcome.id}\n`);
    for (const d of diffs) {
      process.stdout.write(`  ${d.layer}:\n`);
      for (const line of d.vanished) process.stdout.write(`    - vanished  ${line}\n`);
      for (const line of d.appeared) process.stdout.write(`    + appeared  ${line}\n`);
      for (const line of d.moved) process.stdout.write(`    ~ moved     ${line}\n`);
      for (const line of d.changed) process.stdout.write(`    ~ changed   ${line}\n`);
    }
  }
  if (!values.update) process.stdout.write(`${checked} document(s) checked, ${differences} with differences\n`);
  return differences > 0 && !values.update ? EXIT_DOCUMENTS_FAILED : EXIT_OK;
}
