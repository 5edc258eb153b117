// The ticket note as structured plain text, for pasting into a ticketing system. Step titles are
// filled with masked facts, so a typed email or phone never appears whole (property-tested). The
// "not covered" line, meant for counting, carries no typed value at all, not even masked.
import type { TFunction } from 'i18next';
import type { TicketNote, Uncovered } from '../../../flows/agent/ticketNote';
import { caseTime, caseWords, type SummaryContext } from '../../contact/summaryText';
import { TYPED_FACTS } from '../agentFacts';

export type TicketContext = Omit<SummaryContext, 'device'>;

export function ticketText(note: TicketNote, context: TicketContext, t: TFunction): string {
  const { title, answer, finding } = caseWords(t, context.facts, context.locale);
  const lines = [
    t('agent:ui.note.title', { orgName: context.orgName }),
    t('agent:ui.note.time', { time: caseTime(context, 'short') }),
    t('agent:ui.note.code', { code: context.code }),
    note.problem
      ? t('agent:ui.note.problem', { problem: answer(note.problem.step, note.problem.answer) })
      : t('agent:ui.note.noProblem'),
    '',
    t('agent:ui.note.steps'),
  ];
  note.lines.forEach((line, i) => {
    const said = line.helpRequested
      ? t('agent:ui.path.helpRequested')
      : line.finding
        ? finding(line.finding)
        : answer(line.step, line.answer!);
    lines.push(`${i + 1}. ${title(line.step)}: ${said}`);
  });
  lines.push('', t('agent:ui.note.tried'));
  if (note.tried.length) for (const step of note.tried) lines.push(`- ${title(step)}`);
  else lines.push(`- ${t('agent:ui.note.noneTried')}`);
  const { outcome } = note;
  lines.push('');
  if (note.uncovered) lines.push(uncoveredLine(note.uncovered, context, t));
  lines.push(
    outcome.kind === 'escalated'
      ? t('agent:ui.note.outcome.escalated', {
          need: t(`agent:ui.note.need.${outcome.need}`),
          title: title(outcome.from || 'problem'),
        })
      : t(`agent:ui.note.outcome.${outcome.kind}`, { title: title(outcome.step) }),
  );
  return lines.join('\n');
}

function uncoveredLine(gap: Uncovered, context: TicketContext, t: TFunction): string {
  const untyped = { ...context.facts };
  for (const key of TYPED_FACTS) untyped[key] = '…';
  const { title, answer, finding } = caseWords(t, untyped, context.locale);
  const what =
    gap.kind === 'askedForPerson'
      ? t('agent:ui.note.uncovered.askedForPerson', { title: title(gap.step) })
      : t('agent:ui.note.uncovered.answered', {
          title: title(gap.step),
          answer: gap.kind === 'answer' ? answer(gap.step, gap.answer) : finding(gap.finding),
        });
  return t('agent:ui.note.uncovered.line', { what });
}
