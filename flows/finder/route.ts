// Jumping to the step a match names. A session is the answers given so far, so jumping is finding
// the answers that lead to the step under this configuration and replaying them: Back then walks
// back through real questions, and a step the organization does not offer is never reached.
import type { OrgConfig } from '../config/schema';
import { serialize } from '../machine/describe';
import type { AssistantEvent } from '../machine/types';
import { type Session, send, startSession } from '../session/session';

// One walk per configuration and day finds the shortest answers to every step at once, kept for
// the next match: the agent's quick jump asks on every keystroke, and a walk takes milliseconds.
// Kept by the configuration's content (callers may pass equal copies), the last few only.
const walks = new Map<string, Map<string, readonly AssistantEvent[]>>();
const KEPT_WALKS = 8;

function trailsFrom(config: OrgConfig, today?: string): Map<string, readonly AssistantEvent[]> {
  const key = `${today ?? ''} ${JSON.stringify(config)}`;
  const known = walks.get(key);
  if (known) return known;
  const trails = new Map<string, readonly AssistantEvent[]>();
  const start = startSession(config, today);
  // A place is the step and the code method chosen: the same question after "text" and after
  // "email" leads on to different advice (the walk's own identity, flows/machine/explore).
  const seen = new Set([serialize(start.snapshot)]);
  let frontier: Session[] = [start];
  while (frontier.length > 0) {
    const next: Session[] = [];
    for (const session of frontier) {
      const step = String(session.snapshot.value);
      if (!trails.has(step)) trails.set(step, [...session.trail]);
      for (const event of answersOf(session)) {
        const after = send(session, event);
        const place = serialize(after.snapshot);
        if (seen.has(place)) continue;
        seen.add(place);
        next.push(after);
      }
    }
    frontier = next;
  }
  if (walks.size >= KEPT_WALKS) walks.delete(walks.keys().next().value!);
  walks.set(key, trails);
  return trails;
}

/**
 * The shortest list of answers from the first question to `step` under `config` (answers and
 * "skip" only, never typed input), or undefined when the configuration does not reach it.
 */
export function trailTo(
  config: OrgConfig,
  step: string,
  today?: string,
): AssistantEvent[] | undefined {
  const trail = trailsFrom(config, today).get(step);
  return trail ? [...trail] : undefined;
}

/** The answers for the first of `steps` this configuration reaches (a match's `steps`). */
export function trailToFirst(
  config: OrgConfig,
  steps: readonly string[],
  today?: string,
): AssistantEvent[] | undefined {
  for (const step of steps) {
    const trail = trailTo(config, step, today);
    if (trail) return trail;
  }
  return undefined;
}

function answersOf(session: Session): AssistantEvent[] {
  const { snapshot } = session;
  const node = snapshot.machine.states[String(snapshot.value)];
  if (!node) return [];
  return Object.keys(node.on)
    .filter((type) => type.startsWith('pick.') || type === 'help.requested')
    .map((type) => ({ type }) as AssistantEvent)
    .filter((event) => snapshot.can(event));
}
