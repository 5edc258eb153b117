// Real-world email typos and what the person is offered; and addresses that must be left alone.
import { describe, expect, it } from 'vitest';
import { suggestDomain } from '../../flows/checks/fields/emailDomain';
import { checkLoginId } from '../../flows/checks/fields/loginId';

const either = { signInWith: 'either', usernamesCaseSensitive: false } as const;

const TYPOS: [string, string][] = [
  ['gmial.com', 'gmail.com'],
  ['gmai.com', 'gmail.com'],
  ['gmal.com', 'gmail.com'],
  ['gamil.com', 'gmail.com'],
  ['gnail.com', 'gmail.com'],
  ['gmail.con', 'gmail.com'],
  ['gmaill.com', 'gmail.com'],
  ['gmail.comm', 'gmail.com'],
  ['gmail.cmo', 'gmail.com'],
  ['yaho.com', 'yahoo.com'],
  ['yahooo.com', 'yahoo.com'],
  ['yhoo.com', 'yahoo.com'],
  ['hotmial.com', 'hotmail.com'],
  ['hotmal.com', 'hotmail.com'],
  ['hotmai.com', 'hotmail.com'],
  ['hotmil.com', 'hotmail.com'],
  ['homail.com', 'hotmail.com'],
  ['outlok.com', 'outlook.com'],
  ['outllok.com', 'outlook.com'],
  ['otlook.com', 'outlook.com'],
  ['outlook.cmo', 'outlook.com'],
  ['icloud.con', 'icloud.com'],
  ['iclod.com', 'icloud.com'],
  ['icoud.com', 'icloud.com'],
  ['aoll.com', 'aol.com'],
  ['comcast.nte', 'comcast.net'],
  ['comcat.net', 'comcast.net'],
  ['att.nte', 'att.net'],
  ['sbcgloabl.net', 'sbcglobal.net'],
  ['verizon.ent', 'verizon.net'],
  ['verizn.net', 'verizon.net'],
  ['me.con', 'me.com'],
  ['protonmial.com', 'protonmail.com'],
  ['bellsouth.nt', 'bellsouth.net'],
  ['charter.nte', 'charter.net'],
  ['cox.nte', 'cox.net'],
  ['frontier.con', 'frontier.com'],
];

// Real endings stay as typed, even after a provider's name: .co (Colombia), .cm (Cameroon), .om
// (Oman) are real, and comcast.com is Comcast's own domain. mailcheck's corpus lists gmail.co and
// hotmail.co as right; a wrong "fix" costs more than a missed one (tests/fixtures/emailCorpus.ts).
const LEAVE_ALONE = [
  'gmail.co',
  'gmail.cm',
  'gmail.om',
  'yahoo.co',
  'yahoo.cm',
  'hotmail.co',
  'outlook.co',
  'icloud.co',
  'aol.co',
  'comcast.com',
  'sbcglobal.com',
  'msn.co',
  'live.co',
  'ymail.co',
  'gmail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'comcast.net',
  'yahoo.com.mx',
  'hotmail.es',
  'outlook.es',
  'hotmail.co.uk',
  'yahoo.co.uk',
  'prodigy.net.mx',
  'gmx.de',
  'va.gov',
  'uw.edu',
  'mail.uwm.edu',
  'army.mil',
  'riversidehealth.example',
  'company.org',
  'live.com',
];

describe('given a person types their email with a misspelt domain', () => {
  it(`has at least 35 real-world cases (${TYPOS.length})`, () =>
    expect(TYPOS.length).toBeGreaterThanOrEqual(35));

  it.each(TYPOS)('maria.lopez@%s is offered maria.lopez@%s', (typo, fixed) => {
    expect(checkLoginId(`maria.lopez@${typo}`, either, suggestDomain)).toEqual({
      kind: 'domainTypo',
      suggestion: `maria.lopez@${fixed}`,
    });
  });

  it.each(LEAVE_ALONE)('%s is left alone', (domain) => {
    expect(suggestDomain(domain)).toBeNull();
    expect(checkLoginId(`maria.lopez@${domain}`, either, suggestDomain).kind).toBe('looksFine');
  });
});

describe('given other things people type in the username box', () => {
  it.each([
    ['JSmith42 ', either, { kind: 'spaces', fixed: 'JSmith42' }],
    [' maria.lopez@gmail.com', either, { kind: 'spaces', fixed: 'maria.lopez@gmail.com' }],
    ['maria lopez@gmail.com', either, { kind: 'spaces', fixed: 'marialopez@gmail.com' }],
    ['jsmith\u200b42', either, { kind: 'invisibleCharacters', fixed: 'jsmith42' }],
    ['maria@@gmail.com', either, { kind: 'atSignDoubled' }],
    ['maria@gmail', either, { kind: 'domainIncomplete' }],
    ['@gmail.com', either, { kind: 'domainIncomplete' }],
    [
      'maria.lopez@gmail.com',
      { signInWith: 'username', usernamesCaseSensitive: true },
      { kind: 'emailNotExpected' },
    ],
    [
      'jsmith42',
      { signInWith: 'email', usernamesCaseSensitive: false },
      { kind: 'usernameNotExpected' },
    ],
    [
      'maria.lopez.gmail.com',
      { signInWith: 'email', usernamesCaseSensitive: false },
      { kind: 'atSignMissing' },
    ],
    [
      'JSmith42',
      { signInWith: 'username', usernamesCaseSensitive: true },
      { kind: 'capitalsMatter' },
    ],
    [
      'JSmith42',
      { signInWith: 'username', usernamesCaseSensitive: false },
      { kind: 'capitalsIgnored' },
    ],
    ['jsmith42', either, { kind: 'looksFine' }],
    ['', either, { kind: 'empty' }],
    ['   ', either, { kind: 'empty' }],
    ['x'.repeat(10_000), either, { kind: 'tooLong' }],
    ['maria😀@gmail.com', either, { kind: 'unexpectedCharacters' }],
    ['"jsmith"', either, { kind: 'unexpectedCharacters' }],
  ] as const)('%j gives %j', (typed, rules, expected) => {
    expect(checkLoginId(typed, rules, suggestDomain)).toEqual(expected);
  });
});
