// What a patient sees on one step with one configuration: the step reached through the real UI
// along its shortest path (as the every-step sweep does), for tests of what a policy says.
import type { OrgConfig } from '../../flows/config/schema';
import { validateConfig } from '../../flows/config/validate';
import { describeStep } from '../../flows/machine/describe';
import { shortestPaths } from '../../flows/machine/explore';
import { performEvent } from './drive';
import { renderAssistant } from './render';

export function checkedConfig(raw: unknown): OrgConfig {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

/** The text of `step` for `raw`; `method` picks the path that chose that code method. */
export function textOfStep(
  raw: unknown,
  step: string,
  { locale = 'en', method }: { locale?: string; method?: string } = {},
): string {
  const config = checkedConfig(raw);
  const path = shortestPaths(config).find(
    (p) => describeStep(p.state).key === step && (!method || p.state.context.codeMethod === method),
  );
  if (!path) throw new Error(`step ${step} is not reachable with ${config.id}`);
  const { container, unmount } = renderAssistant({ config: raw, locale, persist: false });
  for (const event of path.events) performEvent(container, event);
  const text = container.querySelector('main')?.textContent ?? '';
  unmount();
  return text;
}

export function reachable(raw: unknown, step: string): boolean {
  const config = checkedConfig(raw);
  return shortestPaths(config).some((p) => describeStep(p.state).key === step);
}
