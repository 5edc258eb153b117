// A practice field for Caps Lock: the person types any letters (never their password) and is told
// whether Caps Lock is on. What they type is never read, stored or sent; only the key state is.
import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { privateField } from './privateField';

export function CapsLockCheck() {
  const { t } = useTranslation('ui');
  const id = useId();
  const [state, setState] = useState<'unknown' | 'on' | 'off'>('unknown');
  const read = (event: KeyboardEvent<HTMLInputElement>) => {
    if (typeof event.getModifierState !== 'function') return;
    setState(event.getModifierState('CapsLock') ? 'on' : 'off');
  };
  return (
    <div className="sa-capslock">
      <label className="sa-capslock__label" htmlFor={`${id}-practice`}>
        {t('capsLock.label')}
      </label>
      <p className="sa-hint" id={`${id}-hint`}>
        {t('capsLock.hint')}
      </p>
      <input
        {...privateField('sa-input sa-input--short')}
        id={`${id}-practice`}
        type="text"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint ${id}-status`}
        onKeyDown={read}
        onKeyUp={read}
      />
      <p
        className={`sa-capslock__status sa-capslock__status--${state}`}
        id={`${id}-status`}
        role="status"
      >
        {state === 'unknown' ? '' : t(`capsLock.${state}`)}
      </p>
    </div>
  );
}
