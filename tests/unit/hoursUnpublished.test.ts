// Many health systems publish a number or a form without its opening hours. Such a channel is
// neither open nor closed as far as the assistant knows, and is still offered.
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../flows/config/validate';
import { configWarnings } from '../../flows/config/warnings';
import { channelStatus } from '../../flows/contact/hours';
import { channelsFor } from '../../flows/contact/routing';
import { withChanges } from '../support/orgs';

const SATURDAY_NIGHT = new Date('2026-12-05T21:30:00-06:00');
const WEDNESDAY_MORNING = new Date('2026-12-02T10:15:00-06:00');

/** Lakeside, with a portal line that publishes no hours, beside one open around the clock and one
 * with weekday hours. */
const unpublished = () =>
  withChanges('lakeside', (c) => {
    const portal = c.channels.find((ch: { id: string }) => ch.id === 'portal-phone');
    const weekdays = structuredClone(portal.hours);
    delete portal.hours;
    c.channels.push(
      {
        id: 'weekday-desk',
        kind: 'inPerson',
        handles: ['portalSupport'],
        address: '1 Lake Street',
        hours: weekdays,
      },
      {
        id: 'night-form',
        kind: 'webForm',
        handles: ['portalSupport'],
        url: 'https://lakeside.example/help',
        hours: '24/7',
      },
    );
  });

describe('given a health system publishes a phone number without its hours', () => {
  it('the configuration is still valid', () => {
    const result = validateConfig(unpublished());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('the line is neither open nor closed, only unknown', () => {
    expect(channelStatus(undefined, SATURDAY_NIGHT)).toEqual({ kind: 'unknown' });
    expect(channelStatus(undefined, WEDNESDAY_MORNING)).toEqual({ kind: 'unknown' });
  });

  it('on a Saturday night it comes after a line open now and before one known to be closed', () => {
    const result = validateConfig(unpublished());
    if (!result.ok) throw new Error('invalid');
    const routed = channelsFor(result.config, 'portalSupport', SATURDAY_NIGHT);
    expect(routed.map((r) => [r.channel.id, r.status.kind])).toEqual([
      ['night-form', 'always'],
      ['portal-phone', 'unknown'],
      ['weekday-desk', 'closed'],
    ]);
  });

  // A phone line usually comes first; not knowing whether it is open puts it after the two that are.
  it('on a weekday morning it comes after the lines known to be open', () => {
    const result = validateConfig(unpublished());
    if (!result.ok) throw new Error('invalid');
    const routed = channelsFor(result.config, 'portalSupport', WEDNESDAY_MORNING);
    expect(routed.map((r) => r.channel.id)).toEqual(['night-form', 'weekday-desk', 'portal-phone']);
  });

  it('a notice still needs a time zone when no channel publishes hours', () => {
    const raw = withChanges('lakeside', (c) => {
      for (const ch of c.channels) delete ch.hours;
      c.notices = [
        {
          id: 'upgrade',
          kind: 'maintenance',
          start: '2026-12-05T22:00',
          end: '2026-12-06T06:00',
        },
      ];
    });
    const result = validateConfig(raw);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain('notices[0].timeZone');
  });

  it('no weekend warning claims a line with unpublished hours is closed at the weekend', () => {
    const raw = withChanges('lakeside', (c) => {
      for (const ch of c.channels) delete ch.hours;
    });
    const result = validateConfig(raw);
    if (!result.ok) throw new Error('invalid');
    const messages = configWarnings(result.config).map((w) => w.message);
    expect(messages.some((m) => m.includes('Saturday or Sunday'))).toBe(false);
    expect(messages).toContain('no channel for portal help (portalSupport) publishes its hours');
  });

  it('beside a weekday-only desk, the weekend warning makes no claim about the unpublished line', () => {
    const raw = withChanges('lakeside', (c) => {
      const portal = c.channels.find((ch: { id: string }) => ch.id === 'portal-phone');
      c.channels.push({
        id: 'weekday-desk',
        kind: 'inPerson',
        handles: ['portalSupport'],
        address: '1 Lake Street',
        hours: { ...portal.hours, weekly: [portal.hours.weekly[0]] },
      });
      delete portal.hours;
    });
    const result = validateConfig(raw);
    if (!result.ok) throw new Error('invalid');
    const messages = configWarnings(result.config).map((w) => w.message);
    expect(messages.some((m) => m.includes('Saturday or Sunday'))).toBe(false);
    expect(messages.some((m) => m.includes('publishes its hours'))).toBe(false);
  });
});
