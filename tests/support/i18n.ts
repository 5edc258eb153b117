import { resolve } from 'node:path';
import type { i18n } from 'i18next';
import {
  type AgentContent,
  agentContent,
  loadLocaleContent,
} from '../../src/build/content/contentPlugin';
import { createI18n, type TextOverrides } from '../../src/i18n/i18n';

export const CONTENT_DIR = resolve(import.meta.dirname, '../../content');

/** Every text a test looked up and did not find, as "locale ns:key"; tests assert it stays empty. */
export const missingKeys = new Set<string>();

// Read and compiled once per locale and test file: compiling every step's Markdown on each render
// would make the render sweeps several times slower. createI18n copies what it is given.
const loaded = new Map<string, ReturnType<typeof loadLocaleContent>>();
const contentOf = (locale: string) => {
  if (!loaded.has(locale)) loaded.set(locale, loadLocaleContent(CONTENT_DIR, locale));
  return structuredClone(loaded.get(locale)!);
};

const agentLoaded = new Map<string, AgentContent>();
const agentOf = (locale: string) => {
  if (!agentLoaded.has(locale)) agentLoaded.set(locale, agentContent(CONTENT_DIR, locale));
  return structuredClone(agentLoaded.get(locale)!);
};

/** The same content the app loads for a locale, read synchronously for tests. */
export function testI18n(locale = 'en', overrides?: TextOverrides, agent = false): i18n {
  const instance = createI18n(locale, contentOf(locale), overrides, (lng, key) =>
    missingKeys.add(`${lng} ${key}`),
  );
  if (agent) instance.addResourceBundle(locale, 'agent', agentOf(locale), true, true);
  return instance;
}
