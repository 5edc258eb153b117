// Exploring the machine under a configuration: every state reachable, every event each state
// accepts fired once, and the transitions taken. The model-based tests walk it; the flow diagram
// (src/tools/diagram.ts) greys out what an organization's configuration makes unreachable.
import type { AnyStateMachine } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { suggestDomain } from '../checks/fields/emailDomain';
import { runCheck } from '../checks/index';
import type { OrgConfig } from '../config/schema';
import { assistantMachine } from './assistantMachine';
import { type AssistantSnapshot, serialize } from './describe';
import type { AssistantEvent, FieldKind, StepMeta } from './types';

/** Values that reach every branch of each input step, derived from the configuration. */
export function sampleInputs(field: FieldKind, config: OrgConfig): string[] {
  const host = new URL(config.portal.urls[0]!).host;
  const labels = host.split('.');
  switch (field) {
    case 'portalAddress':
      return [
        '',
        `https://${host}`,
        `http://${host}`,
        // The organization's main website (the portal's parent host).
        labels.slice(1).join('.'),
        `${labels.slice(-2, -1)[0]}-login.com`,
        'example.com',
      ];
    case 'loginId':
      return [
        '',
        'maria.lopez@gmial.com',
        ' JSmith42 ',
        'maria.lopez@gmail.com',
        'jsmith42',
        'JSmith42',
      ];
    case 'activationCode': {
      const shape = config.activation.groups ?? [10];
      const digits = shape.map((n) => '7'.repeat(n)).join('-');
      const letters = shape.map((n) => 'K'.repeat(n)).join('-');
      return [
        '',
        '12',
        digits.replace('7', 'O'),
        letters.replace('K', 'k'),
        `${digits.slice(0, -1)}K`,
      ];
    }
    case 'birthDate':
      return ['', '02/30/1990', '03/27/1984', '01/15/2015'];
    case 'phoneNumber':
      return ['', '555-12', '(608) 555-0142'];
  }
}

/** A machine event; for checked input, the text a person would type to get that finding. */
export type WalkEvent = AssistantEvent & { typed?: string };

export function eventsFor(snapshot: AssistantSnapshot): WalkEvent[] {
  const node = snapshot.machine.states[snapshot.value as unknown as string]!;
  const meta = node.meta as StepMeta;
  const events: WalkEvent[] = Object.keys(node.on)
    .filter((type) => type.startsWith('pick.') || type === 'help.requested')
    .map((type) => ({ type }) as AssistantEvent);
  if (meta.field)
    for (const value of sampleInputs(meta.field, snapshot.context.config))
      events.push({
        type: 'input.checked',
        result: runCheck(
          meta.field,
          value,
          snapshot.context.config,
          snapshot.context.today,
          suggestDomain,
        ),
        typed: value,
      });
  // Only what the screen offers: a guarded answer the organization turns off is not on screen.
  return events.filter((event) => snapshot.can(event));
}

export { serialize } from './describe';

const options = (config: OrgConfig, serializeState = serialize) =>
  ({ events: eventsFor, input: { config }, serializeState }) as never;

/**
 * The shortest path to every state the walk tells apart (by `serializeState`: `serialize` unless
 * told otherwise), with the events and every snapshot along the way.
 */
export function shortestPaths(
  config: OrgConfig,
  serializeState: (s: AssistantSnapshot) => string = serialize,
) {
  return getShortestPaths(assistantMachine as AnyStateMachine, options(config, serializeState)).map(
    (path) => ({
      state: path.state as unknown as AssistantSnapshot,
      events: path.steps.slice(1).map((step) => step.event as WalkEvent),
      visited: path.steps.map((step) => step.state as unknown as AssistantSnapshot),
    }),
  );
}

export interface Edge {
  source: string;
  event: string;
  target: string;
}

/** Every transition taken when every accepted event is fired from every reachable state. */
export function takenEdges(config: OrgConfig): Edge[] {
  const map = getAdjacencyMap(assistantMachine as AnyStateMachine, options(config));
  const edges: Edge[] = [];
  type Entry = {
    state: AssistantSnapshot;
    transitions: Record<string, { event: AssistantEvent; state: AssistantSnapshot }>;
  };
  for (const { state, transitions } of Object.values(map) as Entry[]) {
    for (const { event, state: next } of Object.values(transitions)) {
      edges.push({ source: String(state.value), event: event.type, target: String(next.value) });
    }
  }
  return edges;
}

/** Every transition the machine defines: one per candidate of each event of each state. */
export function definedEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const [key, node] of Object.entries(assistantMachine.states)) {
    for (const [event, candidates] of Object.entries(node.on)) {
      for (const candidate of candidates) {
        const target = candidate.target?.[0]?.key ?? key;
        edges.push({ source: key, event, target });
      }
    }
  }
  return edges;
}

export const edgeId = (e: Edge) => `${e.source} --${e.event}--> ${e.target}`;

/** The steps a person can reach under this configuration. */
export function reachableSteps(config: OrgConfig): Set<string> {
  const map = getAdjacencyMap(assistantMachine as AnyStateMachine, options(config));
  return new Set(
    (Object.values(map) as { state: AssistantSnapshot }[]).map(({ state }) => String(state.value)),
  );
}
