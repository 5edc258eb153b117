import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, localeInfo } from '../i18n/i18n';
import { privateField } from './privateField';

/** Languages listed by their own names; outside the step's form, so it never counts as an answer. */
export function LanguagePicker({ onChange }: { onChange: (code: string) => void }) {
  const { t, i18n } = useTranslation('ui');
  const id = useId();
  const current = i18n.language;
  const options =
    localeInfo(current) && !LOCALES.some((l) => l.code === current)
      ? [...LOCALES, localeInfo(current)!]
      : LOCALES;
  return (
    <div className="sa-language">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        {...privateField('sa-select')}
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
