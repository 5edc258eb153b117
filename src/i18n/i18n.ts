// Languages: which to use, loading one lazily, and switching without losing the person's place.
// One i18next instance per mounted assistant, so two assistants on a page (or a host page with
// its own i18next) never share state. UI strings are the `ui` namespace, step text is `steps`.

import i18next, { type i18n } from 'i18next';
import type { LocaleContent as SourceContent } from '../build/content/contentPlugin';
import { loadLocale, rememberLocale } from './locales';
import type { StepBody } from './markdownTree';

/** A locale as the app loads it: step text already compiled from Markdown at build time. */
export type LocaleContent = SourceContent<StepBody>;

/** A health system's own wording, per locale, laid over the shipped text. */
export type TextOverrides = Record<
  string,
  { ui?: Record<string, unknown>; steps?: Record<string, object> }
>;

function addLocale(
  instance: i18n,
  code: string,
  content: LocaleContent,
  overrides?: TextOverrides,
) {
  instance.addResourceBundle(code, 'ui', content.ui, true, true);
  instance.addResourceBundle(code, 'steps', content.steps, true, true);
  const own = overrides?.[code];
  if (own?.ui) instance.addResourceBundle(code, 'ui', own.ui, true, true);
  if (own?.steps) instance.addResourceBundle(code, 'steps', own.steps, true, true);
}

/** Called for every text looked up but not found: a warning in development, a failure in tests. */
export type MissingKeyHandler = (locale: string, key: string) => void;

export function createI18n(
  code: string,
  content: LocaleContent,
  overrides?: TextOverrides,
  onMissingKey?: MissingKeyHandler,
): i18n {
  const instance = i18next.createInstance();
  instance.init({
    lng: code,
    fallbackLng: false,
    resources: {},
    ns: ['ui', 'steps', 'agent'],
    defaultNS: 'ui',
    initAsync: false,
    // Values land in React text nodes and in compiled step text, never in HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: Boolean(onMissingKey) || import.meta.env.DEV,
    missingKeyHandler: (locales, ns, key) => {
      const locale = locales[0] ?? code;
      if (onMissingKey) onMissingKey(locale, `${ns}:${key}`);
      else console.warn(`Sign-in Assistant: no text for "${ns}:${key}" in "${locale}"`);
    },
  });
  addLocale(instance, code, content, overrides);
  return instance;
}

/** Loads another language into the same instance without switching to it (the agent view shows
 * a caller's screen in the caller's language). */
export async function ensureLocale(instance: i18n, code: string, overrides?: TextOverrides) {
  if (!instance.hasResourceBundle(code, 'ui'))
    addLocale(instance, code, await loadLocale(code), overrides);
}

/** Loads another language into the same instance and switches; the session is untouched. */
export async function switchLocale(instance: i18n, code: string, overrides?: TextOverrides) {
  await ensureLocale(instance, code, overrides);
  rememberLocale(code);
  await instance.changeLanguage(code);
}
