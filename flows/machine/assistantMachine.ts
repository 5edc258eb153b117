// The sign-in assistant as one flat machine: each state is one screen, named by its content key.
// Flat on purpose: a screen's key is its state's key, Back and handoff codes replay answers, and
// flows are grouped by `meta.flow` rather than by nesting.
import { assign, setup } from 'xstate';
import type { Need, OrgConfig, VerificationMethod } from '../config/schema';
import { appSteps } from './branches/app';
import { newAccountSteps } from './branches/newAccount';
import { lockoutSteps, passwordSteps, portalSteps, usernameSteps } from './branches/portal';
import { afterSignInSteps, proxySteps } from './branches/proxy';
import { recoverySteps } from './branches/recovery';
import { triageSteps } from './branches/triage';
import { twoStepSteps } from './branches/twoStep';
import { guards } from './guards';
import type { AssistantContext, AssistantEvent } from './types';

/**
 * Bumped whenever a step is renamed or removed, or an answer is added before others (handoff codes
 * name an answer by its place), so saved progress and handoff codes can tell. 4: the official-app
 * step and the security-key answers. 5: the first screen's sign-in answers grouped behind one
 * (signInProblem), passwordWhere folded into passwordAddress.
 */
export const FLOW_VERSION = 5;

const steps = {
  ...triageSteps,
  ...portalSteps,
  ...passwordSteps,
  ...lockoutSteps,
  ...usernameSteps,
  ...twoStepSteps,
  ...appSteps,
  ...newAccountSteps,
  ...recoverySteps,
  ...proxySteps,
  ...afterSignInSteps,
};

export type StepKey = keyof typeof steps;
export const stepKeys = Object.keys(steps) as StepKey[];

/** Every escalation records the step it left from, so the summary can say where the person was. */
function withEscalationSource<T extends object>(all: T): T {
  const stamp = (transition: unknown, from: string): unknown => {
    if (Array.isArray(transition)) return transition.map((t) => stamp(t, from));
    if (!transition || typeof transition !== 'object') return transition;
    const t = transition as { actions?: unknown };
    const mark = (action: unknown) =>
      action && typeof action === 'object' && (action as { type?: string }).type === 'escalate'
        ? { ...action, params: { ...(action as { params: object }).params, from } }
        : action === 'escalateIdentity'
          ? { type: 'escalateIdentity', params: { from } }
          : action;
    return { ...t, actions: Array.isArray(t.actions) ? t.actions.map(mark) : mark(t.actions) };
  };
  return Object.fromEntries(
    Object.entries(all as Record<string, { on?: Record<string, unknown> }>).map(([key, state]) => [
      key,
      state.on
        ? {
            ...state,
            on: Object.fromEntries(Object.entries(state.on).map(([e, t]) => [e, stamp(t, key)])),
          }
        : state,
    ]),
  ) as T;
}

export interface AssistantInput {
  config: OrgConfig;
  /** YYYY-MM-DD; defaults to the current UTC date. */
  today?: string;
}

export const assistantMachine = setup({
  types: {
    context: {} as AssistantContext,
    events: {} as AssistantEvent,
    input: {} as AssistantInput,
  },
  guards,
  actions: {
    escalate: assign({
      escalation: (_, params: { need: Need; from?: string }) => ({
        need: params.need,
        from: params.from ?? '',
      }),
    }),
    /** Identity mismatches go where the organization says: portal support or medical records. */
    escalateIdentity: assign({
      escalation: ({ context }, params: { from?: string }) => ({
        need: context.config.recovery.identityMismatch,
        from: params?.from ?? '',
      }),
    }),
    rememberMethod: assign({
      codeMethod: (_, params: { method: VerificationMethod }) => params.method,
    }),
    rememberForgot: assign({
      forgot: (_, params: { what: 'username' | 'password' | 'both' }) => params.what,
    }),
    clearForgot: assign({ forgot: null }),
    recordCheck: assign({
      check: ({ event }) => (event.type === 'input.checked' ? event.result : null),
      inputError: null,
    }),
    rejectInput: assign({
      inputError: ({ event }) =>
        event.type === 'input.checked' ? event.result.finding.kind : 'empty',
    }),
    clearInputError: assign({ inputError: null }),
  },
}).createMachine({
  id: 'assistant',
  initial: 'problem',
  context: ({ input }) => ({
    config: input.config,
    today: input.today ?? new Date().toISOString().slice(0, 10),
    codeMethod: null,
    forgot: null,
    check: null,
    inputError: null,
    escalation: null,
  }),
  // biome-ignore lint/suspicious/noExplicitAny: the step builders are checked by setup() above
  states: withEscalationSource(steps) as any,
});

export type AssistantMachine = typeof assistantMachine;
