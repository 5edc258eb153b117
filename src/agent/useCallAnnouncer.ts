// What the agent view says through its one announcer: each new step's number and title, or,
// for the step a code, a jump or a new call led to, what led there instead.
import { useEffect, useRef, useState } from 'react';
import type { Session } from '../../flows/session/session';

type Next = { for: Session | 'restart'; message: string };

export function useCallAnnouncer(session: Session, stepId: string, stepMessage: () => string) {
  const [announcement, setAnnouncement] = useState('');
  // Kept with the session it belongs to, so StrictMode's repeated effects say the same thing.
  const nextMessage = useRef<Next | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: announce per step only
  useEffect(() => {
    const pending = nextMessage.current;
    const mine =
      pending && (pending.for === session || (pending.for === 'restart' && !session.trail.length));
    if (mine) {
      setAnnouncement(pending.message);
      return;
    }
    nextMessage.current = null;
    if (session.trail.length > 0 || announcement) setAnnouncement(stepMessage());
  }, [stepId]);

  return {
    announcement,
    /** Says `message` now. */
    say: setAnnouncement,
    /** Says `message` now and for the step `next` leads to, instead of that step's title. */
    sayFor: (next: Session | 'restart', message: string) => {
      nextMessage.current = { for: next, message };
      setAnnouncement(message);
    },
  };
}
