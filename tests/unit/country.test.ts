// The organization's country (issue #22 item 6): phone numbers shown and checked as its people
// write them (libphonenumber-js, loaded only outside North America), dates of birth read in its
// order, and the examples in hints and errors from that country.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBirthDate } from '../../flows/checks/fields/birthDate';
import { checkPhoneNumber } from '../../flows/checks/fields/phoneNumber';
import { runCheck } from '../../flows/checks/index';
import { needsPhoneLibrary } from '../../flows/checks/phoneLibrary';
import { loadPhoneLibrary } from '../../flows/checks/phoneLoader';
import { checkConfig } from '../../flows/config/check';
import { dateOrderOf } from '../../flows/config/region';
import { formatPhone, phoneExample } from '../../src/format/phone';
import { brokenConfig } from '../fixtures/badConfigs';
import { org, rawOrg } from '../support/orgs';

describe('without the phone library (US and Canadian organizations)', () => {
  it('is not loaded for the demos or a Canadian organization', () => {
    expect(needsPhoneLibrary(rawOrg('riverside'))).toBe(false);
    expect(needsPhoneLibrary(rawOrg('lakeside'))).toBe(false);
    expect(needsPhoneLibrary(rawOrg('test-canada'))).toBe(false);
    expect(needsPhoneLibrary(rawOrg('test-uk'))).toBe(true);
    // A US organization with a number from elsewhere needs it too.
    expect(needsPhoneLibrary(brokenConfig((c) => (c.interpreterPhone = '+442079460160')))).toBe(
      true,
    );
  });

  it('formats North American numbers by hand', () => {
    expect(formatPhone('+16085550142')).toBe('(608) 555-0142');
    expect(formatPhone('+14165550142', 'CA')).toBe('(416) 555-0142');
    expect(phoneExample('CA')).toBe('(608) 555-0142');
  });
});

describe('with the phone library (a UK organization)', () => {
  beforeAll(() => {
    loadPhoneLibrary();
  });

  it('shows +442079460101 as "+44 20 7946 0101"', () => {
    expect(formatPhone('+442079460101', 'GB')).toBe('+44 20 7946 0101');
    expect(formatPhone('+442079460101')).toBe('+44 20 7946 0101');
  });

  it('accepts a UK mobile typed the UK way, and gives a UK example', () => {
    expect(checkPhoneNumber('07700 900123', 'GB')).toMatchObject({ kind: 'valid', last4: '0123' });
    expect(checkPhoneNumber('+44 7700 900123', 'GB')).toMatchObject({ kind: 'valid' });
    expect(checkPhoneNumber('07700 9001234', 'GB').kind).toBe('notANumberHere');
    expect(phoneExample('GB')).toBe('07400 123456');
    expect(runCheck('phoneNumber', '07700 900123', org('test-uk'), '2026-12-02').finding.kind).toBe(
      'valid',
    );
  });

  it('still checks US numbers the US way', () => {
    expect(checkPhoneNumber('07700 900123', 'US').kind).toBe('tooLong');
    expect(checkPhoneNumber('(608) 555-0142', 'US').kind).toBe('valid');
  });
});

describe('dates of birth in the country’s order', () => {
  it('reads day first in the UK and most countries, month first in the US', () => {
    expect(dateOrderOf({})).toBe('mdy');
    expect(dateOrderOf({ country: 'GB' })).toBe('dmy');
    expect(dateOrderOf({ country: 'CA', dateOrder: 'ymd' })).toBe('ymd');
    expect(checkBirthDate('27/03/1984', '2026-12-02', 18, 'dmy').kind).toBe('adult');
    expect(checkBirthDate('03/27/1984', '2026-12-02', 18, 'dmy').kind).toBe('notADate');
    expect(checkBirthDate('1984-03-27', '2026-12-02', 18, 'dmy').kind).toBe('adult');
    expect(checkBirthDate('03/27/1984', '2026-12-02', 18).kind).toBe('adult');
    const uk = org('test-uk');
    expect(runCheck('birthDate', '27/03/1984', uk, '2026-12-02').finding.kind).toBe('adult');
  });
});

describe('the country setting', () => {
  it('takes ISO codes and says "GB" for "UK"', () => {
    expect(checkConfig(brokenConfig((c) => (c.country = 'GB'))).errors).toEqual([]);
    const [error] = checkConfig(brokenConfig((c) => (c.country = 'UK'))).errors;
    expect(error?.path).toBe('country');
    expect(error?.message).toMatch(/"GB"/);
    expect(checkConfig(brokenConfig((c) => (c.dateOrder = 'dd/mm/yyyy'))).errors[0]?.path).toBe(
      'dateOrder',
    );
  });
});
