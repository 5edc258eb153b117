// The one way to start the assistant: hand it an element and a configuration. Used by the
// standalone page, the tests, and (later) the embed loader.
import type { i18n } from 'i18next';
import { StrictMode, useCallback, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { validateConfig } from '../flows/config/validate';
import { Assistant, type AssistantProps } from './Assistant';
import { ConfigError } from './ConfigError';
import { ErrorBoundary } from './ErrorBoundary';
import { createI18n, loadLocale, pickLocale, switchLocale, type TextOverrides } from './i18n';
import { clearStored, progressKey } from './storage';

export interface MountOptions {
  /** The organization's configuration as parsed JSON; validated here. */
  config: unknown;
  /** A locale code from content/locales.json; otherwise the person's earlier choice or browser. */
  locale?: string;
  /** The clock for opening hours; tests and scenarios set it. */
  now?: () => Date;
  manageTitle?: boolean;
  landmark?: AssistantProps['landmark'];
  /** Save progress in sessionStorage (default true). */
  persist?: boolean;
  /** Mirror steps in the browser's history (default false; the standalone page turns it on). */
  browserHistory?: boolean;
  /** `start=<flow>` from a link, e.g. window.location.hash. */
  deepLink?: string;
}

function overridesOf(raw: unknown): TextOverrides | undefined {
  const result = validateConfig(raw);
  return result.ok ? (result.config.text as TextOverrides | undefined) : undefined;
}

export function AssistantRoot({ options, i18n }: { options: MountOptions; i18n: i18n }) {
  const result = validateConfig(options.config);
  // Bumped by "Start over" after a failure, to mount a fresh assistant.
  const [generation, setGeneration] = useState(0);
  if (!result.ok)
    console.error('Sign-in Assistant: the configuration has problems', result.problems);
  const changeLanguage = useCallback(
    (code: string) =>
      switchLocale(i18n, code, result.ok ? (result.config.text as TextOverrides) : undefined),
    [i18n, result],
  );
  return (
    <I18nextProvider i18n={i18n}>
      {result.ok ? (
        <ErrorBoundary
          config={result.config}
          onReset={() => {
            clearStored(progressKey(result.config.id));
            setGeneration((n) => n + 1);
          }}
        >
          <Assistant
            key={generation}
            config={result.config}
            now={options.now ?? (() => new Date())}
            manageTitle={options.manageTitle ?? false}
            landmark={options.landmark ?? 'main'}
            onChangeLanguage={changeLanguage}
            persist={options.persist ?? true}
            browserHistory={options.browserHistory ?? false}
            deepLink={generation === 0 ? (options.deepLink ?? '') : ''}
          />
        </ErrorBoundary>
      ) : (
        <ConfigError problems={result.problems} fallback={result.fallback} />
      )}
    </I18nextProvider>
  );
}

export async function createAssistantI18n(options: MountOptions): Promise<i18n> {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  const code = pickLocale(options.locale, browser);
  return createI18n(code, await loadLocale(code), overridesOf(options.config));
}

export async function mount(
  element: Element,
  options: MountOptions,
): Promise<{ unmount: () => void }> {
  const i18n = await createAssistantI18n(options);
  const root: Root = createRoot(element);
  root.render(
    <StrictMode>
      <AssistantRoot options={options} i18n={i18n} />
    </StrictMode>,
  );
  return { unmount: () => root.unmount() };
}
