// Right or silent, for every check other than email that answers with a fix or a claim: the
// username box, the portal address, the phone number, the activation code and the date of birth
// (the cases and their sources: tests/fixtures/fieldCorpus.ts). Aims: 0 wrong answers for what is
// right as typed, every typo given its fix.
import { describe, expect, it } from 'vitest';
import { checkActivationCode } from '../../flows/checks/fields/activationCode';
import { checkBirthDate } from '../../flows/checks/fields/birthDate';
import { suggestDomain } from '../../flows/checks/fields/emailDomain';
import { checkLoginId } from '../../flows/checks/fields/loginId';
import { checkPhoneNumber } from '../../flows/checks/fields/phoneNumber';
import { checkPortalAddress } from '../../flows/checks/fields/portalAddress';
import { loadPhoneLibrary } from '../../flows/checks/phoneLoader';
import {
  ACTIVATION_RIGHT,
  ACTIVATION_RULES,
  ACTIVATION_TYPOS,
  BIRTH_RIGHT,
  BIRTH_TODAY,
  BIRTH_TYPOS,
  type FieldCase,
  LOGIN_RIGHT,
  LOGIN_RULES,
  LOGIN_TYPOS,
  PHONE_RIGHT,
  PHONE_TYPOS,
  PORTAL,
  PORTAL_RIGHT,
  PORTAL_TWO_RIGHT,
  PORTAL_TYPOS,
  PORTALS_TWO,
} from '../fixtures/fieldCorpus';

/** Every case whose answer is not the one named, as readable lines (so a failure lists them all). */
function misses<C extends FieldCase>(list: C[], check: (c: C) => object): string[] {
  return list.flatMap((c) => {
    const got = check(c);
    try {
      expect(got).toMatchObject(c.want);
      return [];
    } catch {
      return [`${JSON.stringify(c.typed)} (${c.why}): got ${JSON.stringify(got)}`];
    }
  });
}

const portal = (c: FieldCase) => checkPortalAddress(c.typed, [PORTAL]);
const login = (c: (typeof LOGIN_RIGHT)[number]) =>
  checkLoginId(c.typed, LOGIN_RULES[c.rules], suggestDomain);
const activation = (c: (typeof ACTIVATION_RIGHT)[number]) =>
  checkActivationCode(c.typed, ACTIVATION_RULES[c.rules]);
const phone = (c: (typeof PHONE_RIGHT)[number]) => checkPhoneNumber(c.typed, c.country);
const birth = (c: (typeof BIRTH_RIGHT)[number]) =>
  checkBirthDate(c.typed, BIRTH_TODAY, 18, c.order);

describe('given a person types what is right, nothing is "fixed" (0 wrong answers)', () => {
  it('the portal address', () => expect(misses(PORTAL_RIGHT, portal)).toEqual([]));
  it('either of two official portal addresses', () =>
    expect(misses(PORTAL_TWO_RIGHT, (c) => checkPortalAddress(c.typed, PORTALS_TWO))).toEqual([]));
  it('the username or email', () => expect(misses(LOGIN_RIGHT, login)).toEqual([]));
  it('the activation code', () => expect(misses(ACTIVATION_RIGHT, activation)).toEqual([]));
  it('the phone number', () => expect(misses(PHONE_RIGHT, phone)).toEqual([]));
  it('the date of birth', () => expect(misses(BIRTH_RIGHT, birth)).toEqual([]));
});

describe('given a person makes a typo, it gets the right fix (all fixed)', () => {
  it('the portal address', () => expect(misses(PORTAL_TYPOS, portal)).toEqual([]));
  it('the username or email', () => expect(misses(LOGIN_TYPOS, login)).toEqual([]));
  it('the activation code', () => expect(misses(ACTIVATION_TYPOS, activation)).toEqual([]));
  it('the phone number', () => expect(misses(PHONE_TYPOS, phone)).toEqual([]));
  it('the date of birth', () => expect(misses(BIRTH_TYPOS, birth)).toEqual([]));
});

describe('the corpus', () => {
  it('has cases of both kinds for every field', () => {
    const sizes = [
      [PORTAL_RIGHT, PORTAL_TYPOS],
      [LOGIN_RIGHT, LOGIN_TYPOS],
      [ACTIVATION_RIGHT, ACTIVATION_TYPOS],
      [PHONE_RIGHT, PHONE_TYPOS],
      [BIRTH_RIGHT, BIRTH_TYPOS],
    ].map(([right, typos]) => [right!.length, typos!.length]);
    for (const [right, typos] of sizes) {
      expect(right).toBeGreaterThanOrEqual(5);
      expect(typos).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('given the organization is outside North America (the phone library is loaded)', () => {
  it('reads its numbers as its people write them', () => {
    loadPhoneLibrary();
    const uk = [
      '020 7946 0018',
      '+44 20 7946 0018',
      '07400 123456',
      '+44 7400 123456',
      '(020) 7946 0018',
    ];
    for (const typed of uk) expect(checkPhoneNumber(typed, 'GB').kind, typed).toBe('valid');
    expect(checkPhoneNumber('020 79', 'GB').kind).toBe('tooShort');
    // Fewer than 6 digits is too short anywhere; 6 to 15 are asked of the library; more is too long.
    expect(checkPhoneNumber('12345', 'GB').kind).toBe('tooShort');
    expect(checkPhoneNumber('123456', 'GB').kind).toBe('notANumberHere');
    expect(checkPhoneNumber('123456789012345', 'GB').kind).toBe('notANumberHere');
    expect(checkPhoneNumber('1234567890123456', 'GB').kind).toBe('tooLong');
    // A number the library cannot read at all.
    expect(checkPhoneNumber('+0000000', 'GB').kind).toBe('notANumberHere');
  });
});
