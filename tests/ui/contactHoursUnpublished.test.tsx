// A health system that publishes a phone number without its hours: the contact step offers the
// line without claiming it is open or closed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssistantEvent } from '../../flows/machine/types';
import { performEvent } from '../support/drive';
import { withChanges } from '../support/orgs';
import { renderAssistant } from '../support/render';

const SATURDAY_NIGHT = '2026-12-05T21:30:00-06:00';
const noHours = () =>
  withChanges('lakeside', (c) => {
    for (const channel of c.channels) delete channel.hours;
  });
const label = (locale: string, key: string) => {
  const ui = JSON.parse(readFileSync(resolve(`content/${locale}/ui.json`), 'utf8'));
  return key.split('.').reduce((o, k) => o[k], ui) as unknown as string;
};

const reachContact = (locale: string) => {
  const view = renderAssistant({ config: noHours(), now: SATURDAY_NIGHT, locale });
  for (const a of ['cantSignIn', 'passwordRejected', 'skip', 'stillStuck'])
    performEvent(view.container, { type: `pick.${a}` } as AssistantEvent);
  fireEvent.click(screen.getByRole('button', { name: label(locale, 'nav.contact') }));
  return view;
};

describe('given Lakeside publishes its phone numbers but not their hours', () => {
  it('on a Saturday night the line is offered with no open or closed claim (English)', () => {
    const { container } = reachContact('en');
    const statuses = [...container.querySelectorAll('.sa-channel__status')].map(
      (p) => p.textContent,
    );
    expect(statuses.length).toBeGreaterThan(0);
    for (const text of statuses) expect(text).toBe('Hours not published. Call to check.');
    expect(container.textContent).not.toMatch(/\bopen(s)?\b|\bclosed\b/i);
    expect(screen.queryByRole('region', { name: 'What you can do now' })).toBeNull();
  });

  it('says the same in Arabic, right to left', () => {
    const { container } = reachContact('ar');
    const statuses = [...container.querySelectorAll('.sa-channel__status')].map(
      (p) => p.textContent,
    );
    expect(statuses.length).toBeGreaterThan(0);
    for (const text of statuses) expect(text).toBe(label('ar', 'contact.status.unknownCall'));
    expect(container.textContent).not.toMatch(/مفتوح|مغلق/);
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
  });

  it("the agent's facts say the hours are not published, not that the lines are open or closed", () => {
    const { container } = renderAssistant({
      config: noHours(),
      now: SATURDAY_NIGHT,
      mode: 'agent',
    });
    const facts = container.querySelector('.sa-agent__facts')!;
    const statuses = [...facts.querySelectorAll('.sa-channel__status')].map((p) => p.textContent);
    expect(statuses.length).toBeGreaterThan(0);
    for (const text of statuses) expect(text).toBe('Hours not published');
  });
});
