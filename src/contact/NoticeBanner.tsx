// The portal's own maintenance or outage, said plainly where people look first: "MyChart is down
// for maintenance until 6:00 AM. Nothing is wrong with your account." Shown on the first screen,
// the contact screen and at the top of the agent view while a notice is on (flows/contact/notices.ts).
import { useTranslation } from 'react-i18next';
import type { OrgConfig } from '../../flows/config/schema';
import { activeNotice } from '../../flows/contact/notices';
import { dateTimeFormat } from '../format/intl';
import { isSameDay } from './time';

export function NoticeBanner({ config, now }: { config: OrgConfig; now: Date }) {
  const { t, i18n } = useTranslation('ui');
  const active = activeNotice(config, now);
  if (!active) return null;
  const { end, timeZone } = active;
  const until = dateTimeFormat(i18n.language, {
    ...(isSameDay(end, now, timeZone) ? {} : { weekday: 'long' }),
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(end);
  return (
    <p className="sa-notice sa-notice--portal" role="status" data-notice={active.notice.kind}>
      {t(`notice.${active.notice.kind}`, { appName: config.portal.appName, until })}
    </p>
  );
}
