// Every state of the machine rendered in one locale, each reached through the real UI: no text
// missing, the root marked with the locale's language and direction, and zero axe violations.
import { describe, expect, it } from 'vitest';
import { describeStep } from '../../flows/machine/describe';
import { shortestPaths } from '../../flows/machine/explore';
import { directionOf } from '../../src/i18n/locales';
import { axeViolations } from './axe';
import { performEvent } from './drive';
import { missingKeys } from './i18n';
import { walkConfigs } from './orgs';
import { renderAssistant } from './render';

/** One path to each state, from the first configuration that reaches it. */
function onePathPerState() {
  const seen = new Map<
    string,
    { config: unknown; path: ReturnType<typeof shortestPaths>[number] }
  >();
  for (const [, config] of walkConfigs())
    for (const path of shortestPaths(config)) {
      const key = describeStep(path.state).key;
      if (!seen.has(key)) seen.set(key, { config, path });
    }
  return [...seen.entries()];
}

export function sweepLocale(locale: string) {
  describe(`every step in ${locale}`, () => {
    it.each(onePathPerState())('%s', async (_key, { config, path }) => {
      missingKeys.clear();
      const { container } = renderAssistant({ config, locale });
      for (const event of path.events) performEvent(container, event);
      const root = container.querySelector('.sa-root')!;
      expect(root.getAttribute('lang')).toBe(locale);
      expect(root.getAttribute('dir')).toBe(directionOf(locale));
      expect(container.textContent).not.toMatch(/\{\{|\}\}|steps:|ui:/);
      expect([...missingKeys]).toEqual([]);
      expect(await axeViolations(container)).toEqual([]);
    });
  });
}
