// The spoken logs of representative scenarios, committed as tests/a11y/transcripts/*.md so a
// reviewer can read what a blind patient hears. A change to what is spoken fails here until the
// transcripts are regenerated with `npm run transcripts` (and the change is read and committed).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarios, scenarioDirs } from '../scenarios/load';
import { renderAssistant } from '../support/render';
import { playByEar } from './ear';
import { transcript } from './transcript';

const TRANSCRIBED = [
  'lockout-riverside',
  'lookalike-portal-address',
  'parent-of-teen-lakeside',
  'two-factor-text-not-arriving',
  'after-hours-escalation-lakeside',
  'es-lockout-riverside',
  'es-account-closed-riverside',
  'es-code-by-text-missing',
  'ar-lockout-lakeside',
  'ar-account-closed-riverside',
  'ar-after-hours-lakeside',
];

// The same clock as renderAssistant's default, written down so the transcript says it.
const DEFAULT_NOW = '2026-12-02T10:15:00-06:00';

describe('transcripts (npm run transcripts regenerates them)', () => {
  const byId = new Map(loadScenarios().map(({ scenario }) => [scenario.id, scenario]));
  // Most of these fact sheets live in ../shared/scenarios, beside the repo; a checkout without it
  // skips them rather than failing (ours in tests/scenarios/cases always run).
  const sharedFound = scenarioDirs().some((dir) => dir.endsWith('shared/scenarios'));

  for (const id of TRANSCRIBED)
    it(id, async (context) => {
      const scenario = byId.get(id);
      if (!scenario && !sharedFound) return context.skip();
      if (!scenario) throw new Error(`no scenario ${id}`);
      const now = scenario.now ?? DEFAULT_NOW;
      const { container } = renderAssistant({
        org: scenario.org,
        locale: scenario.lang ?? 'en',
        now,
      });
      const outcome = await playByEar(scenario, container);
      expect(outcome.passed).toBe(true);
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      await expect(transcript(scenario, outcome, now, timeZone)).toMatchFileSnapshot(
        resolve(import.meta.dirname, `transcripts/${id}.md`),
      );
    });
});
