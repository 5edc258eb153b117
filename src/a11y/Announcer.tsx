// One polite live region per assistant, for changes that do not move focus (the finder's matches,
// and in the agent view a code opened or a note copied). A new patient step is not announced here:
// focus moves to its heading, which the reader speaks, and saying the title again made it heard
// twice (tests/a11y). Blocking errors are announced by the error summary itself (role="alert").
//
// The region keeps its own message: announcing re-renders the region alone, not the whole frame
// and step around it (which once rendered every step twice, the second time only to say it).
import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';

type Speak = (message: string) => void;

export interface AnnouncerHandle {
  /** Says the message politely; the same message twice is said again. */
  announce: Speak;
  /** What the frame hands to <Announcer>. */
  region: RefObject<{ speak: Speak | null; last: string }>;
}

export function useAnnouncer(): AnnouncerHandle {
  const region = useRef<{ speak: Speak | null; last: string }>({ speak: null, last: '' });
  const announce = useCallback((message: string) => {
    region.current.last = message;
    region.current.speak?.(message);
  }, []);
  return { announce, region };
}

export function Announcer({ handle }: { handle: AnnouncerHandle }) {
  const { region } = handle;
  const [message, setMessage] = useState(region.current.last);
  useLayoutEffect(() => {
    region.current.speak = setMessage;
    return () => {
      region.current.speak = null;
    };
  }, [region]);
  return (
    <div className="sa-visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
