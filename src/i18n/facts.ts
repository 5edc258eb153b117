// The organization's facts as named placeholders for step text ({{supportPhone}}, …). Only
// formatting happens here: which facts apply is decided by the machine and the configuration.
import type { TFunction } from 'i18next';
import type { OrgConfig } from '../../flows/config/schema';
import { phoneFor } from '../../flows/contact/phones';
import type { StepView } from '../../flows/machine/describe';
import { maskIdentifier } from '../../flows/session/mask';
import { formatPhone, phoneHref } from '../format/phone';
import { policyFacts } from './policyFacts';

function list(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
}

const bullets = (lines: string[]) => lines.map((line) => `- ${line}`).join('\n');

export function stepFacts(config: OrgConfig, view: StepView, t: TFunction, locale: string) {
  const support = phoneFor(config, 'portalSupport');
  const records = phoneFor(config, 'medicalRecords');
  const identity = phoneFor(config, config.recovery.identityMismatch);
  const portalUrl = config.portal.urls[0]!;
  const { lockout, activation, recovery, verification } = config;
  const base = { orgName: config.name, appName: config.portal.appName };
  const method = (m: string) => t(`facts.method.${m}`, base);
  const attempts =
    lockout.attempts !== undefined
      ? t('facts.lockoutAttempts', { count: lockout.attempts })
      : t('facts.lockoutAttemptsUnknown');
  const otherMethods = verification.methods.filter((m) => m !== view.codeMethod);
  const inPerson = config.channels.find((c) => c.kind === 'inPerson' && c.address);
  const check = view.check?.finding as Record<string, unknown> | undefined;

  return {
    ...base,
    portalUrl,
    portalHost: new URL(portalUrl).host,
    supportPhone: formatPhone(support),
    supportPhoneHref: phoneHref(support),
    recordsPhone: formatPhone(records),
    recordsPhoneHref: phoneHref(records),
    identityPhone: formatPhone(identity),
    identityPhoneHref: phoneHref(identity),
    loginKind: t(`facts.loginKind.${config.portal.signInWith}`),
    loginKindAdvice: t(`facts.loginKindAdvice.${config.portal.signInWith}`, base),
    lockoutAttempts: attempts,
    lockoutMinutes: lockout.unlock === 'wait' ? String(lockout.minutes) : '',
    lockoutWarning: t(`facts.lockoutWarning.${lockout.unlock}`, {
      ...base,
      attempts,
      minutes: lockout.unlock === 'wait' ? lockout.minutes : '',
    }),
    trustDeviceTip: verification.trustDeviceDays
      ? t('facts.trustDevice', { count: verification.trustDeviceDays })
      : t('facts.trustDeviceUnknown'),
    methods: list(verification.methods.map(method), locale),
    otherMethods: list(
      (otherMethods.length ? otherMethods : verification.methods).map(method),
      locale,
    ),
    resetMethods: list(recovery.passwordReset.map(method), locale),
    signupUrl: activation.onlineSignup?.url ?? portalUrl,
    newCodeWays: bullets([
      ...(activation.onlineSignup
        ? [t('facts.newCodeWay.signup', { url: activation.onlineSignup.url })]
        : []),
      t('facts.newCodeWay.phone', { phone: formatPhone(support), href: phoneHref(support) }),
      t('facts.newCodeWay.visit'),
    ]),
    assistedWays: bullets(
      recovery.assisted.map((way) =>
        t(`facts.assistedWay.${way}`, {
          ...base,
          phone: formatPhone(identity),
          href: phoneHref(identity),
          place: inPerson?.address ?? t('facts.inPersonAny', base),
        }),
      ),
    ),
    assistedDays: recovery.assistedDays
      ? recovery.assistedDays.min === recovery.assistedDays.max
        ? t('facts.assistedDaysSame', { count: recovery.assistedDays.max })
        : t('facts.assistedDays', recovery.assistedDays)
      : t('facts.assistedDaysUnknown'),
    accessibilityUrl: config.accessibilityUrl ?? config.helpUrl ?? portalUrl,
    idleSignOut: config.portal.idleSignOutMinutes
      ? t('facts.idleSignOut', { count: config.portal.idleSignOutMinutes })
      : t('facts.idleSignOutUnknown'),
    linkedName: config.portal.linkedSignIn?.name ?? '',
    linkedUrl: config.portal.linkedSignIn?.url ?? portalUrl,
    // The published policy, as sentences that never state an unpublished number.
    ...policyFacts(config, view, t, locale),
    // From the last check: what the person typed, corrected. Shown on the next screen only.
    suggestion: typeof check?.suggestion === 'string' ? check.suggestion : '',
    phoneMasked: typeof check?.masked === 'string' ? check.masked : '',
    phoneLast4: typeof check?.last4 === 'string' ? check.last4 : '',
    patientAge: typeof check?.age === 'number' ? String(check.age) : '',
    lookalikeReason: lookalikeReason(view, t, base),
    ambiguousTip:
      Array.isArray(check?.ambiguous) && check.ambiguous.length
        ? t('facts.ambiguousTip', { characters: (check.ambiguous as string[]).join(' ') })
        : '',
    fixedValue: typeof check?.fixed === 'string' ? check.fixed : '',
    typedLength: typeof check?.got === 'number' ? String(check.got) : '',
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
  };
}
