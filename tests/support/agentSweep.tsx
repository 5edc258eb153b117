// The model walk in agent mode, for one language: a caller's handoff code from the patient's path
// to every state opens that state with the same history, in the agent's own words. One test file
// per language (tests/ui/agent/walk-*.test.tsx), so the sweeps run on every core.
//
// The caller reads the assistant in another language than the agent (an English agent takes
// callers in each of the other four in turn; an agent in another language takes English callers),
// so every step also shows the caller's own screen text, in the caller's language and direction.
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stepKeys } from '../../flows/machine/assistantMachine';
import { encodeHandoff, HANDOFF_LANGUAGES } from '../../flows/session/handoff';
import { replay } from '../../flows/session/session';
import { isolateFor } from '../../src/i18n/facts';
import { directionOf } from '../../src/i18n/locales';
import { agentHeading, openCode, pathTitles } from './agentDrive';
import { agentWalkPaths } from './agentWalk';
import { axeViolations } from './axe';
import { missingKeys, testI18n } from './i18n';
import { renderAssistant } from './render';

const TODAY = '2026-12-02';

const OTHERS = HANDOFF_LANGUAGES.filter((l) => l !== 'en');
/** The caller's language for the i-th step when the agent works in `locale`. */
const callerLanguageFor = (locale: string, i: number) =>
  locale === 'en' ? OTHERS[i % OTHERS.length]! : 'en';

/**
 * Whether axe checks the i-th step in this language: every step in English; in the other four,
 * every fourth step, each language a different quarter, so every step is checked in English and
 * in one other language. axe is half of a sweep's time, and what a language changes for axe (the
 * view's `lang` and `dir`, empty text where wording is missing) is on every step's other checks.
 */
const axeHere = (locale: string, i: number) =>
  locale === 'en' || i % OTHERS.length === (OTHERS as readonly string[]).indexOf(locale);

export function sweepAgentSteps(locale: string, { axe }: { axe: boolean }) {
  const paths = agentWalkPaths();
  const callers = new Map(
    [...new Set(paths.map((_, i) => callerLanguageFor(locale, i)))].map((l) => [l, testI18n(l)]),
  );
  describe(`every step in the agent view (${locale}), opened from the caller's handoff code`, {
    timeout: 60_000,
  }, () => {
    it(`reaches all ${stepKeys.length} steps`, () => {
      expect(paths.length).toBe(stepKeys.length);
    });

    it.skipIf(!axe)('has nothing for axe to find in the whole view', async () => {
      const { container } = renderAssistant({ mode: 'agent', locale });
      expect(await axeViolations(container)).toEqual([]);
    });

    it('is right to left in Arabic and left to right otherwise', () => {
      const { container } = renderAssistant({ mode: 'agent', locale });
      const root = container.querySelector('.sa-agent')!;
      expect(root.getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      expect(root.getAttribute('lang')).toBe(locale);
    });

    it.each(
      paths.map(
        (p, i) => [p.key, p, callerLanguageFor(locale, i), axe && axeHere(locale, i)] as const,
      ),
    )('%s', async (key, path, callerLanguage, axeStep) => {
      missingKeys.clear();
      const caller = replay(path.config, path.events, TODAY);
      const { container, i18n } = renderAssistant({ config: path.config, mode: 'agent', locale });
      openCode(encodeHandoff(caller, callerLanguage), i18n.t('ui.code.label', { ns: 'agent' }));
      // The caller's own screen, in the caller's language and direction, beside the agent's.
      await waitFor(
        () => expect(container.querySelector('main [data-caller="title"]')).not.toBeNull(),
        {
          timeout: 20_000,
        },
      );
      for (const e of container.querySelectorAll('main [data-caller]')) {
        expect(e.getAttribute('lang')).toBe(callerLanguage);
        expect(e.getAttribute('dir')).toBe(directionOf(callerLanguage));
      }
      const theirs = callers.get(callerLanguage)!;
      if (!/\{\{(?!orgName)/.test(theirs.getResource(callerLanguage, 'steps', `${key}.title`)))
        expect(container.querySelector('main [data-caller="title"]')?.textContent).toBe(
          theirs.t(`steps:${key}.title`, {
            orgName: isolateFor(callerLanguage)(path.config.name),
            suggestion: '',
          }),
        );

      expect(
        container.querySelector('[data-agent-wording]')?.getAttribute('data-agent-wording'),
      ).toBe(key);
      // The step's own agent wording, in this language: something to ask or something to tell.
      expect(container.querySelector('.sa-agent__say--ask, .sa-agent__say--tell')).not.toBeNull();
      expect(i18n.getResource(locale, 'agent', 'missing') ?? []).not.toContain(
        `agent.steps.${key}`,
      );
      // The same step and the same history as the caller's.
      const title = (step: string) =>
        i18n.t(`steps:${step}.title`, {
          orgName: isolateFor(locale)(path.config.name),
          suggestion: '',
        });
      if (!/\{\{(?!orgName)/.test(i18n.getResource(locale, 'steps', `${key}.title`)))
        expect(agentHeading(container)).toBe(title(key));
      expect(pathTitles(container)).toHaveLength(caller.visited.length);
      caller.visited.forEach((step, i) => {
        if (!/\{\{(?!orgName)/.test(i18n.getResource(locale, 'steps', `${step}.title`)))
          expect(pathTitles(container)[i]).toBe(title(step));
      });
      expect(container.textContent).not.toMatch(/\{\{|\}\}|steps:|ui:|agent:/);
      expect([...missingKeys]).toEqual([]);
      // What changes with the step: the step itself, the path and the ticket note. The rest of the
      // view (jump, code box, the organization's facts) is checked whole once, below.
      if (axeStep)
        expect(
          await axeViolations({
            include: [['main'], ['.sa-agent__path'], ['.sa-agent__ticket']],
          }),
        ).toEqual([]);
    });
  });
}
