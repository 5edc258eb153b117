// Turns the case summary (flows/summary.ts) into plain text in the person's language, for
// copying, printing or emailing to the organization.
import type { TFunction } from 'i18next';
import type { CaseSummary, SummaryLine } from '../../flows/contact/summary';
import { dateTimeFormat } from '../format/intl';

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

/**
 * The words of a case, shared by the person's summary and the agent's ticket note: each screen's
 * question, an answer's label, and what a check found (typed identifiers only ever masked).
 * Each is worked out once per language and facts: the agent view says the whole path again on
 * every step, and a long call's path would otherwise cost more on each (tests/bench/scale.ts).
 */
export function caseWords(t: TFunction, facts: Record<string, string>, locale: string): CaseWords {
  const key = `${locale}|${JSON.stringify(facts)}`;
  const known = wordsOf.get(t) ?? new Map<string, CaseWords>();
  wordsOf.set(t, known);
  let words = known.get(key);
  if (words) return words;
  const once = <A extends unknown[]>(make: (...args: A) => string) => {
    const said = new Map<string, string>();
    return (...args: A) => {
      const id = JSON.stringify(args);
      let text = said.get(id);
      if (text === undefined) {
        text = make(...args);
        said.set(id, text);
      }
      return text;
    };
  };
  words = {
    title: once((step: string) => t(`steps:${step}.title`, facts)),
    // A step's own label first, then the shared advice answers ("Yes, I can sign in now").
    answer: once((step: string, id: string) =>
      t([`steps:${step}.answers.${id}`, `ui:advice.${id}`], facts),
    ),
    finding: once((finding: NonNullable<SummaryLine['finding']>) =>
      finding.masked
        ? t('ui:summary.typed', { masked: finding.masked })
        : t('ui:summary.checked', {
            result: t(`ui:summary.findings.${finding.field}.${finding.kind}`, {
              defaultValue: finding.kind,
            }),
          }),
    ),
  };
  // A few sets of facts at a time (a call's steps share them); never an unbounded list.
  if (known.size >= 8) known.delete(known.keys().next().value!);
  known.set(key, words);
  return words;
}

export interface CaseWords {
  title: (step: string) => string;
  answer: (step: string, id: string) => string;
  finding: (finding: NonNullable<SummaryLine['finding']>) => string;
}

const wordsOf = new WeakMap<TFunction, Map<string, CaseWords>>();

/** When the case happened, in the organization's zone when it has one. */
export function caseTime(
  { now, locale, timeZone }: Pick<SummaryContext, 'now' | 'locale' | 'timeZone'>,
  length: 'long' | 'short',
): string {
  return dateTimeFormat(locale, {
    ...(length === 'long' ? { weekday: 'long' } : {}),
    year: 'numeric',
    month: length,
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(now);
}

export function summaryText(summary: CaseSummary, context: SummaryContext, t: TFunction): string {
  const { title, answer, finding } = caseWords(t, context.facts, context.locale);
  const time = caseTime(context, 'long');
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
    else if (line.finding) lines.push(`  ${finding(line.finding)}`);
    else if (line.answer) lines.push(`  ${answer(line.step, line.answer)}`);
  }
  lines.push('', t('summary.tried'));
  if (summary.tried.length) for (const step of summary.tried) lines.push(`- ${title(step)}`);
  else lines.push(`- ${t('summary.noneTried')}`);
  return lines.join('\n');
}
