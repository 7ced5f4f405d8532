import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OutputRecord, recordJsonSchema, SCHEMA_VERSION } from '../pipeline/index.js';
import { annotate } from './helpers/run.js';

const committed = JSON.parse(readFileSync(new URL('../schema/wortlaut-record.schema.json', import.meta.url), 'utf8'));
const sample = readFileSync(new URL('../corpora/ukraine-friedensgespraeche.txt', import.meta.url), 'utf8');

describe('output contract', () => {
  it('committed JSON Schema equals the zod definition (run `npm run schema` after a deliberate change)', () => {
    expect(committed).toEqual(recordJsonSchema());
  });

  it('names its version in the schema and in every record', () => {
    expect(committed.$id).toContain(SCHEMA_VERSION);
    expect(annotate('Der Minister sagte, er sei zufrieden.').schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('validates the record of the sample article', () => {
    const result = OutputRecord.safeParse(annotate(sample, 'sample'));
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
  });

  it('rejects a record whose span has no text', () => {
    const record = structuredClone(annotate('Die Uhr läuft. Wir warten.'));
    delete (record.sentences[0] as { text?: string }).text;
    expect(OutputRecord.safeParse(record).success).toBe(false);
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    expect(JSON.stringify(annotate(sample, 's'))).toBe(JSON.stringify(annotate(sample, 's')));
  });
});
