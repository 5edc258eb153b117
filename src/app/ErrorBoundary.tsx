// If anything fails while rendering, the person still sees a way to a human and a way to start
// over; the details go to the console for the web team. Never a blank area.
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgConfig } from '../../flows/config/schema';
import { phoneFor } from '../../flows/contact/phones';
import { formatPhone, phoneHref } from '../format/phone';

interface Props {
  config: OrgConfig;
  onReset: () => void;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: { componentStack?: string | null }) {
    console.error(
      'Sign-in Assistant: something failed while showing a step',
      error,
      info.componentStack,
    );
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Fallback
        config={this.props.config}
        onReset={() => {
          this.props.onReset();
          this.setState({ failed: false });
        }}
      />
    );
  }
}

function Fallback({ config, onReset }: { config: OrgConfig; onReset: () => void }) {
  const { t } = useTranslation('ui');
  const phone = phoneFor(config, 'portalSupport');
  return (
    <div className="sa-root" role="alert">
      <h1 className="sa-heading">{t('failure.title')}</h1>
      <p>{t('failure.body', { orgName: config.name })}</p>
      <p>
        <a href={phoneHref(phone)}>
          {t('config.call', { phone: formatPhone(phone, config.country) })}
        </a>
      </p>
      <button className="sa-button" type="button" onClick={onReset}>
        {t('nav.startOver')}
      </button>
    </div>
  );
}
