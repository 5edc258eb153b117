// Each step where a person types: errors follow the GOV.UK pattern (summary first and focused,
// linked to the field, title starts with "Error:"), axe passes with and without the error, and a
// fixed value moves on.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssistantEvent } from '../../flows/machine/types';
import { axeViolations } from '../support/axe';
import { performEvent } from '../support/drive';
import { renderAssistant } from '../support/render';

const pick = (...answers: string[]) =>
  answers.map((a) => ({ type: `pick.${a}` }) as AssistantEvent);

const CASES = [
  {
    step: 'the portal address',
    org: 'riverside',
    path: pick('cantSignIn', 'passwordRejected'),
    bad: 'hello',
    error: 'Type a web address, like mychart.riversidehealth.example',
    good: 'riverside-health-portal-login.com',
    next: 'This is not the official Riverside Health address',
  },
  {
    step: 'the username or email',
    org: 'riverside',
    path: pick('cantSignIn', 'usernameNotRecognized'),
    bad: 'maria😀',
    error: 'Use only letters',
    good: 'JSmith42 ',
    next: 'Take out the extra spaces',
  },
  {
    step: 'the activation code',
    org: 'riverside',
    path: pick('newAccount', 'codeFails', 'notValid', 'recently'),
    bad: 'ABCDE-12345-FGH!J',
    error: 'Use only the letters and numbers on your code',
    good: '12345-12O45-67890',
    next: 'Check letters that look like numbers',
  },
  {
    step: 'the date of birth',
    org: 'lakeside',
    path: pick('newAccount', 'codeFails', 'detailsDontMatch'),
    bad: '02/30/1990',
    error: 'Type a real date, like 03/27/1984',
    good: '01/15/2015',
    next: 'This account belongs to a child',
  },
  {
    step: 'the phone number',
    org: 'riverside',
    path: pick('code', 'text', 'neverArrives', 'notSure'),
    bad: '555-12',
    error: 'That is too few digits',
    good: '(608) 555-0142',
    next: 'Does the sign-in page show a number ending in 0142?',
  },
];

describe.each(CASES)('given a person types $step', ({ org, path, bad, error, good, next }) => {
  const reach = () => {
    const view = renderAssistant({ org, manageTitle: true });
    for (const event of path) performEvent(view.container, event);
    return view;
  };

  it('shows nothing wrong before they submit, and passes axe', async () => {
    const { container } = reach();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).not.toMatch(/^Error:/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says what is wrong, focuses the summary, links to the field and prefixes the title', async () => {
    const { container } = reach();
    const field = screen.getByRole('textbox');
    for (const typed of ['', bad]) {
      fireEvent.change(field, { target: { value: typed } });
      fireEvent.submit(field.closest('form')!);
    }
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent(error);
    expect(document.title).toMatch(/^Error: /);
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
    fireEvent.click(within(summary).getByRole('link'));
    expect(screen.getByRole('textbox')).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('moves on to the explanation once the value can be checked', () => {
    reach();
    const field = screen.getByRole('textbox');
    fireEvent.change(field, { target: { value: good } });
    fireEvent.submit(field.closest('form')!);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(next);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});

describe('given a person checks Caps Lock before trying their password again', () => {
  it('says when Caps Lock is on, from the key state only', () => {
    const { container } = renderAssistant();
    for (const event of pick('cantSignIn', 'passwordRejected', 'skip'))
      performEvent(container, event);
    const practice = screen.getByLabelText('Check Caps Lock');
    expect(practice).toHaveAccessibleDescription(/Not your password/);
    fireEvent.keyDown(practice, { key: 'A', modifierCapsLock: true });
    expect(screen.getByRole('status')).toHaveTextContent('Caps Lock is ON');
    fireEvent.keyUp(practice, { key: 'a', modifierCapsLock: false });
    expect(screen.getByRole('status')).toHaveTextContent('Caps Lock is off');
  });
});
