import { useTranslation } from 'react-i18next';
import type { OrgConfig } from '../../flows/config/schema';
import type { WhileClosed as WhileClosedData } from '../../flows/contact/escalation';
import { mailtoHref } from '../format/email';
import { portalLabelFacts } from '../i18n/facts';
import { isSameDay, timeOfDay, weekday, yourTime } from './time';

interface Props {
  data: WhileClosedData;
  config: OrgConfig;
  now: Date;
  timeZone: string | null;
}

/** Shown only when every line that could help is closed: what works now, and when a person will. */
export function WhileClosed({ data, config, now, timeZone }: Props) {
  const { t, i18n } = useTranslation('ui');
  const clock = { locale: i18n.language, now, timeZone };
  const portalUrl = config.portal.urls[0]!;
  const opens = data.nextOpen;
  return (
    <section className="sa-while-closed" aria-labelledby="sa-while-closed-title">
      <h2 className="sa-subheading" id="sa-while-closed-title">
        {t('contact.whileClosed.heading')}
      </h2>
      <p>
        {opens
          ? isSameDay(opens, now, timeZone)
            ? t('contact.whileClosed.opensToday', { time: timeOfDay(opens, clock) })
            : t('contact.whileClosed.opens', {
                day: weekday(opens, clock),
                time: timeOfDay(opens, clock),
              })
          : t('contact.whileClosed.noOpening', { orgName: config.name })}
        {opens ? yourTime(opens, clock, t) : ''}
      </p>
      {data.selfService.length ? (
        <ul>
          {data.selfService.map((way) => (
            <li key={way}>
              {t(`contact.whileClosed.${way}`, portalLabelFacts(config, t, i18n.language))}{' '}
              <a href={portalUrl}>{portalUrl}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {data.written.length ? (
        <>
          <p>{t('contact.whileClosed.written')}</p>
          <ul>
            {data.written.map((channel) => (
              <li key={channel.id}>
                {channel.kind === 'email' ? (
                  <a href={mailtoHref(channel.email!)}>{channel.email}</a>
                ) : (
                  <a href={channel.url}>{channel.url}</a>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
