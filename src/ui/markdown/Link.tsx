import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { safeUrl } from './safeUrl';

/**
 * A link in step text. Unsafe addresses render as plain text; web links open in a new tab and say
 * so, because leaving the assistant mid-step loses the person's place. The note is shown, not
 * only read aloud: a sighted person is surprised by a new tab too.
 */
export function Link({ href, children }: { href: string | undefined; children: ReactNode }) {
  const { t } = useTranslation('ui');
  const url = href ? safeUrl(href) : '';
  if (!url) return <span>{children}</span>;
  const external = url.startsWith('https:');
  return (
    <a href={url} {...(external ? { rel: 'noopener noreferrer', target: '_blank' } : {})}>
      {children}
      {/* The space outside the note: name computation trims each element's own text. */}
      {external ? (
        <>
          {' '}
          <span className="sa-link__note">{t('link.newTab')}</span>
        </>
      ) : null}
    </a>
  );
}
