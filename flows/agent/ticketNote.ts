// The agent's ticket note as data: the problem the caller chose, each step with its answer, the
// fixes tried, and how the call ended. Built on the case summary, so typed identifiers appear only
// masked and other typed values never (flows/summary.ts). src/agent turns it into plain text.
import type { Need } from '../config/schema';
import { type CaseSummary, summarize } from '../contact/summary';
import type { Session } from '../session/session';

export type Outcome =
  | { kind: 'solved'; step: string }
  | { kind: 'escalated'; need: Need; from: string }
  | { kind: 'open'; step: string };

export interface TicketNote extends CaseSummary {
  /** The first question's answer ("locked", "code", …), or null before it is answered. */
  problem: string | null;
  outcome: Outcome;
}

export function ticketNote(session: Session): TicketNote {
  const summary = summarize(session);
  const first = summary.lines[0];
  const here = String(session.snapshot.value);
  const { escalation } = session.snapshot.context;
  const outcome: Outcome =
    here === 'done'
      ? { kind: 'solved', step: session.visited.at(-1) ?? here }
      : here === 'contact' && escalation
        ? { kind: 'escalated', need: escalation.need, from: escalation.from }
        : { kind: 'open', step: here };
  return {
    ...summary,
    problem: first && session.visited[0] === 'problem' ? first.answer : null,
    outcome,
  };
}
