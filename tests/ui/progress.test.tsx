import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { AssistantEvent } from '../../flows/machine/types';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { progressKey } from '../../src/session/storage';
import { performEvent } from '../support/drive';
import { testI18n } from '../support/i18n';
import { org } from '../support/orgs';
import { renderAssistant } from '../support/render';

const pick = (...answers: string[]) =>
  answers.map((a) => ({ type: `pick.${a}` }) as AssistantEvent);
const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const pop = (state: unknown) =>
  act(() => void window.dispatchEvent(new PopStateEvent('popstate', { state })));

describe('given a person reloads the page', () => {
  it('returns to the same step with the same history', () => {
    const first = renderAssistant();
    for (const event of pick('code', 'text', 'neverArrives')) performEvent(first.container, event);
    const before = heading();
    first.unmount();
    renderAssistant();
    expect(heading()).toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toBe('What goes wrong with the code?');
  });

  it('never saves what was typed, and reopens the field instead of what followed from it', () => {
    const first = renderAssistant();
    performEvent(first.container, { type: 'pick.cantSignIn' } as AssistantEvent);
    performEvent(first.container, { type: 'pick.usernameNotRecognized' } as AssistantEvent);
    const field = screen.getByRole('textbox');
    fireEvent.change(field, { target: { value: 'maria.lopez@gmial.com' } });
    fireEvent.submit(field.closest('form')!);
    expect(heading()).toBe('Did you mean maria.lopez@gmail.com?');
    const saved = sessionStorage.getItem(progressKey('riverside'))!;
    expect(saved).not.toMatch(/maria|gmial|gmail/);
    first.unmount();
    renderAssistant();
    expect(heading()).toBe('What do you type in the username or email box?');
  });

  it('Start over clears what was saved', () => {
    const { container } = renderAssistant();
    for (const event of pick('cantSignIn', 'locked')) performEvent(container, event);
    expect(sessionStorage.getItem(progressKey('riverside'))).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(sessionStorage.getItem(progressKey('riverside'))).toBeNull();
  });

  it('starts again with a short notice when the saved progress is from another version', () => {
    sessionStorage.setItem(
      progressKey('riverside'),
      JSON.stringify({
        kind: 'signin-assistant-progress',
        app: '0.0.0-old',
        flow: 1,
        org: 'riverside',
        path: '2K7P',
      }),
    );
    renderAssistant();
    expect(heading()).toBe('What happens when you try to sign in?');
    expect(screen.getByRole('status')).toHaveTextContent("We couldn't pick up where you left off");
  });

  it('starts again with the notice when the progress was saved before the first screen was regrouped', () => {
    // Flow version 3 listed "It says my account is locked" third on the first screen: code "329".
    sessionStorage.setItem(
      progressKey('riverside'),
      JSON.stringify({
        kind: 'signin-assistant-progress',
        app: APP_VERSION,
        flow: 3,
        org: 'riverside',
        path: '329',
      }),
    );
    renderAssistant();
    expect(heading()).toBe('What happens when you try to sign in?');
    expect(screen.getByRole('status')).toHaveTextContent("We couldn't pick up where you left off");
  });

  it('carries on without saving when storage is full or disabled', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { container } = renderAssistant();
    for (const event of pick('code', 'email')) performEvent(container, event);
    expect(heading()).toBe('What goes wrong with the code?');
    setItem.mockRestore();
    getItem.mockRestore();
  });
});

describe("given a person uses the browser's Back and Forward", () => {
  it('moves between steps the same way as the Back link', async () => {
    const { container } = renderAssistant({ browserHistory: true });
    for (const event of pick('code', 'text')) performEvent(container, event);
    // The history entry is written once the new step is on screen, not while the person waits.
    await waitFor(() => expect(window.history.state.signinAssistantStep).toBe(2));
    pop({ signinAssistantStep: 1 });
    expect(heading()).toBe('How do you get your sign-in code?');
    pop({ signinAssistantStep: 2 });
    expect(heading()).toBe('What goes wrong with the code?');
    pop({ signinAssistantStep: 0 });
    expect(heading()).toBe('What happens when you try to sign in?');
  });

  it('writes no history entry after the page has closed the assistant', async () => {
    const { container, unmount } = renderAssistant({ browserHistory: true });
    const push = vi.spyOn(window.history, 'pushState');
    performEvent(container, { type: 'pick.locked' } as AssistantEvent);
    // Gone before the entry, written after the step is painted, was due.
    unmount();
    await new Promise((done) => setTimeout(done, 50));
    expect(push).not.toHaveBeenCalled();
    push.mockRestore();
  });

  it('ignores history entries that are not its own', () => {
    const { container } = renderAssistant({ browserHistory: true });
    performEvent(container, { type: 'pick.cantSignIn' } as AssistantEvent);
    performEvent(container, { type: 'pick.locked' } as AssistantEvent);
    for (const state of [
      null,
      { other: 1 },
      { signinAssistantStep: -3 },
      { signinAssistantStep: 'x' },
    ])
      pop(state);
    expect(heading()).toBe('Your account is locked for 15 minutes');
  });
});

describe('given a link from a health system page', () => {
  it.each([
    ['#start=code', 'How do you get your sign-in code?'],
    ['#start=locked', 'Your account is locked for 15 minutes'],
    ['#start=contact', 'Contact Riverside Health'],
    ['?x=1&start=proxy', 'Whose records do you want to see?'],
  ])('%s opens the start of that flow', (deepLink, expected) => {
    renderAssistant({ deepLink });
    expect(heading()).toBe(expected);
  });

  it.each([
    '#start=nothing',
    '#start=',
    '#start=code<script>',
    '#start=__proto__',
    '#start=constructor',
    '%%%',
    '#'.repeat(5000),
  ])('%s lands on the first question, without an error', (deepLink) => {
    renderAssistant({ deepLink });
    expect(heading()).toBe('What happens when you try to sign in?');
  });
});

function Broken(): never {
  throw new Error('boom');
}

describe('given a step fails to render', () => {
  it('shows the way to a person and Start over, and logs the details', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onReset = vi.fn();
    render(
      <I18nextProvider i18n={testI18n('en')}>
        <ErrorBoundary config={org('riverside')} onReset={onReset}>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Something went wrong on this page',
    );
    expect(screen.getByRole('link', { name: 'Call (608) 555-0142' })).toHaveAttribute(
      'href',
      'tel:+16085550142',
    );
    expect(error).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(onReset).toHaveBeenCalled();
    error.mockRestore();
  });
});
