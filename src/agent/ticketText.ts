// The ticket note as structured plain text, for pasting into a ticketing system. Step titles are
// filled with masked facts, so a typed email or phone never appears whole (property-tested).
import type { TFunction } from 'i18next';
import type { TicketNote } from '../../flows/agent/ticketNote';

export interface TicketContext {
  orgName: string;
  now: Date;
  locale: string;
  timeZone: string | null;
  code: string;
  /** Organization facts for step titles, with typed values masked (maskTypedFacts). */
  facts: Record<string, string>;
}

export function ticketText(note: TicketNote, context: TicketContext, t: TFunction): string {
  const title = (step: string) => t(`steps:${step}.title`, context.facts);
  const answer = (step: string, id: string) =>
    t([`steps:${step}.answers.${id}`, `ui:advice.${id}`], context.facts);
  const time = new Intl.DateTimeFormat(context.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(context.timeZone ? { timeZone: context.timeZone } : {}),
  }).format(context.now);
  const lines = [
    t('agent:ui.note.title', { orgName: context.orgName }),
    t('agent:ui.note.time', { time }),
    t('agent:ui.note.code', { code: context.code }),
    note.problem
      ? t('agent:ui.note.problem', { problem: answer('problem', note.problem) })
      : t('agent:ui.note.noProblem'),
    '',
    t('agent:ui.note.steps'),
  ];
  note.lines.forEach((line, i) => {
    const said = line.helpRequested
      ? t('agent:ui.path.helpRequested')
      : line.finding
        ? line.finding.masked
          ? t('ui:summary.typed', { masked: line.finding.masked })
          : t('ui:summary.checked', {
              result: t(`ui:summary.findings.${line.finding.field}.${line.finding.kind}`, {
                defaultValue: line.finding.kind,
              }),
            })
        : answer(line.step, line.answer!);
    lines.push(`${i + 1}. ${title(line.step)}: ${said}`);
  });
  lines.push('', t('agent:ui.note.tried'));
  if (note.tried.length) for (const step of note.tried) lines.push(`- ${title(step)}`);
  else lines.push(`- ${t('agent:ui.note.noneTried')}`);
  const { outcome } = note;
  lines.push(
    '',
    outcome.kind === 'escalated'
      ? t('agent:ui.note.outcome.escalated', {
          need: t(`agent:ui.note.need.${outcome.need}`),
          title: title(outcome.from || 'problem'),
        })
      : t(`agent:ui.note.outcome.${outcome.kind}`, { title: title(outcome.step) }),
  );
  return lines.join('\n');
}
