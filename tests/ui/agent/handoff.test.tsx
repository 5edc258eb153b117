// Handoff codes from every path of the patient walk open the same step with the same history in
// the agent view. One agent view per configuration takes code after code, as an agent's would
// during a shift. A step already opened under an earlier configuration is not opened again (the
// code and the view do not depend on the configuration's facts, only on the path; ~1,000 codes
// took 49 s of a CI run, the ~130 distinct steps a few seconds); tests/unit/handoff*.test.ts
// round-trip every path of every configuration without rendering.
import { describe, expect, it } from 'vitest';
import { shortestPaths } from '../../../flows/machine/explore';
import { encodeHandoff } from '../../../flows/session/handoff';
import { replay } from '../../../flows/session/session';
import { openCode } from '../../support/agentDrive';
import { walkConfigs } from '../../support/orgs';
import { renderAssistant } from '../../support/render';

const TODAY = '2026-12-02';

describe('every path of the patient walk, opened from its handoff code in the agent view', () => {
  const opened = new Set<string>();
  it.each(walkConfigs())(
    '%s',
    (_name, config) => {
      const { container } = renderAssistant({ config, mode: 'agent' });
      const paths = shortestPaths(config);
      for (const path of paths) {
        const step = String(path.state.value);
        if (opened.has(step)) continue;
        opened.add(step);
        const caller = replay(config, path.events, TODAY);
        openCode(encodeHandoff(caller));
        const where = String(caller.snapshot.value);
        expect(
          container.querySelector('[data-agent-wording]')?.getAttribute('data-agent-wording'),
          where,
        ).toBe(where);
        // The history: one entry per answer the caller gave, each with the step it was given on.
        const entries = [...container.querySelectorAll('.sa-agent__path ol > li button')];
        expect(entries, where).toHaveLength(caller.visited.length);
        expect(container.querySelector('.sa-agent__ticket pre')?.textContent).toContain(
          encodeHandoff(caller),
        );
      }
      expect(paths.length).toBeGreaterThan(60);
    },
    60_000,
  );
});
