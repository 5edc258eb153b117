// The case summary as data: what the person answered on each screen and which fixes did not
// help. Typed identifiers appear only masked; dates of birth, codes and addresses typed never do.
import type { CheckResult } from '../machine/types';
import { maskIdentifier } from '../session/mask';
import type { Session } from '../session/session';

export interface SummaryLine {
  /** The step the answer was given on (its question is the step's title). */
  step: string;
  /** The answer id chosen, or null for a checked input or a request for help. */
  answer: string | null;
  /** For a checked input: the finding, and a masked form of what was typed if it is useful. */
  finding?: { field: CheckResult['field']; kind: string; masked?: string };
  helpRequested?: boolean;
}

export interface CaseSummary {
  lines: SummaryLine[];
  /** Advice steps the person tried that did not solve the problem. */
  tried: string[];
  /** The step the person asked for help from. */
  endedOn: string | null;
}

function maskedFinding(result: CheckResult): string | undefined {
  const finding = result.finding as Record<string, unknown>;
  switch (result.field) {
    case 'loginId':
      if (typeof finding.suggestion === 'string') return maskIdentifier(finding.suggestion);
      if (typeof finding.fixed === 'string') return maskIdentifier(finding.fixed);
      return undefined;
    case 'phoneNumber':
      return typeof finding.masked === 'string' ? finding.masked : undefined;
    default:
      // Addresses, activation codes and dates of birth: the finding says enough.
      return undefined;
  }
}

const GAVE_UP = new Set(['stillStuck', 'no', 'different', 'changed']);

export function summarize(session: Session): CaseSummary {
  const lines: SummaryLine[] = [];
  const tried: string[] = [];
  session.trail.forEach((event, i) => {
    const step = session.visited[i]!;
    if (event.type === 'help.requested') lines.push({ step, answer: null, helpRequested: true });
    else if (event.type === 'input.checked') {
      const masked = maskedFinding(event.result);
      lines.push({
        step,
        answer: null,
        finding: {
          field: event.result.field,
          kind: event.result.finding.kind,
          ...(masked ? { masked } : {}),
        },
      });
    } else {
      const answer = event.type.slice('pick.'.length);
      lines.push({ step, answer });
      const kind = session.snapshot.machine.states[step]?.meta?.kind;
      if (kind === 'advice' && GAVE_UP.has(answer)) tried.push(step);
    }
  });
  return { lines, tried, endedOn: session.snapshot.context.escalation?.from ?? null };
}
