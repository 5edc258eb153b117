// Every state of the machine, reached through the real UI along its shortest path, for every
// configuration of the model walk: the heading takes focus after each move and axe finds nothing.
import { describe, expect, it } from 'vitest';
import { describeStep } from '../../flows/machine/describe';
import { axeViolations } from '../support/axe';
import { heading, performEvent } from '../support/drive';
import { walkConfigs } from '../support/orgs';
import { renderAssistant } from '../support/render';
import { shortestPaths } from '../support/walk';

for (const [name, config] of walkConfigs()) {
  describe(`every step for ${name}`, () => {
    const paths = shortestPaths(config);
    it.each(paths.map((p) => [describeStep(p.state).key, p] as const))('%s', async (_key, path) => {
      const { container } = renderAssistant({ config });
      for (const event of path.events) {
        const before = heading(container).textContent;
        performEvent(container, event);
        const now = heading(container);
        if (now.textContent !== before || event.type !== 'input.submitted') {
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
