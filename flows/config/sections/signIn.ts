// Sign-in policy: the two-step verification methods and how a locked account unlocks.
import { z } from '../zod';

export const verificationMethods = ['text', 'email', 'authenticator', 'appNotification'] as const;

export const lockout = z.discriminatedUnion('unlock', [
  z.strictObject({
    unlock: z.literal('wait'),
    attempts: z.number().check(z.int(), z.gte(1), z.lte(100)),
    minutes: z.number().check(z.int(), z.gte(1), z.lte(10080)),
  }),
  z.strictObject({
    // Many organizations lock after a few tries and never publish the wait: say so honestly.
    unlock: z.literal('waitUnpublished'),
    attempts: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
  }),
  z.strictObject({
    unlock: z.literal('call'),
    attempts: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
  }),
]);

/** UI string overrides: nested groups of strings, as in content/<locale>/ui.json. */
