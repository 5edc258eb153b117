import { useTranslation } from 'react-i18next';
import { Markdown } from '../ui/markdown/Markdown';
import type { StepProps } from './StepProps';

export function DoneStep({ text, headingRef, onRestart }: StepProps) {
  const { t } = useTranslation('ui');
  return (
    <>
      <h1 className="sa-heading" tabIndex={-1} ref={headingRef}>
        {text.title}
      </h1>
      {text.body ? <Markdown source={text.body} /> : null}
      <button className="sa-button sa-button--secondary" type="button" onClick={onRestart}>
        {t('done.startOver')}
      </button>
    </>
  );
}
