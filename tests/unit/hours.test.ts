import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../flows/config/schema';
import { channelStatus } from '../../flows/contact/hours';

const weekdays: OpeningHours = {
  timeZone: 'America/Chicago',
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '17:00' }],
  closedDates: ['2026-12-25'],
};
const at = (iso: string) => new Date(iso);

describe("opening hours in the organization's time zone", () => {
  it('is open on a weekday morning until 5 PM Chicago time', () => {
    expect(channelStatus(weekdays, at('2026-12-02T10:15:00-06:00'))).toEqual({
      kind: 'open',
      until: at('2026-12-02T17:00:00-06:00'),
    });
  });
  it('on Saturday night it opens Monday at 8 AM', () => {
    expect(channelStatus(weekdays, at('2026-12-05T21:30:00-06:00'))).toEqual({
      kind: 'closed',
      opensAt: at('2026-12-07T08:00:00-06:00'),
    });
  });
  it('skips a holiday', () => {
    expect(channelStatus(weekdays, at('2026-12-24T18:00:00-06:00'))).toEqual({
      kind: 'closed',
      opensAt: at('2026-12-28T08:00:00-06:00'),
    });
  });
  it('follows the change to daylight saving time', () => {
    // 8 March 2026: clocks go forward; Monday 9 March opens at 8 AM CDT (UTC−5).
    expect(channelStatus(weekdays, at('2026-03-07T12:00:00-06:00'))).toEqual({
      kind: 'closed',
      opensAt: at('2026-03-09T08:00:00-05:00'),
    });
  });
  it('handles a person in another time zone: the instant is what counts', () => {
    expect(channelStatus(weekdays, at('2026-12-02T08:30:00-08:00')).kind).toBe('open'); // 10:30 in Chicago
    expect(channelStatus(weekdays, at('2026-12-02T06:30:00+01:00')).kind).toBe('closed'); // 23:30 the day before
  });
  it('handles hours that run past midnight', () => {
    const nights: OpeningHours = {
      timeZone: 'America/New_York',
      weekly: [{ days: ['fri'], open: '22:00', close: '06:00' }],
    };
    expect(channelStatus(nights, at('2026-12-05T03:00:00-05:00'))).toEqual({
      kind: 'open',
      until: at('2026-12-05T06:00:00-05:00'),
    });
  });
  it('is always open when the line is 24/7', () => {
    expect(channelStatus('24/7', at('2026-12-25T03:00:00Z'))).toEqual({ kind: 'always' });
  });
});

describe('opening hours around the autumn clock change', () => {
  it('opens at 8 AM local on the Monday after clocks go back', () => {
    // 1 November 2026: clocks go back; Monday 2 November opens at 8 AM CST (UTC−6).
    expect(channelStatus(weekdays, at('2026-10-31T12:00:00-05:00'))).toEqual({
      kind: 'closed',
      opensAt: at('2026-11-02T08:00:00-06:00'),
    });
  });
});
