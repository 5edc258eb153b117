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
