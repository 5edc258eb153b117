// The ticket note to paste, one click to copy it, and the agent's own notes. The agent's notes
// stay in this component's state: never saved, never in the copied note, cleared on Start over
// (the panel is keyed by the call).
import { forwardRef, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { privateField } from '../../ui/privateField';
import { KeyButton } from '../keys/KeyButton';
import { shortcut } from '../keys/keys';

interface Props {
  note: string;
  onCopy: () => void;
}

export const TicketPanel = forwardRef<HTMLTextAreaElement, Props>(function TicketPanel(
  { note, onCopy },
  notesRef,
) {
  const { t } = useTranslation('agent');
  const id = useId();
  const [notes, setNotes] = useState('');
  return (
    <div className="sa-agent__panel sa-agent__ticket">
      <h2 className="sa-subheading" id={`${id}-ticket`}>
        {t('ui.note.heading')}
      </h2>
      <label className="sa-label" htmlFor={`${id}-notes`}>
        {t('ui.note.yourNotes')}
      </label>
      <textarea
        {...privateField('sa-input sa-agent__notes')}
        id={`${id}-notes`}
        ref={notesRef}
        rows={4}
        value={notes}
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts={shortcut('notes')}
        onChange={(event) => setNotes(event.target.value)}
      />
      <h3 className="sa-agent__h3">{t('ui.note.preview')}</h3>
      <pre className="sa-summary__text">{note}</pre>
      <KeyButton command="copy" onClick={onCopy}>
        {t('ui.note.copy')}
      </KeyButton>
    </div>
  );
});
