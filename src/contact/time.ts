// Times as a person reads them, in the organization's zone, with their own time added when their
// zone differs (a caller in Denver should not have to convert Chicago's hours).
import type { TFunction } from 'i18next';
import type { ChannelStatus } from '../../flows/contact/hours';
import { dateTimeFormat } from '../format/intl';

export interface Clock {
  locale: string;
  /** The organization's zone; null for lines that are always open. */
  timeZone: string | null;
  now: Date;
}

export function timeOfDay(at: Date, { locale, timeZone }: Clock): string {
  return dateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

export function weekday(at: Date, { locale, timeZone }: Clock): string {
  return dateTimeFormat(locale, { weekday: 'long', ...(timeZone ? { timeZone } : {}) }).format(at);
}

export function isSameDay(a: Date, b: Date, timeZone: string | null): boolean {
  const day = dateTimeFormat('en-CA', timeZone ? { timeZone } : {});
  return day.format(a) === day.format(b);
}

/** " (Monday 2:00 PM your time)" when the person's zone shows a different time, else "". */
export function yourTime(at: Date, clock: Clock, t: TFunction): string {
  if (!clock.timeZone) return '';
  const theirs = dateTimeFormat(clock.locale, {
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
  const ours = dateTimeFormat(clock.locale, {
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: clock.timeZone,
  }).format(at);
  return theirs === ours ? '' : ` ${t('contact.status.yourTime', { time: theirs })}`;
}

/** A known status in words; hours that are not published have their own wording (Channels.tsx). */
export function statusText(
  status: Exclude<ChannelStatus, { kind: 'unknown' }>,
  clock: Clock,
  t: TFunction,
): string {
  switch (status.kind) {
    case 'always':
      return t('contact.status.always');
    case 'open':
      return (
        t('contact.status.openUntil', { time: timeOfDay(status.until, clock) }) +
        yourTime(status.until, clock, t)
      );
    case 'closed': {
      const at = status.opensAt;
      if (!at) return t('contact.status.closedNoHours');
      const text = isSameDay(at, clock.now, clock.timeZone)
        ? t('contact.status.closedOpensToday', { time: timeOfDay(at, clock) })
        : t('contact.status.closedOpens', { day: weekday(at, clock), time: timeOfDay(at, clock) });
      return text + yourTime(at, clock, t);
    }
  }
}
