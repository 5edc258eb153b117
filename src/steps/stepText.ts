import type { i18n } from 'i18next';
import type { StepView } from '../../flows/machine/describe';
import type { StepFacts } from '../facts';
import type { StepBody } from '../ui/markdownTree';

export interface StepText {
  title: string;
  /** Empty when the step has no body text. */
  body: StepBody;
  hint: string;
  legend: string;
  submit: string;
  answer: (id: string) => string;
}

/**
 * All the text of one step, with the organization's facts filled in. Optional parts are looked
 * up only when the step has them, so a missing translation is never mistaken for "no hint".
 */
export function stepText(view: StepView, facts: StepFacts, i18n: i18n): StepText {
  const { t } = i18n;
  const key = `steps:${view.key}`;
  const optional = (field: string) =>
    i18n.exists(`${key}.${field}`) ? t(`${key}.${field}`, facts) : '';
  return {
    title: t(`${key}.title`, facts),
    // Compiled text comes back as a tree with the facts filled into its strings and links.
    body: i18n.exists(`${key}.body`)
      ? (t(`${key}.body`, { ...facts, returnObjects: true }) as StepBody)
      : '',
    hint: optional('hint'),
    legend: optional('legend') || t('ui:advice.legend'),
    submit: optional('submit') || t('ui:form.continue'),
    answer: (id) =>
      i18n.exists(`${key}.answers.${id}`)
        ? t(`${key}.answers.${id}`, facts)
        : t(`ui:advice.${id}`, facts),
  };
}
