// `npm run config-docs`: writes the JSON Schema and the reference page (src/tools/configDocs.ts).
import { writeFileSync } from 'node:fs';
import { jsonSchema, REFERENCE_FILE, referenceHtml, SCHEMA_FILE } from './configDocs';

writeFileSync(SCHEMA_FILE, `${JSON.stringify(jsonSchema(), null, 2)}\n`);
writeFileSync(REFERENCE_FILE, referenceHtml());
console.log(`wrote ${SCHEMA_FILE} and ${REFERENCE_FILE}`);
