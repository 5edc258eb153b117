// The model walk in agent mode, for one language: a caller's handoff code from the patient's path
// to every state opens that state with the same history, in the agent's own words. One test file
// per language (tests/ui/agent/walk-*.test.tsx), so the sweeps run on every core.
import { describe, expect, it } from 'vitest';
import { stepKeys } from '../../flows/machine/assistantMachine';
import { encodeHandoff } from '../../flows/session/handoff';
import { replay } from '../../flows/session/session';
import { agentHeading, openCode, pathTitles } from './agentDrive';
import { agentWalkPaths } from './agentWalk';
import { axeViolations } from './axe';
import { missingKeys } from './i18n';
import { renderAssistant } from './render';

const TODAY = '2026-12-02';

export function sweepAgentSteps(locale: string, { axe }: { axe: boolean }) {
  const paths = agentWalkPaths();
  describe(`every step in the agent view (${locale}), opened from the caller's handoff code`, () => {
    it(`reaches all ${stepKeys.length} steps`, () => {
      expect(paths.length).toBe(stepKeys.length);
    });

    it.skipIf(!axe)('has nothing for axe to find in the whole view', async () => {
      const { container } = renderAssistant({ mode: 'agent', locale });
      expect(await axeViolations(container)).toEqual([]);
    });

    it.each(paths.map((p) => [p.key, p] as const))('%s', async (key, path) => {
      missingKeys.clear();
      const caller = replay(path.config, path.events, TODAY);
      const { container, i18n } = renderAssistant({ config: path.config, mode: 'agent', locale });
      openCode(encodeHandoff(caller), i18n.t('ui.code.label', { ns: 'agent' }));

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
        i18n.t(`steps:${step}.title`, { orgName: path.config.name, suggestion: '' });
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
      if (axe)
        expect(
          await axeViolations({ include: [['main'], ['.sa-agent__path'], ['.sa-agent__ticket']] }),
        ).toEqual([]);
    });
  });
}
