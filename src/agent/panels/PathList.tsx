// The path so far: each question with the caller's answer, and a button to go back to it.
// Panels are headed divs, not regions: the view is one region when embedded, and two views on a
// page (an element and a frame) would otherwise repeat the same region names.
import { memo, useId } from 'react';
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
          <PathRow
            // biome-ignore lint/suspicious/noArrayIndexKey: a step's place in the path is its identity
            key={`${i}:${line.step}`}
            place={i}
            title={words.title(line.step)}
            said={
              line.helpRequested
                ? t('ui.path.helpRequested')
                : line.finding
                  ? words.finding(line.finding)
                  : words.answer(line.step, line.answer!)
            }
            goBack={t('ui.path.goBack', { number: i + 1, title: '' })}
            onGoTo={onGoTo}
          />
        ))}
        <li aria-current="step">
          <strong>{t('ui.path.current', { title: currentTitle })}</strong>
        </li>
      </ol>
    </div>
  );
}

interface RowProps {
  place: number;
  title: string;
  said: string;
  goBack: string;
  onGoTo: (length: number) => void;
}

/**
 * One step of the path. Its words are plain strings, so a row whose words did not change is not
 * rendered again: on a long call the agent's Back and each step redrew every row before.
 */
const PathRow = memo(function PathRow({ place, title, said, goBack, onGoTo }: RowProps) {
  return (
    <li>
      <button className="sa-link" type="button" onClick={() => onGoTo(place)}>
        <span className="sa-visually-hidden">{goBack}</span>
        {title}
      </button>
      <br />
      <span className="sa-agent__said">{said}</span>
    </li>
  );
});
