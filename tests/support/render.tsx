import { render } from '@testing-library/react';
import { withAgentFacts } from '../../flows/config/agentFacts';
import { validateConfig } from '../../flows/config/validate';
import {
  AssistantRoot,
  type MountOptions,
  preloadConfigError,
  textOverrides,
} from '../../src/app/mount';
import { preloadNotice } from '../../src/patient/Assistant';
import { testI18n } from './i18n';
import { rawAgentFacts, rawOrg } from './orgs';

export interface RenderOptions {
  org?: string;
  config?: unknown;
  now?: string;
  locale?: string;
  manageTitle?: boolean;
  browserHistory?: boolean;
  deepLink?: string;
  persist?: boolean;
  mode?: MountOptions['mode'];
  onSignal?: MountOptions['onSignal'];
  signals?: MountOptions['signals'];
  /** Agent mode: the agent facts file; by default the demo's own (public/orgs/<id>.agent.json). */
  agentFacts?: unknown;
}

// mount() waits for the broken-configuration page before it renders one; so do the tests.
await preloadConfigError();
await preloadNotice();

/** Renders the assistant the way `mount()` does, into a fresh container. */
export function renderAssistant({
  org = 'riverside',
  config,
  now,
  locale = 'en',
  manageTitle = false,
  browserHistory = false,
  deepLink = '',
  persist = true,
  mode = 'patient',
  onSignal,
  signals,
  agentFacts,
}: RenderOptions = {}) {
  const at = now ? new Date(now) : new Date('2026-12-02T10:15:00-06:00');
  const options: MountOptions = {
    config: config ?? rawOrg(org),
    locale,
    now: () => at,
    manageTitle,
    browserHistory,
    deepLink,
    persist,
    mode,
    onSignal,
    signals,
  };
  let checked = validateConfig(options.config);
  // As prepare() does: only the agent view reads the agent facts file.
  if (mode === 'agent' && checked.ok) {
    const facts = agentFacts === undefined ? rawAgentFacts(checked.config.id) : agentFacts;
    checked = { ok: true, config: withAgentFacts(checked.config, facts).config };
  }
  const i18n = testI18n(locale, textOverrides(checked), mode === 'agent');
  return { ...render(<AssistantRoot options={options} checked={checked} i18n={i18n} />), i18n };
}
