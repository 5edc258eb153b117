// Proxy (caregiver) access: age bands and the teen rule (optional when not published), the
// forms and where to send them, and the same per kind of proxy.
import { z } from '../zod';
import { about, age, email, httpsUrl, phone, text } from './fields';

export const proxyForms = z.strictObject({
  url: about(z.optional(httpsUrl), 'the online form, or the page to download it'),
  mailAddress: about(z.optional(text(300)), 'the postal address forms are mailed to'),
  fax: about(z.optional(phone), 'the fax number forms are sent to'),
  email: about(z.optional(email), 'the email address forms are sent to'),
  inPerson: about(z.optional(z.boolean()), 'whether forms can be handed in at a front desk'),
});

/** The kinds of proxy an organization may treat differently. */
export const proxyKinds = ['child', 'teen', 'adult', 'guardian', 'foster'] as const;

const proxyKind = z.strictObject({
  forms: about(
    z.optional(proxyForms),
    'the ways to send this kind of form, if they differ from proxy.forms',
  ),
  renewalMonths: about(
    z.optional(z.number().check(z.int(), z.gte(1), z.lte(240))),
    'how often this kind of access must be renewed, in months (12: every year)',
  ),
});

export const proxy = z.strictObject({
  teenFrom: z.optional(age),
  adultAt: z.optional(age),
  teenRule: z.optional(z.enum(['limited', 'assent', 'none'])),
  forms: proxyForms,
  adultProxyMonths: z.optional(z.number().check(z.int(), z.gte(1), z.lte(240))),
  kinds: about(
    z.optional(
      z.strictObject({
        child: z.optional(proxyKind),
        teen: z.optional(proxyKind),
        adult: z.optional(proxyKind),
        guardian: z.optional(proxyKind),
        foster: z.optional(proxyKind),
      }),
    ),
    `per kind of proxy (${proxyKinds.join(', ')}; guardian includes power of attorney): its own forms and renewal`,
  ),
});

export const results = z.strictObject({
  autoRelease: z.optional(z.boolean()),
  holdDays: z.optional(z.number().check(z.int(), z.gte(0), z.lte(60))),
});
