// Files written for the schema before this version: today's demo and test files pass through the
// migration unchanged, and an older file is named, fixed by --fix and then valid.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../flows/config/check';
import { migrateConfig } from '../../flows/config/migrate';
import { rawOrg, withChanges } from '../support/orgs';

const root = resolve(import.meta.dirname, '../..');
const older = () =>
  withChanges('lakeside', (c) => {
    c.languages = ['en-US', 'fr', 'es', 'en'];
  });

describe('migrating a configuration', () => {
  it.each(['riverside', 'lakeside', 'test-variants', 'test-uk', 'test-canada'])(
    '%s passes through unchanged',
    (id) => {
      expect(migrateConfig(rawOrg(id))).toEqual({ config: rawOrg(id), changes: [] });
    },
  );

  it('names the change in the error and what --fix does', () => {
    const report = checkConfig(older());
    const fr = report.errors.find((e) => e.path === 'languages[1]');
    expect(fr?.suggestion).toMatch(/removed "fr".*--fix/);
    const { config, changes } = migrateConfig(older());
    expect((config as { languages: string[] }).languages).toEqual(['en', 'es']);
    expect(changes.map((c) => c.message)).toEqual([
      '"en-US" → "en"',
      expect.stringMatching(/^removed "fr"/),
      expect.stringMatching(/^removed "en": "en" is listed already/),
    ]);
    expect(checkConfig(config).ok).toBe(true);
  });

  it('npm run validate-config -- --fix rewrites the file, which then validates', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fix-')), 'org.json');
    writeFileSync(file, JSON.stringify(older()));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', resolve(root, 'src/tools/validate-config/cli.ts'), '--fix', file],
      { encoding: 'utf8' },
    );
    expect(run.stdout).toMatch(/fixed {3}languages: removed "fr"/);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).languages).toEqual(['en', 'es']);
  }, 60_000);
});
