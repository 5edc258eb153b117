import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Scenario } from './decide';

const root = resolve(import.meta.dirname, '../..');

/**
 * SCENARIOS_DIR alone when set; otherwise shared/scenarios beside the repo (or beside the folder
 * of worktrees the repo is checked out in), then tests/scenarios.
 */
export function scenarioDirs(): string[] {
  if (process.env.SCENARIOS_DIR) return [resolve(process.cwd(), process.env.SCENARIOS_DIR)];
  const shared = ['../shared/scenarios', '../../shared/scenarios']
    .map((dir) => resolve(root, dir))
    .find(existsSync);
  return [shared, resolve(root, 'tests/scenarios/cases')].filter(
    (dir): dir is string => dir !== undefined && existsSync(dir),
  );
}

export function loadScenarios(): { file: string; scenario: Scenario }[] {
  return scenarioDirs().flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({
        file: join(dir, f),
        scenario: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Scenario,
      })),
  );
}

/** Scenarios waiting on a later issue, by id. Printed as pending on every run; empty when done. */
export const PENDING: Record<string, string> = JSON.parse(
  readFileSync(resolve(root, 'tests/scenarios/pending.json'), 'utf8'),
);
