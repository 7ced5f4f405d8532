/**
 * Problems found in a document are messages, kept apart from the results (the vfile model):
 * a code that tools can filter on, a severity, a human message, and optionally where.
 */
import type { TextSpan } from './span.js';

export type Severity = 'info' | 'warning' | 'error';

/**
 * Every code a record's diagnostics can carry; the README lists their meaning. A document that
 * cannot be processed at all is a failure (errors file), not a diagnostic: failure codes
 * (too-long, binary, stage-failed, timeout, …) are not listed here.
 */
export const DIAGNOSTIC_CODES = [
  'empty-text',
  'not-german',
  'language-uncertain',
  'unbalanced-quotes',
  'truncated',
  'long-sentence',
  'control-characters',
  'replacement-characters',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  stage: string;
  message: string;
  span?: TextSpan;
}
