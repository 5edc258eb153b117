// Sign-in policy: the two-step verification methods and how a locked account unlocks.
import { z } from '../zod';
import { isoDate, need } from './channels';
import { about, days } from './fields';

export const verificationMethods = [
  'text',
  'email',
  'authenticator',
  'appNotification',
  // A hardware key (USB or NFC) on the website; it sends no code.
  'securityKey',
] as const;

export const lockout = z.discriminatedUnion('unlock', [
  about(
    z.strictObject({
      unlock: z.literal('wait'),
      attempts: z.number().check(z.int(), z.gte(1), z.lte(100)),
      minutes: z.number().check(z.int(), z.gte(1), z.lte(10080)),
    }),
    'the account unlocks by itself: after "attempts" wrong passwords, for "minutes" minutes',
  ),
  about(
    z.strictObject({
      // Many organizations lock after a few tries and never publish the wait: say so honestly.
      unlock: z.literal('waitUnpublished'),
      attempts: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
    }),
    'the account unlocks by itself after a wait the organization does not publish; "attempts" if it publishes how many tries lock it',
  ),
  about(
    z.strictObject({
      // The organization does not publish how a locked account unlocks at all.
      unlock: z.literal('unpublished'),
      attempts: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
    }),
    'the organization does not publish how a locked account unlocks; "attempts" if it publishes how many tries lock it',
  ),
  about(
    z.strictObject({
      unlock: z.literal('call'),
      attempts: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
    }),
    'only staff can unlock the account: people are sent to call; "attempts" if published',
  ),
]);

/** UI string overrides: nested groups of strings, as in content/<locale>/ui.json. */

const count = (max: number) => z.number().check(z.int(), z.gte(1), z.lte(max));

/**
 * Two-step verification. Everything but `methods` is optional: a fact an organization does not
 * publish is left out, and patients are told it is not published rather than given a number.
 */
export const verification = z.strictObject({
  methods: z.array(z.enum(verificationMethods)).check(z.minLength(1)),
  codeMinutes: z.optional(count(120)),
  trustDeviceDays: z.optional(days),
  mandatory: about(
    z.optional(z.boolean()),
    'whether every account must use two-step verification (true) or may choose (false)',
  ),
  canTurnOff: about(
    z.optional(z.boolean()),
    'whether people can turn two-step verification off in their security settings',
  ),
  replacesSecurityQuestions: about(
    z.optional(z.boolean()),
    'whether two-step verification replaces the security questions',
  ),
  rollout: about(
    z.optional(
      z.strictObject({ promptFrom: z.optional(isoDate), requiredFrom: z.optional(isoDate) }),
    ),
    'a roll-out: the date the portal starts asking people to set it up (promptFrom), and the date it becomes required (requiredFrom), as YYYY-MM-DD',
  ),
  resendLimit: about(
    z.optional(z.strictObject({ codes: count(20), waitMinutes: z.optional(count(1440)) })),
    'how many codes can be asked for in a row before the portal says "too many codes", and how many minutes to wait then',
  ),
});

/** Recovering a password or username, and the limits on trying. */
export const recovery = z.strictObject({
  passwordReset: z.array(z.enum(['email', 'text'])),
  usernameRecovery: z.boolean(),
  assisted: z.array(z.enum(['phone', 'inPerson', 'idDocuments'])).check(z.minLength(1)),
  assistedDays: z.optional(
    z.strictObject({ min: z.number().check(z.int(), z.gte(0)), max: z.number().check(z.int()) }),
  ),
  identityMismatch: need,
  limits: about(
    z.optional(
      z.strictObject({
        recoveryAttempts: z.optional(count(20)),
        resetAttempts: z.optional(count(20)),
      }),
    ),
    'recoveryAttempts: failed recovery attempts before the person must reset the password; resetAttempts: failed resets before the account is deactivated and needs a call',
  ),
  usernameCanChange: about(
    z.optional(z.boolean()),
    'whether a username can be changed after sign-up (false: it is chosen once)',
  ),
});
