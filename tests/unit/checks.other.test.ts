import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkActivationCode } from '../../flows/checks/fields/activationCode';
import { checkBirthDate } from '../../flows/checks/fields/birthDate';
import { suggestDomain } from '../../flows/checks/fields/emailDomain';
import { checkLoginId } from '../../flows/checks/fields/loginId';
import { checkPhoneNumber } from '../../flows/checks/fields/phoneNumber';
import { checkPortalAddress } from '../../flows/checks/fields/portalAddress';

const official = ['https://mychart.riversidehealth.example'];

describe('given a person types the portal address they use', () => {
  it.each([
    ['https://mychart.riversidehealth.example', 'official'],
    ['mychart.riversidehealth.example', 'official'],
    ['MyChart.RiversideHealth.example/login?x=1', 'official'],
    ['www.mychart.riversidehealth.example', 'official'],
    ['http://mychart.riversidehealth.example', 'insecure'],
    ['riverside-health-portal-login.com', 'lookalike'],
    ['mychart.riversidehealth-login.example', 'lookalike'],
    ['mychart.rivresidehealth.example', 'lookalike'],
    ['mychart.riversidehealthh.example', 'lookalike'],
    ['mychart.rіversidehealth.example', 'lookalike'],
    ['xn--mychart-rversidehealth-xyz.example', 'lookalike'],
    ['mychart.lakesideclinic.example', 'otherPortal'],
    ['example.com', 'unofficial'],
    ['hello', 'notAnAddress'],
    ['', 'empty'],
    ['javascript:alert(1)', 'notAnAddress'],
  ])('%s is %s', (typed, kind) => {
    expect(checkPortalAddress(typed, official).kind).toBe(kind);
  });

  it('names why a look-alike is suspicious', () => {
    expect(checkPortalAddress('riverside-health-portal-login.com', official)).toMatchObject({
      reason: 'extraWords',
    });
    expect(checkPortalAddress('mychart.rivresidehealth.example', official)).toMatchObject({
      reason: 'misspelt',
    });
    expect(checkPortalAddress('mychart.rіversidehealth.example', official)).toMatchObject({
      reason: 'specialCharacters',
    });
  });
});

describe('given organizations whose names are short, hyphenated or have digits', () => {
  it.each([
    // Words of the name split up with others: the usual phishing pattern.
    ['https://mychart.riverside-health.example', 'health-riverside-login.com', 'lookalike'],
    ['https://mychart.riverside-health.example', 'riverside-login.com', 'unofficial'],
    // A name of four characters with digits is still looked for whole.
    ['https://mychart.rh24.example', 'rh24-portal.com', 'lookalike'],
    ['https://mychart.rh24.example', 'google.com', 'unofficial'],
    // Two letters are inside too many real addresses to call them look-alikes.
    ['https://mychart.uw.example', 'uwaterloo.ca', 'unofficial'],
  ])('with the portal at %s, %s is %s', (portal, typed, kind) => {
    expect(checkPortalAddress(typed, [portal]).kind).toBe(kind);
  });

  it('names the split-up words as extra words', () => {
    expect(
      checkPortalAddress('health-riverside-login.com', [
        'https://mychart.riverside-health.example',
      ]),
    ).toMatchObject({ kind: 'lookalike', reason: 'extraWords' });
  });
});

describe('given a person types their activation code', () => {
  const riverside = { groups: [5, 5, 5], caseSensitive: false };
  const lakeside = { groups: [5, 5, 5], caseSensitive: true };
  it.each([
    // Letters and digits mix at random, so an O among digits may be printed so: no "may be".
    [
      'ABCDE-12O45-FGHIJ',
      riverside,
      {
        kind: 'looksFine',
        normalised: 'ABCDE-12O45-FGHIJ',
        ambiguous: ['B', '1', '2', 'O', '5', 'I'],
      },
    ],
    ['12345-12O45-67890', riverside, { kind: 'lookalikeCharacters', fixed: '12345-12045-67890' }],
    ['12345-1234S-67890', riverside, { kind: 'lookalikeCharacters', fixed: '12345-12345-67890' }],
    ['l2345-12345-67890', riverside, { kind: 'lookalikeCharacters', fixed: '12345-12345-67890' }],
    [
      'abcde 12345 fghij',
      riverside,
      { kind: 'looksFine', normalised: 'ABCDE-12345-FGHIJ', ambiguous: ['1', '2', '5'] },
    ],
    [
      'ABCDE–12345—FGHIJ',
      riverside,
      { kind: 'looksFine', normalised: 'ABCDE-12345-FGHIJ', ambiguous: ['B', '1', '2', '5', 'I'] },
    ],
    ['abCDE-12345-FGHIJ', lakeside, { kind: 'caseMatters' }],
    // Codes all of digits: each look-alike letter read as its digit, up to two of them.
    ['12345-67890-2468B', riverside, { kind: 'lookalikeCharacters', fixed: '12345-67890-24688' }],
    ['12345-67890-2468Z', riverside, { kind: 'lookalikeCharacters', fixed: '12345-67890-24682' }],
    ['12345-67890-2468I', riverside, { kind: 'lookalikeCharacters', fixed: '12345-67890-24681' }],
    ['12345-67890-2468o', riverside, { kind: 'lookalikeCharacters', fixed: '12345-67890-24680' }],
    [
      '12345-67890-24680',
      riverside,
      { kind: 'looksFine', normalised: '12345-67890-24680', ambiguous: ['1', '2', '5', '8', '0'] },
    ],
    // Three look-alikes, or a letter that looks like no digit: a real code of letters and digits.
    [
      '1234S-6789O-2468B',
      riverside,
      {
        kind: 'looksFine',
        normalised: '1234S-6789O-2468B',
        ambiguous: ['1', '2', 'S', '8', 'O', 'B'],
      },
    ],
    [
      '1234S-67890-2468K',
      riverside,
      { kind: 'looksFine', normalised: '1234S-67890-2468K', ambiguous: ['1', '2', 'S', '8', '0'] },
    ],
    // Ten characters is long enough to read as digits; nine is not.
    ['12345-6789O', { groups: [5, 5] }, { kind: 'lookalikeCharacters', fixed: '12345-67890' }],
    [
      '123-456-78O',
      { groups: [3, 3, 3] },
      { kind: 'looksFine', normalised: '123-456-78O', ambiguous: ['1', '2', '5', '8', 'O'] },
    ],
    ['ABCDE-12345', riverside, { kind: 'wrongLength', expected: 15, got: 10 }],
    ['ABCDE-12345-FGH!J', riverside, { kind: 'unexpectedCharacters' }],
    ['', riverside, { kind: 'empty' }],
  ] as const)('%s gives %j', (typed, rules, expected) => {
    expect(checkActivationCode(typed, rules)).toEqual(expected);
  });
});

describe('given a person types a date of birth', () => {
  const today = '2026-12-02';
  it.each([
    ['03/27/1984', { kind: 'adult', age: 42 }],
    ['1984-03-27', { kind: 'adult', age: 42 }],
    ['12/02/2008', { kind: 'adult', age: 18 }],
    ['12/03/2008', { kind: 'minor', age: 17 }],
    ['1/15/2015', { kind: 'minor', age: 11 }],
    ['02/30/1990', { kind: 'notADate' }],
    ['13/01/1990', { kind: 'notADate' }],
    ['01/01/2027', { kind: 'inFuture' }],
    ['01/01/1850', { kind: 'tooOld' }],
    ['yesterday', { kind: 'notADate' }],
    ['', { kind: 'empty' }],
  ])('%s gives %j', (typed, expected) => {
    expect(checkBirthDate(typed, today, 18)).toEqual(expected);
  });
});

describe('given a person types the phone number they have now', () => {
  it.each([
    ['(608) 555-0142', { kind: 'valid', last4: '0142', masked: '(•••) •••-0142' }],
    ['+1 608 555 0142', { kind: 'valid', last4: '0142', masked: '(•••) •••-0142' }],
    ['1-608-555-0142', { kind: 'valid', last4: '0142', masked: '(•••) •••-0142' }],
    ['+44 20 7946 0018', { kind: 'valid', last4: '0018', masked: '•••• 0018' }],
    ['555-0142', { kind: 'tooShort' }],
    ['(108) 555-0142', { kind: 'notAUsNumber' }],
    ['608555014299', { kind: 'tooLong' }],
    ['call me', { kind: 'unexpectedCharacters' }],
    ['', { kind: 'empty' }],
  ])('%s gives %j', (typed, expected) => {
    expect(checkPhoneNumber(typed)).toEqual(expected);
  });
});

describe('given an organization outside North America, before the phone library has loaded', () => {
  // Counted as digits only: 8 to 15 of them, the range of numbers in any country.
  it.each([
    ['0123456', 'tooShort'],
    ['01234567', 'valid'],
    ['012345678901234', 'valid'],
    ['0123456789012345', 'tooLong'],
    ['+4412345', 'tooShort'],
    ['+44123456', 'valid'],
  ])('%s is %s', (typed, kind) => expect(checkPhoneNumber(typed, 'GB').kind).toBe(kind));
});

describe('given anything at all is typed', () => {
  // Any string: unicode, control characters, right-to-left text, huge inputs. Never an exception.
  const anyText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.constantFrom(
      'x'.repeat(10_000),
      '\u202eevil',
      '😀@😀.com',
      '\u0000\u0007',
      'مرحبا@example.com',
    ),
  );
  const property = (check: (s: string) => { kind: string }) =>
    fc.assert(
      fc.property(anyText, (typed) => typeof check(typed).kind === 'string'),
      { numRuns: 2000, seed: 42 },
    );
  it('the login check always answers', () =>
    property((s) =>
      checkLoginId(s, { signInWith: 'either', usernamesCaseSensitive: true }, suggestDomain),
    ));
  it('the address check always answers', () => property((s) => checkPortalAddress(s, official)));
  it('the activation check always answers', () =>
    property((s) => checkActivationCode(s, { groups: [5, 5, 5], caseSensitive: true })));
  it('the date check always answers', () => property((s) => checkBirthDate(s, '2026-12-02', 18)));
  it('the phone check always answers', () => property((s) => checkPhoneNumber(s)));
});
