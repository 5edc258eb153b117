// The `notices` setting: planned maintenance and outages of the portal itself. While one is on,
// the first screen, the contact screen and the agent view say so, so people stop troubleshooting
// a problem that is not theirs. Times are local to the organization (its hours' time zone, or the
// notice's own). The configuration is read when the page loads, so a web team adds a notice by
// editing its file: no rebuild.
import { z } from '../zod';
import { timeZone } from './channels';
import { about } from './fields';

const localTime = z
  .string()
  .check(
    z.regex(
      /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/,
      'must be a local date and time like "2026-12-05T22:00"',
    ),
  );

export const noticeKinds = ['maintenance', 'outage'] as const;

export const notices = about(
  z.optional(
    z
      .array(
        z.strictObject({
          id: z
            .string()
            .check(z.regex(/^[a-z][a-zA-Z0-9-]{0,40}$/, 'must be a short id like "dec-upgrade"')),
          kind: about(
            z.enum(noticeKinds),
            '"maintenance" (planned: "down for maintenance until …") or "outage" (unplanned: "not working right now")',
          ),
          start: about(localTime, 'when it starts, local time, e.g. "2026-12-05T22:00"'),
          end: about(localTime, 'when it ends, local time, e.g. "2026-12-06T06:00"'),
          timeZone: about(
            z.optional(timeZone),
            "the time zone of start and end; by default the one of the organization's opening hours",
          ),
        }),
      )
      .check(z.maxLength(50)),
  ),
  'planned maintenance and outages of the portal: while one is on, patients and agents are told that nothing is wrong with their account',
);
