// The model walk: with the demo organizations and one fixture that turns on every option, every
// state and every transition of the machine must be taken. An uncovered transition fails.
import { describe, expect, it } from 'vitest';
import { assistantMachine, stepKeys } from '../../flows/machine/assistantMachine';
import { definedEdges, edgeId, takenEdges } from '../../flows/machine/explore';
import { walkConfigs } from '../support/orgs';

const configs = walkConfigs();
const taken = new Map(configs.map(([name, config]) => [name, takenEdges(config)]));
const allTaken = new Set([...taken.values()].flat().map(edgeId));
const defined = definedEdges().map(edgeId);

describe('the model walk over the whole machine', () => {
  it('reaches every state', () => {
    const reached = new Set([...taken.values()].flat().flatMap((e) => [e.source, e.target]));
    const missing = stepKeys.filter((key) => !reached.has(key));
    console.log(
      `model walk: ${stepKeys.length - missing.length} of ${stepKeys.length} states covered`,
    );
    expect(missing).toEqual([]);
  });

  it('takes every transition the machine defines', () => {
    const missing = defined.filter((id) => !allTaken.has(id));
    console.log(
      `model walk: ${defined.length - missing.length} of ${defined.length} transitions covered`,
    );
    expect(missing).toEqual([]);
  });

  it('never takes a transition the machine does not define', () => {
    const definedSet = new Set(defined);
    const selfLoops = [...allTaken].filter((id) => !definedSet.has(id));
    expect(selfLoops).toEqual([]);
  });

  it.each(configs.map(([name]) => name))(
    'lets a person reach a human from every step (%s)',
    (id) => {
      const edges = taken.get(id)!;
      const sources = new Set(edges.map((e) => e.source));
      for (const source of sources) {
        if (source === 'contact') continue;
        expect(edges, `${source} has no way to a person`).toContainEqual({
          source,
          event: 'help.requested',
          target: 'contact',
        });
      }
    },
  );

  it('has a way forward on every step but the contact screen', () => {
    for (const [key, node] of Object.entries(assistantMachine.states)) {
      if (key === 'contact') continue;
      const forward = Object.keys(node.on).filter((e) => e !== 'help.requested');
      const kind = (node.meta as { kind: string }).kind;
      if (kind === 'done') continue;
      expect(forward.length, `${key} is a dead end`).toBeGreaterThan(0);
    }
  });
});
