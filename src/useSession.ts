// The live session is an xstate actor whose logic is the pure session functions in flows/:
// answering, going back and starting over are events, the current screen is derived.
import { useActorRef, useSelector } from '@xstate/react';
import { fromTransition } from 'xstate';
import type { OrgConfig } from '../flows/config/schema';
import type { AssistantEvent } from '../flows/machine/types';
import { back, type Session, send, startSession } from '../flows/session';

export type SessionCommand =
  | { type: 'step'; event: AssistantEvent }
  | { type: 'back' }
  | { type: 'restart' };

const sessionLogic = fromTransition(
  (session: Session, command: SessionCommand): Session => {
    switch (command.type) {
      case 'step':
        return send(session, command.event);
      case 'back':
        return back(session);
      case 'restart':
        return startSession(session.config);
      default:
        return session;
    }
  },
  ({ input }: { input: { config: OrgConfig } }) => startSession(input.config),
);

export function useSession(config: OrgConfig) {
  const actor = useActorRef(sessionLogic, { input: { config } });
  const session = useSelector(actor, (snapshot) => snapshot.context);
  return { session, dispatch: actor.send };
}
