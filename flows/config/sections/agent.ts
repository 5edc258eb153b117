// The `agent` section: facts for help-desk staff (the agent view), never shown to patients.
import { z } from '../zod';
import { about, text } from './fields';

/** What an agent may ask a caller to confirm who they are; never a password or a code. */
export const identifiers = [
  'fullName',
  'birthDate',
  'homeAddress',
  'phone',
  'email',
  'medicalRecordNumber',
  'lastVisit',
  'photoId',
] as const;

/** Where an agent sends a call the help desk cannot finish (the agent view, src/agent). */
export const internalRoutes = ['tier2', 'records', 'security', 'supervisor'] as const;

export const agent = z.strictObject({
  staffMayReset: about(
    z.strictObject({ password: z.boolean(), twoStep: z.boolean(), unlock: z.boolean() }),
    'whether help-desk staff may reset a password, reset two-step verification, or unlock an account',
  ),
  identityCheck: about(
    z.strictObject({
      identifiers: z.array(z.enum(identifiers)).check(z.minLength(1), z.maxLength(8)),
      required: z.number().check(z.int(), z.gte(1), z.lte(8)),
    }),
    `how staff confirm a caller: how many (required) of these identifiers: ${identifiers.join(', ')}`,
  ),
  escalation: about(
    z
      .array(z.strictObject({ route: z.enum(internalRoutes), how: text(300) }))
      .check(z.minLength(1), z.maxLength(10)),
    `internal escalation: for each route (${internalRoutes.join(', ')}), how to reach it, e.g. a queue name or extension`,
  ),
});
