import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary as CaseSummaryData } from '../../flows/contact/summary';
import { describeDevice, deviceLabel } from '../format/device';
import { mailtoHref } from '../format/email';
import { privateField } from '../ui/privateField';
import { type SummaryContext, summaryText } from './summaryText';

interface Props {
  summary: CaseSummaryData;
  context: Omit<SummaryContext, 'device'>;
  /** The organization's email for this kind of help, when it takes email. */
  email: string | null;
}

// Browsers cut very long mailto: links; the summary is short, but a long path is capped.
const MAILTO_BODY_MAX = 1800;

export function CaseSummary({ summary, context, email }: Props) {
  const { t, i18n } = useTranslation('ui');
  const id = useId();
  const detected = useMemo(
    () => deviceLabel(describeDevice(typeof navigator === 'undefined' ? '' : navigator.userAgent)),
    [],
  );
  const [includeDevice, setIncludeDevice] = useState(true);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  // i18n.t, not this component's t: the case's words are kept per translate function.
  const text = summaryText(summary, { ...context, device: includeDevice ? detected : '' }, i18n.t);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  const mailto = email
    ? mailtoHref(email, {
        subject: t('summary.emailSubject', { code: context.code }),
        body: text.slice(0, MAILTO_BODY_MAX),
      })
    : null;

  return (
    <section className="sa-summary sa-print" aria-labelledby={`${id}-title`}>
      <h2 className="sa-subheading" id={`${id}-title`}>
        {t('summary.heading')}
      </h2>
      <p className="sa-no-print">{t('summary.intro')}</p>
      {detected ? (
        <div className="sa-checkbox sa-no-print">
          <input
            {...privateField('sa-checkbox__input')}
            type="checkbox"
            id={`${id}-device`}
            checked={includeDevice}
            onChange={(event) => setIncludeDevice(event.target.checked)}
          />
          <label className="sa-checkbox__label" htmlFor={`${id}-device`}>
            {t('summary.includeDevice', { device: detected })}
          </label>
        </div>
      ) : null}
      <pre className="sa-summary__text" id={`${id}-text`}>
        {text}
      </pre>
      <div className="sa-button-group sa-no-print">
        <button className="sa-button sa-button--secondary" type="button" onClick={copy}>
          {t('summary.copy')}
        </button>
        <button
          className="sa-button sa-button--secondary"
          type="button"
          onClick={() => window.print()}
        >
          {t('summary.print')}
        </button>
        {mailto ? (
          <a className="sa-button sa-button--secondary sa-button--link" href={mailto}>
            {t('summary.email', { orgName: context.orgName })}
          </a>
        ) : null}
      </div>
      <p className="sa-no-print" role="status">
        {copyState === 'idle'
          ? ''
          : t(`summary.${copyState === 'copied' ? 'copied' : 'copyFailed'}`)}
      </p>
    </section>
  );
}
