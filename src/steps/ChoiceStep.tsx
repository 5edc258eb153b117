// Questions and advice share one form: a fieldset of radios and one Continue button. A question's
// heading is the legend; advice shows its heading and text first, then asks "Did this help?".
import { type FormEvent, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../ui/ErrorSummary';
import { lazyComponent } from '../ui/lazyComponent';
import { Markdown } from '../ui/markdown/Markdown';
import { Radios } from '../ui/Radios';
import type { StepProps } from './StepProps';

// The finder box is on the first question only. Its code is a chunk of its own, which mount()
// requests alongside the language and the configuration (preloadFinderBox), so it is not part of
// the JavaScript that must run before the first question's answers work.
const finderBox = lazyComponent(() => import('./FinderBox').then((m) => m.FinderBox));
export const preloadFinderBox = finderBox.preload;
const FinderBox = finderBox.Component;

const capsLock = lazyComponent(() => import('../ui/CapsLockCheck').then((m) => m.CapsLockCheck));
export const prefetchCapsLock = capsLock.preload;
const CapsLockCheck = capsLock.Component;

export function ChoiceStep({
  view,
  text,
  config,
  headingRef,
  onAnswer,
  onErrorChange,
  onFollow,
  announce,
}: StepProps) {
  const { t } = useTranslation('ui');
  const id = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const [showError, setShowError] = useState(false);
  const isQuestion = view.kind === 'question';
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const errors = showError ? [{ target: `${id}-answer-0`, message: t('form.chooseAnswer') }] : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice) onAnswer(choice);
    else {
      setShowError(true);
      onErrorChange(true);
    }
  };

  const heading = (
    <h1 className="sa-heading" tabIndex={-1} ref={headingRef}>
      {text.title}
    </h1>
  );

  return (
    <>
      <ErrorSummary errors={errors} />
      {isQuestion ? null : heading}
      {isQuestion || !text.body ? null : <Markdown source={text.body} />}
      {view.widget === 'capsLockCheck' ? (
        <Suspense fallback={null}>
          <CapsLockCheck />
        </Suspense>
      ) : null}
      {/* data-early: the prerendered first question answers before the app arrives (src/app/earlyInput.ts). */}
      <form className="sa-form" onSubmit={submit} noValidate data-early="answer">
        <fieldset
          className={`sa-fieldset${showError ? ' sa-fieldset--error' : ''}`}
          aria-describedby={
            [isQuestion && (text.hint || text.body) ? hintId : '', showError ? errorId : '']
              .filter(Boolean)
              .join(' ') || undefined
          }
        >
          <legend className={isQuestion ? 'sa-legend sa-legend--heading' : 'sa-legend'}>
            {isQuestion ? heading : text.legend}
          </legend>
          {isQuestion && (text.hint || text.body) ? (
            <div className="sa-hint" id={hintId}>
              {text.hint ? <p>{text.hint}</p> : null}
              {text.body ? <Markdown source={text.body} /> : null}
            </div>
          ) : null}
          {showError ? (
            <p className="sa-error-message" id={errorId}>
              <span className="sa-visually-hidden">{t('form.errorSummary')}:</span>{' '}
              {t('form.chooseAnswer')}
            </p>
          ) : null}
          <Radios
            // One name for every question, not one from useId: React looks a group's radios up
            // by name (querySelectorAll), and the browser keeps each selector it is given, so a
            // new name per step grew its caches. One question a screen, in its own form.
            name="answer"
            idPrefix={`${id}-answer`}
            options={view.answers.map((answer) => ({ value: answer, label: text.answer(answer) }))}
            value={choice}
            onChange={(value) => {
              setChoice(value);
            }}
          />
        </fieldset>
        <button className="sa-button" type="submit">
          {t('form.continue')}
        </button>
      </form>
      {view.widget === 'finder' && onFollow ? (
        <Suspense fallback={null}>
          <FinderBox config={config} onFollow={onFollow} announce={announce} />
        </Suspense>
      ) : null}
    </>
  );
}
