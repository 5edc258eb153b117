// The policy settings of issue #22 (items 1–5): today's files stay valid, the real health systems'
// files validate, and the cross-field rules name the exact change a web team must make.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../flows/config/check';
import { validateConfig } from '../../flows/config/validate';
import { withChanges } from '../support/orgs';

const dir = (name: string) => resolve(import.meta.dirname, '../fixtures', name);
const read = (folder: string, file: string) =>
  JSON.parse(readFileSync(resolve(dir(folder), file), 'utf8')) as unknown;
const problems = (raw: unknown) => {
  const result = validateConfig(raw);
  return result.ok ? [] : result.problems;
};

describe('migration: files valid before the policy settings stay valid', () => {
  // Copies of public/orgs/*.json as they were on 2026-12-02, before these settings existed.
  it.each(readdirSync(dir('demo-2026-12')))('%s validates with no error', (file) => {
    const report = checkConfig(read('demo-2026-12', file));
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

describe("real health systems' configurations", () => {
  const files = readdirSync(dir('real-orgs')).filter((f) => f.endsWith('.json'));
  it('has at least eight, each cited in the README', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    const readme = readFileSync(resolve(dir('real-orgs'), 'README.md'), 'utf8');
    for (const file of files) expect(readme).toContain(`\`${file}\``);
  });
  it.each(files)('%s validates, with invented contact details only', (file) => {
    const raw = read('real-orgs', file);
    expect(problems(raw)).toEqual([]);
    const text = JSON.stringify(raw);
    for (const [, number] of text.matchAll(/"(\+\d+)"/g))
      expect(number, 'reserved phone range').toMatch(/^\+1\d{3}55501\d\d$|^\+4420794601\d\d$/);
    for (const [, host] of text.matchAll(/https:\/\/([^/"]+)/g))
      expect(host).toMatch(/\.example\.org$/);
    for (const [, domain] of text.matchAll(/@([a-z0-9.-]+)"/g))
      expect(domain).toMatch(/\.example\.org$/);
  });
});

describe('cross-field rules name the exact new form', () => {
  const cases: [string, (c: Record<string, any>) => void, string, RegExp][] = [
    [
      'no codes, but code settings',
      (c) => {
        c.activation.codes = false;
      },
      'activation.groups',
      /activation.codes is false \(no activation codes\), so remove "groups"/,
    ],
    [
      'no codes and no online sign-up',
      (c) => {
        c.activation = { codes: false };
      },
      'activation.onlineSignup',
      /is needed when activation.codes is false/,
    ],
    [
      'a teen rule without its ages',
      (c) => {
        delete c.proxy.teenFrom;
      },
      'proxy.teenRule',
      /needs proxy.teenFrom and proxy.adultAt/,
    ],
    [
      'required two-step that can be turned off',
      (c) => {
        c.verification.mandatory = true;
        c.verification.canTurnOff = true;
      },
      'verification.canTurnOff',
      /cannot be true when verification.mandatory is true/,
    ],
    [
      'an empty roll-out',
      (c) => {
        c.verification.rollout = {};
      },
      'verification.rollout',
      /needs "promptFrom", "requiredFrom" or both/,
    ],
    [
      'a roll-out prompted after it is required',
      (c) => {
        c.verification.rollout = { promptFrom: '2026-02-01', requiredFrom: '2026-01-01' };
      },
      'verification.rollout.promptFrom',
      /must not be later than/,
    ],
    [
      'an identity check listed twice',
      (c) => {
        c.activation.onlineSignup.identityCheck = ['questions', 'questions'];
      },
      'activation.onlineSignup.identityCheck',
      /lists a check twice/,
    ],
    [
      'a kind of proxy with an empty form list',
      (c) => {
        c.proxy.kinds = { foster: { forms: {} } };
      },
      'proxy.kinds.foster.forms',
      /needs at least one way/,
    ],
  ];
  it.each(cases)('%s', (_name, change, path, message) => {
    const found = problems(withChanges('riverside', change));
    expect(found.find((p) => p.path === path)?.message).toMatch(message);
  });

  it('accepts every new setting together', () => {
    const raw = withChanges('riverside', (c) => {
      c.verification = {
        methods: ['text', 'email'],
        mandatory: true,
        canTurnOff: false,
        replacesSecurityQuestions: true,
        rollout: { promptFrom: '2025-06-01', requiredFrom: '2025-07-13' },
        resendLimit: { codes: 3, waitMinutes: 30 },
      };
      c.recovery.limits = { recoveryAttempts: 5, resetAttempts: 5 };
      c.recovery.usernameCanChange = false;
      c.activation = {
        linkMinutes: 30,
        asks: ['birthDate', 'email', 'ssnLast4', 'medicalRecordNumber', 'zipCode'],
        birthDateFormat: 'MM/DD/YYYY',
        onlineSignup: {
          url: 'https://mychart.riversidehealth.example/signup',
          identityCheck: ['idAndSelfie', 'questions'],
        },
      };
      c.proxy.kinds = {
        child: { forms: { inPerson: true } },
        teen: { forms: { url: 'https://riversidehealth.example/teen' } },
        adult: { forms: { mailAddress: '1 Example Way', fax: '+16085550199' }, renewalMonths: 18 },
        guardian: { forms: { email: 'records@riversidehealth.example' } },
        foster: { forms: { email: 'records@riversidehealth.example' }, renewalMonths: 12 },
      };
      c.lockout = { unlock: 'unpublished' };
      delete c.portal.usernamesCaseSensitive;
    });
    expect(problems(raw)).toEqual([]);
  });

  it('warns, rather than fails, when no way to send a proxy form is published', () => {
    const report = checkConfig(
      withChanges('lakeside', (c) => {
        c.proxy.forms = {};
      }),
    );
    expect(report.ok).toBe(true);
    expect(report.warnings.map((w) => w.path)).toContain('proxy.forms');
  });
});
