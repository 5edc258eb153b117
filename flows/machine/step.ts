// Builders that give every step the same shape: its kind and flow in `meta`, a tag for its kind,
// and a way to a person from every step (the "Contact support" link sends `help.requested`).
import type { Need } from '../config/schema';
import type { FieldKind, Flow, StepKind, StepMeta } from './types';

// Loosely typed here on purpose: `setup()` checks guard and action names when the machine is built.
// biome-ignore lint/suspicious/noExplicitAny: transition configs are checked by xstate's setup()
type Transitions = Record<string, any>;

interface StepOptions {
  flow: Flow;
  need?: Need;
  on?: Transitions;
  widget?: StepMeta['widget'];
}

function build(
  kind: StepKind,
  { flow, need = 'portalSupport', on = {}, widget }: StepOptions,
  field?: FieldKind,
) {
  const meta: StepMeta = {
    kind,
    flow,
    need,
    ...(field ? { field } : {}),
    ...(widget ? { widget } : {}),
  };
  return {
    tags: [kind],
    meta,
    on: {
      ...on,
      'help.requested': {
        target: '#assistant.contact',
        actions: { type: 'escalate', params: { need } },
      },
    },
  };
}

/** A question: the answers are the `pick.*` events, in the order written. */
export const question = (options: StepOptions) => build('question', options);

/** A fix to try, then "Did this help?": the answers are the `pick.*` events. */
export const advice = (options: StepOptions) => build('advice', options);

/** A text field checked by a pure function in flows/checks; `pick.*` events are alternatives. */
export const input = (field: FieldKind, options: StepOptions) => ({
  ...build('input', options, field),
  // Cleared on the way out too: a turned-down value's error must not ride along to the next step
  // ("Skip this check" after an empty submit), where Back and a replay would disagree about it.
  entry: 'clearInputError',
  exit: 'clearInputError',
});

/**
 * The transitions for a submitted value: unusable input stays on the step with an error; each
 * branch `[guard params, target]` records the check so the next step can explain it.
 */
export function checked(
  field: FieldKind,
  guard: string,
  branches: [unknown, string][],
  otherwise: string,
) {
  return [
    {
      guard: { type: 'inputUnusable', params: { field } },
      actions: 'rejectInput',
    },
    ...branches.map(([params, target]) => ({
      guard: { type: guard, params },
      target,
      actions: 'recordCheck',
    })),
    { target: otherwise, actions: 'recordCheck' },
  ];
}

/** Standard answers of an advice step: it worked, or on to the next thing to try. */
export function helpedOr(next: string | Transitions, extra: Transitions = {}): Transitions {
  return { 'pick.helped': 'done', ...extra, 'pick.stillStuck': next };
}

/** Sends the person to a person, naming the kind of channel that can help. */
export const escalateTo = (need: Need) => ({
  target: 'contact',
  actions: { type: 'escalate', params: { need } },
});
