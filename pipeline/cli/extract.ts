/** `wortlaut extract`: inputs → pipeline → records, failures named on stderr. */
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_CHARS, extractDocument, type DocumentFailure } from '../core/extract.js';
import { PipelineConfigError } from '../core/pipeline.js';
import { createPipeline, DEFAULT_PIPELINE } from '../index.js';
import { InputError, readInputs, type InputOptions } from '../io/inputs.js';
import { directorySink, jsonlSink, type RecordSink } from '../io/outputs.js';
import { EXIT_DOCUMENTS_FAILED, EXIT_OK, UsageError } from './exit.js';
import { EXTRACT_HELP } from './help.js';
import { Progress } from './progress.js';

export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv);
  if (values.help) {
    process.stdout.write(EXTRACT_HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('extract needs at least one input (file, directory or -)');
  if (values.jsonl && values.out) throw new UsageError('use either --jsonl or -o DIR, not both');
  const stdinFormat = values['stdin-format'] ?? 'auto';
  if (!['auto', 'txt', 'jsonl'].includes(stdinFormat)) throw new UsageError(`--stdin-format must be auto, txt or jsonl, not '${stdinFormat}'`);
  const maxChars = values['max-chars'] === undefined ? DEFAULT_MAX_CHARS : Number(values['max-chars']);
  if (!Number.isInteger(maxChars) || maxChars <= 0) throw new UsageError('--max-chars takes a positive whole number');

  let pipeline;
  try {
    pipeline = createPipeline(values.stages ? selectStages(values.stages) : DEFAULT_PIPELINE);
  } catch (error) {
    if (error instanceof PipelineConfigError) throw new UsageError(error.message);
    throw error;
  }
  const inputOptions: InputOptions = {
    idField: values['id-field'] ?? 'id',
    textField: values['text-field'] ?? 'text',
    stdinFormat: stdinFormat as InputOptions['stdinFormat'],
  };
  const sink: RecordSink = values.out ? await directorySink(values.out) : jsonlSink(process.stdout);
  const progress = new Progress(process.stderr, { quiet: values.quiet ?? false });
  const failures: DocumentFailure[] = [];
  const report = (failure: DocumentFailure) => {
    failures.push(failure);
    progress.failed(failure);
  };

  try {
    for await (const item of readInputs(positionals, inputOptions)) {
      if (item.kind === 'error') {
        report(item.failure);
        continue;
      }
      const outcome = extractDocument(pipeline, item.doc, { maxChars }, item.source);
      if (!outcome.ok) {
        report(outcome.failure);
        continue;
      }
      await sink.write(outcome.record);
      progress.done(item.doc.text.length);
    }
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  } finally {
    await sink.close();
  }
  progress.finish();
  return failures.length > 0 ? EXIT_DOCUMENTS_FAILED : EXIT_OK;
}

function parseCli(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        jsonl: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        'id-field': { type: 'string' },
        'text-field': { type: 'string' },
        'stdin-format': { type: 'string' },
        'max-chars': { type: 'string' },
        stages: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `--stages sentences,quotes`: keep the default order, and fail on unknown names. */
function selectStages(list: string) {
  const wanted = list.split(',').map((s) => s.trim()).filter(Boolean);
  const known = DEFAULT_PIPELINE.stages.map((s) => (typeof s === 'string' ? s : s.name));
  const unknown = wanted.filter((w) => !known.includes(w));
  if (unknown.length > 0) throw new UsageError(`unknown stage(s) ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return { stages: DEFAULT_PIPELINE.stages.filter((s) => wanted.includes(typeof s === 'string' ? s : s.name)) };
}
