// The language-assistance notice (Section 1557): one line in every shipped language, each marked
// with its own language and direction, pointing to the interpreter line or portal support.
import taglines from 'virtual:content/taglines';
import type { OrgConfig } from '../../flows/config/schema';
import { phoneFor } from '../../flows/contact/phones';
import { formatPhone, phoneHref } from '../format/phone';
import { directionOf } from '../i18n/locales';

export function LanguageHelp({ config }: { config: OrgConfig }) {
  const phone = config.interpreterPhone ?? phoneFor(config, 'portalSupport');
  return (
    <ul className="sa-language-help">
      {Object.entries(taglines).map(([code, line]) => {
        const [before, after = ''] = line.split('{{phone}}');
        return (
          <li key={code} lang={code} dir={directionOf(code)}>
            {before}
            <a href={phoneHref(phone)} dir="ltr">
              {formatPhone(phone, config.country)}
            </a>
            {after}
          </li>
        );
      })}
    </ul>
  );
}
