import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { offeredLocales } from '../i18n/locales';
import { privateField } from './privateField';

/**
 * The organization's languages (`languages` in its configuration) by their own names; outside the
 * step's form, so it never counts as an answer.
 */
export function LanguagePicker({
  onChange,
  languages,
}: {
  onChange: (code: string) => void;
  languages?: readonly string[];
}) {
  const { t, i18n } = useTranslation('ui');
  const id = useId();
  const current = i18n.language;
  const options = offeredLocales(languages, current);
  return (
    <div className="sa-language">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        {...privateField('sa-select')}
        // Held when picked before the app has arrived (src/app/earlyInput.ts).
        data-early="language"
        value={current}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((locale) => (
          <option key={locale.code} value={locale.code} lang={locale.code} dir={locale.dir}>
            {locale.name}
          </option>
        ))}
      </select>
    </div>
  );
}
