// `npm run config-docs`: writes the JSON Schema and the reference page (src/tools/configDocs.ts),
// and the UI strings' placeholders the validator allows (./uiPlaceholders.ts).
import { writeFileSync } from 'node:fs';
import { jsonSchema, REFERENCE_FILE, referenceHtml, SCHEMA_FILE } from './configDocs';
import { UI_PLACEHOLDERS_FILE, uiPlaceholdersSource } from './uiPlaceholders';

writeFileSync(SCHEMA_FILE, `${JSON.stringify(jsonSchema(), null, 2)}\n`);
writeFileSync(REFERENCE_FILE, referenceHtml());
writeFileSync(UI_PLACEHOLDERS_FILE, uiPlaceholdersSource());
console.log(`wrote ${SCHEMA_FILE}, ${REFERENCE_FILE} and ${UI_PLACEHOLDERS_FILE}`);
