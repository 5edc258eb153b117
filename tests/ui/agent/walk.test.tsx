// The model walk in agent mode: a caller's handoff code from the patient's path to every state
// opens that state with the same history, in the agent's own words, with nothing for axe to find.
import { describe, expect, it } from 'vitest';
import { encodeHandoff } from '../../../flows/handoff';
import { agentHeading, openCode, pathTitles } from '../../support/agentDrive';
import { agentWalkPaths, patientSession } from '../../support/agentWalk';
import { axeViolations } from '../../support/axe';
import { missingKeys } from '../../support/i18n';
import { renderAssistant } from '../../support/render';

const TODAY = '2026-12-02';
const paths = agentWalkPaths();

describe("every step in agent mode, opened from the caller's handoff code", () => {
  it('reaches all 85 steps', () => {
    expect(paths.length).toBe(85);
  });

  it.each(paths.map((p) => [p.key, p] as const))('%s', async (key, path) => {
    missingKeys.clear();
    const caller = patientSession(path.config, path.events, TODAY);
    const { container, i18n } = renderAssistant({ config: path.config, mode: 'agent' });
    openCode(encodeHandoff(caller));

    const wording = container.querySelector('[data-agent-wording]');
    expect(wording?.getAttribute('data-agent-wording')).toBe(key);
    // The step's own agent wording, not a generic line: something to ask or something to tell.
    expect(container.querySelector('.sa-agent__say--ask, .sa-agent__say--tell')).not.toBeNull();
    const title = (step: string) => i18n.t(`steps:${step}.title`, { orgName: path.config.name });
    if (!/\{\{/.test(i18n.getResource('en', 'steps', `${key}.title`)))
      expect(agentHeading(container)).toBe(title(key));
    expect(pathTitles(container)).toHaveLength(caller.visited.length);
    expect(container.textContent).not.toMatch(/\{\{|\}\}|steps:|ui:|agent:/);
    expect([...missingKeys]).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('agent wording in Spanish', () => {
  it.each(paths.map((p) => [p.key, p] as const))('%s', (key, path) => {
    missingKeys.clear();
    const caller = patientSession(path.config, path.events, TODAY);
    const { container } = renderAssistant({ config: path.config, mode: 'agent', locale: 'es' });
    openCode(encodeHandoff(caller));
    expect(
      container.querySelector('[data-agent-wording]')?.getAttribute('data-agent-wording'),
    ).toBe(key);
    expect(container.querySelector('.sa-agent__say--ask, .sa-agent__say--tell')).not.toBeNull();
    expect(container.textContent).not.toMatch(
      /\{\{|\}\}|steps:|ui:|agent:|Ask the caller|Tell them/,
    );
    expect([...missingKeys]).toEqual([]);
  });
});
