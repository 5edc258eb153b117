import { useTranslation } from 'react-i18next';
import type { Channel } from '../../flows/config/schema';
import type { RoutedChannel } from '../../flows/contact/routing';
import { mailtoHref } from '../format/email';
import { formatPhone, phoneHref } from '../format/phone';
import { statusText } from './time';

function ChannelLink({ channel }: { channel: Channel }) {
  switch (channel.kind) {
    case 'phone':
      return <a href={phoneHref(channel.phone!)}>{formatPhone(channel.phone!)}</a>;
    case 'email':
      return <a href={mailtoHref(channel.email!)}>{channel.email}</a>;
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

export function Channels({
  routed,
  now,
  unpublished,
}: {
  routed: RoutedChannel[];
  now: Date;
  /** What to say for a channel whose hours are not published; the caller's wording by default. */
  unpublished?: string;
}) {
  const { t, i18n } = useTranslation('ui');
  return (
    <ul className="sa-channels">
      {routed.map(({ channel, status }) => (
        <li className="sa-channel" key={channel.id}>
          <p className="sa-channel__kind">{t(`contact.kind.${channel.kind}`)}</p>
          <p className="sa-channel__link">
            <ChannelLink channel={channel} />
          </p>
          <p className={`sa-channel__status sa-channel__status--${status.kind}`}>
            {status.kind === 'unknown'
              ? // Hours the organization does not publish are never shown as open or closed.
                (unpublished ??
                t(
                  channel.kind === 'phone'
                    ? 'contact.status.unknownCall'
                    : 'contact.status.unknown',
                ))
              : statusText(
                  status,
                  {
                    locale: i18n.language,
                    now,
                    timeZone:
                      channel.hours && channel.hours !== '24/7' ? channel.hours.timeZone : null,
                  },
                  t,
                )}
          </p>
        </li>
      ))}
    </ul>
  );
}
