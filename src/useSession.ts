// The live session is an xstate actor whose logic is the pure session functions in flows/:
// answering, going back and starting over are events, the current screen is derived.
import { useActorRef, useSelector } from '@xstate/react';
import { fromTransition } from 'xstate';
import type { OrgConfig } from '../flows/config/schema';
import type { PersonEvent } from '../flows/machine/types';
import { back, restart, type Session, send, startSession } from '../flows/session';

export type SessionCommand =
  | { type: 'step'; event: PersonEvent }
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
        return restart(session);
      default:
        return session;
    }
  },
  ({ input }: { input: { config: OrgConfig; today: string } }) =>
    startSession(input.config, input.today),
);

/** `today` is the person's own date (YYYY-MM-DD), used for age checks. */
export function useSession(config: OrgConfig, today: string) {
  const actor = useActorRef(sessionLogic, { input: { config, today } });
  const session = useSelector(actor, (snapshot) => snapshot.context);
  return { session, dispatch: actor.send };
}
