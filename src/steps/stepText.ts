import type { TFunction } from 'i18next';
import type { StepView } from '../../flows/machine/describe';
import type { StepFacts } from '../facts';

export interface StepText {
  title: string;
  body: string;
  hint: string;
  legend: string;
  submit: string;
  answer: (id: string) => string;
}

/** All the text of one step, with the organization's facts filled in. */
export function stepText(view: StepView, facts: StepFacts, t: TFunction): StepText {
  const key = `steps:${view.key}`;
  const optional = (field: string) => t(`${key}.${field}`, { ...facts, defaultValue: '' });
  return {
    title: t(`${key}.title`, facts),
    body: optional('body'),
    hint: optional('hint'),
    legend: optional('legend') || t('ui:advice.legend'),
    submit: optional('submit') || t('ui:form.continue'),
    answer: (id) =>
      t(`${key}.answers.${id}`, {
        ...facts,
        defaultValue: t(`ui:advice.${id}`, { defaultValue: id }),
      }),
  };
}
