// Types for a host page's own script (`import type { … } from 'signin-assistant'`): the
// <signin-assistant> element, its attributes and its events. Types only: the page loads the element
// with the built loader's <script> (dist/embed/), which exports nothing.
// Written by hand from src/embed/loader.ts and flows/signals/signalTypes.ts;
// tests/unit/packageTypes.test.ts fails when either changes without this file.

/** Which kind of problem a signal is about. */
export type SigninAssistantFlow =
  | 'triage'
  | 'portal'
  | 'password'
  | 'username'
  | 'lockout'
  | 'twoStep'
  | 'app'
  | 'newAccount'
  | 'recovery'
  | 'proxy'
  | 'afterSignIn'
  | 'security'
  | 'end';

/** The kinds of channel an escalation offers, best first. */
export type SigninAssistantChannelKind = 'phone' | 'email' | 'webForm' | 'inPerson';

/**
 * What an event's `detail` holds. `step` (and an escalation's `channels`) only at the `step` signal
 * level; at the default `flow` level, the flow and what happened. Never anything typed.
 */
export type SigninAssistantSignal =
  | { type: 'step'; step?: string; flow: SigninAssistantFlow }
  | { type: 'fix'; step?: string; flow: SigninAssistantFlow }
  | { type: 'helped'; step?: string; flow: SigninAssistantFlow }
  | {
      type: 'escalated';
      step?: string;
      flow: SigninAssistantFlow;
      channels?: SigninAssistantChannelKind[];
    }
  | { type: 'handoff'; step?: string; flow: SigninAssistantFlow };

type Detail<T extends SigninAssistantSignal['type']> = Readonly<
  Extract<SigninAssistantSignal, { type: T }>
>;

/** The DOM events the element (or a framed assistant's <iframe>) dispatches; they bubble. */
export interface SigninAssistantEventMap {
  /** Every screen. */
  'signin-assistant:step': CustomEvent<Detail<'step'>>;
  /** A screen with a fix to try. */
  'signin-assistant:fix': CustomEvent<Detail<'fix'>>;
  /** The person said the fix worked. */
  'signin-assistant:helped': CustomEvent<Detail<'helped'>>;
  /** The person was sent to a person. */
  'signin-assistant:escalated': CustomEvent<Detail<'escalated'>>;
  /** A handoff code was shown (the code itself is never included). */
  'signin-assistant:handoff': CustomEvent<Detail<'handoff'>>;
}

/** Where `start` opens the assistant (the `#start=` deep links). */
export type SigninAssistantStart =
  | 'password'
  | 'username'
  | 'locked'
  | 'forgot'
  | 'code'
  | 'app'
  | 'new-account'
  | 'activation'
  | 'proxy'
  | 'wrong-portal'
  | 'signed-in'
  | 'contact';

/** The element's attributes, as strings in HTML (and, for frameworks, as JSX props). */
export interface SigninAssistantAttributes {
  /** URL of the configuration JSON, on the page's own origin. */
  config?: string;
  /** The configuration itself, as JSON, instead of `config`. */
  'config-json'?: string;
  /** `en`, `es`, `zh`, `vi` or `ar`; changing it later switches language. */
  lang?: 'en' | 'es' | 'zh' | 'vi' | 'ar' | (string & {});
  /** Open at a flow. */
  start?: SigninAssistantStart;
  /** When the assistant loads: `visible` (default, within 400 px of the screen), `eager` or `button`. */
  load?: 'visible' | 'eager' | 'button';
  /** Your own text for the `load="button"` button. */
  'button-label'?: string;
  /** The region's accessible name (default "Sign-in help"). */
  label?: string;
  /** Keeps the saved progress of two assistants of the same organization apart (default: `id`). */
  instance?: string;
  /** `patient` (default) or `agent`, the help-desk view. */
  mode?: 'patient' | 'agent';
  /** How much the events tell the page: `flow` (default) or `step`. */
  signals?: 'flow' | 'step';
}

/** <signin-assistant> */
export interface SigninAssistantElement extends HTMLElement {
  /** The configuration as an object, instead of the `config` attribute; set before or after connecting. */
  config: unknown;
  addEventListener<K extends keyof SigninAssistantEventMap>(
    type: K,
    listener: (this: SigninAssistantElement, event: SigninAssistantEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof SigninAssistantEventMap>(
    type: K,
    listener: (this: SigninAssistantElement, event: SigninAssistantEventMap[K]) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'signin-assistant': SigninAssistantElement;
  }
  // The events bubble (and cross the shadow boundary), so a page may listen on any ancestor.
  interface HTMLElementEventMap extends SigninAssistantEventMap {}
  interface DocumentEventMap extends SigninAssistantEventMap {}
  interface WindowEventMap extends SigninAssistantEventMap {}
}
