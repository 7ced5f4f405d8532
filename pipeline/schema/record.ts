/**
 * The output contract: one record per article. Dashboards depend on it, so it changes only
 * deliberately: bump SCHEMA_VERSION (semver: minor for added fields, major for removed or
 * changed ones), regenerate schema/wortlaut-record.schema.json with `npm run schema`, and
 * say what changed in CHANGELOG.md. A test fails when the committed JSON Schema and this
 * definition drift apart.
 */
import { z } from 'zod';
import { Diagnostic } from './diagnostics.js';
import { EntitiesLayer } from './entities.js';
import { NumbersLayer } from './numbers.js';
import { QuotesLayer } from './quotes.js';
import { Sentence } from './sentences.js';
import { StancesLayer, StanceSummaryLayer } from './stances.js';

export const SCHEMA_VERSION = '1.2.0';

export const OutputRecord = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().min(1).describe('Document id: the file name without extension, or the id field of a JSONL line.'),
    meta: z.record(z.string(), z.unknown()).describe('Whatever else the input carried (title, date, source, url, …), unchanged.'),
    text: z.string().describe('The original text, unchanged. All offsets point into it.'),
    language: z.object({
      code: z.string().describe("ISO 639-1 code, or 'und' when undetermined."),
      confidence: z.number().min(0).max(1),
    }),
    sentences: z.array(Sentence),
    entities: EntitiesLayer,
    quotes: QuotesLayer,
    numbers: NumbersLayer,
    stances: StancesLayer,
    stanceSummary: StanceSummaryLayer,
    diagnostics: z.array(Diagnostic),
  })
  .describe('wortlaut output record: one German news article with standoff annotation layers.');
export type OutputRecord = z.infer<typeof OutputRecord>;

export function recordJsonSchema(): Record<string, unknown> {
  return {
    $id: `urn:wortlaut:record:${SCHEMA_VERSION}`,
    ...z.toJSONSchema(OutputRecord, { target: 'draft-2020-12' }),
  };
}
