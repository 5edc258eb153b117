// `npm run diagram [-- path/to/org.json] [--out file.svg]`: writes the flow diagram (diagram.ts),
// by default to public/flows.svg, or public/flows-<id>.svg for a configuration.
// Node: every UI string's placeholders, for configurations that override UI text.
import '../../../flows/config/uiPlaceholdersEager';
import { readFileSync, writeFileSync } from 'node:fs';
import { checkConfig } from '../../../flows/config/check';
import type { OrgConfig } from '../../../flows/config/schema';
import { flowDiagram } from './diagram';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
const [configPath] = args;
let config: OrgConfig | undefined;
if (configPath) {
  const raw = JSON.parse(readFileSync(configPath, 'utf8'));
  const report = checkConfig(raw);
  if (!report.ok) {
    console.error(`${configPath} is not valid; run npm run validate-config -- ${configPath}`);
    process.exit(1);
  }
  config = raw as OrgConfig;
}
const file = out ?? (config ? `public/flows-${config.id}.svg` : 'public/flows.svg');
writeFileSync(file, flowDiagram(config));
console.log(`wrote ${file}`);
