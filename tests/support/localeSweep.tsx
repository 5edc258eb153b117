// Every state of the machine rendered in one locale, each reached through the real UI: no text
// missing, the root marked with the locale's language and direction, and zero axe violations
// (on the steps axeHere names).
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

/**
 * The locales whose sweep runs axe on a quarter of the steps each, a different quarter per locale,
 * so together they cover every step once; Arabic (right to left) runs it on every step, and
 * English on every step of every configuration (tests/ui/every-step). What a language changes
 * for axe is the root's `lang` and `dir`, checked on every step here, and text left empty, which
 * the missing-key check catches on every step. axe is most of a sweep's time.
 */
const QUARTERS = ['es', 'zh', 'vi', 'en-XA'];
const axeHere = (locale: string, i: number) =>
  !QUARTERS.includes(locale) || i % QUARTERS.length === QUARTERS.indexOf(locale);

export function sweepLocale(locale: string) {
  describe(`every step in ${locale}`, () => {
    const cases = onePathPerState().map(([key, at], i) => [key, at, axeHere(locale, i)] as const);
    it.each(cases)('%s', async (_key, { config, path }, axe) => {
      missingKeys.clear();
      const { container } = renderAssistant({ config, locale });
      for (const event of path.events) performEvent(container, event);
      const root = container.querySelector('.sa-root')!;
      expect(root.getAttribute('lang')).toBe(locale);
      expect(root.getAttribute('dir')).toBe(directionOf(locale));
      expect(container.textContent).not.toMatch(/\{\{|\}\}|steps:|ui:/);
      expect([...missingKeys]).toEqual([]);
      if (axe) expect(await axeViolations(container)).toEqual([]);
    });
  });
}
