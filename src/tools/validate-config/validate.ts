// Checks configurations the way the assistant will (and agent facts files, `<id>.agent.json`):
// each problem with its JSON path and a suggestion, and each warning. Used by `npm run
// validate-config` (cli.ts) and by the package's command, `npx signin-assistant validate`
// (src/tools/signin-assistant/cli.ts).
// Node: every UI string's placeholders, for configurations that override UI text.
import '../../../flows/config/uiPlaceholdersEager';
import { readFileSync, writeFileSync } from 'node:fs';
import { type ConfigReport, checkAgentFacts, checkConfig } from '../../../flows/config/check';
import { type Migration, migrateConfig } from '../../../flows/config/migrate';

/** Rewrites a file in today's form; the changes made, or null when it is not JSON. */
export function fixFile(path: string): Migration[] | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  const { config, changes } = migrateConfig(raw);
  if (changes.length) writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return changes;
}

/** Reads and checks one file; a file that is not JSON is reported like any other problem. */
export function checkFile(path: string): ConfigReport {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        {
          path: '(file)',
          message: reason,
          suggestion: 'Check the file exists and is JSON: no comments, no trailing commas.',
        },
      ],
      warnings: [],
    };
  }
  // `<id>.agent.json`: the help desk's facts, apart from the public configuration.
  return /\.agent\.json$/i.test(path) ? checkAgentFacts(raw) : checkConfig(raw);
}

export function formatReport(path: string, report: ConfigReport): string {
  const lines = [`${path}: ${report.ok ? 'valid' : 'not valid'}`];
  for (const e of report.errors)
    lines.push(`  error   ${e.path}: ${e.message}`, `          → ${e.suggestion}`);
  for (const w of report.warnings)
    lines.push(`  warning ${w.path}: ${w.message}`, `          → ${w.suggestion}`);
  if (report.ok && !report.warnings.length) lines.push('  no problems, no warnings');
  return lines.join('\n');
}

/** Checks each path in `args` (and fixes it first with --fix); the exit code: 0, 1 on errors, 2 on no path. */
export function main(
  args: string[],
  usage = 'npm run validate-config -- [--fix] path/to/org.json [more.json…]',
) {
  const fix = args.includes('--fix');
  const paths = args.filter((a) => a !== '--fix');
  if (!paths.length) {
    console.error(`Usage: ${usage}`);
    return 2;
  }
  let failed = false;
  for (const path of paths) {
    if (fix)
      for (const change of fixFile(path) ?? [])
        console.log(`${path}: fixed   ${change.path}: ${change.message}`);
    const report = checkFile(path);
    console.log(formatReport(path, report));
    failed ||= !report.ok;
  }
  return failed ? 1 : 0;
}
