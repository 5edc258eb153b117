// The live session is an xstate actor whose logic is the pure session functions in flows/:
// answering, going back and forward, and starting over are commands; the current screen is
// derived. It starts from a deep link, else from saved progress, else from the first question.
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { fromTransition } from 'xstate';
import type { OrgConfig } from '../../flows/config/schema';
import type { AssistantEvent } from '../../flows/machine/types';
import { deepLinkFrom } from '../../flows/session/deepLinks';
import { restoreProgress, saveProgress } from '../../flows/session/progress';
import {
  back,
  replay,
  restart,
  type Session,
  send,
  startSession,
} from '../../flows/session/session';
import { clearStored, readStored, writeStored } from './storage';

export type SessionCommand =
  | { type: 'step'; event: AssistantEvent }
  | { type: 'back' }
  | { type: 'forward' }
  | { type: 'goTo'; length: number }
  | { type: 'restart' }
  /** Another path altogether: a handoff code or the agent's quick jump. */
  | { type: 'replace'; session: Session }
  /** Answers from the first question to a step the problem finder found (flows/finder/route). */
  | { type: 'follow'; events: AssistantEvent[] };

export interface SessionState {
  session: Session;
  /** Steps undone by Back, in the order Forward re-applies them. */
  redo: AssistantEvent[];
  /** Set when saved progress could not be used and the person starts again. */
  restoreFailed: boolean;
}

function apply(state: SessionState, command: SessionCommand): SessionState {
  switch (command.type) {
    case 'step': {
      const session = send(state.session, command.event);
      return session.trail.length > state.session.trail.length
        ? { ...state, session, redo: [] }
        : { ...state, session };
    }
    case 'back': {
      const last = state.session.trail.at(-1);
      return last ? { ...state, session: back(state.session), redo: [last, ...state.redo] } : state;
    }
    case 'forward': {
      const [next, ...rest] = state.redo;
      return next ? { ...state, session: send(state.session, next), redo: rest } : state;
    }
    case 'goTo': {
      let current = state;
      while (current.session.trail.length > command.length)
        current = apply(current, { type: 'back' });
      while (current.session.trail.length < command.length && current.redo.length)
        current = apply(current, { type: 'forward' });
      return current;
    }
    case 'restart':
      return { session: restart(state.session), redo: [], restoreFailed: false };
    case 'replace':
      return { session: command.session, redo: [], restoreFailed: false };
    case 'follow':
      return {
        session: command.events.reduce(send, restart(state.session)),
        redo: [],
        restoreFailed: false,
      };
    default:
      return state;
  }
}

export interface SessionInput {
  config: OrgConfig;
  today: string;
  appVersion: string;
  /** URL fragment or query with `start=<flow>`; '' for none. */
  deepLink: string;
  /** Where progress is saved (storage.ts progressKey). */
  storageKey: string;
}

function initialState({
  config,
  today,
  appVersion,
  deepLink,
  storageKey,
}: SessionInput): SessionState {
  const linked = deepLinkFrom(deepLink);
  if (linked.length)
    return { session: replay(config, linked, today), redo: [], restoreFailed: false };
  const restored = restoreProgress(readStored(storageKey), config, appVersion, today);
  if (restored.ok) return { session: restored.session, redo: [], restoreFailed: false };
  return {
    session: startSession(config, today),
    redo: [],
    restoreFailed: restored.reason !== 'none',
  };
}

const sessionLogic = fromTransition(apply, ({ input }: { input: SessionInput }) =>
  initialState(input),
);

export function useSession(input: SessionInput, persist: boolean) {
  const actor = useActorRef(sessionLogic, { input });
  const state = useSelector(actor, (snapshot) => snapshot.context);
  const { session } = state;
  useEffect(() => {
    if (!persist) return;
    const key = input.storageKey;
    if (session.trail.length === 0) clearStored(key);
    else writeStored(key, JSON.stringify(saveProgress(session, input.appVersion)));
  }, [persist, session, input.appVersion, input.storageKey]);
  return { ...state, dispatch: actor.send };
}
