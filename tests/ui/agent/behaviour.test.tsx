// A help-desk agent on a call: picking up from a caller's code, jumping to a problem, answering
// with keys, going back along the path, copying the ticket note and starting over for the next call.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { suggestDomain } from '../../../flows/checks/fields/emailDomain';
import { checkedInput } from '../../../flows/checks/index';
import type { AssistantEvent } from '../../../flows/machine/types';
import { encodeHandoff } from '../../../flows/session/handoff';
import { replay, send } from '../../../flows/session/session';
import { agentHeading, openCode, pathTitles } from '../../support/agentDrive';
import { axeViolations } from '../../support/axe';
import { org } from '../../support/orgs';
import { renderAssistant } from '../../support/render';

const pick = (...answers: string[]) =>
  answers.map((a) => ({ type: `pick.${a}` }) as AssistantEvent);
const note = (container: HTMLElement) =>
  container.querySelector('.sa-agent__ticket pre')?.textContent ?? '';

describe('an agent picking up a call', () => {
  it("opens the caller's exact path from the code they read out", () => {
    const caller = replay(org('riverside'), pick('code', 'text', 'neverArrives'), '2026-12-02');
    const { container } = renderAssistant({ mode: 'agent' });
    openCode(encodeHandoff(caller).toLowerCase().replace(/-/g, ' '));
    expect(agentHeading(container)).toBe(
      'Is your phone number the same as when you set up sign-in codes?',
    );
    expect(pathTitles(container)).toEqual([
      'What happens when you try to sign in?',
      'How do you get your sign-in code?',
      'What goes wrong with the code?',
    ]);
    expect(container.querySelector('.sa-agent__path')?.textContent).toContain('By text message');
    expect(container.querySelector('div[aria-live="polite"]')?.textContent).toBe(
      "Opened the caller's path at step 4: Is your phone number the same as when you set up sign-in codes?",
    );
  });

  it('says clearly why a wrong or outdated code did not open', () => {
    const caller = replay(org('riverside'), pick('locked'), '2026-12-02');
    const code = encodeHandoff(caller);
    const { container } = renderAssistant({ mode: 'agent' });
    const last = code.at(-1) === 'A' ? 'B' : 'A';
    openCode(`${code.slice(0, -1)}${last}`);
    expect(screen.getByRole('alert').textContent).toBe(
      'One character is wrong. Ask the caller to read it again, one group at a time.',
    );
    expect(screen.getByLabelText('Handoff code the caller reads out')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    // A code from an older version of the flows: its first character is the version.
    const other = `Z${code.replace(/-/g, '').slice(1, -1)}`;
    const sum = [...other].reduce(
      (s, c, i) => (s + (2 * i + 1) * '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(c)) % 32,
      0,
    );
    openCode(`${other}${'0123456789ABCDEFGHJKMNPQRSTVWXYZ'[sum]}`);
    expect(screen.getByRole('alert').textContent).toMatch(/older version of the assistant/);
    openCode('');
    expect(screen.getByRole('alert').textContent).toBe('Type the code the caller reads out.');
    expect(agentHeading(container)).toBe('What happens when you try to sign in?');
  });

  it("jumps where the caller's own words lead, on the patient finder", async () => {
    const user = userEvent.setup();
    const { container } = renderAssistant({ mode: 'agent' });
    const jump = screen.getByLabelText("What is the caller's problem? A few words");
    await user.type(jump, 'the email with the code never shows up');
    const form = jump.closest('form')!;
    // The finder loads on first use; its matches are the patient's sentences.
    await waitFor(
      () =>
        expect(within(form).getAllByRole('button')[0]).toHaveTextContent(
          'The email with my code never comes',
        ),
      { timeout: 15_000 },
    );
    // Focus never leaves the box while typing; the count is said politely.
    expect(document.activeElement).toBe(jump);
    expect(form.querySelector('[aria-live="polite"]')?.textContent).toMatch(/^\d+ match/);
    await user.keyboard('{Enter}');
    // Straight to the deeper step, with the real questions before it on the path.
    expect(
      container.querySelector('[data-agent-wording]')?.getAttribute('data-agent-wording'),
    ).toBe('codeEmailMissing');
    expect(pathTitles(container).length).toBeGreaterThan(1);
    expect(jump).toHaveValue('');
    await user.type(jump, 'proxy{Enter}');
    expect(agentHeading(container)).toBe('Whose records do you want to see?');
    await user.type(jump, 'zebra');
    expect(form.textContent).toContain('No match.');
    // A code typed by mistake is cleared, never matched.
    await user.clear(jump);
    await user.type(jump, 'code 483920');
    await waitFor(() => expect(jump).toHaveValue(''));
    expect(form.textContent).toContain("Don't type");
  }, 30_000);
});

describe('keyboard first', () => {
  it('answers with number keys, goes back and starts over with Alt+Shift keys', async () => {
    const user = userEvent.setup();
    const { container } = renderAssistant({ mode: 'agent' });
    await user.keyboard('2');
    expect(agentHeading(container)).toBe('Your account is locked for 15 minutes');
    expect(container.ownerDocument.activeElement).toBe(container.querySelector('main h1'));
    await user.keyboard('{Alt>}{Shift>}b{/Shift}{/Alt}');
    expect(agentHeading(container)).toBe('What happens when you try to sign in?');
    await user.keyboard('5');
    await user.keyboard('{Alt>}{Shift>}p{/Shift}{/Alt}');
    expect(agentHeading(container)).toBe('Contact Riverside Health');
    await user.keyboard('{Alt>}{Shift>}s{/Shift}{/Alt}');
    expect(agentHeading(container)).toBe('What happens when you try to sign in?');
    expect(pathTitles(container)).toEqual([]);
  });

  it("shows each answer's key beside it, up to the last answer", async () => {
    // Keys past the ninth (0, then a…) are unit-tested in tests/unit/agent.test.ts; no step has
    // more than nine answers today.
    const user = userEvent.setup();
    const { container } = renderAssistant({ mode: 'agent' });
    const ninth = screen.getByRole('button', { name: 'Something else' });
    expect(ninth).toHaveAttribute('aria-keyshortcuts', '9');
    expect(ninth.previousElementSibling?.textContent).toBe('9');
    await user.keyboard('9');
    expect(agentHeading(container)).toBe('What else is going on?');
  });

  it('leaves 0 and letters alone when single keys are off', async () => {
    const user = userEvent.setup();
    const { container } = renderAssistant({ mode: 'agent' });
    await user.keyboard('?');
    await user.click(screen.getByRole('checkbox', { name: /answer keys/ }));
    await user.keyboard('{Escape}');
    await user.keyboard('0');
    await user.keyboard('a');
    expect(agentHeading(container)).toBe('What happens when you try to sign in?');
    expect(container.querySelector('[aria-keyshortcuts="0"], [aria-keyshortcuts="a"]')).toBeNull();
    // Back on, for the tests after this one (the choice lasts for the browser session).
    await user.click(screen.getByRole('button', { name: 'Keys (?)' }));
    await user.click(screen.getByRole('checkbox', { name: /answer keys/ }));
  });

  it('moves to the jump box, the code box and the notes by key', async () => {
    const user = userEvent.setup();
    renderAssistant({ mode: 'agent' });
    await user.keyboard('{Alt>}{Shift>}j{/Shift}{/Alt}');
    expect(document.activeElement).toBe(
      screen.getByLabelText("What is the caller's problem? A few words"),
    );
    await user.keyboard('{Alt>}{Shift>}h{/Shift}{/Alt}');
    expect(document.activeElement).toBe(screen.getByLabelText('Handoff code the caller reads out'));
    await user.keyboard('{Alt>}{Shift>}n{/Shift}{/Alt}');
    expect(document.activeElement).toBe(screen.getByLabelText(/^Your notes/));
  });

  it('types digits into text boxes instead of answering', async () => {
    const user = userEvent.setup();
    const { container } = renderAssistant({ mode: 'agent' });
    await user.click(screen.getByLabelText(/^Your notes/));
    await user.keyboard('123');
    expect(agentHeading(container)).toBe('What happens when you try to sign in?');
    expect(screen.getByLabelText(/^Your notes/)).toHaveValue('123');
  });

  it('lists the keys with ?, where single keys can be turned off', async () => {
    const user = userEvent.setup();
    const { container } = renderAssistant({ mode: 'agent' });
    await user.keyboard('?');
    const list = screen.getByRole('heading', { name: 'Keys' });
    expect(document.activeElement).toBe(list);
    const section = list.closest('section')!;
    for (const key of [
      '1 … 9, 0, a',
      'Alt+Shift+B',
      'Alt+Shift+S',
      'Alt+Shift+J',
      'Alt+Shift+H',
      '?',
    ])
      expect(section.textContent).toContain(key);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(section).getByRole('checkbox'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: 'Keys' })).toBeNull();
    await user.keyboard('3');
    expect(agentHeading(container)).toBe('What happens when you try to sign in?');
    // The answer buttons no longer claim the key either.
    expect(container.querySelector('[aria-keyshortcuts="3"]')).toBeNull();
    // And the choice lasts for the session, past Start over and a reload.
    cleanup();
    const again = renderAssistant({ mode: 'agent' });
    await user.keyboard('3');
    expect(agentHeading(again.container)).toBe('What happens when you try to sign in?');
  });

  it('shows each command key beside its button, and tells assistive technology', () => {
    renderAssistant({ mode: 'agent' });
    const startOver = screen.getByRole('button', { name: /^Start over/ });
    expect(startOver).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+S');
    expect(startOver.textContent).toContain('Alt+Shift+S');
    expect(screen.getByRole('button', { name: /Send to a person/ })).toHaveAttribute(
      'aria-keyshortcuts',
      'Alt+Shift+P',
    );
  });
});

describe('what an agent never takes', () => {
  it('offers no field for an activation code: the caller checks it on their own screen', () => {
    const caller = replay(
      org('riverside'),
      pick('newAccount', 'codeFails', 'notValid', 'recently'),
      '2026-12-02',
    );
    const { container } = renderAssistant({ mode: 'agent' });
    openCode(encodeHandoff(caller));
    expect(
      container.querySelector('[data-agent-wording]')?.getAttribute('data-agent-wording'),
    ).toBe('activationEntry');
    expect(container.querySelector('main input')).toBeNull();
    expect(container.querySelector('.sa-agent__say--never')?.textContent).toContain(
      'the activation code',
    );
    expect(screen.getByRole('button', { name: 'Skip this check' })).toBeInTheDocument();
  });
});

describe('what travels in a handoff code', () => {
  it("points to the caller's screen for a typed value the code never carries", () => {
    const riverside = org('riverside');
    let caller = replay(riverside, pick('cantSignIn', 'usernameNotRecognized'), '2026-12-02');
    caller = send(caller, checkedInput(caller, 'maria.lopez@gmial.com', suggestDomain)!);
    const { container } = renderAssistant({ mode: 'agent' });
    openCode(encodeHandoff(caller));
    expect(agentHeading(container)).toBe("Did you mean (see the caller's screen)?");
    expect(container.textContent).not.toContain('maria');
  });
});

describe('on a page of its own or embedded', () => {
  it('leaves keys pressed elsewhere on the page alone', async () => {
    const user = userEvent.setup();
    const outside = document.createElement('button');
    outside.textContent = 'Host page button';
    document.body.append(outside);
    const { container } = renderAssistant({ mode: 'agent' });
    outside.focus();
    await user.keyboard('3');
    expect(agentHeading(container)).toBe('What happens when you try to sign in?');
    outside.remove();
  });
});

describe('the path so far', () => {
  it('goes back to any earlier step in one click', () => {
    const caller = replay(org('riverside'), pick('code', 'text', 'neverArrives'), '2026-12-02');
    const { container } = renderAssistant({ mode: 'agent' });
    openCode(encodeHandoff(caller));
    fireEvent.click(screen.getByRole('button', { name: /Go back to step 2/ }));
    expect(agentHeading(container)).toBe('How do you get your sign-in code?');
    expect(pathTitles(container)).toEqual(['What happens when you try to sign in?']);
  });
});

describe('the ticket note', () => {
  it('copies a structured note and keeps the agent notes on screen only', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = renderAssistant({ mode: 'agent' });
    await user.keyboard('4');
    await user.keyboard('1');
    await user.type(screen.getByLabelText(/^Your notes/), 'Caller on a landline, patient is mom');
    await user.keyboard('{Alt>}{Shift>}c{/Shift}{/Alt}');
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied).toBe(note(container));
    expect(copied).toContain('Portal sign-in call: Riverside Health');
    expect(copied).toContain('Problem: The sign-in code never comes');
    expect(copied).toContain('2. How do you get your sign-in code?: By text message');
    expect(copied).toMatch(/Handoff code: [0-9A-Z-]+/);
    expect(copied).not.toContain('landline');
    expect(await screen.findByText('Ticket note copied')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Start over/ }));
    expect(screen.getByLabelText(/^Your notes/)).toHaveValue('');
    expect(note(container)).toContain('Problem: not chosen yet');
  });

  it('ends an escalated call with where the caller was sent', () => {
    const caller = replay(org('lakeside'), pick('locked'), '2026-12-02');
    const { container } = renderAssistant({ org: 'lakeside', mode: 'agent' });
    openCode(encodeHandoff(caller));
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: /Send to a person/ }));
    });
    expect(note(container)).toMatch(
      /Outcome: sent to portal support from "Call Lakeside Clinic to unlock your account"$/,
    );
    expect(note(container)).toContain(
      'Not covered by the assistant: the caller asked for a person at "Call Lakeside Clinic to unlock your account"',
    );
  });
});

describe('languages', () => {
  it('switches the agent wording with the language, keeping the call', async () => {
    const user = userEvent.setup();
    const { container } = renderAssistant({ mode: 'agent' });
    await user.keyboard('2');
    await user.selectOptions(screen.getByLabelText('Language'), 'es');
    expect(await screen.findByText('Dígale:')).toBeInTheDocument();
    expect(
      container.querySelector('[data-agent-wording]')?.getAttribute('data-agent-wording'),
    ).toBe('lockedWait');
    expect(pathTitles(container)).toHaveLength(1);
  });
});

describe("the organization's facts", () => {
  it('shows what staff may do, the identity check and where to escalate', () => {
    const { container } = renderAssistant({ org: 'lakeside', mode: 'agent' });
    const facts = container.querySelector('.sa-agent__facts')!;
    expect(facts.textContent).toContain('Reset a passwordNo');
    expect(facts.textContent).toContain('Unlock an accountYes, after the identity check');
    expect(facts.textContent).toContain('Confirm 2 of these 5:');
    expect(facts.textContent).toContain('Photo ID (in person or video)');
    expect(facts.textContent).toContain('Tier 2');
    expect(facts.textContent).toContain('Medical Records, extension 2210');
    expect(within(facts as HTMLElement).getAllByText(/open|closed/i).length).toBeGreaterThan(0);
  });

  it('puts those facts in the step wording, by organization', async () => {
    const user = userEvent.setup();
    const lakeside = renderAssistant({ org: 'lakeside', mode: 'agent' });
    await user.keyboard('2');
    expect(lakeside.container.querySelector('[data-agent-wording]')?.textContent).toContain(
      'You may unlock the account after the identity check. Identity check: Confirm 2 of these 5',
    );
  });
});

describe('the contact step', () => {
  const toContact = (orgId: string, agentFacts?: unknown) => {
    const caller = replay(org(orgId), pick('locked'), '2026-12-02');
    const rendered = renderAssistant({ org: orgId, agentFacts, mode: 'agent' });
    openCode(encodeHandoff(caller));
    fireEvent.click(screen.getByRole('button', { name: /Send to a person/ }));
    return rendered.container.querySelector('main')!;
  };

  it('carries the identity check and what staff may reset after it', async () => {
    const main = toContact('lakeside');
    const check = within(main).getByRole('region', {
      name: 'Check who is calling before you change anything',
    });
    expect(check.textContent).toContain('Confirm 2 of these 5:');
    expect(check.textContent).toContain('Photo ID (in person or video)');
    expect(check.textContent).toContain('After the check, staff at Lakeside Clinic may:');
    expect(check.textContent).toContain('Reset a passwordNo');
    expect(check.textContent).toContain('Unlock an accountYes, after the identity check');
    // Whatever the identity check, what keeps a reset from handing the account to someone else.
    const safeguards = within(check)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(safeguards).toEqual(
      expect.arrayContaining([
        'Hang up and call back on the phone number already on file.',
        'Never send a code or a link to a phone number or email given during the call. Use only what is on file.',
        "After a change, tell the person at their old email or phone on file, so they know if it wasn't them.",
      ]),
    );
    // Before where to send the caller: the check comes first.
    expect(
      check.compareDocumentPosition(within(main).getByText(/^Where to send the caller/)) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(await axeViolations(main.parentElement!)).toEqual([]);
  });

  it('reads them from the agent facts file, not from the public configuration', () => {
    expect(org('lakeside').agent).toBeUndefined();
    const check = within(toContact('lakeside')).getByRole('region', {
      name: 'Check who is calling before you change anything',
    });
    expect(check.textContent).toContain('Confirm 2 of these 5:');
  });

  it('says to ask the team lead when the organization has not set them', () => {
    // No agent facts file for this page (a patient-side page, or a web team that has none).
    const main = toContact('lakeside', null);
    const check = within(main).getByRole('region', {
      name: 'Check who is calling before you change anything',
    });
    expect(check.textContent).not.toContain('Confirm');
    expect(
      within(check).getAllByText('Lakeside Clinic has not set this. Ask your team lead.'),
    ).toHaveLength(2);
  });
});
