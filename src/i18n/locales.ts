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

/**
 * The explicit choice, then the person's earlier choice this session, then the browser's
 * languages, then the first the organization lists. Only an explicit choice (the host page's
 * `lang`) may be a language the organization does not list; the rest come from `listed`.
 */
export function pickLocale(
  requested: string | null | undefined,
  browser: readonly string[] = [],
  listed: readonly string[] = LOCALES.map((l) => l.code),
): string {
  const offered = (code?: string | null) =>
    code && listed.includes(code) && localeInfo(code) ? code : null;
  return (
    (requested && localeInfo(requested) ? requested : null) ??
    offered(rememberedLocale()) ??
    browser.map((tag) => offered(tag.split('-')[0]?.toLowerCase())).find(Boolean) ??
    listed.find(offered) ??
    'en'
  );
}

/** The languages the picker offers: the organization's list, in its order, and the one in use. */
export function offeredLocales(listed: readonly string[] | undefined, current: string) {
  const offered = listed ? LOCALES.filter((l) => listed.includes(l.code)) : LOCALES;
  if (listed) offered.sort((a, b) => listed.indexOf(a.code) - listed.indexOf(b.code));
  const info = localeInfo(current);
  return info && !offered.includes(info) ? [...offered, info] : offered;
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

/**
 * The page's language, direction and title, for a view that owns the page. Writes only what
 * changed: setting `lang` or `dir` on <html>, even to the same value, restyles the whole page
 * (`:lang()`, direction), which cost every step change about 7 ms at 4× CPU throttle.
 */
export function setPageLanguageAndTitle(code: string, title: string) {
  const root = document.documentElement;
  const dir = directionOf(code);
  if (root.lang !== code) root.lang = code;
  if (root.dir !== dir) root.dir = dir;
  if (document.title !== title) document.title = title;
}
