/**
 * `wortlaut extract`: inputs → batches on worker threads → records in input order, failures
 * named on stderr and in --errors, exit code 0 / 1 / 2.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_CHARS, type DocumentFailure } from '../core/extract.js';
import { PipelineConfigError, type PipelineConfig } from '../core/pipeline.js';
import { createExecutor } from '../batch/executor.js';
import { DEFAULT_BATCH_DOCS, runBatch } from '../batch/run.js';
import { parseShard, type Shard } from '../batch/shard.js';
import { DEFAULT_PIPELINE, validatePipelineConfig } from '../index.js';
import { checkInput, InputError, readInputs, scanInputs, type InputOptions, type ReadCounter } from '../io/inputs.js';
import { directorySink, isJsonlPath, jsonlFileSink, jsonlSink, type RecordSink } from '../io/outputs.js';
import { EXIT_DOCUMENTS_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from './exit.js';
import { EXTRACT_HELP } from './help.js';
import { Progress, PROGRESS_MODES, resolveProgressMode } from './progress.js';

/** Seconds one document may take before its worker is stopped (5 MB/s would be 600 MB). */
const DEFAULT_TIMEOUT_SECONDS = 120;

export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv);
  if (values.help) {
    process.stdout.write(EXTRACT_HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('extract needs at least one input (file, directory or -)');
  const out = values.out === '-' ? undefined : values.out;
  if (values.jsonl && out && !isJsonlPath(out)) throw new UsageError('--jsonl writes JSONL; -o DIR writes one file per article: use one of them');
  const stdinFormat = values['stdin-format'] ?? 'auto';
  if (!['auto', 'txt', 'jsonl'].includes(stdinFormat)) throw new UsageError(`--stdin-format must be auto, txt or jsonl, not '${stdinFormat}'`);
  const maxChars = positiveInt(values['max-chars'], DEFAULT_MAX_CHARS, '--max-chars');
  const workers = positiveInt(values.workers, availableParallelism(), '--workers');
  const batchDocs = positiveInt(values['batch-size'], DEFAULT_BATCH_DOCS, '--batch-size');
  const progressEvery = positiveNumber(values['progress-interval'], 5, '--progress-interval');
  const timeout = positiveNumber(values.timeout, DEFAULT_TIMEOUT_SECONDS, '--timeout');
  const requestedProgress = values.quiet ? 'none' : (values.progress ?? 'auto');
  if (!(PROGRESS_MODES as readonly string[]).includes(requestedProgress)) {
    throw new UsageError(`--progress must be one of ${PROGRESS_MODES.join(', ')}, not '${requestedProgress}'`);
  }
  if (values.resume && !out) throw new UsageError('--resume needs an output to resume: -o FILE.jsonl[.gz] or -o DIR');
  const shard: Shard | null = values.shard ? parseShard(values.shard) : null;
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError("'-' (standard input) can be given only once");
  try {
    for (const input of positionals) await checkInput(input);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }

  const pipelineConfig: PipelineConfig = values.stages ? selectStages(values.stages) : DEFAULT_PIPELINE;
  try {
    validatePipelineConfig(pipelineConfig); // fail on a bad configuration before any worker starts
  } catch (error) {
    if (error instanceof PipelineConfigError) throw new UsageError(error.message);
    throw error;
  }
  const inputOptions: InputOptions = {
    idField: values['id-field'] ?? 'id',
    textField: values['text-field'] ?? 'text',
    stdinFormat: stdinFormat as InputOptions['stdinFormat'],
  };

  const resume = values.resume ?? false;
  if (!out) {
    // A closed pipe downstream (… | head) ends the run; nothing more can be delivered.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.stderr.write('wortlaut: standard output was closed; stopping\n');
      process.exit(EXIT_USAGE);
    });
  }
  const sink: RecordSink = !out ? jsonlSink(process.stdout) : isJsonlPath(out) ? await jsonlFileSink(out, resume) : await directorySink(out, resume);
  const errorsFile = values.errors;
  let errors: NodeJS.WritableStream | null = null;
  if (errorsFile) {
    try {
      await mkdir(dirname(errorsFile), { recursive: true });
      const stream = createWriteStream(errorsFile);
      await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
      errors = stream;
    } catch (error) {
      throw new UsageError(`cannot write the errors file '${errorsFile}': ${(error as Error).message}`);
    }
  }
  const counter: ReadCounter = { bytes: 0 };
  const progress = new Progress(process.stderr, {
    mode: resolveProgressMode(requestedProgress, process.stderr),
    intervalSeconds: progressEvery,
    readBytes: () => counter.bytes,
    partial: shard !== null,
  });
  let stopped = false;
  let completed = false;
  void scanInputs(positionals, () => stopped).then((totals) => progress.setTotals(totals), () => {});
  const executor = createExecutor({ pipeline: pipelineConfig, maxChars, format: out && !isJsonlPath(out) ? 'pretty' : 'line' }, workers, timeout);
  const observer = {
    done: (bytes: number) => progress.done(bytes),
    skipped: () => progress.skipped(),
    failed: (failure: DocumentFailure) => {
      progress.failed(failure);
      errors?.write(JSON.stringify({ id: failure.id, source: failure.source ?? null, stage: failure.stage, code: failure.code, message: failure.message }) + '\n');
    },
  };

  // Ctrl-C or a scheduler's SIGTERM: stop at once (records on disk are whole lines or renamed
  // files, so nothing needs flushing) and say how to continue.
  const onSignal = (signal: NodeJS.Signals) => {
    progress.interrupted(signal, out ? 'run the same command with --resume to continue' : null);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    await runBatch(readInputs(positionals, inputOptions, counter), { executor, sink, observer, shard, batchDocs });
    completed = true;
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  } finally {
    stopped = true;
    await executor.close();
    await sink.close(completed);
    if (errors) await new Promise<void>((resolve) => errors!.end(resolve));
  }
  progress.finish({
    ...(sink.resumed > 0 ? { resumedFrom: sink.resumed } : {}),
    ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}),
    ...(errorsFile ? { errorsFile } : {}),
  });
  return progress.failedCount > 0 ? EXIT_DOCUMENTS_FAILED : EXIT_OK;
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
        workers: { type: 'string', short: 'w' },
        'batch-size': { type: 'string' },
        timeout: { type: 'string' },
        errors: { type: 'string' },
        resume: { type: 'boolean' },
        shard: { type: 'string' },
        progress: { type: 'string' },
        'progress-interval': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new UsageError(`${name} takes a positive whole number, not '${raw}'`);
  return value;
}

function positiveNumber(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${name} takes a positive number of seconds, not '${raw}'`);
  return value;
}

/** `--stages sentences,quotes`: keep the default order, and fail on unknown names. */
function selectStages(list: string): PipelineConfig {
  const wanted = list.split(',').map((s) => s.trim()).filter(Boolean);
  const known = DEFAULT_PIPELINE.stages.map((s) => (typeof s === 'string' ? s : s.name));
  const unknown = wanted.filter((w) => !known.includes(w));
  if (unknown.length > 0) throw new UsageError(`unknown stage(s) ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return { stages: DEFAULT_PIPELINE.stages.filter((s) => wanted.includes(typeof s === 'string' ? s : s.name)) };
}
