// Where a person can help: the channels the configuration routes this need to, whether each is
// open now in the organization's time zone, and the interpreter line when there is one.
import { Trans, useTranslation } from 'react-i18next';
import type { Channel } from '../../flows/config/schema';
import type { ChannelStatus } from '../../flows/hours';
import { channelsFor } from '../../flows/routing';
import { formatPhone, phoneHref } from '../format/phone';
import { Markdown } from '../ui/Markdown';
import type { StepProps } from './StepProps';

function useStatusText(timeZone: string | null) {
  const { t, i18n } = useTranslation('ui');
  const locale = i18n.language;
  return (status: ChannelStatus, now: Date): string => {
    if (status.kind === 'always') return t('contact.status.always');
    const zone = timeZone ?? undefined;
    const time = (d: Date) =>
      new Intl.DateTimeFormat(locale, {
        hour: 'numeric',
        minute: '2-digit',
        timeZone: zone,
      }).format(d);
    const dayKey = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(d);
    const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const yours = (d: Date) =>
      zone &&
      localZone !== zone &&
      time(d) !== new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(d)
        ? ` ${t('contact.status.yourTime', { time: new Intl.DateTimeFormat(locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(d) })}`
        : '';
    if (status.kind === 'open')
      return t('contact.status.openUntil', { time: time(status.until) }) + yours(status.until);
    if (!status.opensAt) return t('contact.status.closedNoHours');
    const at = status.opensAt;
    const text =
      dayKey(at) === dayKey(now)
        ? t('contact.status.closedOpensToday', { time: time(at) })
        : t('contact.status.closedOpens', {
            day: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: zone }).format(at),
            time: time(at),
          });
    return text + yours(at);
  };
}

function ChannelLink({ channel }: { channel: Channel }) {
  switch (channel.kind) {
    case 'phone':
      return <a href={phoneHref(channel.phone!)}>{formatPhone(channel.phone!)}</a>;
    case 'email':
      return <a href={`mailto:${channel.email}`}>{channel.email}</a>;
    case 'webForm':
      return (
        <a href={channel.url} rel="noopener noreferrer" target="_blank">
          {channel.url}
        </a>
      );
    case 'inPerson':
      return <span>{channel.address}</span>;
  }
}

function ChannelItem({
  channel,
  status,
  now,
}: {
  channel: Channel;
  status: ChannelStatus;
  now: Date;
}) {
  const { t } = useTranslation('ui');
  const statusText = useStatusText(channel.hours === '24/7' ? null : channel.hours.timeZone);
  return (
    <li className="sa-channel">
      <p className="sa-channel__kind">{t(`contact.kind.${channel.kind}`)}</p>
      <p className="sa-channel__link">
        <ChannelLink channel={channel} />
      </p>
      <p className={`sa-channel__status sa-channel__status--${status.kind}`}>
        {statusText(status, now)}
      </p>
    </li>
  );
}

export function ContactStep({ view, text, config, now, headingRef }: StepProps) {
  const { t } = useTranslation('ui');
  const need = view.escalation?.need ?? 'portalSupport';
  const at = now();
  const routed = channelsFor(config, need, at);
  const routedIds = new Set(routed.map((r) => r.channel.id));
  const others = channelsFor(config, 'portalSupport', at).filter(
    (r) => !routedIds.has(r.channel.id),
  );
  return (
    <>
      <h1 className="sa-heading" tabIndex={-1} ref={headingRef}>
        {text.title}
      </h1>
      {text.body ? <Markdown source={text.body} /> : null}
      <h2 className="sa-subheading">{t(`contact.need.${need}`)}</h2>
      <ul className="sa-channels">
        {routed.map(({ channel, status }) => (
          <ChannelItem key={channel.id} channel={channel} status={status} now={at} />
        ))}
      </ul>
      {others.length ? (
        <>
          <h2 className="sa-subheading">{t('contact.otherWays', { orgName: config.name })}</h2>
          <ul className="sa-channels">
            {others.map(({ channel, status }) => (
              <ChannelItem key={channel.id} channel={channel} status={status} now={at} />
            ))}
          </ul>
        </>
      ) : null}
      <p>{t('contact.tellThem')}</p>
      {config.interpreterPhone ? (
        <p className="sa-interpreter">
          <Trans
            t={t}
            i18nKey="contact.interpreter"
            values={{ phone: formatPhone(config.interpreterPhone) }}
            // biome-ignore lint/a11y/useAnchorContent: Trans puts the formatted number inside the link
            components={{ phone: <a href={phoneHref(config.interpreterPhone)} /> }}
          />
        </p>
      ) : null}
    </>
  );
}
