// Prints how long each input check takes on typical and worst-case inputs. A benchmark, not a
// test: it never fails on time. Run with `npm run bench:checks`.

import { performance } from 'node:perf_hooks';
import { checkActivationCode } from '../../flows/checks/fields/activationCode';
import { checkBirthDate } from '../../flows/checks/fields/birthDate';
import { suggestDomain } from '../../flows/checks/fields/emailDomain';
import { checkLoginId } from '../../flows/checks/fields/loginId';
import { checkPhoneNumber } from '../../flows/checks/fields/phoneNumber';
import { checkPortalAddress } from '../../flows/checks/fields/portalAddress';

const official = ['https://mychart.riversidehealth.example'];
const rules = { signInWith: 'either', usernamesCaseSensitive: true } as const;
const code = { groups: [5, 5, 5], caseSensitive: true };
const worst = `${'x'.repeat(499)}@`;

const cases: [string, () => unknown][] = [
  [
    'login id: typical (gmial.com)',
    () => checkLoginId('maria.lopez@gmial.com', rules, suggestDomain),
  ],
  ['login id: worst (499 chars)', () => checkLoginId(worst, rules, suggestDomain)],
  [
    'address: typical (look-alike)',
    () => checkPortalAddress('riverside-health-portal-login.com', official),
  ],
  ['address: worst (long host)', () => checkPortalAddress(`${'a'.repeat(240)}.example`, official)],
  ['activation: typical', () => checkActivationCode('ABCDE-12O45-FGHIJ', code)],
  ['activation: worst (499 chars)', () => checkActivationCode('A'.repeat(499), code)],
  ['birth date: typical', () => checkBirthDate('03/27/1984', '2026-12-02', 18)],
  ['phone: typical', () => checkPhoneNumber('(608) 555-0142')],
];

function measure(run: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < 200; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[1000]!, p95: times[1900]! };
}

console.log('| check | median µs | p95 µs |\n|---|---:|---:|');
for (const [name, run] of cases) {
  const { median, p95 } = measure(run);
  console.log(`| ${name} | ${(median * 1000).toFixed(1)} | ${(p95 * 1000).toFixed(1)} |`);
}
