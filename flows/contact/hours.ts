// Is a channel open now, and if not, when does it open? Computed in the organization's time zone
// with the platform's Intl data (no library: Intl handles daylight saving for us).
import type { OpeningHours, OrgConfig } from '../config/schema';

/** The zone the organization keeps its hours in; null when every line is open around the clock
 * or publishes no hours. */
export function organizationTimeZone(config: OrgConfig): string | null {
  for (const channel of config.channels)
    if (channel.hours && channel.hours !== '24/7') return channel.hours.timeZone;
  return null;
}

export type ChannelStatus =
  | { kind: 'always' }
  | { kind: 'open'; until: Date }
  | { kind: 'closed'; opensAt: Date | null }
  /** The organization does not publish this channel's hours: neither open nor closed. */
  | { kind: 'unknown' };

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** Far enough to pass a long holiday closure, short enough to stay cheap. */
const LOOKAHEAD_DAYS = 21;

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localParts(instant: Date, timeZone: string): LocalParts & { second: number } {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetAt(instant: number, timeZone: string): number {
  const p = localParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall-clock time happens in a zone (a time skipped by DST moves forward). */
export function zonedTime(parts: LocalParts, timeZone: string): Date {
  const guess = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  const first = guess - offsetAt(guess, timeZone);
  const second = guess - offsetAt(first, timeZone);
  return new Date(second);
}

const isoDate = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
}

/** Opening intervals that start on local days from yesterday to the lookahead, in time order. */
export function openIntervals(hours: Exclude<OpeningHours, '24/7'>, now: Date): [Date, Date][] {
  const today = localParts(now, hours.timeZone);
  // The same for a whole local day: worked out once a day per channel, not on every screen (each
  // takes dozens of time-zone conversions).
  const day = isoDate(today.year, today.month, today.day);
  const known = intervalsOf.get(hours);
  if (known?.day === day) return known.intervals;
  const intervals = intervalsFor(hours, today);
  intervalsOf.set(hours, { day, intervals });
  return intervals;
}

const intervalsOf = new WeakMap<object, { day: string; intervals: [Date, Date][] }>();

function intervalsFor(hours: Exclude<OpeningHours, '24/7'>, today: LocalParts): [Date, Date][] {
  const closed = new Set(hours.closedDates ?? []);
  const intervals: [Date, Date][] = [];
  for (let offset = -1; offset <= LOOKAHEAD_DAYS; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    if (closed.has(isoDate(y, m, d))) continue;
    const weekday = WEEKDAYS[date.getUTCDay()]!;
    for (const slot of hours.weekly) {
      if (!slot.days.includes(weekday)) continue;
      const open = minutesOf(slot.open);
      let close = minutesOf(slot.close);
      // A close at or before the open time means the slot runs past midnight.
      if (close <= open) close += 24 * 60;
      const at = (mins: number) => {
        const day = new Date(Date.UTC(y, m - 1, d + Math.floor(mins / 1440)));
        return zonedTime(
          {
            year: day.getUTCFullYear(),
            month: day.getUTCMonth() + 1,
            day: day.getUTCDate(),
            hour: Math.floor((mins % 1440) / 60),
            minute: mins % 60,
          },
          hours.timeZone,
        );
      };
      intervals.push([at(open), at(close)]);
    }
  }
  return intervals.sort((a, b) => a[0].getTime() - b[0].getTime());
}

export function channelStatus(hours: OpeningHours | undefined, now: Date): ChannelStatus {
  if (hours === undefined) return { kind: 'unknown' };
  if (hours === '24/7') return { kind: 'always' };
  const intervals = openIntervals(hours, now);
  const t = now.getTime();
  const current = intervals.find(([start, end]) => start.getTime() <= t && t < end.getTime());
  if (current) {
    // Back-to-back slots (a late shift after a day shift) read as one opening.
    let until = current[1];
    for (const [start, end] of intervals) {
      if (start.getTime() <= until.getTime() && end.getTime() > until.getTime()) until = end;
    }
    return { kind: 'open', until };
  }
  const next = intervals.find(([start]) => start.getTime() > t);
  return { kind: 'closed', opensAt: next ? next[0] : null };
}
