// The organization's own pages (privacy notice, proxy and recovery policy, help page) and the
// official app's store pages: shown where they matter when the configuration names them, and
// never otherwise. No link is ever made up: without store links the person is told to search.
import { afterEach, describe, expect, it } from 'vitest';
import { describeStep } from '../../flows/machine/describe';
import { shortestPaths } from '../../flows/machine/explore';
import { performEvent } from '../support/drive';
import { withChanges } from '../support/orgs';
import { checkedConfig } from '../support/policy';
import { renderAssistant } from '../support/render';

const PAGES = {
  privacyUrl: 'https://riversidehealth.example/privacy',
  proxyPolicyUrl: 'https://riversidehealth.example/mychart-proxy',
  recoveryPolicyUrl: 'https://riversidehealth.example/mychart-account-help',
  helpUrl: 'https://riversidehealth.example/mychart-help',
} as const;

const withPages = withChanges('riverside', () => {});
const withoutPages = withChanges('riverside', (c) => {
  for (const key of Object.keys(PAGES)) delete c[key];
});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The links on `step`, reached through the real UI along its shortest path. */
function linksOn(raw: unknown, step: string, locale = 'en') {
  const config = checkedConfig(raw);
  const path = shortestPaths(config).find((p) => describeStep(p.state).key === step);
  if (!path) throw new Error(`${step} is not reachable`);
  const { container, unmount } = renderAssistant({ config: raw, locale, persist: false });
  cleanup = unmount;
  for (const event of path.events) performEvent(container, event);
  const main = container.querySelector('main')!;
  return {
    hrefs: [...main.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    text: main.textContent ?? '',
  };
}

describe('policy pages appear only where the configuration names them', () => {
  const cases: [string, keyof typeof PAGES][] = [
    ['proxyAdult', 'proxyPolicyUrl'],
    ['proxyGuardian', 'proxyPolicyUrl'],
    ['resetSelfService', 'recoveryPolicyUrl'],
    ['identityAssisted', 'recoveryPolicyUrl'],
    ['keyLost', 'recoveryPolicyUrl'],
    ['biometricPrivacy', 'privacyUrl'],
    ['securityShared', 'privacyUrl'],
    ['contact', 'privacyUrl'],
    ['contact', 'proxyPolicyUrl'],
    ['contact', 'recoveryPolicyUrl'],
    ['contact', 'helpUrl'],
  ];
  it.each(cases)('%s links %s when it is set', (step, setting) => {
    expect(linksOn(withPages, step).hrefs).toContain(PAGES[setting]);
  });
  it.each([...new Set(cases.map(([step]) => step))])(
    '%s links none of them when they are left out, and says nothing about them',
    (step) => {
      const { hrefs, text } = linksOn(withoutPages, step);
      for (const url of Object.values(PAGES)) expect(hrefs).not.toContain(url);
      expect(text).not.toMatch(
        /privacy notice|proxy access rules|getting back into your account|own help pages|help with/i,
      );
    },
  );
  it('the proxy rules are linked in Arabic too', () => {
    expect(linksOn(withPages, 'proxyAdult', 'ar').hrefs).toContain(PAGES.proxyPolicyUrl);
  });
});

describe('getting the official app', () => {
  it('without store links, says to search the store for the app and links no store', () => {
    const { hrefs, text } = linksOn(withPages, 'appGetOfficial');
    expect(text).toContain('(App Store or Google Play) and search for MyChart');
    expect(text).toContain("Check the app's name and maker");
    expect(hrefs.filter((h) => /apple|google/.test(h ?? ''))).toEqual([]);
  });
  it('with store links and the publisher, links those pages and names the publisher', () => {
    const stores = withChanges('riverside', (c) => {
      c.portal.appStores = {
        publisher: 'Epic Systems Corporation',
        apple: 'https://apps.apple.com/us/app/mychart/id382952264',
        google: 'https://play.google.com/store/apps/details?id=epic.mychart.android',
      };
    });
    const { hrefs, text } = linksOn(stores, 'appGetOfficial');
    expect(hrefs).toContain('https://apps.apple.com/us/app/mychart/id382952264');
    expect(hrefs).toContain('https://play.google.com/store/apps/details?id=epic.mychart.android');
    expect(text).toContain('made by Epic Systems Corporation');
    expect(text).not.toContain('search for');
  });
  it('refuses a store link that is not https', () => {
    const bad = withChanges('riverside', (c) => {
      c.portal.appStores = { apple: 'http://apps.apple.com/app/x' };
    });
    expect(() => checkedConfig(bad)).toThrow(/appStores/);
  });
});
