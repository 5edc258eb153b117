// The flow diagram shows the whole machine: every state and every transition, each labelled with
// the answer that takes it; given a configuration, exactly what it makes unreachable is grey.
import { describe, expect, it } from 'vitest';
import { assistantMachine } from '../../flows/machine/assistantMachine';
import { definedEdges, edgeId, reachableSteps } from '../../flows/machine/explore';
import { edgeLabel, flowDiagram } from '../../src/tools/diagram/diagram';
import { org } from '../support/orgs';

const attr = (svg: string, name: string) =>
  new Set(
    [...svg.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&gt;/g, '>')),
  );

describe('the flow diagram', () => {
  const svg = flowDiagram();

  it('has every state, grouped by its flow', () => {
    expect(attr(svg, 'data-state')).toEqual(new Set(Object.keys(assistantMachine.states)));
    expect(attr(svg, 'data-flow').size).toBeGreaterThan(8);
  });

  it('has every transition, labelled with the answer that takes it', () => {
    const edges = definedEdges();
    expect(attr(svg, 'data-edge')).toEqual(new Set(edges.map(edgeId)));
    expect(svg).toContain(`>${edgeLabel('pick.neverArrives')}</text>`);
    expect(edgeLabel('help.requested')).toBe('a person');
  });

  it('greys out exactly what Lakeside’s configuration makes unreachable', () => {
    const lakeside = flowDiagram(org('lakeside'));
    const reachable = reachableSteps(org('lakeside'));
    const grey = [...lakeside.matchAll(/data-state="(\w+)" data-unreachable/g)].map((m) => m[1]);
    const expected = Object.keys(assistantMachine.states).filter((k) => !reachable.has(k));
    expect(grey.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
    expect(lakeside).toContain('for Lakeside Clinic');
  });
});
