// One i18next instance per mounted assistant, so two assistants on one page (or a host page with
// its own i18next) never share state. UI strings are the `ui` namespace, step text is `steps`.
import i18next, { type i18n } from 'i18next';
import type { LocaleContent } from './build/contentPlugin';

export function createI18n(locale: string, content: LocaleContent, fallback?: LocaleContent): i18n {
  const instance = i18next.createInstance();
  const resources: Record<string, Record<string, object>> = {
    [locale]: { ui: content.ui, steps: content.steps },
  };
  if (fallback && locale !== 'en') resources.en = { ui: fallback.ui, steps: fallback.steps };
  instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources,
    ns: ['ui', 'steps'],
    defaultNS: 'ui',
    initAsync: false,
    // Values are inserted into Markdown rendered without raw HTML, and into React text nodes.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
