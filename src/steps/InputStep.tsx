// A step with one text field. The check runs in the machine (flows/checks); this only shows the
// field and the error the machine reports. Paste is always allowed; nothing here is a password.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkedInput } from '../../flows/checks/index';
import type { FieldKind } from '../../flows/machine/types';
import { inputFacts } from '../i18n/facts';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Markdown } from '../ui/markdown/Markdown';
import { privateField } from '../ui/privateField';
import { useDomainSuggester } from './domainSuggester';
import type { StepProps } from './StepProps';

type InputAttributes = {
  autoComplete: string;
  inputMode: 'url' | 'email' | 'text' | 'numeric' | 'tel';
  autoCapitalize: 'none' | 'characters';
};

function attributesFor(field: FieldKind, props: StepProps): InputAttributes {
  switch (field) {
    case 'portalAddress':
      return { autoComplete: 'url', inputMode: 'url', autoCapitalize: 'none' };
    case 'loginId':
      return {
        autoComplete: 'username',
        inputMode: props.config.portal.signInWith === 'email' ? 'email' : 'text',
        autoCapitalize: 'none',
      };
    case 'activationCode':
      return {
        autoComplete: 'off',
        inputMode: 'text',
        autoCapitalize: props.config.activation.caseSensitive ? 'none' : 'characters',
      };
    case 'birthDate':
      // Slashes need the full keyboard on some phones, so not inputmode="numeric".
      return { autoComplete: 'bday', inputMode: 'text', autoCapitalize: 'none' };
    case 'phoneNumber':
      return { autoComplete: 'tel', inputMode: 'tel', autoCapitalize: 'none' };
  }
}

export function InputStep(props: StepProps) {
  const { view, text, headingRef, onAnswer, onEvent, session } = props;
  const { t, i18n } = useTranslation('ui');
  const id = useId();
  const [value, setValue] = useState('');
  const field = view.field!;
  const suggestDomain = useDomainSuggester(field);
  const fieldId = `${id}-field`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const message = view.inputError
    ? t(`errors.${field}.${view.inputError}`, {
        example: new URL(props.config.portal.urls[0]!).host,
        ...inputFacts(props.config, t, i18n.language),
      })
    : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The check runs here; only its finding goes to the session, never the text.
    const checked = checkedInput(session, value, suggestDomain);
    if (checked) onEvent(checked);
  };

  return (
    <>
      <ErrorSummary errors={message ? [{ target: fieldId, message }] : []} />
      <form className="sa-form" onSubmit={submit} noValidate>
        <div className={`sa-form-group${message ? ' sa-form-group--error' : ''}`}>
          <h1 className="sa-heading" tabIndex={-1} ref={headingRef}>
            <label htmlFor={fieldId}>{text.title}</label>
          </h1>
          {text.hint ? (
            <p className="sa-hint" id={hintId}>
              {text.hint}
            </p>
          ) : null}
          {text.body ? <Markdown source={text.body} /> : null}
          {message ? (
            <p className="sa-error-message" id={errorId}>
              <span className="sa-visually-hidden">{t('form.errorSummary')}:</span> {message}
            </p>
          ) : null}
          <input
            {...privateField('sa-input')}
            id={fieldId}
            name={field}
            type="text"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            spellCheck={false}
            aria-describedby={
              [text.hint ? hintId : '', message ? errorId : ''].filter(Boolean).join(' ') ||
              undefined
            }
            aria-invalid={message ? true : undefined}
            {...attributesFor(field, props)}
          />
        </div>
        <div className="sa-button-group">
          <button className="sa-button" type="submit">
            {text.submit}
          </button>
          {view.answers.map((answer) => (
            <button
              className="sa-button sa-button--secondary"
              type="button"
              key={answer}
              data-answer={answer}
              onClick={() => onAnswer(answer)}
            >
              {text.answer(answer)}
            </button>
          ))}
        </div>
      </form>
    </>
  );
}
