// Turns the case summary (flows/summary.ts) into plain text in the person's language, for
// copying, printing or emailing to the organization.
import type { TFunction } from 'i18next';
import type { CaseSummary } from '../../flows/summary';

export interface SummaryContext {
  orgName: string;
  now: Date;
  locale: string;
  /** The organization's zone, so the agent reads the time as they keep it. */
  timeZone: string | null;
  code: string;
  /** "iPhone, Safari", or '' when the person chose not to include it. */
  device: string;
  /** Step text with the organization's facts filled in. */
  facts: Record<string, string>;
}

export function summaryText(summary: CaseSummary, context: SummaryContext, t: TFunction): string {
  const title = (step: string) => t(`steps:${step}.title`, context.facts);
  // A step's own label first, then the shared advice answers ("Yes, I can sign in now").
  const answer = (step: string, id: string) =>
    t([`steps:${step}.answers.${id}`, `ui:advice.${id}`], context.facts);
  const time = new Intl.DateTimeFormat(context.locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(context.timeZone ? { timeZone: context.timeZone } : {}),
  }).format(context.now);
  const lines = [
    t('summary.title', { orgName: context.orgName }),
    t('summary.time', { time }),
    t('summary.code', { code: context.code }),
    ...(context.device ? [t('summary.device', { device: context.device })] : []),
    '',
    t('summary.answers'),
  ];
  // Each screen's question on one line, the answer indented under it.
  for (const line of summary.lines) {
    lines.push(`- ${title(line.step)}`);
    if (line.helpRequested) lines.push(`  ${t('summary.helpRequested')}`);
    else if (line.finding)
      lines.push(
        `  ${
          line.finding.masked
            ? t('summary.typed', { masked: line.finding.masked })
            : t('summary.checked', {
                result: t(`summary.findings.${line.finding.field}.${line.finding.kind}`, {
                  defaultValue: line.finding.kind,
                }),
              })
        }`,
      );
    else if (line.answer) lines.push(`  ${answer(line.step, line.answer)}`);
  }
  lines.push('', t('summary.tried'));
  if (summary.tried.length) for (const step of summary.tried) lines.push(`- ${title(step)}`);
  else lines.push(`- ${t('summary.noneTried')}`);
  return lines.join('\n');
}
