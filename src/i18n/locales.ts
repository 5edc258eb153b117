// Which languages there are, which one a person gets, and loading one: the light half of
// language set-up, without i18next, so the page can start loading the person's language before
// the rest of the app has arrived (src/app/startup.ts).
import loaders from 'virtual:content/loaders';
import manifest from '../../content/locales.json';
import type { LocaleInfo } from '../build/content/contentPlugin';
import type { LocaleContent } from './i18n';

export const LOCALES = manifest.locales as LocaleInfo[];
export const PSEUDO = manifest.pseudo as LocaleInfo;
const STORAGE_KEY = 'signin-assistant:language';

export function localeInfo(code: string): LocaleInfo | undefined {
  return [...LOCALES, PSEUDO].find((l) => l.code === code);
}

/** The explicit choice, then the person's earlier choice this session, then the browser's languages. */
export function pickLocale(
  requested: string | null | undefined,
  browser: readonly string[] = [],
): string {
  const known = (code: string | null | undefined) => (code && localeInfo(code) ? code : null);
  const byLanguage = (tag: string) =>
    LOCALES.find((l) => l.code === tag.split('-')[0]?.toLowerCase())?.code ?? null;
  return (
    known(requested) ?? known(rememberedLocale()) ?? browser.map(byLanguage).find(Boolean) ?? 'en'
  );
}

function rememberedLocale(): string | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: simply not remembered
  }
}

export function rememberLocale(code: string) {
  try {
    sessionStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Storage full or disabled: the choice lasts for this page only.
  }
}

export async function loadLocale(code: string): Promise<LocaleContent> {
  const load = loaders[code] ?? loaders.en!;
  const content = (await load()).default;
  if (import.meta.env.DEV && content.missing?.length)
    console.warn(
      `Sign-in Assistant: ${content.missing.length} texts missing in "${code}", shown in English`,
      content.missing,
    );
  return content;
}

export const directionOf = (code: string) => localeInfo(code)?.dir ?? 'ltr';
