// The one way to start the assistant: hand it an element and a configuration. Used by the
// standalone page, the tests, and (later) the embed loader.

import en from 'virtual:content/en';
import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { validateConfig } from '../flows/config/validate';
import { Assistant, type AssistantProps } from './Assistant';
import { ConfigError } from './ConfigError';
import { createI18n } from './i18n';

export interface MountOptions {
  /** The organization's configuration as parsed JSON; validated here. */
  config: unknown;
  locale?: string;
  /** The clock for opening hours; tests and scenarios set it. */
  now?: () => Date;
  manageTitle?: boolean;
  landmark?: AssistantProps['landmark'];
}

export function AssistantRoot({ options, i18n }: { options: MountOptions; i18n: i18n }) {
  const result = validateConfig(options.config);
  if (!result.ok)
    console.error('Sign-in Assistant: the configuration has problems', result.problems);
  return (
    <I18nextProvider i18n={i18n}>
      {result.ok ? (
        <Assistant
          config={result.config}
          now={options.now ?? (() => new Date())}
          manageTitle={options.manageTitle ?? false}
          landmark={options.landmark ?? 'main'}
        />
      ) : (
        <ConfigError problems={result.problems} fallback={result.fallback} />
      )}
    </I18nextProvider>
  );
}

export function createAssistantI18n(locale = 'en') {
  return createI18n(locale, en);
}

export function mount(element: Element, options: MountOptions): { unmount: () => void } {
  const i18n = createAssistantI18n(options.locale);
  const root: Root = createRoot(element);
  root.render(
    <StrictMode>
      <AssistantRoot options={options} i18n={i18n} />
    </StrictMode>,
  );
  return { unmount: () => root.unmount() };
}
