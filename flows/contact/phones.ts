// The phone line for a kind of help, for advice that says "call …". Kept apart from routing and
// opening hours so the first screen does not load them.
import type { Need, OrgConfig } from '../config/schema';

/** The phone line for a need; portal support when none handles it (the validator ensures one). */
export function phoneFor(config: OrgConfig, need: Need): string {
  const phoneOf = (n: Need) =>
    config.channels.find((c) => c.kind === 'phone' && c.handles.includes(n))?.phone;
  return phoneOf(need) ?? phoneOf('portalSupport')!;
}
