// A session is the list of answers given so far. The current screen is always the machine replayed
// over that list, which makes Back, saved progress and handoff codes the same operation.
import { initialTransition, transition } from 'xstate';
import type { OrgConfig } from '../config/schema';
import { assistantMachine } from '../machine/assistantMachine';
import type { AssistantSnapshot } from '../machine/describe';
import type { AssistantEvent } from '../machine/types';

export interface Session {
  readonly config: OrgConfig;
  /** Events that moved the person to a new screen, oldest first. */
  readonly trail: readonly AssistantEvent[];
  /** The screen each trail entry left from, so a summary can pair questions with answers. */
  readonly visited: readonly string[];
  readonly snapshot: AssistantSnapshot;
  /**
   * Each screen as it was entered: the first question, then one per trail entry. Back takes the
   * one before, where replaying the trail would cost a transition per step (and an agent's long
   * call, or a person going round a loop, makes long trails). Equal to what replay would give,
   * since a screen is entered only by a trail event.
   */
  readonly entered: readonly AssistantSnapshot[];
}

export function startSession(config: OrgConfig, today?: string): Session {
  const [snapshot] = initialTransition(assistantMachine, { config, today });
  return { config, trail: [], visited: [], snapshot, entered: [snapshot] };
}

/**
 * Applies one event. Events the current screen does not accept change nothing; an input the
 * check rejects updates the screen (its error) without adding a step to go back through.
 */
export function send(session: Session, event: AssistantEvent): Session {
  if (!isEvent(event) || !session.snapshot.can(event)) return session;
  const [next] = transition(assistantMachine, session.snapshot, event);
  if (next.status === 'error') return session;
  if (next.value === session.snapshot.value) return { ...session, snapshot: next };
  return {
    ...session,
    trail: [...session.trail, event],
    visited: [...session.visited, String(session.snapshot.value)],
    snapshot: next,
    entered: [...session.entered, next],
  };
}

export function replay(
  config: OrgConfig,
  trail: readonly AssistantEvent[],
  today?: string,
): Session {
  return trail.reduce(send, startSession(config, today));
}

export function back(session: Session): Session {
  if (session.trail.length === 0) return session;
  const entered = session.entered.slice(0, -1);
  return {
    ...session,
    trail: session.trail.slice(0, -1),
    visited: session.visited.slice(0, -1),
    snapshot: entered.at(-1)!,
    entered,
  };
}

/** Start over: the same organization and day, nothing else. */
export const restart = (session: Session) =>
  startSession(session.config, session.snapshot.context.today);

export const canGoBack = (session: Session) => session.trail.length > 0;

function isEvent(event: unknown): event is AssistantEvent {
  if (!event || typeof event !== 'object') return false;
  const { type } = event as { type?: unknown };
  if (typeof type !== 'string') return false;
  if (type === 'input.checked') {
    const result = (event as { result?: { field?: unknown; finding?: { kind?: unknown } } }).result;
    return typeof result?.field === 'string' && typeof result.finding?.kind === 'string';
  }
  return type === 'help.requested' || /^pick\.[a-zA-Z]{1,40}$/.test(type);
}
