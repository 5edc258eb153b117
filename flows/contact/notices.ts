// Which maintenance or outage notice is on now (flows/config/sections/notices.ts), with the
// instant it ends. Pure: the clock and the configuration are passed in.
import type { OrgConfig } from '../config/schema';
import { organizationTimeZone, zonedTime } from './hours';

export type Notice = NonNullable<OrgConfig['notices']>[number];

export interface ActiveNotice {
  notice: Notice;
  end: Date;
  timeZone: string;
}

/** "2026-12-05T22:00" in a zone → the instant. */
export function noticeTime(local: string, timeZone: string): Date {
  const [year, month, day, hour, minute] = local.split(/\D/).map(Number) as number[];
  return zonedTime(
    { year: year!, month: month!, day: day!, hour: hour!, minute: minute! },
    timeZone,
  );
}

export function activeNotice(config: OrgConfig, now: Date): ActiveNotice | null {
  for (const notice of config.notices ?? []) {
    const timeZone = notice.timeZone ?? organizationTimeZone(config);
    if (!timeZone) continue;
    const end = noticeTime(notice.end, timeZone);
    if (noticeTime(notice.start, timeZone) <= now && now < end) return { notice, end, timeZone };
  }
  return null;
}
