// The ticket note as structured plain text, for pasting into a ticketing system. Step titles are
// filled with masked facts, so a typed email or phone never appears whole (property-tested).
import type { TFunction } from 'i18next';
import { type TicketNote, ticketNote } from '../../../flows/agent/ticketNote';
import type { OrgConfig } from '../../../flows/config/schema';
import { organizationTimeZone } from '../../../flows/contact/hours';
import { encodeHandoff } from '../../../flows/session/handoff';
import type { Session } from '../../../flows/session/session';
import { caseTime, caseWords, type SummaryContext } from '../../contact/summaryText';

export type TicketContext = Omit<SummaryContext, 'device'>;

export function ticketText(note: TicketNote, context: TicketContext, t: TFunction): string {
  const { title, answer, finding } = caseWords(t, context.facts);
  const lines = [
    t('agent:ui.note.title', { orgName: context.orgName }),
    t('agent:ui.note.time', { time: caseTime(context, 'short') }),
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
        ? finding(line.finding)
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

/**
 * The call as the path list and the ticket note show it: typed values masked (the note is pasted
 * elsewhere), the handoff code that reopens it, and the note's text.
 */
export function callNote(
  session: Session,
  config: OrgConfig,
  now: Date,
  maskedFacts: Record<string, string>,
  t: TFunction,
  locale: string,
) {
  const data = ticketNote(session);
  const context = {
    orgName: config.name,
    now,
    locale,
    timeZone: organizationTimeZone(config),
    code: encodeHandoff(session),
    facts: maskedFacts,
  };
  return { data, words: caseWords(t, maskedFacts), text: ticketText(data, context, t) };
}
