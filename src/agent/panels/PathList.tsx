// The path so far: each question with the caller's answer, and a button to go back to it.
// Panels are headed divs, not regions: the view is one region when embedded, and two views on a
// page (an element and a frame) would otherwise repeat the same region names.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../flows/contact/summary';
import type { caseWords } from '../../contact/summaryText';

interface Props {
  summary: CaseSummary;
  words: ReturnType<typeof caseWords>;
  currentTitle: string;
  onGoTo: (length: number) => void;
}

export function PathList({ summary, words, currentTitle, onGoTo }: Props) {
  const { t } = useTranslation('agent');
  const id = useId();
  return (
    <div className="sa-agent__panel sa-agent__path">
      <h2 className="sa-subheading" id={`${id}-path`}>
        {t('ui.path.heading')}
      </h2>
      {summary.lines.length === 0 ? <p>{t('ui.path.empty')}</p> : null}
      <ol>
        {summary.lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a step's place in the path is its identity
          <li key={`${i}:${line.step}`}>
            <button className="sa-link" type="button" onClick={() => onGoTo(i)}>
              <span className="sa-visually-hidden">
                {t('ui.path.goBack', { number: i + 1, title: '' })}
              </span>
              {words.title(line.step)}
            </button>
            <br />
            <span className="sa-agent__said">
              {line.helpRequested
                ? t('ui.path.helpRequested')
                : line.finding
                  ? words.finding(line.finding)
                  : words.answer(line.step, line.answer!)}
            </span>
          </li>
        ))}
        <li aria-current="step">
          <strong>{t('ui.path.current', { title: currentTitle })}</strong>
        </li>
      </ol>
    </div>
  );
}
