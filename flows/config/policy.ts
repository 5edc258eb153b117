// Cross-field rules of the policy settings (two-step, sign-up, recovery, proxy): what the schema
// alone cannot say. Messages are for web teams and name the exact form to write instead.
import type { OrgConfig } from './schema';

interface Problem {
  path: string;
  message: string;
}

const CODE_FIELDS = ['groups', 'caseSensitive', 'validDays', 'singleUse'] as const;

export function policyProblems(config: OrgConfig): Problem[] {
  const problems: Problem[] = [];
  const { proxy, activation, verification } = config;
  if (
    proxy.teenFrom !== undefined &&
    proxy.adultAt !== undefined &&
    proxy.teenFrom >= proxy.adultAt
  )
    problems.push({ path: 'proxy.teenFrom', message: 'must be lower than proxy.adultAt' });
  if (proxy.teenRule && (proxy.teenFrom === undefined || proxy.adultAt === undefined))
    problems.push({
      path: 'proxy.teenRule',
      message:
        'needs proxy.teenFrom and proxy.adultAt, because the teen rule is told with its ages; if the ages are not published, leave out teenRule too',
    });
  const hasWay = (forms: OrgConfig['proxy']['forms'] | undefined) =>
    Boolean(
      forms && (forms.url || forms.mailAddress || forms.fax || forms.email || forms.inPerson),
    );
  const kinds = Object.entries(proxy.kinds ?? {});
  for (const [name, kind] of kinds)
    if (kind?.forms && !hasWay(kind.forms))
      problems.push({
        path: `proxy.kinds.${name}.forms`,
        message: 'needs at least one way to send this form, or leave "forms" out',
      });
  if (activation.codes === false)
    for (const field of CODE_FIELDS)
      if (activation[field] !== undefined)
        problems.push({
          path: `activation.${field}`,
          message: `activation.codes is false (no activation codes), so remove "${field}"`,
        });
  if (activation.codes === false && !activation.onlineSignup)
    problems.push({
      path: 'activation.onlineSignup',
      message:
        'is needed when activation.codes is false: without codes, online sign-up is the way patients are sent',
    });
  const checks = activation.onlineSignup?.identityCheck;
  if (Array.isArray(checks) && new Set(checks).size !== checks.length)
    problems.push({
      path: 'activation.onlineSignup.identityCheck',
      message: 'lists a check twice',
    });
  if (activation.asks && new Set(activation.asks).size !== activation.asks.length)
    problems.push({ path: 'activation.asks', message: 'lists an identifier twice' });
  if (verification.mandatory && verification.canTurnOff)
    problems.push({
      path: 'verification.canTurnOff',
      message: 'cannot be true when verification.mandatory is true',
    });
  const rollout = verification.rollout;
  if (rollout && !rollout.promptFrom && !rollout.requiredFrom)
    problems.push({
      path: 'verification.rollout',
      message: 'needs "promptFrom", "requiredFrom" or both (dates as YYYY-MM-DD)',
    });
  if (rollout?.promptFrom && rollout.requiredFrom && rollout.promptFrom > rollout.requiredFrom)
    problems.push({
      path: 'verification.rollout.promptFrom',
      message: 'must not be later than verification.rollout.requiredFrom',
    });
  return problems;
}

export interface PolicyWarning {
  path: string;
  message: string;
  suggestion: string;
}

export function policyWarnings(config: OrgConfig): PolicyWarning[] {
  const { forms } = config.proxy;
  const none = !(forms.url || forms.mailAddress || forms.fax || forms.email || forms.inPerson);
  return none
    ? [
        {
          path: 'proxy.forms',
          message: 'no way to send a proxy form is given',
          suggestion:
            'Patients will be told to ask your records line how to send it. Add url, email, mailAddress, fax or inPerson if you publish one.',
        },
      ]
    : [];
}
