// The organization's facts in an agent's words, for placeholders in the agent wording
// ({{identityRule}}, {{tier2}}, {{passwordPower}}, …) and the facts panel. Everything comes from
// the agent facts file (<id>.agent.json, as config.agent in the agent view); when it is missing,
// the agent is told to ask.
import type { TFunction } from 'i18next';
import { routeHow } from '../../flows/agent/routes';
import type { OrgConfig } from '../../flows/config/schema';

export function identityRule(config: OrgConfig, t: TFunction, locale: string): string {
  const check = config.agent?.identityCheck;
  if (!check) return t('agent:facts.notSet');
  const names = check.identifiers.map((id) => t(`agent:identifiers.${id}`));
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  return `${t('agent:ui.facts.identityRule', { required: check.required, count: names.length })} ${list}.`;
}

// Step facts that come from what the person typed; empty when the path came from a handoff code.
export const TYPED_FACTS = [
  'suggestion',
  'fixedValue',
  'phoneMasked',
  'phoneLast4',
  'typedLength',
] as const;

export function withCallerScreen<F extends Record<(typeof TYPED_FACTS)[number], string>>(
  facts: F,
  t: TFunction,
): F {
  const filled = { ...facts };
  for (const key of TYPED_FACTS)
    if (!filled[key]) (filled as Record<string, string>)[key] = t('agent:facts.onCallerScreen');
  return filled;
}

export function agentFacts(config: OrgConfig, t: TFunction, locale: string) {
  const notSet = t('agent:facts.notSet');
  const tier2 = routeHow(config, 'tier2') ?? notSet;
  const power = (key: 'password' | 'twoStep' | 'unlock') => {
    const may = config.agent?.staffMayReset[key];
    return may === undefined
      ? notSet
      : t(`agent:facts.${key}Power.${may ? 'yes' : 'no'}`, { orgName: config.name, tier2 });
  };
  return {
    identityRule: identityRule(config, t, locale),
    tier2,
    recordsRoute: routeHow(config, 'records') ?? notSet,
    securityRoute: routeHow(config, 'security') ?? routeHow(config, 'supervisor') ?? notSet,
    passwordPower: power('password'),
    twoStepPower: power('twoStep'),
    unlockPower: power('unlock'),
  };
}
