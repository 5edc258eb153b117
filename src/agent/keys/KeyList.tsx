// The list of keys, shown with ?, and the switch for single keys (WCAG 2.1.4: single-character
// shortcuts can be turned off).
import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { privateField } from '../../ui/privateField';
import { commandKey } from './Key';
import { COMMAND_KEYS, type Command } from './keys';

interface Props {
  singleKeys: boolean;
  onSingleKeys: (on: boolean) => void;
  onClose: () => void;
}

export const KeyList = forwardRef<HTMLHeadingElement, Props>(function KeyList(
  { singleKeys, onSingleKeys, onClose },
  ref,
) {
  const { t } = useTranslation('agent');
  const id = useId();
  const rows: [string, string][] = [
    ['1 … 9, 0, a, b …', t('ui.keys.answer')],
    ...Object.keys(COMMAND_KEYS).map((command): [string, string] => [
      commandKey(command as Command),
      t(`ui.keys.${command}`),
    ]),
    ['?', t('ui.keys.list')],
  ];
  return (
    <section
      className="sa-agent__panel sa-agent__keys"
      aria-labelledby={`${id}-keys`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <h2 className="sa-subheading" id={`${id}-keys`} tabIndex={-1} ref={ref}>
        {t('ui.keys.heading')}
      </h2>
      <p>{t('ui.keys.intro')}</p>
      <dl className="sa-agent__keylist">
        {rows.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd className="sa-agent__key">{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <div className="sa-checkbox">
        <input
          {...privateField('sa-checkbox__input')}
          type="checkbox"
          id={`${id}-single-keys`}
          checked={singleKeys}
          onChange={(event) => onSingleKeys(event.target.checked)}
        />
        <label className="sa-checkbox__label" htmlFor={`${id}-single-keys`}>
          {t('ui.keys.singleKeys')}
        </label>
      </div>
      <button className="sa-button sa-button--secondary" type="button" onClick={onClose}>
        {t('ui.keys.close')}
      </button>
    </section>
  );
});
