// A UK-style organization (country "GB"): its numbers shown as "+44 20 7946 0101", a UK mobile
// typed the UK way accepted, errors with a UK example, and dates of birth read day first.
import { fireEvent, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPhoneLibrary } from '../../flows/checks/phoneLoader';
import { shortestPaths } from '../../flows/machine/explore';
import { axeViolations } from '../support/axe';
import { performEvent } from '../support/drive';
import { org } from '../support/orgs';
import { renderAssistant } from '../support/render';

beforeAll(() => {
  loadPhoneLibrary();
});

/** Renders the UK organization on the input step `key`, reached along the model walk's path. */
function openInput(key: string, id = 'test-uk') {
  const config = org(id);
  const path = shortestPaths(config).find((p) => String(p.state.value) === key);
  if (!path) throw new Error(`no path to ${key}`);
  const view = renderAssistant({ config });
  for (const event of path.events) performEvent(view.container, event);
  return view;
}

function type(container: HTMLElement, text: string) {
  const form = container.querySelector('main form') as HTMLFormElement;
  fireEvent.change(form.querySelector('input[type="text"]')!, { target: { value: text } });
  fireEvent.submit(form);
}

describe('a UK organization', () => {
  it('shows its numbers in the international form', () => {
    const { container } = renderAssistant({ config: org('test-uk'), deepLink: '#start=contact' });
    expect(container.textContent).toContain('+44 20 7946 0101');
    expect(container.textContent).not.toContain('+442 0794');
  });

  it('gives a UK example for the phone number and accepts a UK mobile', async () => {
    const { container } = openInput('codePhoneEntry');
    expect(container.textContent).toContain('For example, 07400 123456');
    type(container, '07700 9001234');
    expect(screen.getAllByText(/like 07400 123456/).length).toBeGreaterThan(0);
    expect(await axeViolations(container)).toEqual([]);
    type(container, '07700 900123');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/ending in 0123/);
  });

  it('reads a date of birth day first, and says so', () => {
    const { container } = openInput('activationBirthDate');
    expect(container.textContent).toContain('Day, month and year, like 27/03/1984');
    type(container, '03/27/1984');
    expect(screen.getAllByText(/Type a real date, like 27\/03\/1984/).length).toBeGreaterThan(0);
    type(container, '15/01/2015');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/child/);
  });
});

describe('a Canadian organization with year-first dates', () => {
  it('says how to type the date', () => {
    const { container } = openInput('activationBirthDate', 'test-canada');
    expect(container.textContent).toContain('Year, month and day, like 1984-03-27');
    expect(container.textContent).not.toContain('+1 416');
  });
});
