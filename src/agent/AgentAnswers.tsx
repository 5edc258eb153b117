// A question's or an advice step's answers as keyed buttons (1 to 9, 0, then letters: keys.ts):
// one click or one key answers, since the agent hears the answer rather than reading the choices.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepText } from '../steps/stepText';
import { CallerWords } from './CallerWords';
import { answerKey } from './keys/keys';
import type { CallerScreen } from './useCallerScreen';

interface Props {
  answers: string[];
  text: StepText;
  /** When the caller reads another language: each answer as their screen shows it, beside. */
  caller?: CallerScreen;
  onAnswer: (answer: string) => void;
  singleKeys: boolean;
}

export function AgentAnswers({ answers, text, caller, onAnswer, singleKeys }: Props) {
  const { t } = useTranslation('agent');
  const id = useId();
  return (
    <form className="sa-form sa-agent__answers" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="sa-fieldset">
        <legend className="sa-legend">{t('ui.answersLegend')}</legend>
        <ol className="sa-agent__answer-list">
          {answers.map((answer, i) => (
            // The key sits beside the button, not in its name: the name is the caller's words.
            <li key={answer}>
              <span className="sa-agent__key" aria-hidden="true">
                {answerKey(i) ?? ''}
              </span>
              <button
                className="sa-button sa-button--secondary sa-agent__answer"
                type="button"
                data-answer={answer}
                aria-keyshortcuts={singleKeys ? (answerKey(i) ?? undefined) : undefined}
                aria-describedby={caller ? `${id}-${i}` : undefined}
                onClick={() => onAnswer(answer)}
              >
                {text.answer(answer)}
              </button>
              {caller ? (
                <>
                  {' '}
                  <CallerWords caller={caller} part="answer" id={`${id}-${i}`}>
                    {caller.text.answer(answer)}
                  </CallerWords>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </fieldset>
    </form>
  );
}
