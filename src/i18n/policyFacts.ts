// Facts of the organization's published policy (two-step, sign-up, recovery, proxy, results) as
// whole sentences. A fact the organization leaves out is never given a number: its sentence says
// it is not published, or is empty. Which step shows which is the content's; which facts apply is
// the configuration's.
import type { TFunction } from 'i18next';
import type { OrgConfig } from '../../flows/config/schema';
import { phoneFor } from '../../flows/contact/phones';
import type { StepView } from '../../flows/machine/describe';
import { dateTimeFormat, listFormat } from '../format/intl';
import { formatPhone, phoneHref } from '../format/phone';
import { isolateFor } from './facts';

type Kind = 'child' | 'teen' | 'adult' | 'guardian' | 'foster';

/** The kind of proxy each proxy step is about, for its forms and renewal. */
const KIND_OF_STEP: Record<string, Kind> = {
  proxyChildYoung: 'child',
  proxyTeenLimited: 'teen',
  proxyTeenAssent: 'teen',
  proxyTeenNone: 'teen',
  proxyTeenAsk: 'teen',
  proxyAdult: 'adult',
  proxyGuardian: 'guardian',
  proxyFoster: 'foster',
};

/** Which kind of proxy a step is about ('' for none): the only thing of the step these facts read. */
export const proxyKindOf = (view: StepView): Kind | '' => KIND_OF_STEP[view.key] ?? '';

const DATE_FORMAT_KEY = { 'MM/DD/YYYY': 'mdy', 'DD/MM/YYYY': 'dmy', 'YYYY-MM-DD': 'ymd' } as const;

const bullets = (lines: string[]) => lines.map((line) => `- ${line}`).join('\n');
const sentences = (parts: (string | false | 0 | undefined)[]) =>
  parts.filter((p): p is string => Boolean(p)).join(' ');

function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function policyFacts(config: OrgConfig, view: StepView, t: TFunction, locale: string) {
  const { activation, proxy, verification, recovery, results } = config;
  // Left-to-right names kept whole in right-to-left text, as in facts.ts.
  const iso = isolateFor(locale);
  const base = { orgName: iso(config.name), appName: iso(config.portal.appName) };
  const years = (count: number) => t('facts.unit.year', { count });
  const support = phoneFor(config, 'portalSupport');
  const records = phoneFor(config, 'medicalRecords');
  const { groups } = activation;
  const days = activation.validDays;

  const kind = proxyKindOf(view) || undefined;
  const own = kind ? proxy.kinds?.[kind] : undefined;
  const forms = own?.forms ?? proxy.forms;
  const renewalMonths =
    own?.renewalMonths ?? (kind === 'adult' ? proxy.adultProxyMonths : undefined);

  const checks = activation.onlineSignup?.identityCheck;
  const checkList = checks === undefined ? [] : Array.isArray(checks) ? checks : [checks];

  const asks = activation.asks ?? [];
  const askNames = asks.map((item) =>
    item === 'birthDate' && activation.birthDateFormat
      ? t('facts.signupAsk.birthDateAs', {
          format: t(`facts.dateFormat.${DATE_FORMAT_KEY[activation.birthDateFormat]}`),
        })
      : t(`facts.signupAsk.${item}`),
  );

  const resend = verification.resendLimit;
  const limits = recovery.limits;
  const rollout = verification.rollout;
  const held = results.autoRelease === false;

  const formWays = (['url', 'email', 'mailAddress', 'fax', 'inPerson'] as const)
    .filter((way) => forms[way])
    .map((way) =>
      t(`facts.proxyForm.${way}`, {
        ...base,
        url: iso(forms.url ?? ''),
        address: iso(forms.mailAddress ?? ''),
        email: iso(forms.email ?? ''),
        fax: forms.fax ? iso(formatPhone(forms.fax, config.country)) : '',
      }),
    );

  return {
    caseRule:
      config.portal.usernamesCaseSensitive === undefined
        ? t('facts.caseRule.unknown')
        : t(`facts.caseRule.${config.portal.usernamesCaseSensitive ? 'sensitive' : 'insensitive'}`),
    lockoutHow: t(
      `facts.lockoutHow.${config.lockout.unlock === 'unpublished' ? 'unpublished' : 'wait'}`,
      base,
    ),
    activationShape: groups
      ? groups.map((n) => 'X'.repeat(n)).join('-')
      : t('facts.unpublished.activationShape'),
    activationLength: groups ? String(groups.reduce((a, b) => a + b, 0)) : '',
    activationSingleUse: activation.singleUse === true ? t('facts.singleUse') : '',
    activationDays: days ? String(days) : '',
    activationValidity:
      activation.codes === false
        ? sentences([
            t('facts.activationValidity.none', base),
            activation.linkMinutes &&
              t('facts.activationValidity.link', { ...base, count: activation.linkMinutes }),
          ])
        : sentences([
            days
              ? t('facts.activationValidity.days', { ...base, count: days })
              : !activation.linkMinutes && t('facts.activationValidity.unknown', base),
            activation.linkMinutes &&
              t('facts.activationValidity.link', { ...base, count: activation.linkMinutes }),
          ]),
    activationRecentAnswer: days
      ? t('facts.activationAnswer.recent', { count: days })
      : t('facts.activationAnswer.recentUnknown'),
    activationOldAnswer: days
      ? t('facts.activationAnswer.old', { count: days })
      : t('facts.activationAnswer.oldUnknown'),
    identityCheck: sentences(checkList.map((c) => t(`facts.identityCheck.${c}`))),
    signupAsks: askNames.length
      ? t('facts.signupAsk.intro', {
          list: listFormat(locale, 'conjunction').format(askNames),
        })
      : '',
    codeMinutes: verification.codeMinutes ? String(verification.codeMinutes) : '',
    codeLife: verification.codeMinutes
      ? t('facts.codeLife.minutes', { count: verification.codeMinutes })
      : t('facts.codeLife.unknown'),
    resendLimit: resend
      ? sentences([
          t('facts.resendLimit.codes', { count: resend.codes }),
          resend.waitMinutes
            ? t('facts.resendLimit.wait', { count: resend.waitMinutes })
            : t('facts.resendLimit.waitUnknown'),
        ])
      : '',
    twoStepPolicy: sentences([
      verification.mandatory === true && t('facts.twoStep.mandatory', base),
      verification.mandatory === false &&
        !rollout?.requiredFrom &&
        t('facts.twoStep.optional', base),
      rollout?.promptFrom &&
        t('facts.twoStep.promptFrom', { date: formatDate(rollout.promptFrom, locale) }),
      rollout?.requiredFrom &&
        t('facts.twoStep.requiredFrom', { date: formatDate(rollout.requiredFrom, locale) }),
      verification.canTurnOff === false && t('facts.twoStep.noTurnOff'),
      verification.canTurnOff === true && t('facts.twoStep.canTurnOff'),
      verification.replacesSecurityQuestions === true && t('facts.twoStep.replacesQuestions'),
    ]),
    recoveryLimits: sentences([
      limits?.recoveryAttempts &&
        t('facts.recoveryLimits.recovery', { count: limits.recoveryAttempts }),
      limits?.resetAttempts &&
        t('facts.recoveryLimits.reset', {
          ...base,
          count: limits.resetAttempts,
          phone: iso(formatPhone(support, config.country)),
          href: phoneHref(support),
        }),
    ]),
    usernameRule:
      recovery.usernameCanChange === false
        ? t('facts.usernameRule.fixed')
        : recovery.usernameCanChange === true
          ? t('facts.usernameRule.changeable')
          : '',
    youngMax: proxy.teenFrom !== undefined ? String(proxy.teenFrom - 1) : '',
    teenFrom: proxy.teenFrom !== undefined ? String(proxy.teenFrom) : '',
    teenTo: proxy.adultAt !== undefined ? String(proxy.adultAt - 1) : '',
    adultAt: proxy.adultAt !== undefined ? String(proxy.adultAt) : '',
    // The same ages with their noun, in the form each language's plural rules ask for.
    youngMaxYears: proxy.teenFrom !== undefined ? years(proxy.teenFrom - 1) : '',
    teenFromYears: proxy.teenFrom !== undefined ? years(proxy.teenFrom) : '',
    teenToYears: proxy.adultAt !== undefined ? years(proxy.adultAt - 1) : '',
    adultAtYears: proxy.adultAt !== undefined ? years(proxy.adultAt) : '',
    childAgeYoung:
      proxy.teenFrom !== undefined
        ? t('facts.childAge.young', { max: proxy.teenFrom - 1 })
        : t('facts.childAge.youngUnknown'),
    childAgeTeen:
      proxy.teenFrom !== undefined && proxy.adultAt !== undefined
        ? t('facts.childAge.teen', { from: proxy.teenFrom, to: proxy.adultAt - 1 })
        : t('facts.childAge.teenUnknown'),
    childAgeAdult:
      proxy.adultAt !== undefined
        ? t('facts.childAge.adult', { from: proxy.adultAt })
        : t('facts.childAge.adultUnknown'),
    proxyFormWays: bullets(
      formWays.length
        ? formWays
        : [
            t('facts.proxyForm.ask', {
              ...base,
              phone: iso(formatPhone(records, config.country)),
              href: phoneHref(records),
            }),
          ],
    ),
    signupFallback: t(
      `facts.signupFallback.${activation.codes === false ? 'staff' : 'code'}`,
      base,
    ),
    proxyExpiry:
      kind === 'adult' && renewalMonths ? t('facts.proxyExpiry', { count: renewalMonths }) : '',
    proxyRenewal: renewalMonths
      ? renewalMonths === 12
        ? t('facts.proxyRenewal.yearly')
        : t('facts.proxyRenewal.months', { count: renewalMonths })
      : '',
    resultsHoldDays: results.holdDays !== undefined ? String(results.holdDays) : '',
    resultsWhen: held
      ? results.holdDays
        ? t('facts.resultsWhen.held', { ...base, count: results.holdDays })
        : t('facts.resultsWhen.heldNoDays', base)
      : results.autoRelease === true
        ? ''
        : t('facts.resultsWhen.unknown', base),
  };
}
