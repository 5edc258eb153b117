// Shown instead of the assistant when the configuration fails validation: the person still gets
// whatever contact could be read, and the web team gets each problem by path.
import { useTranslation } from 'react-i18next';
import type { ConfigProblem, FallbackContact } from '../../flows/config/validate';
import { mailtoHref } from '../format/email';
import { formatPhone, phoneHref } from '../format/phone';

export function ConfigError({
  problems,
  fallback,
}: {
  problems: ConfigProblem[];
  fallback: FallbackContact;
}) {
  const { t } = useTranslation('ui');
  const hasContact = fallback.phone || fallback.email || fallback.url;
  return (
    <div className="sa-root">
      <main className="sa-main">
        <h1 className="sa-heading" tabIndex={-1}>
          {t('config.brokenTitle')}
        </h1>
        <p>{t('config.brokenBody')}</p>
        {fallback.name ? <p className="sa-org">{fallback.name}</p> : null}
        <ul className="sa-channels">
          {fallback.phone ? (
            <li className="sa-channel">
              <a href={phoneHref(fallback.phone)}>
                {t('config.call', { phone: formatPhone(fallback.phone) })}
              </a>
            </li>
          ) : null}
          {fallback.email ? (
            <li className="sa-channel">
              <a href={mailtoHref(fallback.email)}>
                {t('config.email', { email: fallback.email })}
              </a>
            </li>
          ) : null}
          {fallback.url ? (
            <li className="sa-channel">
              <a href={fallback.url}>{t('config.visit')}</a>
            </li>
          ) : null}
        </ul>
        {hasContact ? null : <p>{t('config.noContact')}</p>}
        {problems.length ? (
          <details className="sa-config-problems">
            <summary>{t('config.problemsFor', { count: problems.length })}</summary>
            <ul>
              {problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </main>
    </div>
  );
}
