// What a view of a session is given, by mount() or a test: the patient view (src/patient/) and
// the agent view (src/agent/) take the same props, so one mount serves both.
import type { OrgConfig } from '../../flows/config/schema';
import type { AssistantEvent } from '../../flows/machine/types';
import type { Signal } from '../../flows/signals/signalTypes';

/** What the person did on the prerendered first question before the app arrived (src/app/earlyInput.ts). */
export interface HeldInput {
  /** The answer sent with Continue (`pick.<answer>`), or "Get help from a person". */
  event?: AssistantEvent;
  /** A language picked in the language list. */
  language?: string;
}

export interface ViewProps {
  config: OrgConfig;
  now: () => Date;
  /** Standalone pages own the document title; embedded assistants leave the host's alone. */
  manageTitle?: boolean;
  /** `main` on a page of its own; a labelled region when embedded in a page that has a main. */
  landmark?: 'main' | 'region';
  onChangeLanguage: (code: string) => Promise<void>;
  /** Save progress in sessionStorage so a reload returns to the same step. */
  persist?: boolean;
  /** Mirror steps in the browser's history (only on a page the assistant owns). */
  browserHistory?: boolean;
  /** A URL fragment or query that may hold `start=<flow>`. */
  deepLink?: string;
  /** Told of each screen shown, for the host page's analytics (flows/signals/). */
  onSignal?: (signal: Signal) => void;
  /** Where progress is saved; two assistants of one organization on a page use two keys. */
  storageKey?: string;
  /** The embedded region's name, when a page holds more than one assistant. */
  label?: string;
  /** Done on the prerendered first question before the app arrived; carried out at once. */
  held?: HeldInput;
}
