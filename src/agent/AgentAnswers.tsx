// A question's or an advice step's answers as numbered buttons: one click or one number key
// answers, since the agent hears the answer rather than reading the choices.
import { useTranslation } from 'react-i18next';
import type { StepText } from '../steps/stepText';

interface Props {
  answers: string[];
  text: StepText;
  onAnswer: (answer: string) => void;
  singleKeys: boolean;
}

export function AgentAnswers({ answers, text, onAnswer, singleKeys }: Props) {
  const { t } = useTranslation('agent');
  return (
    <form className="sa-form sa-agent__answers" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="sa-fieldset">
        <legend className="sa-legend">{t('ui.answersLegend')}</legend>
        <ol className="sa-agent__answer-list">
          {answers.map((answer, i) => (
            // The key sits beside the button, not in its name: the name is the caller's words.
            <li key={answer}>
              <span className="sa-agent__key" aria-hidden="true">
                {i < 9 ? i + 1 : ''}
              </span>
              <button
                className="sa-button sa-button--secondary sa-agent__answer"
                type="button"
                data-answer={answer}
                aria-keyshortcuts={singleKeys && i < 9 ? String(i + 1) : undefined}
                onClick={() => onAnswer(answer)}
              >
                {text.answer(answer)}
              </button>
            </li>
          ))}
        </ol>
      </fieldset>
    </form>
  );
}
