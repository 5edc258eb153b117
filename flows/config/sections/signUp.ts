// New accounts: activation codes (or none), sign-up links, what the sign-up form asks for and
// how it checks identity. Every fact is optional: left out means the organization does not
// publish it, and the assistant says so instead of giving a number.
import { z } from '../zod';
import { about, days, httpsUrl } from './fields';

/** What a sign-up form may ask for, besides an activation code. */
export const signUpIdentifiers = [
  'birthDate',
  'email',
  'ssnLast4',
  'medicalRecordNumber',
  'zipCode',
] as const;

export const identityChecks = ['idAndSelfie', 'questions'] as const;
const identityCheck = z.enum(identityChecks);

/** How a date of birth is typed on the sign-up form. */
export const birthDateFormats = ['MM/DD/YYYY', 'DD/MM/YYYY', 'YYYY-MM-DD'] as const;

export const activation = z.strictObject({
  codes: about(
    z.optional(z.boolean()),
    'false when the organization gives no activation codes at all (then leave out groups, caseSensitive, validDays and singleUse); true or left out when it does',
  ),
  groups: z.optional(
    z.array(z.number().check(z.int(), z.gte(1), z.lte(12))).check(z.minLength(1), z.maxLength(6)),
  ),
  caseSensitive: about(
    z.optional(z.boolean()),
    'whether capital and small letters matter in an activation code; left out if not published',
  ),
  validDays: z.optional(days),
  singleUse: z.optional(z.boolean()),
  linkMinutes: about(
    z.optional(z.number().check(z.int(), z.gte(1), z.lte(10080))),
    'how many minutes an activation or sign-up link sent by email or text works (links, not codes)',
  ),
  asks: about(
    z.optional(z.array(z.enum(signUpIdentifiers)).check(z.minLength(1), z.maxLength(5))),
    `what the sign-up form asks for besides the code: ${signUpIdentifiers.join(', ')}`,
  ),
  birthDateFormat: about(
    z.optional(z.enum(birthDateFormats)),
    `how the sign-up form wants the date of birth typed: ${birthDateFormats.join(', ')}`,
  ),
  onlineSignup: z.optional(
    z.strictObject({
      url: httpsUrl,
      identityCheck: about(
        z.optional(
          z.union([identityCheck, z.array(identityCheck).check(z.minLength(1), z.maxLength(2))]),
        ),
        'the identity check: "idAndSelfie", "questions", or both as a list; left out if not published',
      ),
    }),
  ),
});
