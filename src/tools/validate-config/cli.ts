// `npm run validate-config -- path/to/org.json [more.json…]`: checks configurations the way the
// assistant will (and agent facts files, `<id>.agent.json`), prints each problem with its JSON path and a suggestion, and each warning.
// Exits 1 when any file has an error (warnings alone pass), so it can gate a deploy. With --fix it
// first moves a file written for an earlier schema to today's (flows/config/migrate.ts), rewrites
// it and lists each change.
export { checkFile, fixFile, formatReport, main } from './validate';

import { main } from './validate';

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!))
  process.exit(main(process.argv.slice(2)));
