// The validator a health system's team runs on its configuration: clean on the demo files, every
// malformed one reported at its path with a suggestion, every risky-but-valid setting warned
// about, and the command's exit code fit for a deploy pipeline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../flows/config/check';
import {
  jsonSchema,
  REFERENCE_FILE,
  referenceHtml,
  SCHEMA_FILE,
} from '../../src/tools/config-docs/configDocs';
import { checkFile, formatReport } from '../../src/tools/validate-config/cli';
import { BAD_CONFIGS, brokenConfig } from '../fixtures/badConfigs';
import { rawAgentFacts, rawOrg } from '../support/orgs';

const root = resolve(import.meta.dirname, '../..');

describe('the demo configurations', () => {
  it.each(['riverside', 'lakeside'])('%s is valid, with no warnings', (id) => {
    expect(checkConfig(rawOrg(id))).toEqual({ ok: true, errors: [], warnings: [] });
  });
});

describe('every malformed configuration in the test corpus', () => {
  it.each(BAD_CONFIGS)('%s: an error at its path, with a suggestion', (_name, change, path) => {
    const report = checkConfig(brokenConfig(change));
    expect(report.ok).toBe(false);
    const named = report.errors.filter(
      (e) => e.path === path || e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`),
    );
    expect(named.length, JSON.stringify(report.errors)).toBeGreaterThan(0);
    for (const error of named) expect(error.suggestion.length).toBeGreaterThan(10);
  });

  it('suggests the setting a misspelt key was meant to be', () => {
    const report = checkConfig(brokenConfig((c) => (c.portal.signinWith = 'email')));
    expect(report.errors[0]?.suggestion).toMatch(/"signinWith" → "signInWith"/);
  });
});

type Change = (c: Record<string, any>) => void;
const RISKY: [string, Change, string, RegExp][] = [
  [
    'no channel open at the weekend',
    (c) => {
      for (const ch of c.channels)
        if (ch.hours !== '24/7')
          ch.hours.weekly = [{ days: ['mon', 'fri'], open: '08:00', close: '17:00' }];
        else
          ch.hours = {
            timeZone: 'America/Chicago',
            weekly: [{ days: ['tue'], open: '08:00', close: '12:00' }],
          };
    },
    'channels',
    /Saturday or Sunday/,
  ],
  [
    '"24/7" on a line that has opening hours elsewhere',
    (c) =>
      c.channels.push(
        { ...c.channels[0], id: 'same-line-247', hours: '24/7' },
        {
          ...c.channels[0],
          id: 'same-line-weekdays',
          hours: {
            timeZone: 'America/Chicago',
            weekly: [{ days: ['mon'], open: '08:00', close: '17:00' }],
          },
        },
      ),
    'channels[',
    /24\/7/,
  ],
  [
    'odd proxy age bands',
    (c) => Object.assign(c.proxy, { teenFrom: 16, adultAt: 17 }),
    'proxy',
    /age bands/,
  ],
  [
    'a phone line handling nothing',
    (c) => (c.channels[1].handles = []),
    'channels[1].handles',
    /handles nothing/,
  ],
  [
    'a portal address on a domain unlike the others',
    (c) => (c.portal.urls = ['https://mychart.riversidehealht.example/']),
    'portal.urls[0]',
    /not on the same site/,
  ],
];

describe('risky but valid settings', () => {
  it.each(RISKY)('warns about %s', (_name, change, path, message) => {
    const report = checkConfig(brokenConfig(change));
    expect(report.errors).toEqual([]);
    const warning = report.warnings.find((w) => w.path.startsWith(path) && message.test(w.message));
    expect(warning, JSON.stringify(report.warnings)).toBeDefined();
    expect(warning!.suggestion.length).toBeGreaterThan(20);
  });
});

describe('npm run validate-config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'validate-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const good = write('good.json', JSON.stringify(rawOrg('riverside')));
  const bad = write(
    'bad.json',
    JSON.stringify(brokenConfig((c) => (c.channels[0].phone = '555-0142'))),
  );
  const notJson = write('broken.json', '{ "id": "x", }');

  it('prints each problem with its path and a suggestion', () => {
    const text = formatReport(bad, checkFile(bad));
    expect(text).toMatch(/error {3}channels\[0\]\.phone: must be an E\.164 phone number/);
    expect(text).toMatch(/→ Write the number with \+ and the country code/);
    expect(formatReport(notJson, checkFile(notJson))).toMatch(/error {3}\(file\):/);
  });

  it('checks an agent facts file (<id>.agent.json) as one, with its own warnings', () => {
    expect(formatReport('x', checkFile(resolve(root, 'public/orgs/riverside.agent.json')))).toBe(
      'x: valid\n  no problems, no warnings',
    );
    const weak = write(
      'weak.agent.json',
      JSON.stringify({
        ...(rawAgentFacts('riverside') as object),
        identityCheck: { identifiers: ['fullName', 'birthDate'], required: 2 },
      }),
    );
    expect(formatReport(weak, checkFile(weak))).toMatch(
      /warning identityCheck\.required: staff may reset password and two-step verification after checking only 2 identifiers/,
    );
    const wrong = write('wrong.agent.json', JSON.stringify(rawOrg('riverside')));
    expect(formatReport(wrong, checkFile(wrong))).toMatch(
      /error {3}\(top level\): unknown settings/,
    );
  });

  it('exits 0 on a valid file and 1 when any file has an error', () => {
    const run = (...files: string[]) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', resolve(root, 'src/tools/validate-config/cli.ts'), ...files],
        {
          encoding: 'utf8',
        },
      );
    const ok = run(good);
    expect(ok.stdout).toMatch(/valid\n {2}no problems, no warnings/);
    expect(ok.status).toBe(0);
    expect(run(good, bad).status).toBe(1);
  });
});

describe('the JSON Schema and the reference page', () => {
  it('are up to date with the schema (run `npm run config-docs` after changing it)', () => {
    expect(JSON.parse(readFileSync(resolve(root, SCHEMA_FILE), 'utf8'))).toEqual(jsonSchema());
    expect(readFileSync(resolve(root, REFERENCE_FILE), 'utf8')).toBe(referenceHtml());
  });

  it('describe every top-level setting', () => {
    const schema = jsonSchema() as { properties: Record<string, { description?: string }> };
    const undescribed = Object.entries(schema.properties).filter(([, p]) => !p.description);
    expect(undescribed.map(([k]) => k)).toEqual([]);
  });
});
