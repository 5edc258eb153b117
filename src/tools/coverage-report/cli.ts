// `npm run coverage-report -- path/to/org.json`: for one configuration, each situation of the
// coverage map and whether people can fix it themselves, need a person, or a setting rules the
// fix out (flows/coverage/coverage.ts). Exits 1 when the file is not valid or a covered fix
// cannot be reached, 2 without a file.
// Node: every UI string's placeholders, for configurations that override UI text.
import '../../../flows/config/uiPlaceholdersEager';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OrgConfig } from '../../../flows/config/schema';
import { validateConfig } from '../../../flows/config/validate';
import {
  coverageFor,
  type Outcome,
  type SituationCoverage,
} from '../../../flows/coverage/coverage';

const HEADINGS: [Outcome, string][] = [
  ['selfService', 'People can fix it themselves'],
  ['needsPerson', 'People need a person at your organization (the assistant says how)'],
  ['ruledOut', 'Ruled out by your settings'],
  ['missing', 'Not covered by the assistant yet'],
  ['unreachable', 'Defects: a covered fix that cannot be reached'],
];

function line(c: SituationCoverage): string {
  const steps = c.fixSteps.join(', ');
  switch (c.outcome) {
    case 'ruledOut': {
      const by = c.ruledOutBy!;
      const told = by.toldBy.length ? `; people are told by ${by.toldBy.join(' or ')}` : '';
      return `  ${c.id}: ${c.situation}\n      offered when ${by.setting} ${by.offeredWhen}${told}`;
    }
    case 'missing':
      return `  ${c.id}: ${c.situation}\n      needs: ${c.needed}`;
    case 'unreachable':
      return `  ${c.id}: ${c.situation}\n      not reached: ${c.unreached.join(', ')}`;
    default:
      return `  ${c.id}: ${c.situation}\n      ${steps}, ${c.screens} screens from the first`;
  }
}

export function coverageReport(config: OrgConfig): { text: string; defects: number } {
  const results = coverageFor(config);
  const lines = [`${config.name} (${config.id}): ${results.length} situations`];
  for (const [outcome, heading] of HEADINGS) {
    const group = results.filter((c) => c.outcome === outcome);
    if (!group.length) continue;
    lines.push('', `${heading}: ${group.length}`, ...group.map(line));
  }
  return {
    text: lines.join('\n'),
    defects: results.filter((c) => c.outcome === 'unreachable').length,
  };
}

function main(paths: string[]): number {
  if (!paths.length) {
    console.error('Usage: npm run coverage-report -- path/to/org.json');
    return 2;
  }
  let status = 0;
  for (const path of paths) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      console.error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      status = 1;
      continue;
    }
    const result = validateConfig(raw);
    if (!result.ok) {
      console.error(`${path} is not valid; run npm run validate-config -- ${path}`);
      status = 1;
      continue;
    }
    const { text, defects } = coverageReport(result.config);
    console.log(text);
    if (defects) status = 1;
  }
  return status;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  process.exit(main(process.argv.slice(2)));
