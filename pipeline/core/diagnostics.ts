/**
 * Problems found in a document are messages, kept apart from the results (the vfile model):
 * a code that tools can filter on, a severity, a human message, and optionally where.
 */
import type { TextSpan } from './span.js';

export type Severity = 'info' | 'warning' | 'error';

/** Every code the pipeline emits; the README lists their meaning. */
export const DIAGNOSTIC_CODES = [
  'empty-text',
  'not-german',
  'language-uncertain',
  'unbalanced-quotes',
  'truncated',
  'control-characters',
  'replacement-characters',
  'too-long',
  'stage-failed',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  stage: string;
  message: string;
  span?: TextSpan;
}
