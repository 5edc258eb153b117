// Typed values an agent may check for a caller. Never an activation code: with a date of birth it
// opens an account, so it is a secret like a password. The caller checks it in their own assistant
// and reads out the handoff code, which carries only the check's finding (flows/handoff.ts).
import type { FieldKind } from '../machine/types';

const NEVER_TAKEN: readonly FieldKind[] = ['activationCode'];

export const agentMayTake = (field: FieldKind) => !NEVER_TAKEN.includes(field);
