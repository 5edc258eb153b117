// The `channels` section: each way to reach a person, what it handles and when it is open.
import { z } from '../zod';
import { about, email, httpsUrl, phone, text } from './fields';

export const clock = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time HH:MM'));
export const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));

export const timeZone = z.string().check(
  z.refine((value) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      return value.includes('/') || value === 'UTC';
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as America/Chicago'),
);

export const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

export const openingHours = z.union([
  z.literal('24/7'),
  z.strictObject({
    timeZone,
    weekly: z
      .array(
        z.strictObject({
          days: z.array(weekday).check(z.minLength(1)),
          open: clock,
          close: clock,
        }),
      )
      .check(z.minLength(1), z.maxLength(50)),
    closedDates: z.optional(z.array(isoDate).check(z.maxLength(400))),
  }),
]);

/** What kind of help a channel gives; the machine names one of these when it escalates. */
export const needs = ['portalSupport', 'medicalRecords', 'patientServices'] as const;
export const need = z.enum(needs);

export const channel = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[a-z][a-zA-Z0-9-]{0,40}$/, 'must be a short id like "portal-phone"')),
  kind: about(z.enum(['phone', 'email', 'webForm', 'inPerson']), 'what kind of channel this is'),
  // May be empty while a line is being set up; the validator warns about it (warnings.ts).
  handles: about(
    z.array(need),
    'the needs it helps with: portalSupport, medicalRecords, patientServices',
  ),
  phone: about(
    z.optional(phone),
    'the number, in E.164 (+16085550142); needed for a phone channel',
  ),
  email: about(z.optional(email), 'the address; needed for an email channel'),
  url: about(z.optional(httpsUrl), 'the form; needed for a web form channel'),
  address: about(z.optional(text(300)), 'where to go; needed for an in-person channel'),
  // Left out when the organization does not publish the hours: the line is then shown without an
  // open or closed status, never as closed (flows/contact/hours.ts).
  hours: about(
    z.optional(openingHours),
    '"24/7", or a time zone, weekly opening slots (which may run past midnight) and closed dates; leave it out when the hours are not published',
  ),
});
