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
    // Capitals are only mentioned when the organization says whether they matter.
    ['JSmith42', { signInWith: 'username' }, { kind: 'looksFine' }],
    // A domain with anything but letters, digits, dots and hyphens is incomplete, at either end.
    ['maria@%gmail.com', either, { kind: 'domainIncomplete' }],
    ['maria@gmail.com%', either, { kind: 'domainIncomplete' }],
    // "@" lost only when it ends like an email address, not when .com is inside.
    [
      'maria.com.lopez',
      { signInWith: 'email', usernamesCaseSensitive: false },
      { kind: 'usernameNotExpected' },
    ],
    ['', either, { kind: 'empty' }],
    ['   ', either, { kind: 'empty' }],
    ['x'.repeat(10_000), either, { kind: 'tooLong' }],
    ['maria😀@gmail.com', either, { kind: 'unexpectedCharacters' }],
    ['"jsmith"', either, { kind: 'unexpectedCharacters' }],
  ] as const)('%j gives %j', (typed, rules, expected) => {
    expect(checkLoginId(typed, rules, suggestDomain)).toEqual(expected);
  });
});

describe('given a person misspells a less common provider or ending', () => {
  // One typo for every provider the check knows, and every ending it fixes: dropping any one of
  // them from its list stops that person's fix.
  it.each([
    ['googlemial.com', 'googlemail.com'],
    ['rocketmial.com', 'rocketmail.com'],
    ['livve.com', 'live.com'],
    ['msnn.com', 'msn.com'],
    ['mee.com', 'me.com'],
    ['macc.com', 'mac.com'],
    ['aimm.com', 'aim.com'],
    ['aaol.com', 'aol.com'],
    ['attt.net', 'att.net'],
    ['bellsouht.net', 'bellsouth.net'],
    ['chartre.net', 'charter.net'],
    ['coxx.net', 'cox.net'],
    ['earthlnk.net', 'earthlink.net'],
    ['frontir.com', 'frontier.com'],
    ['junoo.com', 'juno.com'],
    ['netzro.net', 'netzero.net'],
    ['roadrunnr.com', 'roadrunner.com'],
    ['centurylnk.net', 'centurylink.net'],
    ['windstrem.net', 'windstream.net'],
    ['optonlin.net', 'optonline.net'],
    ['maill.com', 'mail.com'],
    ['gmxx.com', 'gmx.com'],
    ['zohoo.com', 'zoho.com'],
    ['fastmial.com', 'fastmail.com'],
    ['company.nett', 'company.net'],
    ['company.eud', 'company.edu'],
    ['agency.govv', 'agency.gov'],
    ['company.uss', 'company.us'],
    ['company.bizz', 'company.biz'],
    ['company.mxx', 'company.mx'],
    ['company.caa', 'company.ca'],
    ['company.ukk', 'company.uk'],
    ['company.ess', 'company.es'],
    // A university's mail server keeps its own name; only the ending is fixed.
    ['mail.uwm.eud', 'mail.uwm.edu'],
    ['g.mail.con', 'g.mail.com'],
  ])('maria@%s is offered maria@%s', (typo, fixed) => {
    expect(suggestDomain(typo)).toBe(fixed);
  });

  it.each([
    // Another word that contains a short provider's name is not its typo.
    'olive.com',
    'coax.net',
    // Three letters are too few to read as a provider's name two typos away.
    'yah.com',
    // Two typos away from icloud, but the first letter differs: another company.
    'aloud.com',
    // Dropping the first letter of hotmail is another name, not a typo.
    'otmail.com',
    // One typo from gmail and from ymail alike (and two from hotmail): no guess.
    'hmail.com',
    // An organization's own mail server under a provider-like name is never changed.
    'mail.gmial.com',
    // A hosting company's own suffix (barsy.co.uk) is not an ending to "fix" to .us.
    'clinic.barsy.co.uk',
    // A country's second-level ending (co.za, com.au) is real, whatever the name before it.
    'gmial.co.za',
    'hotmial.com.au',
    // An internationalized ending typed in its ASCII form (.рф as xn--p1ai) may well be real.
    'gmial.xn--p1ai',
  ])('%s is left alone', (domain) => {
    expect(suggestDomain(domain)).toBeNull();
  });

  it('looks at a domain up to the longest the internet allows (253 characters), no longer', () => {
    const label = 'a'.repeat(62);
    const longest = `${label}.${label}.${label}.${'b'.repeat(60)}.con`;
    expect(longest).toHaveLength(253);
    expect(suggestDomain(longest)).toBe(`${longest.slice(0, -3)}com`);
    expect(suggestDomain(`b${longest}`)).toBeNull();
  });

  it('suggests nothing for a bare ending without a name', () => {
    expect(suggestDomain('con')).toBeNull();
  });
});
