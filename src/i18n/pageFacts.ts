// Facts about the organization's own pages: where to get the official app, its privacy notice and
// its proxy and recovery policy pages, and the other ways to confirm a sign-in. A page the
// configuration does not name is never linked: its sentence is empty, or says to search the store.
import type { TFunction } from 'i18next';
import type { OrgConfig } from '../../flows/config/schema';
import type { StepView } from '../../flows/machine/describe';
import { isolateFor } from './facts';

const bullets = (lines: string[]) => lines.map((line) => `- ${line}`).join('\n');
const sentences = (parts: (string | false)[]) => parts.filter(Boolean).join(' ');

/**
 * The organization's own pages that its configuration names (help, privacy, proxy, recovery), one
 * Markdown line each: "**Privacy notice:** [url](url)". Empty when it names none.
 */
export function officialPageLines(config: OrgConfig, t: TFunction, locale: string): string[] {
  const iso = isolateFor(locale);
  const base = { orgName: iso(config.name), appName: iso(config.portal.appName) };
  return (
    [
      ['help', config.helpUrl],
      ['privacy', config.privacyUrl],
      ['proxy', config.proxyPolicyUrl],
      ['recovery', config.recoveryPolicyUrl],
    ] as const
  ).flatMap(([key, url]) => (url ? [t(`facts.page.list.${key}`, { ...base, url: iso(url) })] : []));
}

export function pageFacts(config: OrgConfig, view: StepView, t: TFunction, locale: string) {
  const iso = isolateFor(locale);
  const base = { orgName: iso(config.name), appName: iso(config.portal.appName) };
  const stores = config.portal.appStores;
  const link = (key: string, url: string | undefined) =>
    url ? t(`facts.page.${key}`, { ...base, url: iso(url) }) : '';
  const store = (name: 'apple' | 'google') =>
    stores?.[name]
      ? t(`facts.appStore.${name}`, { ...base, url: iso(stores[name]) })
      : t(`facts.appStore.${name}Search`, base);

  // The other ways this organization confirms a sign-in: codes are sent, a key is not.
  const others = config.verification.methods.filter((m) => m !== view.codeMethod);
  const codeWays = others.filter((m) => m !== 'securityKey');
  const list = (items: string[]) =>
    new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);

  const pages = officialPageLines(config, t, locale);

  return {
    appStoreWays: bullets([store('apple'), store('google')]),
    appPublisher: stores?.publisher
      ? t('facts.appStore.publisher', { ...base, publisher: iso(stores.publisher) })
      : t('facts.appStore.publisherUnknown', base),
    otherWays: sentences([
      codeWays.length > 0 &&
        t('facts.otherWays.codes', {
          ...base,
          methods: list(codeWays.map((m) => t(`facts.method.${m}`, base))),
        }),
      others.includes('securityKey') && t('facts.otherWays.key', base),
    ]),
    privacyLink: link('privacy', config.privacyUrl),
    proxyPolicyLink: link('proxy', config.proxyPolicyUrl),
    recoveryPolicyLink: link('recovery', config.recoveryPolicyUrl),
    officialPages: pages.length ? `${t('facts.page.list.intro', base)}\n${bullets(pages)}` : '',
  };
}
