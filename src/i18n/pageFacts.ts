// Facts about the organization's own pages: where to get the official app, its privacy notice and
// its proxy and recovery policy pages, and the other ways to confirm a sign-in. A page the
// configuration does not name is never linked: its line is empty, or says to search the store.
import type { TFunction } from 'i18next';
import { givesCode } from '../../flows/config/methods';
import type { OrgConfig } from '../../flows/config/schema';
import type { StepView } from '../../flows/machine/describe';
import { isolateFor, list } from './facts';

const PAGES = ['help', 'privacy', 'proxy', 'recovery'] as const;
type Page = (typeof PAGES)[number];

/** A page as one labelled Markdown line, "**Privacy notice:** [url](url)"; '' when not named. */
function pageLine(config: OrgConfig, page: Page, t: TFunction, locale: string): string {
  const iso = isolateFor(locale);
  const url = {
    help: config.helpUrl,
    privacy: config.privacyUrl,
    proxy: config.proxyPolicyUrl,
    recovery: config.recoveryPolicyUrl,
  }[page];
  return url ? t(`facts.page.${page}`, { appName: iso(config.portal.appName), url: iso(url) }) : '';
}

/** The lines of the pages the configuration names. */
export const officialPageLines = (config: OrgConfig, t: TFunction, locale: string) =>
  PAGES.map((page) => pageLine(config, page, t, locale)).filter(Boolean);

export function pageFacts(config: OrgConfig, view: StepView, t: TFunction, locale: string) {
  const iso = isolateFor(locale);
  const base = { orgName: iso(config.name), appName: iso(config.portal.appName) };
  const stores = config.portal.appStores;
  const link = (page: Page) => pageLine(config, page, t, locale);
  // The store pages the configuration names; the search advice covers any it does not.
  const storeLinks = (['apple', 'google'] as const).flatMap((name) => {
    const url = stores?.[name];
    return url ? [`- ${t(`facts.appStore.${name}`, { ...base, url: iso(url) })}`] : [];
  });
  if (storeLinks.length < 2) storeLinks.push(t('facts.appStore.search', base));

  // The other ways this organization confirms a sign-in: codes are sent, a key is not.
  const others = config.verification.methods.filter((m) => m !== view.codeMethod);
  const codeWays = others.filter(givesCode);
  const pages = officialPageLines(config, t, locale);

  return {
    appStoreWays: storeLinks.join('\n'),
    appPublisher: stores?.publisher
      ? t('facts.appStore.publisher', { ...base, publisher: iso(stores.publisher) })
      : t('facts.appStore.publisherUnknown', base),
    otherWays: [
      codeWays.length > 0 &&
        t('facts.otherWays.codes', {
          ...base,
          methods: list(
            codeWays.map((m) => t(`facts.method.${m}`, base)),
            locale,
          ),
        }),
      others.some((m) => !givesCode(m)) && t('facts.otherWays.key', base),
    ]
      .filter(Boolean)
      .join(' '),
    privacyLink: link('privacy'),
    proxyPolicyLink: link('proxy'),
    recoveryPolicyLink: link('recovery'),
    officialPages: pages.map((line) => `- ${line}`).join('\n'),
  };
}
