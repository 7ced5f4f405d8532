import { z } from 'zod';
import { DIAGNOSTIC_CODES } from '../core/diagnostics.js';
import { Span } from './span.js';

export const Diagnostic = z.object({
  code: z.enum(DIAGNOSTIC_CODES),
  severity: z.enum(['info', 'warning', 'error']),
  stage: z.string().describe('The stage that found the problem.'),
  message: z.string(),
  span: Span.optional(),
});
