// Every state of the machine, reached through the real UI along its shortest path, for one
// configuration of the model walk: the heading takes focus after each move and axe finds nothing.
// One test file per configuration (tests/ui/every-step/) so the sweep runs on every core.
import { describe, expect, it } from 'vitest';
import { describeStep } from '../../flows/machine/describe';
import { shortestPaths } from '../../flows/machine/explore';
import { axeViolations } from './axe';
import { heading, performEvent } from './drive';
import { walkConfigs } from './orgs';
import { renderAssistant } from './render';

/** `flows` limits the sweep to steps of those flows (for configurations that differ only there). */
export function sweepEveryStep(configName: string, flows?: string[]) {
  const found = walkConfigs().find(([name]) => name === configName);
  if (!found) throw new Error(`no walk configuration "${configName}"`);
  const [name, config] = found;
  describe(`every step for ${name}`, () => {
    const paths = shortestPaths(config).filter(
      (p) => !flows || flows.includes(describeStep(p.state).flow),
    );
    it.each(paths.map((p) => [describeStep(p.state).key, p] as const))('%s', async (_key, path) => {
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
      expect(await axeViolations(container)).toEqual([]);
    });
  });
}
