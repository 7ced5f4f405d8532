/**
 * Readers: turn command-line inputs (files, directories, '-') into a stream of documents or
 * named input failures. `.txt` is one article (id = file name without extension); `.jsonl`
 * and `.jsonl.gz` hold one article per line. Everything is streamed, in a stable order
 * (arguments in order, directory entries sorted), so output order is reproducible.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { InputDocument } from '../core/document.js';
import type { DocumentFailure } from '../core/extract.js';

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
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`input '${path}' does not exist`);
  }
  if (info.isFile()) return [path];
  if (!info.isDirectory()) throw new InputError(`input '${path}' is neither a file nor a directory`);
  const out: string[] = [];
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...(await expandPath(full)));
    else if (entry.isFile() && (TEXT.test(entry.name) || JSONL.test(entry.name))) out.push(full);
  }
  return out;
}

export async function* readInputs(paths: readonly string[], options: InputOptions = DEFAULT_INPUT_OPTIONS): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options);
      continue;
    }
    for (const file of await expandPath(path)) {
      if (JSONL.test(file)) yield* readJsonl(file, openStream(file), options);
      else yield await readTextFile(file);
    }
  }
}

function openStream(file: string): Readable {
  const raw = createReadStream(file);
  return /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
}

const decoder = new TextDecoder('utf-8');

async function readTextFile(file: string): Promise<InputItem> {
  const id = basename(file).replace(TEXT, '');
  const bytes = await readFile(file);
  return { kind: 'doc', doc: { id, text: stripBom(decoder.decode(bytes)), meta: {} }, source: file };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function* readStdin(options: InputOptions): AsyncGenerator<InputItem> {
  if (options.stdinFormat === 'jsonl') {
    yield* readJsonl('<stdin>', process.stdin, options);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = stripBom(decoder.decode(Buffer.concat(chunks)));
  if (options.stdinFormat === 'auto' && text.trimStart().startsWith('{')) {
    let line = 0;
    for (const raw of text.split('\n')) {
      line++;
      const item = parseJsonlLine(raw, '<stdin>', line, options);
      if (item) yield item;
    }
    return;
  }
  yield { kind: 'doc', doc: { id: 'stdin', text, meta: {} }, source: '<stdin>' };
}

async function* readJsonl(file: string, stream: Readable, options: InputOptions): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
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
