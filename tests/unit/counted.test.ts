// Counted facts (minutes, hours, days, ages, letters, wrong tries) take the noun form each
// language's plural rules ask for, and lengths of time read in the units a person would say.
import { describe, expect, it } from 'vitest';
import type { OrgConfig } from '../../flows/config/schema';
import { describeStep } from '../../flows/machine/describe';
import { startSession } from '../../flows/session/session';
import { counted, duration, stepFacts } from '../../src/i18n/facts';
import { stepText } from '../../src/steps/stepText';
import { testI18n } from '../support/i18n';
import { withChanges } from '../support/orgs';

const LOCALES = ['en', 'es', 'zh', 'vi', 'ar'];
const COUNTS = [0, 1, 2, 3, 5, 11, 100];

function factsWith(locale: string, change: (c: Record<string, any>) => void) {
  const config = withChanges('riverside', change) as OrgConfig;
  const view = describeStep(startSession(config).snapshot);
  const i18n = instances.get(locale) ?? testI18n(locale);
  return { facts: stepFacts(config, view, i18n.t, locale), t: i18n.t };
}

/** The message the language's own rules pick for this count, filled in. */
const instances = new Map(LOCALES.map((l) => [l, testI18n(l)]));

function expected(locale: string, key: string, count: number): string {
  const i18n = instances.get(locale)!;
  const form = new Intl.PluralRules(locale).select(count);
  const text = i18n.getResource(locale, 'ui', `${key}_${form}`) as string | undefined;
  if (text === undefined) throw new Error(`${locale}: no ${key}_${form}`);
  return text.replace('{{count}}', String(count));
}

describe.each(LOCALES)('counted facts in %s', (locale) => {
  it.each(COUNTS)('use the right plural form for %i', (n) => {
    const { facts } = factsWith(locale, (c) => {
      c.verification.codeMinutes = n;
      c.activation.validDays = n;
      c.results.holdDays = n;
      c.proxy.teenFrom = n;
      c.proxy.adultAt = n + 1;
      c.activation.groups = [n];
      c.lockout.attempts = n;
    });
    // The published policy's sentences (policyFacts.ts) count with the language's forms too.
    const named = (key: string) =>
      expected(locale, key, n).replace(/\{\{orgName\}\}/g, facts.orgName);
    if (n > 0) {
      expect(facts.codeLife).toBe(named('facts.codeLife.minutes'));
      expect(facts.activationValidity).toBe(named('facts.activationValidity.days'));
    }
    expect(facts.activationCharacters).toBe(expected(locale, 'facts.unit.character', n));
    expect(facts.lockoutAttempts).toBe(expected(locale, 'facts.lockoutAttempts', n));
  });
});

describe('Arabic number agreement', () => {
  const { t } = factsWith('ar', () => {});
  const years = (n: number) => counted(t, 'year', n);

  it('says 8 سنوات, not 8 سنة, and the other forms by the count', () => {
    expect(years(8)).toBe('8 سنوات');
    expect(years(3)).toBe('3 سنوات');
    expect(years(11)).toBe('11 سنة');
    expect(years(100)).toBe('100 سنة');
    expect(years(1)).toBe('سنة واحدة');
    expect(years(2)).toBe('سنتين');
  });

  it('says minutes by the count too', () => {
    const minutes = (n: number) => duration(t, n, 'ar');
    expect(minutes(10)).toBe('10 دقائق');
    expect(minutes(15)).toBe('15 دقيقة');
    expect(minutes(2)).toBe('دقيقتين');
  });
});

describe('lengths of time in natural units', () => {
  const lockout = (locale: string, minutes: number) =>
    factsWith(locale, (c) => {
      c.lockout = { unlock: 'wait', attempts: 5, minutes };
    }).facts;

  it.each([
    ['en', 120, '2 hours'],
    ['en', 90, '1 hour, 30 minutes'],
    ['en', 60, '1 hour'],
    ['en', 45, '45 minutes'],
    ['en', 1440, '1 day'],
    ['es', 120, '2 horas'],
    ['es', 90, '1 hora y 30 minutos'],
    ['zh', 120, '2 小时'],
    ['vi', 120, '2 giờ'],
    ['ar', 120, 'ساعتين'],
    ['ar', 180, '3 ساعات'],
  ] as const)('%s: %i minutes read "%s"', (locale, minutes, text) => {
    expect(lockout(locale, minutes).lockoutDuration).toBe(text);
  });

  it('says a 120-minute lockout as 2 hours in the warning and the locked step', () => {
    const { facts } = { facts: lockout('en', 120) };
    expect(facts.lockoutWarning).toBe('After 5 wrong tries, the account locks for 2 hours.');
    const i18n = testI18n('en');
    expect(i18n.t('steps:lockedWait.title', facts)).toBe('Your account is locked for 2 hours');
  });

  it('says idle sign-out in natural units', () => {
    const { facts } = factsWith('en', (c) => {
      c.portal.idleSignOutMinutes = 120;
    });
    expect(facts.idleSignOut).toBe('after 2 hours without activity');
  });
});

describe.each(LOCALES)('counted facts on screen in %s', (locale) => {
  const flat = (nodes: unknown): string =>
    typeof nodes === 'string'
      ? nodes
      : Array.isArray(nodes)
        ? nodes
            .map((n) => (typeof n === 'object' && n && !Array.isArray(n) ? '' : flat(n)))
            .join('')
        : '';

  it.each(COUNTS)('the locked and expired-code steps say %i with its plural form', (n) => {
    const config = withChanges('riverside', (c) => {
      c.lockout = { unlock: 'wait', attempts: 5, minutes: n };
      c.activation.validDays = n;
    }) as OrgConfig;
    const i18n = instances.get(locale)!;
    const view = describeStep(startSession(config).snapshot);
    const facts = stepFacts(config, view, i18n.t, locale);
    const locked = stepText({ ...view, key: 'lockedWait' }, facts, i18n);
    expect(locked.title).toContain(facts.lockoutDuration);
    expect(flat(locked.body)).toContain(facts.lockoutDuration);
    const expired = stepText({ ...view, key: 'activationExpired' }, facts, i18n);
    // The published validity as one sentence with its plural form (policyFacts.ts); a code valid
    // for 0 days is not a published validity, so that case reads as not published.
    expect(flat(expired.body)).toContain(facts.activationValidity);
  });
});
