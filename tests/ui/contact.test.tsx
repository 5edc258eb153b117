import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AssistantEvent } from '../../flows/machine/types';
import { axeViolations } from '../support/axe';
import { performEvent } from '../support/drive';
import { renderAssistant } from '../support/render';

const pick = (...answers: string[]) =>
  answers.map((a) => ({ type: `pick.${a}` }) as AssistantEvent);
const SATURDAY_NIGHT = '2026-12-05T21:30:00-06:00';

describe('given Lakeside is closed on a Saturday night', () => {
  const reach = () => {
    const view = renderAssistant({ org: 'lakeside', now: SATURDAY_NIGHT });
    for (const event of pick('cantSignIn', 'passwordRejected', 'skip', 'stillStuck'))
      performEvent(view.container, event);
    fireEvent.click(screen.getByRole('button', { name: 'Contact support' }));
    return view;
  };

  it('says the line is closed, when it opens, and what works now', async () => {
    const { container } = reach();
    expect(screen.getByText(/Closed now\. Opens Monday at 8:00/)).toBeInTheDocument();
    const now = screen.getByRole('region', { name: 'What you can do now' });
    expect(now).toHaveTextContent('A person can help from Monday at 8:00');
    expect(now).toHaveTextContent('Reset your password yourself');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists what to have ready for this problem', () => {
    reach();
    const ready = screen.getByRole('region', { name: 'Have this ready' });
    expect(
      within(ready).getByText('The exact message you see on the sign-in page'),
    ).toBeInTheDocument();
    expect(within(ready).getByText('Your date of birth')).toBeInTheDocument();
  });

  it('gives a reference code that opens the same path', async () => {
    reach();
    const code = document.querySelector('.sa-reference__code')!.textContent!;
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})*$/);
    const { decodeHandoff } = await import('../../flows/session/handoff');
    const { rawOrg } = await import('../support/orgs');
    const decoded = decodeHandoff(code, rawOrg('lakeside') as never);
    expect(decoded.ok && decoded.session.snapshot.value).toBe('contact');
  });
});

describe('given a person asks for help after typing their email', () => {
  it('the summary shows the email masked, the answers, and what did not help', () => {
    const { container } = renderAssistant();
    performEvent(container, { type: 'pick.cantSignIn' } as AssistantEvent);
    performEvent(container, { type: 'pick.usernameNotRecognized' } as AssistantEvent);
    const field = screen.getByRole('textbox');
    fireEvent.change(field, { target: { value: 'maria.lopez@gmial.com' } });
    fireEvent.submit(field.closest('form')!);
    for (const event of pick('useSuggestion', 'stillStuck', 'stillStuck'))
      performEvent(container, event);
    fireEvent.click(screen.getByRole('button', { name: 'Contact support' }));
    const summary = container.querySelector('.sa-summary__text')!.textContent!;
    expect(summary).toContain('I typed: m•••@gmail.com');
    expect(summary).not.toContain('maria');
    expect(summary).toContain("It doesn't recognize my username or email");
    expect(summary).toMatch(/What I tried that didn't help:\n- Sign in with/);
  });
});

describe('sharing the summary', () => {
  const reachRecords = () => {
    const view = renderAssistant({ org: 'riverside' });
    for (const event of pick('someoneElse', 'child', 'young', 'stillStuck'))
      performEvent(view.container, event);
    return view;
  };

  it('copies it to the clipboard and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = reachRecords();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the summary' }));
    await waitFor(() => expect(screen.getByText('Summary copied.')).toBeInTheDocument());
    expect(writeText).toHaveBeenCalledWith(
      container.querySelector('.sa-summary__text')!.textContent,
    );
  });

  it('offers to email it where the organization takes email for this need', () => {
    reachRecords();
    const link = screen.getByRole('link', { name: 'Email the summary to Riverside Health' });
    expect(link.getAttribute('href')).toMatch(
      /^mailto:patientservices@riversidehealth\.example\?subject=.+&body=.+/,
    );
  });

  it('lets the person leave out their device, which they see first', () => {
    Object.defineProperty(navigator, 'userAgent', {
      value:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1',
      configurable: true,
    });
    const { container } = reachRecords();
    const include = screen.getByLabelText('Include my device and browser: iPhone, Safari');
    expect(container.querySelector('.sa-summary__text')).toHaveTextContent(
      'Device: iPhone, Safari',
    );
    fireEvent.click(include);
    expect(container.querySelector('.sa-summary__text')).not.toHaveTextContent('Device:');
  });

  it('prints only the code, the contact and the summary', () => {
    const { container } = reachRecords();
    const main = container.querySelector('main')!;
    const printed = [...main.children]
      .filter((el) => el.matches('.sa-print, h1'))
      .map((el) => el.className || el.tagName);
    expect(printed).toEqual([
      'sa-heading',
      'sa-reference sa-print',
      'sa-print',
      'sa-summary sa-print',
    ]);
    expect(
      main.querySelectorAll('.sa-summary .sa-no-print button, .sa-summary .sa-no-print a').length,
    ).toBeGreaterThan(0);
  });
});

describe('given a new patient whose activation code does not work calls for help', () => {
  // The letter helps staff find the account; the code itself, with a birth date, opens it.
  const keepIt: Record<string, RegExp> = {
    en: /Don't read the code out/,
    es: /No lea el código/,
    zh: /不要把激活码念/,
    vi: /Đừng đọc mã/,
    ar: /لا تقرأ الرمز/,
  };
  it.each(Object.keys(keepIt))(
    'has the letter ready but never reads the code out (%s)',
    (locale) => {
      const { container } = renderAssistant({ locale, deepLink: 'start=new-account' });
      fireEvent.click(container.querySelector<HTMLButtonElement>('.sa-help button')!);
      const ready = container.querySelector('#sa-ready-title')!.closest('section')!;
      expect(ready).toHaveTextContent(keepIt[locale]!);
    },
  );
});
