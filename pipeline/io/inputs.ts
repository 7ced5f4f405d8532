/**
 * Readers: turn command-line inputs (files, directories, '-') into a stream of documents or
 * named input failures. `.txt` is one article (id = file name without extension); `.jsonl`
 * and `.jsonl.gz` hold one article per line. Everything is streamed, in a stable order
 * (arguments in order, directory entries sorted), so output order is reproducible.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import pLimit from 'p-limit';
import type { InputDocument } from '../core/document.js';
import type { DocumentFailure } from '../core/extract.js';
import { utf8Lines } from './lines.js';

export interface InputOptions {
  idField: string;
  textField: string;
  /** How to read standard input: one text, JSONL, or decide from the first character. */
  stdinFormat: 'auto' | 'txt' | 'jsonl';
}

export const DEFAULT_INPUT_OPTIONS: InputOptions = { idField: 'id', textField: 'text', stdinFormat: 'auto' };

export type InputItem =
  | { kind: 'doc'; doc: InputDocument; source: string }
  | { kind: 'error'; failure: DocumentFailure };

export class InputError extends Error {
  override name = 'InputError';
}

const JSONL = /\.jsonl(\.gz)?$/i;
const TEXT = /\.txt$/i;

/** Files an input path stands for, in processing order. Throws InputError for bad paths. */
export async function expandPath(path: string): Promise<string[]> {
  await checkInput(path);
  const out: string[] = [];
  for await (const file of walkFiles(path)) out.push(file);
  return out;
}

/** Fails early (before any output) on an input that does not exist or is not a file/folder. */
export async function checkInput(path: string): Promise<void> {
  if (path === '-') return;
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`input '${path}' does not exist`);
  }
  if (!info.isFile() && !info.isDirectory()) throw new InputError(`input '${path}' is neither a file nor a directory`);
}

/**
 * The files of an input path, streamed: a directory is walked depth-first with its entries
 * sorted by name (so the order is the same on every machine), hidden entries skipped, and
 * only .txt, .jsonl and .jsonl.gz files taken. Only one directory listing is held at a time
 * per level, so a folder tree of a million articles never sits in memory as a whole.
 */
export async function* walkFiles(path: string): AsyncGenerator<string> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* walkFiles(full);
    else if (entry.isFile() && isInputFile(entry.name)) yield full;
  }
}

export function isInputFile(name: string): boolean {
  return TEXT.test(name) || JSONL.test(name);
}

/** Bytes read so far from input files (compressed bytes for .gz), for progress and ETA. */
export interface ReadCounter {
  bytes: number;
}

/** How many .txt files are read ahead of the pipeline, with this many reads at once. */
const READ_AHEAD = 64;
const READ_CONCURRENCY = 16;

export async function* readInputs(
  paths: readonly string[],
  options: InputOptions = DEFAULT_INPUT_OPTIONS,
  counter: ReadCounter = { bytes: 0 },
): AsyncGenerator<InputItem> {
  for (const path of paths) await checkInput(path);
  const limit = pLimit(READ_CONCURRENCY);
  // .txt reads run ahead with bounded concurrency (p-limit) and are yielded in order.
  const ahead: Array<Promise<InputItem>> = [];
  for (const path of paths) {
    if (path === '-') {
      while (ahead.length > 0) yield await ahead.shift()!;
      yield* readStdin(options, counter);
      continue;
    }
    for await (const file of walkFiles(path)) {
      if (JSONL.test(file)) {
        while (ahead.length > 0) yield await ahead.shift()!;
        yield* readJsonl(file, openStream(file, counter), options);
        continue;
      }
      ahead.push(limit(() => readTextFile(file, counter)));
      if (ahead.length >= READ_AHEAD) yield await ahead.shift()!;
    }
  }
  while (ahead.length > 0) yield await ahead.shift()!;
}

/** What the inputs add up to, for progress: found by a walk that runs beside the batch. */
export interface InputTotals {
  bytes: number;
  /** Number of documents, when every input is a .txt file (JSONL line counts are unknown). */
  docs: number | null;
}

export async function scanInputs(paths: readonly string[], isCancelled: () => boolean = () => false): Promise<InputTotals | null> {
  if (paths.includes('-')) return null;
  const limit = pLimit(READ_CONCURRENCY);
  let bytes = 0;
  let txt = 0;
  let jsonl = 0;
  const pending: Array<Promise<void>> = [];
  for (const path of paths) {
    for await (const file of walkFiles(path)) {
      if (isCancelled()) return null;
      if (JSONL.test(file)) jsonl++;
      else txt++;
      pending.push(limit(async () => {
        bytes += (await stat(file)).size;
      }));
      if (pending.length >= 256) await Promise.all(pending.splice(0));
    }
  }
  await Promise.all(pending);
  return { bytes, docs: jsonl === 0 ? txt : null };
}

function openStream(file: string, counter: ReadCounter): Readable {
  const raw = createReadStream(file, { highWaterMark: 256 * 1024 });
  raw.on('data', (chunk) => {
    counter.bytes += chunk.length;
  });
  return /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
}

const decoder = new TextDecoder('utf-8');

async function readTextFile(file: string, counter: ReadCounter): Promise<InputItem> {
  const id = basename(file).replace(TEXT, '');
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { kind: 'error', failure: { id, source: file, stage: 'input', code: 'unreadable', message: `${file}: ${(error as Error).message}` } };
  }
  counter.bytes += bytes.length;
  return { kind: 'doc', doc: { id, text: stripBom(decoder.decode(bytes)), meta: {} }, source: file };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Standard input: JSONL is streamed line by line; plain text is one article. With 'auto',
 * the first non-blank character decides ('{' → JSONL), so only the start is buffered.
 */
async function* readStdin(options: InputOptions, counter: ReadCounter): AsyncGenerator<InputItem> {
  const stdin = process.stdin;
  stdin.on('data', (chunk: Buffer) => {
    counter.bytes += chunk.length;
  });
  if (options.stdinFormat === 'jsonl') {
    yield* readJsonl('<stdin>', stdin, options);
    return;
  }
  const iterator = stdin[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let decided: 'txt' | 'jsonl' | null = options.stdinFormat === 'txt' ? 'txt' : null;
  while (decided === null) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value as Buffer);
    const start = decoder.decode(Buffer.concat(head)).replace(/^\ufeff/, '').trimStart();
    if (start !== '') decided = start.startsWith('{') ? 'jsonl' : 'txt';
  }
  async function* rest(): AsyncGenerator<Buffer> {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value as Buffer;
    }
  }
  if (decided === 'jsonl') {
    yield* readJsonl('<stdin>', Readable.from(rest()), options);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of rest()) chunks.push(chunk);
  const text = stripBom(decoder.decode(Buffer.concat(chunks)));
  yield { kind: 'doc', doc: { id: 'stdin', text, meta: {} }, source: '<stdin>' };
}

async function* readJsonl(file: string, stream: Readable, options: InputOptions): AsyncGenerator<InputItem> {
  const lines = utf8Lines(stream);
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const item = parseJsonlLine(raw, file, line, options);
      if (item) yield item;
    }
  } catch (error) {
    yield {
      kind: 'error',
      failure: { id: `${basename(file)}:${line + 1}`, source: file, stage: 'input', code: 'unreadable', message: `${file}: cannot read past line ${line}: ${(error as Error).message}` },
    };
  }
}

/** One JSONL line → a document or a failure naming file and line; blank lines are skipped. */
export function parseJsonlLine(raw: string, file: string, line: number, options: InputOptions): InputItem | null {
  if (line === 1) raw = stripBom(raw);
  if (raw.trim() === '') return null;
  const where = `${file}:${line}`;
  const fallbackId = `${basename(file).replace(JSONL, '')}:${line}`;
  const failure = (id: string, code: string, message: string): InputItem => ({
    kind: 'error',
    failure: { id, source: where, stage: 'input', code, message: `${where}: ${message}` },
  });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return failure(fallbackId, 'invalid-json', `invalid JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return failure(fallbackId, 'invalid-record', 'a line must be a JSON object');
  }
  const object = value as Record<string, unknown>;
  const rawId = object[options.idField];
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' ? String(rawId) : fallbackId;
  const text = object[options.textField];
  if (typeof text !== 'string') {
    return failure(id, 'missing-text', `document '${id}' has no string field '${options.textField}'`);
  }
  const meta: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(object)) {
    if (key !== options.idField && key !== options.textField) meta[key] = v;
  }
  return { kind: 'doc', doc: { id, text, meta }, source: where };
}
