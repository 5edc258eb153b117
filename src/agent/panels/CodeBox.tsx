// A caller's handoff code, read out over the phone, opens their exact path. The decoding and its
// checks are flows/handoff.ts; this shows the field and the reason a code did not open.
import { forwardRef, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgConfig } from '../../../flows/config/schema';
import { decodeHandoff, type HandoffError } from '../../../flows/session/handoff';
import type { Session } from '../../../flows/session/session';
import { privateField } from '../../ui/privateField';
import { Key } from '../keys/Key';
import { shortcut } from '../keys/keys';

interface Props {
  config: OrgConfig;
  today: string;
  /** With the caller's language when the code names it. */
  onOpen: (session: Session, language?: string) => void;
}

export const CodeBox = forwardRef<HTMLInputElement, Props>(function CodeBox(
  { config, today, onOpen },
  ref,
) {
  const { t } = useTranslation('agent');
  const id = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<HandoffError | null>(null);
  return (
    <form
      className="sa-agent__tool"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const decoded = decodeHandoff(code, config, today);
        if (decoded.ok) {
          setError(null);
          setCode('');
          onOpen(decoded.session, decoded.language);
        } else setError(decoded.error);
      }}
    >
      <h2 className="sa-subheading" id={`${id}-heading`}>
        {t('ui.code.heading')} <Key command="code" />
      </h2>
      <div className={`sa-form-group${error ? ' sa-form-group--error' : ''}`}>
        <label className="sa-label" htmlFor={`${id}-field`}>
          {t('ui.code.label')}
        </label>
        <p className="sa-hint" id={`${id}-hint`}>
          {t('ui.code.hint')}
        </p>
        <p className="sa-error-message" id={`${id}-error`} role="alert">
          {error ? t(`ui.code.errors.${error}`) : ''}
        </p>
        <input
          {...privateField('sa-input sa-agent__code')}
          id={`${id}-field`}
          ref={ref}
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          aria-keyshortcuts={shortcut('code')}
          onChange={(event) => setCode(event.target.value)}
        />
      </div>
      <button className="sa-button sa-button--secondary" type="submit">
        {t('ui.code.open')}
      </button>
    </form>
  );
});
