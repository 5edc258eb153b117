// A help desk working in English while the caller reads the assistant in another language: the
// caller's handoff code names their language, and the agent sees the caller's screen text (the
// question, each answer, the body) in the caller's language beside the agent's own, marked with
// its language and direction, to read out exactly as the caller sees it.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AssistantEvent } from '../../../flows/machine/types';
import { encodeHandoff } from '../../../flows/session/handoff';
import { replay } from '../../../flows/session/session';
import { isolateFor } from '../../../src/i18n/facts';
import { agentHeading, openCode } from '../../support/agentDrive';
import { axeViolations } from '../../support/axe';
import { testI18n } from '../../support/i18n';
import { org } from '../../support/orgs';
import { renderAssistant } from '../../support/render';

// The caller's language loads lazily, as in the app; compiling it can take seconds on a busy machine.
const LOADED = { timeout: 15_000 };
const pick = (...answers: string[]) =>
  answers.map((a) => ({ type: `pick.${a}` }) as AssistantEvent);
const callerWords = (container: HTMLElement, part: string) =>
  [...container.querySelectorAll<HTMLElement>(`main [data-caller="${part}"]`)].map((e) =>
    (e.textContent ?? '').trim(),
  );

describe('an English agent with a caller in another language', { timeout: 30_000 }, () => {
  const riverside = org('riverside');
  const path = pick('code');
  const caller = replay(riverside, path, '2026-12-02');

  it.each([
    ['vi', 'ltr'],
    ['ar', 'rtl'],
    ['zh', 'ltr'],
    ['es', 'ltr'],
  ])(
    "a caller in %s: the caller's question and answers in the caller's words",
    async (lang, dir) => {
      const theirs = testI18n(lang);
      // An answer as the caller reads it, with the organization's facts (the app's name) filled.
      const said = (answer: string) =>
        theirs.t(`steps:codeMethod.answers.${answer}`, { appName: isolateFor(lang)('MyChart') });
      const { container } = renderAssistant({ mode: 'agent' });
      openCode(encodeHandoff(caller, lang));
      // The agent's own heading stays in English.
      expect(agentHeading(container)).toBe('How do you get your sign-in code?');
      await waitFor(() => expect(callerWords(container, 'title')).toHaveLength(1), LOADED);
      expect(callerWords(container, 'title')).toEqual([theirs.t('steps:codeMethod.title')]);
      const answers = [...container.querySelectorAll<HTMLButtonElement>('main [data-answer]')];
      expect(answers.length).toBeGreaterThan(1);
      // Each answer in English (the button) with the caller's words beside it, in order.
      expect(callerWords(container, 'answer')).toEqual(answers.map((b) => said(b.dataset.answer!)));
      for (const b of answers)
        expect(document.getElementById(b.getAttribute('aria-describedby')!)?.textContent).toBe(
          said(b.dataset.answer!),
        );
      // Marked with the caller's language and direction inside the left-to-right agent view.
      const root = container.querySelector('.sa-agent')!;
      expect(root).toHaveAttribute('lang', 'en');
      expect(root).toHaveAttribute('dir', 'ltr');
      for (const e of container.querySelectorAll('main [data-caller]')) {
        expect(e).toHaveAttribute('lang', lang);
        expect(e).toHaveAttribute('dir', dir);
      }
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it('the agent can answer the way the caller says it, and the caller language stays for the call', async () => {
    const user = userEvent.setup();
    const theirs = testI18n('vi');
    const { container } = renderAssistant({ mode: 'agent' });
    openCode(encodeHandoff(caller, 'vi'));
    await waitFor(() => expect(callerWords(container, 'answer').length).toBeGreaterThan(1));
    // "Tap the first answer, '<the caller's words>'": key 1 answers it.
    const said = callerWords(container, 'answer')[0];
    expect(said).toBe(theirs.t('steps:codeMethod.answers.text'));
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('1');
    expect(agentHeading(container)).not.toBe('How do you get your sign-in code?');
    expect(callerWords(container, 'title')).toEqual([
      theirs.t(
        `steps:${container.querySelector('[data-agent-wording]')!.getAttribute('data-agent-wording')}.title`,
      ),
    ]);
    // A new call starts without a caller language.
    await user.keyboard('{Alt>}{Shift>}s{/Shift}{/Alt}');
    expect(container.querySelector('[data-caller]')).toBeNull();
  });

  it('a code in the agent’s own language, or one without a language, shows no second text', () => {
    const { container } = renderAssistant({ mode: 'agent' });
    openCode(encodeHandoff(caller, 'en'));
    expect(container.querySelector('[data-caller]')).toBeNull();
    openCode(encodeHandoff(caller));
    expect(container.querySelector('[data-caller]')).toBeNull();
    expect(screen.getAllByRole('button', { name: /text message/i }).length).toBeGreaterThan(0);
  });

  it('an Arabic agent with an English caller sees the English words marked ltr inside rtl', async () => {
    const { container, i18n } = renderAssistant({ mode: 'agent', locale: 'ar' });
    openCode(encodeHandoff(caller, 'en'), i18n.t('ui.code.label', { ns: 'agent' }));
    await waitFor(() => expect(callerWords(container, 'title')).toHaveLength(1), LOADED);
    expect(callerWords(container, 'title')).toEqual(['How do you get your sign-in code?']);
    expect(container.querySelector('.sa-agent')).toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('main [data-caller="title"]')).toHaveAttribute('dir', 'ltr');
    expect(container.querySelector('main [data-caller="title"]')).toHaveAttribute('lang', 'en');
  });
});
