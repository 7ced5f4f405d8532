/** Regenerates the published JSON Schema from the zod definition (npm run schema). */
import { writeFileSync } from 'node:fs';
import { recordJsonSchema } from '../pipeline/schema/record.js';

export const SCHEMA_FILE = new URL('../schema/wortlaut-record.schema.json', import.meta.url);

writeFileSync(SCHEMA_FILE, JSON.stringify(recordJsonSchema(), null, 2) + '\n');
console.error(`wrote ${SCHEMA_FILE.pathname}`);
