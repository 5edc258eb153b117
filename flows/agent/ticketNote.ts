// The agent's ticket note as data: the problem the caller chose, each step with its answer, the
// fixes tried, how the call ended and, for a call sent to a person, where the assistant ran out
// (so a help desk can count what it does not cover yet). Built on the case summary, so typed identifiers appear only
// masked and other typed values never (flows/summary.ts). src/agent turns it into plain text.
import type { Need } from '../config/schema';
import { type CaseSummary, type SummaryLine, summarize } from '../contact/summary';
import type { Session } from '../session/session';

export type Outcome =
  | { kind: 'solved'; step: string }
  | { kind: 'escalated'; need: Need; from: string }
  | { kind: 'open'; step: string };

/**
 * Where a call that ended without a fix left the assistant: the step where the caller asked for a
 * person, or the last answer (or check) that sent them to one. A check keeps only what it found,
 * never even a masked form of what was typed.
 */
export type Uncovered =
  | { kind: 'askedForPerson'; step: string }
  | { kind: 'answer'; step: string; answer: string }
  | { kind: 'checked'; step: string; finding: Omit<NonNullable<SummaryLine['finding']>, 'masked'> };

function uncovered(line: SummaryLine | undefined): Uncovered | null {
  if (!line) return null;
  if (line.helpRequested) return { kind: 'askedForPerson', step: line.step };
  if (line.finding)
    return {
      kind: 'checked',
      step: line.step,
      finding: { field: line.finding.field, kind: line.finding.kind },
    };
  return line.answer ? { kind: 'answer', step: line.step, answer: line.answer } : null;
}

export interface TicketNote extends CaseSummary {
  /**
   * The answer that names the problem: the first question's ("code", …), or for "I can't sign in"
   * the next screen's ("locked", …). Null before it is answered.
   */
  problem: { step: string; answer: string } | null;
  outcome: Outcome;
  /** For a call sent to a person: the situation the assistant has no fix for. Else null. */
  uncovered: Uncovered | null;
}

/** The sign-in answers share one first answer; the screen after it says which one it was. */
function problemOf(lines: CaseSummary['lines']): TicketNote['problem'] {
  const [first, second] = lines;
  if (first?.step !== 'problem' || !first.answer) return null;
  if (second?.step === 'signInProblem' && second.answer)
    return { step: second.step, answer: second.answer };
  return { step: first.step, answer: first.answer };
}

export function ticketNote(session: Session): TicketNote {
  const summary = summarize(session);
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
    problem: problemOf(summary.lines),
    outcome,
    uncovered: outcome.kind === 'escalated' ? uncovered(summary.lines.at(-1)) : null,
  };
}
