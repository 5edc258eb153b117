// "Today" for the machine's date checks (a date of birth in the future, an expired code) is the
// person's own calendar date. It is worked out without Intl: the first Intl.DateTimeFormat of a
// page loads the locale data, which held the first question back by about 54 ms at 4x throttle.
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/format/localDate';

describe('the person’s date today', () => {
  it.each([
    '2026-12-02T10:15:00',
    '2026-01-01T00:00:00',
    '2026-12-31T23:59:59',
    '2024-02-29T12:00:00',
    '2026-03-08T02:30:00',
    '2026-11-01T01:30:00',
  ])('is the calendar date where the person is at %s', (local) => {
    const at = new Date(local);
    expect(localIsoDate(at)).toBe(new Intl.DateTimeFormat('en-CA').format(at));
  });

  it('pads months and days to two digits, as dates are compared as text', () => {
    expect(localIsoDate(new Date(2027, 0, 5))).toBe('2027-01-05');
  });
});
