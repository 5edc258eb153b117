// The organization's facts in an agent's words, for placeholders in the agent wording
// ({{identityRule}}, {{tier2}}, {{passwordPower}}, …) and the facts panel. Everything comes from
// the agent facts file (<id>.agent.json, as config.agent in the agent view); when it is missing,
// the agent is told to ask.
import type { TFunction } from 'i18next';
import { routeHow } from '../../flows/agent/routes';
import type { OrgConfig } from '../../flows/config/schema';
import { listFormat } from '../format/intl';
import { isolateFor, portalLabelFacts, TYPED_FACTS } from '../i18n/facts';

export function identityRule(config: OrgConfig, t: TFunction, locale: string): string {
  const check = config.agent?.identityCheck;
  if (!check) return t('agent:facts.notSet');
  const names = check.identifiers.map((id) => t(`agent:identifiers.${id}`));
  const list = listFormat(locale, 'conjunction').format(names);
  return `${t('agent:ui.facts.identityRule', { required: check.required, count: names.length })} ${list}.`;
}

// Step facts that come from what the person typed (kept with the other step facts).
export { TYPED_FACTS } from '../i18n/facts';

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
  // The configuration's own words (queue names, the organization's name) kept whole in Arabic.
  const iso = isolateFor(locale);
  const route = (name: Parameters<typeof routeHow>[1]) => {
    const how = routeHow(config, name);
    return how ? iso(how) : undefined;
  };
  const tier2 = route('tier2') ?? notSet;
  const labels = portalLabelFacts(config, t, locale);
  const power = (key: 'password' | 'twoStep' | 'unlock') => {
    const may = config.agent?.staffMayReset[key];
    return may === undefined
      ? notSet
      : t(`agent:facts.${key}Power.${may ? 'yes' : 'no'}`, {
          orgName: iso(config.name),
          tier2,
          ...labels,
        });
  };
  return {
    identityRule: identityRule(config, t, locale),
    tier2,
    recordsRoute: route('records') ?? notSet,
    securityRoute: route('security') ?? route('supervisor') ?? notSet,
    passwordPower: power('password'),
    twoStepPower: power('twoStep'),
    unlockPower: power('unlock'),
  };
}
