// What an agent at this organization may do and where calls go, from its agent facts (<id>.agent.json)
// with each support channel's hours and whether it is open now (or that its hours are not
// published), and the reset safeguards.
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { needs, type OrgConfig } from '../../../flows/config/schema';
import { channelsFor } from '../../../flows/contact/routing';
import { Channels } from '../../contact/Channels';
import { IdentityList, Safeguards, StaffPowers } from './IdentityCheck';

// Drawn again only when the minute changes, not on every step: the facts are the same all call.
export const OrgFacts = memo(function OrgFacts({
  config,
  minute,
}: {
  config: OrgConfig;
  /** The time, in whole minutes since 1970, for whether each channel is open now. */
  minute: number;
}) {
  const now = new Date(minute * 60_000);
  const { t } = useTranslation('agent');
  const id = useId();
  const { agent } = config;
  const notSet = t('ui.facts.notSet', { orgName: config.name });
  const at = now;
  return (
    <div className="sa-agent__panel sa-agent__facts">
      <h2 className="sa-subheading" id={`${id}-facts`}>
        {t('ui.facts.heading', { orgName: config.name })}
      </h2>
      <StaffPowers config={config} />
      <h3 className="sa-agent__h3">{t('ui.facts.identity')}</h3>
      <IdentityList config={config} />
      <Safeguards />
      <h3 className="sa-agent__h3">{t('ui.facts.escalation')}</h3>
      {agent ? (
        <dl>
          {agent.escalation.map((route) => (
            <div key={route.route}>
              <dt>{t(`routes.${route.route}`)}</dt>
              <dd>{route.how}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{notSet}</p>
      )}
      <h3 className="sa-agent__h3">{t('ui.facts.hours')}</h3>
      {needs.map((need) => {
        const routed = channelsFor(config, need, at);
        return routed.length ? (
          <div key={need}>
            <h4 className="sa-agent__h4">{t(`ui.note.need.${need}`)}</h4>
            <Channels routed={routed} now={at} unpublished={t('ui.facts.hoursNotPublished')} />
          </div>
        ) : null;
      })}
    </div>
  );
});
