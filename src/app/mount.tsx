// The one way to start the assistant: hand it an element and a configuration. Used by the
// standalone page, the tests, and the embed loader. The configuration validator (zod) and the
// person's language load in parallel, both outside the first JavaScript chunk; a configuration
// file the build validated, read unchanged, skips the validator.
import type { i18n } from 'i18next';
import { StrictMode, Suspense, useCallback, useState } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { needsPhoneLibrary } from '../../flows/checks/phoneLibrary';
import type { OrgConfig } from '../../flows/config/schema';
import type { ConfigResult } from '../../flows/config/validate';
import { atLevel, signalLevel } from '../../flows/signals/signals';
import { applyTheme } from '../a11y/theme';
import { createI18n, switchLocale, type TextOverrides } from '../i18n/i18n';
import { loadLocale, localeInfo, pickLocale } from '../i18n/locales';
import { Assistant, preloadNotice } from '../patient/Assistant';
import { clearStored, progressKey } from '../session/storage';
import type { HeldInput, ViewProps } from '../session/viewProps';
import { preloadFinderBox } from '../steps/ChoiceStep';
import { lazyComponent } from '../ui/lazyComponent';
import { loadFailure, wasCheckedAtBuild } from './configSource';
import { ErrorBoundary } from './ErrorBoundary';
import { type EarlyInput, startsElsewhere } from './earlyInput';

// The agent view and its wording load only in agent mode; patients never download them.
const agentView = lazyComponent(() => import('../agent/AgentView').then((m) => m.AgentView));
const agentContent = () => import('../agent/agentContent');
export const preloadAgentView = agentView.preload;
// The page for a broken configuration loads only when one is broken (prepare() waits for it).
const configError = lazyComponent(() => import('./ConfigError').then((m) => m.ConfigError));
export const preloadConfigError = configError.preload;

/** Who the assistant is for: the person stuck at sign-in, or a help-desk agent on a call. */
export type Mode = 'patient' | 'agent';

export interface MountOptions {
  /** The organization's configuration as parsed JSON; validated here. */
  config: unknown;
  /** A locale code from content/locales.json; otherwise the person's earlier choice or browser. */
  locale?: string;
  /** The clock for opening hours; tests and scenarios set it. */
  now?: () => Date;
  manageTitle?: boolean;
  landmark?: ViewProps['landmark'];
  /** Save progress in sessionStorage (default true). */
  persist?: boolean;
  /** Mirror steps in the browser's history (default false; the standalone page turns it on). */
  browserHistory?: boolean;
  /** `start=<flow>` from a link, e.g. window.location.hash. */
  deepLink?: string;
  /** Told of each screen shown: flow names and outcomes, never anything typed (flows/signals/). */
  onSignal?: ViewProps['onSignal'];
  /**
   * `step` adds step ids and channel kinds to the signals; `flow` (the default, unless the
   * configuration's `signals` says otherwise) gives the flow and the outcome only.
   */
  signals?: string;
  /** Keeps two assistants of the same organization on one page from sharing saved progress. */
  instance?: string;
  /** Names the embedded region (default "Sign-in help"), for a page holding two assistants. */
  label?: string;
  /** "agent" opens the help-desk agent view (src/agent) with the same configuration. */
  mode?: Mode;
  /**
   * Where `config` was read from. In agent mode only, the help desk's facts file beside it
   * (`<id>.agent.json`, flows/config/agentFacts.ts) is fetched too, with the agent wording.
   */
  configUrl?: string;
  /** Agent mode: the agent facts file itself (parsed), instead of fetching it; null for none. */
  agentFacts?: unknown;
  /** What the person did on the prerendered first question before the app arrived (main.tsx). */
  early?: EarlyInput | null;
}

export const textOverrides = (checked: ConfigResult) =>
  checked.ok ? (checked.config.text as TextOverrides | undefined) : undefined;

interface RootProps {
  options: MountOptions;
  /** The configuration after validation. */
  checked: ConfigResult;
  i18n: i18n;
  /** Carried out once the first screen is up (src/app/earlyInput.ts). */
  held?: HeldInput;
}

export function AssistantRoot({ options, checked, i18n, held }: RootProps) {
  // Bumped by "Start over" after a failure, to mount a fresh assistant.
  const [generation, setGeneration] = useState(0);
  const agent = options.mode === 'agent';
  const changeLanguage = useCallback(
    async (code: string) => {
      if (agent) await (await agentContent()).ensureAgentContent(i18n, code);
      await switchLocale(i18n, code, textOverrides(checked));
    },
    [i18n, checked, agent],
  );
  const AgentView = agentView.Component;
  const signal = options.onSignal;
  const level = signalLevel(options.signals, checked.ok ? checked.config.signals : undefined);
  const ConfigError = configError.Component;
  if (!checked.ok)
    return (
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={null}>
          <ConfigError problems={checked.problems} fallback={checked.fallback} />
        </Suspense>
      </I18nextProvider>
    );
  // The agent's call is saved apart from a patient's on the same page.
  const storageKey = progressKey(
    checked.config.id,
    `${options.instance ?? ''}${agent ? 'agent' : ''}`,
  );
  const shared = {
    config: checked.config,
    now: options.now ?? (() => new Date()),
    manageTitle: options.manageTitle ?? false,
    landmark: options.landmark ?? 'main',
    onChangeLanguage: changeLanguage,
    persist: options.persist ?? true,
    storageKey,
    label: options.label,
  };
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary
        config={checked.config}
        onReset={() => {
          clearStored(storageKey);
          setGeneration((n) => n + 1);
        }}
      >
        {agent ? (
          <Suspense fallback={null}>
            <AgentView key={generation} {...shared} />
          </Suspense>
        ) : (
          <Assistant
            key={generation}
            {...shared}
            browserHistory={options.browserHistory ?? false}
            deepLink={generation === 0 ? (options.deepLink ?? '') : ''}
            held={generation === 0 ? held : undefined}
            onSignal={signal && ((s) => signal(atLevel(s, level)))}
          />
        )}
      </ErrorBoundary>
    </I18nextProvider>
  );
}

/** Validates the configuration and loads the language, in parallel. */
export async function prepare(
  options: MountOptions,
): Promise<{ checked: ConfigResult; i18n: i18n }> {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  // The organization's languages, read before validation so the language loads alongside it.
  const listed = (options.config as { languages?: unknown } | null)?.languages;
  const code = pickLocale(
    options.locale,
    browser,
    Array.isArray(listed) && listed.length ? listed : undefined,
  );
  const agent = options.mode === 'agent';
  // A file the build validated, read unchanged, needs no validator (src/build/checkedConfigs.ts).
  const trusted = wasCheckedAtBuild(options.config);
  const [validator, , , , content, agentText] = await Promise.all([
    // Checking UI text overrides needs the list of UI strings; without overrides, nobody loads it.
    trusted
      ? null
      : import('../../flows/config/validate').then(async (m) => {
          if (m.hasUiOverrides(options.config)) await m.loadUiPlaceholders();
          return m;
        }),
    // The first question's finder box (its own chunk, so the answers work before it arrives).
    agent ? null : preloadFinderBox().catch(() => {}),
    // Outside North America (or for a number from elsewhere) numbers need libphonenumber-js.
    (options.config as { notices?: unknown[] } | null)?.notices?.length ? preloadNotice() : null,
    needsPhoneLibrary(options.config)
      ? import('../../flows/checks/phoneLoader').then((m) => m.loadPhoneLibrary())
      : null,
    loadLocale(code),
    agent
      ? Promise.all([agentContent(), agentView.preload(), import('./agentFactsSource')]).then(
          ([m, , source]) =>
            Promise.all([
              m.loadAgentContent(code),
              options.agentFacts !== undefined || !options.configUrl
                ? (options.agentFacts ?? null)
                : source.fetchAgentFacts(options.configUrl),
            ]),
        )
      : null,
  ]);
  // A configuration that could not be loaded says why, for the web team, instead of a list of
  // missing settings.
  const failure = loadFailure(options.config);
  let checked: ConfigResult = failure
    ? { ok: false, problems: [{ path: '(loading)', message: failure }], fallback: {} }
    : validator
      ? validator.validateConfig(options.config)
      : { ok: true, config: options.config as OrgConfig };
  if (!checked.ok) {
    console.error('Sign-in Assistant: the configuration has problems', checked.problems);
    await configError.preload();
  }
  const i18n = createI18n(code, content, textOverrides(checked));
  if (agentText) {
    const m = await agentContent();
    m.addAgentContent(i18n, code, agentText[0]);
    checked = m.withFacts(checked, agentText[1]);
  }
  return { checked, i18n };
}

/** The whole tree mount() renders; the build's prerender renders the same one. */
export function assistantTree(
  options: MountOptions,
  checked: ConfigResult,
  i18n: i18n,
  held?: HeldInput,
) {
  return (
    <StrictMode>
      <AssistantRoot options={options} checked={checked} i18n={i18n} held={held} />
    </StrictMode>
  );
}

/**
 * Whether the element holds a prerendered first screen that is exactly what this person would
 * see: same organization and language, no step text or region name of its own, and nothing to
 * resume (no saved progress, no deep link).
 * Anything else is replaced, since hydrating different markup would throw it away anyway.
 */
function matchesPrerender(
  element: Element,
  options: MountOptions,
  checked: ConfigResult,
  i18n: i18n,
) {
  const prerendered = element.getAttribute('data-prerendered');
  if (!prerendered || !checked.ok) return false;
  const { id } = checked.config;
  return (
    prerendered === `${id}:${i18n.language}` &&
    // The prerender has the shipped text: a deployment's own text for its steps is rendered anew.
    !Object.values(checked.config.text ?? {}).some((own) => own?.steps) &&
    !startsElsewhere({ ...options, org: id })
  );
}

export interface MountHandle {
  unmount: () => void;
  /** Switches language, as the language picker does. */
  setLanguage: (code: string) => Promise<void>;
  /** The configuration after validation, or null when it had problems. */
  config: OrgConfig | null;
}

export async function mount(element: Element, options: MountOptions): Promise<MountHandle> {
  const { checked, i18n } = await prepare(options);
  const hydrate = matchesPrerender(element, options, checked, i18n);
  // What was done on the prerendered question counts only where that question stays.
  const held = options.early?.take();
  const tree = assistantTree(options, checked, i18n, hydrate ? held : undefined);
  if (checked.ok) applyTheme(element, checked.config.theme);
  let root: Root;
  if (hydrate) root = hydrateRoot(element, tree);
  else {
    element.replaceChildren();
    root = createRoot(element);
    root.render(tree);
  }
  element.removeAttribute('data-prerendered');
  return {
    unmount: () => root.unmount(),
    setLanguage: async (code) => {
      if (localeInfo(code)) await switchLocale(i18n, code, textOverrides(checked));
    },
    config: checked.ok ? checked.config : null,
  };
}
