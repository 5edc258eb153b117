// The organization's facts as named placeholders for step text ({{supportPhone}}, …). Only
// formatting happens here: which facts apply is decided by the machine and the configuration.
import type { TFunction } from 'i18next';
import { givesCode } from '../../flows/config/methods';
import { PORTAL_LABEL_KEYS, type PortalLabelKey } from '../../flows/config/portalLabelKeys';
import { dateOrderOf } from '../../flows/config/region';
import type { OrgConfig } from '../../flows/config/schema';
import { phoneFor } from '../../flows/contact/phones';
import type { StepView } from '../../flows/machine/describe';
import { maskIdentifier } from '../../flows/session/mask';
import { listFormat } from '../format/intl';
import { formatPhone as formatAnyPhone, phoneExample, phoneHref } from '../format/phone';
import { directionOf } from './locales';
import { pageFacts } from './pageFacts';
import { policyFacts, proxyKindOf } from './policyFacts';

export function list(
  items: string[],
  locale: string,
  type: Intl.ListFormatType = 'disjunction',
): string {
  return listFormat(locale, type).format(items);
}

const bullets = (lines: string[]) => lines.map((line) => `- ${line}`).join('\n');

/** What a counted fact counts; each has plural messages (`facts.unit.<unit>_<form>`) per locale. */
export type Unit = 'minute' | 'hour' | 'day' | 'year' | 'character';

/** "1 minute", "8 سنوات": the number with its noun in the form the language's plural rules ask for. */
export const counted = (t: TFunction, unit: Unit, count: number) =>
  t(`facts.unit.${unit}`, { count });

/**
 * A length of time given in minutes, in the units a person would say: 120 → "2 hours", 90 →
 * "1 hour, 30 minutes", 2880 → "2 days". The parts are joined by Intl.ListFormat's unit style.
 */
export function duration(t: TFunction, minutes: number, locale: string): string {
  if (minutes >= 1440 && !(minutes % 1440)) return counted(t, 'day', minutes / 1440);
  const rest = minutes % 60;
  const parts = minutes < 60 ? [] : [counted(t, 'hour', (minutes - rest) / 60)];
  if (rest || !parts.length) parts.push(counted(t, 'minute', rest));
  return list(parts, locale, 'unit');
}

/**
 * In right-to-left text, a left-to-right value (a name, a phone number, an address) is wrapped in
 * FSI…PDI so the bidi algorithm keeps it whole: "(608) 555-0142" and "Riverside Health." would
 * otherwise be reordered around the Arabic. Links drop the marks (src/ui/markdown/safeUrl.ts).
 */
export function isolateFor(locale: string): (value: string) => string {
  if (directionOf(locale) !== 'rtl') return (value) => value;
  return (value) => (value ? `\u2068${value}\u2069` : value);
}

export type PortalLabelFacts = Record<`${PortalLabelKey}Label`, string>;

/**
 * The portal's links and messages as the text names them ({{forgotPasswordLabel}}, …): the
 * organization's own label when its portal is offered in this language and it set one
 * (`portal.labels`), shown alone; otherwise the English label with its translation beside it, as
 * an English-only portal shows it. Both forms, quotes and bidi isolation included, are the
 * locale's own (`facts.portalLabel` in ui.json).
 */
export function portalLabelFacts(
  config: OrgConfig,
  t: TFunction,
  locale: string,
): PortalLabelFacts {
  const labels = config.portal.labels as
    | Record<string, Partial<Record<PortalLabelKey, string>> | undefined>
    | undefined;
  const own = labels?.[locale.split('-')[0]!] ?? {};
  const facts = {} as PortalLabelFacts;
  for (const key of PORTAL_LABEL_KEYS) {
    const label = own[key];
    facts[`${key}Label`] = label
      ? t(
          key === 'codeSentTo' ? 'ui:facts.portalLabel.ownCodeSentTo' : 'ui:facts.portalLabel.own',
          {
            label,
          },
        )
      : t(`ui:facts.portalLabel.${key}`);
  }
  return facts;
}

// Step facts that come from what the person typed; empty when the path came from a handoff code.
export const TYPED_FACTS = [
  'suggestion',
  'fixedValue',
  'phoneMasked',
  'phoneLast4',
  'typedLength',
] as const;

/** Every fact worked out from what was typed, including what a check read from it. */
export const FROM_TYPED = [...TYPED_FACTS, 'patientAge', 'ambiguousTip'] as const;

/** 27 March 1984 in the organization's order: how a date of birth is typed there. */
const DATE_EXAMPLES = { mdy: '03/27/1984', dmy: '27/03/1984', ymd: '1984-03-27' } as const;

/** The facts the input hints and errors use: examples in the organization's country's forms. */
export function inputFacts(config: OrgConfig, t: TFunction, locale: string) {
  const order = dateOrderOf(config);
  const iso = isolateFor(locale);
  return {
    phoneExample: iso(phoneExample(config.country)),
    dateExample: iso(DATE_EXAMPLES[order]),
    dateOrder: t(`facts.dateOrder.${order}`),
  };
}

/**
 * The facts that do not depend on what was typed, worked out once per organization, language,
 * code method and proxy kind: each takes many lookups and Intl formatters, and a step change
 * would otherwise redo every one of them (tests/bench/results/bench.md). Kept per translate
 * function, so pass the instance's own `i18n.t`: the `t` of useTranslation() is another function
 * in every component that calls it, and the contact screen, new on each visit, missed the cache.
 */
const known = new WeakMap<OrgConfig, WeakMap<TFunction, Map<string, OrgFacts>>>();

type OrgFacts = ReturnType<typeof orgFacts>;

export function stepFacts(config: OrgConfig, view: StepView, t: TFunction, locale: string) {
  const byT = known.get(config) ?? new WeakMap<TFunction, Map<string, OrgFacts>>();
  known.set(config, byT);
  const byStep = byT.get(t) ?? new Map<string, OrgFacts>();
  byT.set(t, byStep);
  const key = `${locale}|${view.codeMethod ?? ''}|${proxyKindOf(view)}`;
  let facts = byStep.get(key);
  if (!facts) {
    facts = orgFacts(config, view, t, locale);
    byStep.set(key, facts);
  }
  const iso = isolateFor(locale);
  const base = { orgName: iso(config.name), appName: iso(config.portal.appName) };
  const check = view.check?.finding as Record<string, unknown> | undefined;
  return {
    ...facts,
    // From the last check: what the person typed, corrected. Shown on the next screen only.
    suggestion: typeof check?.suggestion === 'string' ? check.suggestion : '',
    phoneMasked: typeof check?.masked === 'string' ? check.masked : '',
    phoneLast4: typeof check?.last4 === 'string' ? check.last4 : '',
    patientAge: typeof check?.age === 'number' ? String(check.age) : '',
    patientAgeYears: typeof check?.age === 'number' ? counted(t, 'year', check.age) : '',
    lookalikeReason: lookalikeReason(view, t, base),
    ambiguousTip:
      Array.isArray(check?.ambiguous) && check.ambiguous.length
        ? t('facts.ambiguousTip', { characters: (check.ambiguous as string[]).join(' ') })
        : '',
    fixedValue: typeof check?.fixed === 'string' ? check.fixed : '',
    typedLength: typeof check?.got === 'number' ? String(check.got) : '',
  };
}

/** Everything but the typed facts; reads of `view` only its code method and proxy kind. */
function orgFacts(config: OrgConfig, view: StepView, t: TFunction, locale: string) {
  const formatPhone = (e164: string) => formatAnyPhone(e164, config.country);
  const iso = isolateFor(locale);
  const phone = (value: string) => iso(formatPhone(value));
  const support = phoneFor(config, 'portalSupport');
  const records = phoneFor(config, 'medicalRecords');
  const identity = phoneFor(config, config.recovery.identityMismatch);
  const portalUrl = config.portal.urls[0]!;
  const { lockout, activation, recovery, verification } = config;
  const base = { orgName: iso(config.name), appName: iso(config.portal.appName) };
  const method = (m: string) => t(`facts.method.${m}`, base);
  const attempts =
    lockout.attempts !== undefined
      ? t('facts.lockoutAttempts', { count: lockout.attempts })
      : t('facts.lockoutAttemptsUnknown');
  const otherMethods = verification.methods.filter((m) => m !== view.codeMethod);
  // "Sends codes by …" names the ways a code comes: a security key sends none.
  const codeWays = verification.methods.filter(givesCode);
  const inPerson = config.channels.find((c) => c.kind === 'inPerson' && c.address);
  const lockoutDuration = lockout.unlock === 'wait' ? duration(t, lockout.minutes, locale) : '';
  const activationLength = activation.groups?.reduce((a, b) => a + b, 0);
  const labels = portalLabelFacts(config, t, locale);

  return {
    ...base,
    ...inputFacts(config, t, locale),
    ...labels,
    portalUrl: iso(portalUrl),
    portalHost: iso(new URL(portalUrl).host),
    supportPhone: phone(support),
    supportPhoneHref: phoneHref(support),
    recordsPhone: phone(records),
    recordsPhoneHref: phoneHref(records),
    identityPhone: phone(identity),
    identityPhoneHref: phoneHref(identity),
    loginKind: t(`facts.loginKind.${config.portal.signInWith}`),
    loginKindAdvice: t(`facts.loginKindAdvice.${config.portal.signInWith}`, base),
    lockoutAttempts: attempts,
    // The bare numbers stay for a configuration's own text; shipped text uses the counted forms.
    lockoutMinutes: lockout.unlock === 'wait' ? String(lockout.minutes) : '',
    lockoutDuration,
    lockoutWarning: t(`facts.lockoutWarning.${lockout.unlock}`, {
      ...base,
      attempts,
      duration: lockoutDuration,
    }),
    trustDeviceTip: verification.trustDeviceDays
      ? t('facts.trustDevice', { count: verification.trustDeviceDays, ...labels })
      : t('facts.trustDeviceUnknown', labels),
    methods: list((codeWays.length ? codeWays : verification.methods).map(method), locale),
    otherMethods: list(
      (otherMethods.length ? otherMethods : verification.methods).map(method),
      locale,
    ),
    resetMethods: list(recovery.passwordReset.map(method), locale),
    activationCharacters:
      activationLength === undefined ? '' : counted(t, 'character', activationLength),
    signupUrl: iso(activation.onlineSignup?.url ?? portalUrl),
    newCodeWays: bullets([
      ...(activation.onlineSignup
        ? [t('facts.newCodeWay.signup', { url: iso(activation.onlineSignup.url) })]
        : []),
      t('facts.newCodeWay.phone', { phone: phone(support), href: phoneHref(support) }),
      t('facts.newCodeWay.visit'),
    ]),
    assistedWays: bullets(
      recovery.assisted.map((way) =>
        t(`facts.assistedWay.${way}`, {
          ...base,
          phone: phone(identity),
          href: phoneHref(identity),
          place: inPerson?.address ? iso(inPerson.address) : t('facts.inPersonAny', base),
        }),
      ),
    ),
    assistedDays: recovery.assistedDays
      ? recovery.assistedDays.min === recovery.assistedDays.max
        ? t('facts.assistedDaysSame', { count: recovery.assistedDays.max })
        : t('facts.assistedDays', {
            min: recovery.assistedDays.min,
            count: recovery.assistedDays.max,
          })
      : t('facts.assistedDaysUnknown'),
    accessibilityUrl: iso(config.accessibilityUrl ?? config.helpUrl ?? portalUrl),
    idleSignOut: config.portal.idleSignOutMinutes
      ? t('facts.idleSignOut', {
          duration: duration(t, config.portal.idleSignOutMinutes, locale),
        })
      : t('facts.idleSignOutUnknown'),
    linkedName: iso(config.portal.linkedSignIn?.name ?? ''),
    linkedUrl: iso(config.portal.linkedSignIn?.url ?? portalUrl),
    // The published policy, as sentences that never state an unpublished number.
    ...policyFacts(config, view, t, locale),
    // The official app's store pages, the policy pages and the other ways to confirm a sign-in.
    ...pageFacts(config, view, t, locale),
  };
}

/** Why an address is not the official one, for the security advice; '' for other findings. */
function lookalikeReason(view: StepView, t: TFunction, base: Record<string, string>): string {
  if (view.check?.field !== 'portalAddress') return '';
  const finding = view.check.finding;
  // A path opened from a handoff code carries the finding's kind only, not its reason.
  if (finding.kind === 'lookalike')
    return finding.reason ? t(`facts.lookalikeReason.${finding.reason}`, base) : '';
  if (finding.kind === 'otherPortal' || finding.kind === 'unofficial')
    return t(`facts.lookalikeReason.${finding.kind}`, base);
  return '';
}

export type StepFacts = ReturnType<typeof stepFacts>;

/**
 * The same facts with everything derived from what the person typed masked, for text that leaves
 * the screen (the case summary). Step titles like "Did you mean {{suggestion}}?" use these.
 */
export function maskTypedFacts(facts: StepFacts): StepFacts {
  return {
    ...facts,
    suggestion: facts.suggestion ? maskIdentifier(facts.suggestion) : '',
    fixedValue: facts.fixedValue ? maskIdentifier(facts.fixedValue) : '',
    patientAge: '',
    patientAgeYears: '',
  };
}
