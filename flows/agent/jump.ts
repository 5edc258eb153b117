// The agent's quick jump: what the caller says ("the text thing never came", "mi cuenta está
// bloqueada"), typed by the agent, matched by the same finder as the patient's first screen
// (flows/finder): one matcher in the project. A match leads to the answers that reach its step
// under this configuration, so Back walks back through real questions. Nothing typed is kept.
import type { OrgConfig } from '../config/schema';
import { type Finder, looksLikeSecret, trailToFirst } from '../finder';
import type { AssistantEvent } from '../machine/types';

export interface JumpMatch {
  /** The finder's situation id (the same in every language). */
  id: string;
  /** The finder's plain sentence for it, in the agent's language. */
  says: string;
  /** The answers from the first question to the match's step. */
  trail: AssistantEvent[];
}

export type JumpResult =
  | { kind: 'empty' }
  /** Looks like a password or a code: not matched, and the box is cleared. */
  | { kind: 'secret' }
  | { kind: 'found'; matches: JumpMatch[] };

export function findJumps(
  finder: Finder,
  query: string,
  config: OrgConfig,
  today?: string,
): JumpResult {
  if (!query.trim()) return { kind: 'empty' };
  if (looksLikeSecret(query)) return { kind: 'secret' };
  const matches = finder
    .find(query, { limit: 3 })
    .map((m) => ({ id: m.id, says: m.says, trail: trailToFirst(config, m.steps, today) }))
    .filter((m): m is JumpMatch => m.trail !== undefined);
  return { kind: 'found', matches };
}
