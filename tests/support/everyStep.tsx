// Every state of the machine, reached through the real UI along its shortest path, for one
// configuration of the model walk: the heading takes focus after each move and axe finds nothing (axeHere says where).
// One test file per configuration (tests/ui/every-step/) so the sweep runs on every core.
import { describe, expect, it } from 'vitest';
import { describeStep } from '../../flows/machine/describe';
import { shortestPaths } from '../../flows/machine/explore';
import { axeViolations } from './axe';
import { heading, performEvent } from './drive';
import { walkConfigs } from './orgs';
import { renderAssistant } from './render';

/** The demo organizations, whose every step axe checks. */
const DEMOS = ['riverside', 'lakeside'];
/** And the configurations outside the US (issue 22 asks for axe on a UK and a Canadian one). */
const EVERY_STEP = [...DEMOS, 'test-uk', 'test-canada'];
const SAMPLE = 3;

let demoSteps: Set<string> | undefined;
/** The steps the demo organizations reach (their sweeps run axe on each). */
function reachedByDemos() {
  demoSteps ??= new Set(
    walkConfigs()
      .filter(([name]) => DEMOS.includes(name))
      .flatMap(([, config]) => shortestPaths(config).map((p) => describeStep(p.state).key)),
  );
  return demoSteps;
}

/**
 * Whether axe checks this step. axe is three quarters of a sweep's time (test-uk: 42 s with it,
 * 13 s without). Every step of a demo organization and of the UK and Canadian configurations; for
 * the other test configurations, the contact step (their own channels), every step no demo
 * reaches, and a third of the rest, each configuration a different third.
 * Every other check runs on every step of every configuration.
 */
function axeHere(name: string, key: string, kind: string, i: number) {
  if (EVERY_STEP.includes(name) || kind === 'contact' || !reachedByDemos().has(key)) return true;
  const offset = walkConfigs().findIndex(([n]) => n === name) % SAMPLE;
  return i % SAMPLE === offset;
}

/** `flows` limits the sweep to steps of those flows (for configurations that differ only there). */
export function sweepEveryStep(configName: string, flows?: string[]) {
  const found = walkConfigs().find(([name]) => name === configName);
  if (!found) throw new Error(`no walk configuration "${configName}"`);
  const [name, config] = found;
  describe(`every step for ${name}`, () => {
    const paths = shortestPaths(config).filter(
      (p) => !flows || flows.includes(describeStep(p.state).flow),
    );
    const cases = paths.map((p, i) => {
      const view = describeStep(p.state);
      return [view.key, p, axeHere(name, view.key, view.kind, i)] as const;
    });
    it.each(cases)('%s', async (_key, path, axe) => {
      const { container } = renderAssistant({ config });
      for (const event of path.events) {
        const before = heading(container).textContent;
        performEvent(container, event);
        const now = heading(container);
        if (now.textContent !== before || event.type !== 'input.checked') {
          expect(container.ownerDocument.activeElement, `focus after ${event.type}`).toBe(now);
        }
      }
      const view = describeStep(path.state);
      expect(container.querySelector('main h1')).not.toBeNull();
      // No placeholder left unfilled, no content key shown instead of text.
      expect(container.textContent).not.toMatch(/\{\{|\}\}|steps:|ui:/);
      if (view.kind !== 'contact') expect(container.textContent).toContain('Contact support');
      if (axe) expect(await axeViolations(container)).toEqual([]);
    });
  });
}
