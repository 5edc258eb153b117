// Planned maintenance (issue #22): while a notice is on, the first screen says so plainly, the
// contact screen repeats it and the agent view shows it at the top; outside it nothing is shown.
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../flows/config/check';
import { axeViolations } from '../support/axe';
import { withChanges } from '../support/orgs';
import { renderAssistant } from '../support/render';

const withNotice = (extra: Record<string, unknown> = {}) =>
  withChanges('riverside', (c) => {
    c.notices = [
      { id: 'upgrade', kind: 'maintenance', start: '2026-12-05T22:00', end: '2026-12-06T06:00' },
      ...(extra.more ? [extra.more] : []),
    ];
  });
// Riverside's hours are in America/Chicago (UTC−6 in December).
const DURING = '2026-12-06T01:30:00-06:00';
const BEFORE = '2026-12-05T21:00:00-06:00';
const TEXT = 'MyChart is down for maintenance until 6:00 AM. Nothing is wrong with your account.';

describe('a maintenance notice', () => {
  it('is said plainly on the first screen while it is on', async () => {
    const { container } = renderAssistant({ config: withNotice(), now: DURING });
    expect(container.querySelector('[role="status"][data-notice]')).toHaveTextContent(TEXT);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says nothing before it starts', () => {
    const { container } = renderAssistant({ config: withNotice(), now: BEFORE });
    expect(container.querySelector('[data-notice]')).toBeNull();
  });

  it('is repeated on the contact screen and shown at the top of the agent view', () => {
    const contact = renderAssistant({
      config: withNotice(),
      now: DURING,
      deepLink: '#start=contact',
    });
    expect(contact.container.querySelector('[data-notice]')).toHaveTextContent(TEXT);
    contact.unmount();
    const agent = renderAssistant({ config: withNotice(), now: DURING, mode: 'agent' });
    expect(agent.container.querySelector('[data-notice]')).toHaveTextContent(TEXT);
  });

  it('is said in Spanish too', () => {
    const { container } = renderAssistant({ config: withNotice(), now: DURING, locale: 'es' });
    expect(container.querySelector('[data-notice]')?.textContent).toMatch(
      /MyChart no funciona por mantenimiento hasta las 6:00.*Su cuenta no tiene ningún problema/,
    );
  });

  it('is validated: end after start, local times, ids once', () => {
    const bad = (notice: Record<string, unknown>) =>
      checkConfig(
        withChanges('riverside', (c) => {
          c.notices = [notice];
        }),
      ).errors.map((e) => e.path);
    const ok = { id: 'a', kind: 'maintenance', start: '2026-12-05T22:00', end: '2026-12-06T06:00' };
    expect(bad(ok)).toEqual([]);
    expect(bad({ ...ok, end: '2026-12-05T21:00' })).toEqual(['notices[0].end']);
    expect(bad({ ...ok, start: '5 Dec 10pm' })).toEqual(['notices[0].start']);
    expect(bad({ ...ok, kind: 'upgrade' })).toEqual(['notices[0].kind']);
  });
});
