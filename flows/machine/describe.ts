// What a screen needs from the machine, in one pure function: the UI renders this and nothing else.
import type { SnapshotFrom } from 'xstate';
import type { AssistantMachine, StepKey } from './assistantMachine';
import type { AssistantContext, StepMeta } from './types';

export type AssistantSnapshot = SnapshotFrom<AssistantMachine>;

export interface StepView extends StepMeta {
  key: StepKey;
  /** Answer ids available here, in order; each is sent as `pick.<id>`. */
  answers: string[];
  inputError: string | null;
  check: AssistantContext['check'];
  codeMethod: AssistantContext['codeMethod'];
  escalation: AssistantContext['escalation'];
}

export function stepKeyOf(snapshot: AssistantSnapshot): StepKey {
  return snapshot.value as unknown as StepKey;
}

export function describeStep(snapshot: AssistantSnapshot): StepView {
  const key = stepKeyOf(snapshot);
  const node = snapshot.machine.states[key]!;
  const meta = node.meta as StepMeta;
  const answers = Object.keys(node.on)
    .filter((type) => type.startsWith('pick.') && snapshot.can({ type: type as `pick.${string}` }))
    .map((type) => type.slice('pick.'.length));
  return {
    ...meta,
    key,
    answers,
    inputError: snapshot.context.inputError,
    check: snapshot.context.check,
    codeMethod: snapshot.context.codeMethod,
    escalation: snapshot.context.escalation,
  };
}

/**
 * Two snapshots are the same state for the walk (explore.ts) and the finder's jump when the screen
 * the code method and what was forgotten match (`forgot` is cleared after the basics screen, so it
 * splits that screen only). Here, not in explore.ts, so the finder does not load the walk.
 */
export const serialize = (s: AssistantSnapshot) =>
  JSON.stringify([s.value, s.context.codeMethod, s.context.forgot]);
