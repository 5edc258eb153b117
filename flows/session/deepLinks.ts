// Deep links let a health system send people straight into a flow, for example from a "Code
// didn't arrive?" link next to its sign-in form: `#start=code`. Each is the answers that lead to
// the start of a flow, replayed like any other path; an unknown name starts at the beginning.
import type { AssistantEvent } from '../machine/types';

const pick = (...answers: string[]): AssistantEvent[] =>
  answers.map((a) => ({ type: `pick.${a}` }) as AssistantEvent);

export const DEEP_LINKS: Record<string, AssistantEvent[]> = {
  password: pick('passwordRejected'),
  username: pick('cantSignIn', 'usernameNotRecognized'),
  locked: pick('locked'),
  // The list that names what was forgotten (password, username or both).
  forgot: pick('cantSignIn'),
  code: pick('code'),
  app: pick('app'),
  'new-account': pick('newAccount'),
  activation: pick('newAccount', 'codeFails'),
  proxy: pick('someoneElse'),
  'wrong-portal': pick('cantSignIn', 'wrongPlace'),
  'signed-in': pick('signedIn'),
  contact: [{ type: 'help.requested' }],
};

/** Reads `start=<name>` from a URL fragment or query; anything else means no deep link. */
export function deepLinkFrom(fragment: string): AssistantEvent[] {
  const match = /(?:^|[#&?])start=([a-z-]{1,40})(?:$|&)/.exec(fragment);
  const name = match?.[1];
  return name && Object.hasOwn(DEEP_LINKS, name) ? DEEP_LINKS[name]! : [];
}
