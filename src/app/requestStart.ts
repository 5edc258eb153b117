// Everything the first question needs, requested at once as a page starts: the configuration,
// the person's language, the validator and the app itself. Before this, each waited for the one
// before (the app, then the configuration it asked for, then the validator and the strings),
// three round trips in a row on a slow phone network (tests/bench/results/startup.md).
// The module graph behind this file is tiny on purpose, so it runs as soon as it arrives.
import { listFormat } from '../format/intl';
import { loadLocale, pickLocale } from '../i18n/locales';
import { type FetchOptions, fetchConfig, mayBeCheckedAtBuild } from './configSource';

export interface StartRequests {
  /** The configuration file, parsed (or the error mount() reports). */
  config: Promise<unknown>;
  /** mount(), once its chunks have arrived. */
  mount: Promise<typeof import('./mount').mount>;
  /** The language the person most likely gets (mount() has the last word). */
  locale: string;
}

/**
 * What the first screen needs besides the app, requested at once: the strings of the language the
 * person most likely gets, the finder box, and the first Intl formatter; gives that language.
 * mount() decides, once it knows which languages the organization lists, and imports these same
 * modules; the browser hands it the downloads begun here. A failure is reported there, where the
 * person is shown a way to a human.
 */
export function requestFirstScreen(requestedLocale: string | null): string {
  const locale = pickLocale(
    requestedLocale,
    typeof navigator === 'undefined' ? [] : navigator.languages,
  );
  loadLocale(locale).catch(() => {});
  // The first question's finder box, a chunk of its own that mount() waits for (ChoiceStep.tsx).
  import('../steps/FinderBox').catch(() => {});
  // The page's first Intl formatter loads the locale's data, about 50 ms at 4x CPU throttle: made
  // while the app is still on the wire and the main thread idle, not when the first screen
  // renders. It is the formatter the organization's facts need first (src/i18n/facts.ts).
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(() => listFormat(locale, 'unit'), { timeout: 2000 });
  return locale;
}

/** The validator, for a configuration the build did not check (src/build/checkedConfigs.ts). */
export function requestValidator(): void {
  import('../../flows/config/validate').catch(() => {});
}

export function requestStart(
  address: string,
  what: string | undefined,
  requestedLocale: string | null,
  fetchOptions: FetchOptions = {},
): StartRequests {
  const locale = requestFirstScreen(requestedLocale);
  // A file the build validated is most likely still that file: its digest decides, on arrival.
  if (!mayBeCheckedAtBuild(address)) requestValidator();
  return {
    config: fetchConfig(address, what, fetchOptions),
    mount: import('./mount').then((m) => m.mount),
    locale,
  };
}
