/**
 * One document through the pipeline, with the checks on input that must never stop a batch:
 * every outcome is either a record or a named failure (document id, stage, code, message).
 */
import type { InputDocument } from './document.js';
import { StageError, type Pipeline } from './pipeline.js';
import { toRecord } from './record.js';
import type { OutputRecord } from '../schema/record.js';

export interface DocumentFailure {
  id: string;
  /** Where the document came from: a file, or file:line for JSONL. */
  source?: string;
  stage: string;
  code: string;
  message: string;
}

export type Outcome =
  | { ok: true; id: string; record: OutputRecord }
  | { ok: false; id: string; failure: DocumentFailure };

export interface ExtractOptions {
  /** Documents longer than this (in UTF-16 code units) are refused rather than processed. */
  maxChars: number;
}

export const DEFAULT_MAX_CHARS = 2_000_000;

export function extractDocument(
  pipeline: Pipeline,
  input: InputDocument,
  options: ExtractOptions = { maxChars: DEFAULT_MAX_CHARS },
  source?: string,
): Outcome {
  const fail = (stage: string, code: string, message: string): Outcome => ({
    ok: false,
    id: input.id,
    failure: { id: input.id, ...(source ? { source } : {}), stage, code, message },
  });
  if (input.text.length > options.maxChars) {
    return fail('input', 'too-long', `document '${input.id}' has ${input.text.length} characters, more than --max-chars ${options.maxChars}`);
  }
  if (looksBinary(input.text)) {
    return fail('input', 'binary', `document '${input.id}' is not text (NUL bytes or mostly control characters)`);
  }
  try {
    const doc = pipeline.process(input);
    if (input.text.trim() === '') {
      doc.diagnostics.unshift({ code: 'empty-text', severity: 'warning', stage: 'input', message: `document '${input.id}' has no text` });
    }
    const control = countControlCharacters(input.text);
    if (control > 0) {
      doc.diagnostics.push({
        code: 'control-characters',
        severity: 'warning',
        stage: 'input',
        message: `document '${input.id}' contains ${control} control character(s) (other than tab and line breaks)`,
      });
    }
    if (input.text.includes('\ufffd')) {
      doc.diagnostics.push({
        code: 'replacement-characters',
        severity: 'warning',
        stage: 'input',
        message: `document '${input.id}' contains U+FFFD: the input was probably not valid UTF-8`,
      });
    }
    return { ok: true, id: input.id, record: toRecord(doc) };
  } catch (error) {
    if (error instanceof StageError) return fail(error.stage, 'stage-failed', error.message);
    throw error;
  }
}

function isControl(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f;
}

function countControlCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) n++;
  return n;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (isControl(c)) control++;
  }
  return control / sample.length > 0.1;
}
