// Sign-in policy: the two-step verification methods and how a locked account unlocks.
import { z } from '../zod';
import { about } from './fields';

export const verificationMethods = ['text', 'email', 'authenticator', 'appNotification'] as const;

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
      unlock: z.literal('call'),
      attempts: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
    }),
    'only staff can unlock the account: people are sent to call; "attempts" if published',
  ),
]);

/** UI string overrides: nested groups of strings, as in content/<locale>/ui.json. */
