// The organization's identity check (config.agent.identityCheck, from <id>.agent.json) and, on
// the contact step, what staff may reset once it is done (config.agent.staffMayReset), with the
// safeguards around any reset. Nothing here is a default: what the agent facts do not set, the
// agent is told to ask their team lead about.
import { useTranslation } from 'react-i18next';
import type { OrgConfig } from '../../../flows/config/schema';

const POWERS = ['password', 'twoStep', 'unlock'] as const;

/** What to confirm: "Confirm 2 of these 5:" and the identifiers. */
export function IdentityList({ config }: { config: OrgConfig }) {
  const { t } = useTranslation('agent');
  const check = config.agent?.identityCheck;
  if (!check) return <p>{t('ui.facts.notSet', { orgName: config.name })}</p>;
  return (
    <>
      <p>
        {t('ui.facts.identityRule', { required: check.required, count: check.identifiers.length })}
      </p>
      <ul>
        {check.identifiers.map((id) => (
          <li key={id}>{t(`identifiers.${id}`)}</li>
        ))}
      </ul>
    </>
  );
}

/** What staff may reset: a password, two-step verification, an account lock. */
export function StaffPowers({ config }: { config: OrgConfig }) {
  const { t } = useTranslation('agent');
  const may = config.agent?.staffMayReset;
  if (!may) return <p>{t('ui.facts.notSet', { orgName: config.name })}</p>;
  return (
    <dl className="sa-agent__powers">
      {POWERS.map((power) => (
        <div key={power}>
          <dt>{t(`ui.facts.${power}`)}</dt>
          <dd>{t(`ui.facts.${may[power] ? 'yes' : 'no'}`)}</dd>
        </div>
      ))}
    </dl>
  );
}

const SAFEGUARDS = ['callBack', 'noNewNumber', 'notifyOld'] as const;

/**
 * What keeps a reset from handing an account to a caller who is not the person, whatever the
 * organization's identity check: call back on the number on file, never send a code to a number
 * given during the call, tell the old contact after a change.
 */
export function Safeguards() {
  const { t } = useTranslation('agent');
  return (
    <>
      <h3 className="sa-agent__h3">{t('ui.contact.safeguards.heading')}</h3>
      <ul>
        {SAFEGUARDS.map((key) => (
          <li key={key}>{t(`ui.contact.safeguards.${key}`)}</li>
        ))}
      </ul>
    </>
  );
}

/** On the contact step: check who is calling, then what staff may do after the check. */
export function IdentityCheck({ config, headingId }: { config: OrgConfig; headingId: string }) {
  const { t } = useTranslation('agent');
  return (
    <section className="sa-agent__identity" aria-labelledby={headingId}>
      <h2 className="sa-subheading" id={headingId}>
        {t('ui.contact.identityHeading')}
      </h2>
      <IdentityList config={config} />
      <h3 className="sa-agent__h3">{t('ui.contact.afterCheck', { orgName: config.name })}</h3>
      <StaffPowers config={config} />
      <Safeguards />
    </section>
  );
}
