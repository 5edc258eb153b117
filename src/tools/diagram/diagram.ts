// The whole machine as a picture: states grouped by flow, each transition labelled with the answer
// that takes it, laid out by dagre. Given a configuration, what that organization makes
// unreachable is greyed out. `npm run diagram [-- path/to/org.json] [--out file.svg]`.
import dagre from '@dagrejs/dagre';
import type { OrgConfig } from '../../../flows/config/schema';
import { assistantMachine } from '../../../flows/machine/assistantMachine';
import { definedEdges, edgeId, reachableSteps } from '../../../flows/machine/explore';
import type { StepMeta } from '../../../flows/machine/types';

const CHAR = 7.2; // average glyph width at 12px, for sizing boxes before drawing
const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The label a person would recognise: the answer id, "typed" for a checked input, or "a person". */
export function edgeLabel(event: string): string {
  if (event.startsWith('pick.')) return event.slice(5);
  if (event === 'input.checked') return 'typed';
  if (event === 'help.requested') return 'a person';
  return event;
}

export function flowDiagram(config?: OrgConfig): string {
  const reachable = config ? reachableSteps(config) : null;
  const graph = new dagre.graphlib.Graph({ multigraph: true, compound: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 60, edgesep: 6, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  const flows = new Set<string>();
  for (const [key, node] of Object.entries(assistantMachine.states)) {
    const { flow } = node.meta as StepMeta;
    if (!flows.has(flow)) {
      flows.add(flow);
      graph.setNode(`flow:${flow}`, { label: flow, clusterLabelPos: 'top' });
    }
    graph.setNode(key, { label: key, width: key.length * CHAR + 20, height: 28 });
    graph.setParent(key, `flow:${flow}`);
  }
  const edges = definedEdges();
  for (const edge of edges) {
    const label = edgeLabel(edge.event);
    graph.setEdge(
      edge.source,
      edge.target,
      { label, width: label.length * 6 + 6, height: 14, labelpos: 'c' },
      edgeId(edge),
    );
  }
  dagre.layout(graph);

  const { width = 0, height = 0 } = graph.graph();
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="title">`,
    `<title id="title">Sign-in Assistant flows${config ? ` for ${escapeXml(config.name)}, unreachable steps greyed out` : ''}</title>`,
  ];
  for (const flow of flows) {
    const n = graph.node(`flow:${flow}`);
    out.push(
      `<g data-flow="${flow}"><rect x="${n.x - n.width / 2}" y="${n.y - n.height / 2}" width="${n.width}" height="${n.height}" rx="8" fill="#f3f6fb" stroke="#9aa8bc"/><text x="${n.x - n.width / 2 + 8}" y="${n.y - n.height / 2 + 14}" font-weight="700" fill="#33475b">${flow}</text></g>`,
    );
  }
  const off = (key: string) => reachable !== null && !reachable.has(key);
  for (const e of graph.edges()) {
    const edge = graph.edge(e);
    const grey = off(e.v) || off(e.w);
    const colour = grey ? '#c8c8c8' : '#5b6b7f';
    const points = edge.points
      .map((p: { x: number; y: number }) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
      .join(' ');
    out.push(
      `<g data-edge="${escapeXml(e.name ?? '')}"${grey ? ' data-unreachable=""' : ''}><polyline points="${points}" fill="none" stroke="${colour}" stroke-width="1"/><text x="${edge.x}" y="${edge.y + 4}" text-anchor="middle" font-size="10" fill="${grey ? '#b0b0b0' : '#33475b'}">${escapeXml(edge.label)}</text></g>`,
    );
  }
  for (const key of Object.keys(assistantMachine.states)) {
    const n = graph.node(key);
    const grey = off(key);
    out.push(
      `<g data-state="${key}"${grey ? ' data-unreachable=""' : ''}><rect x="${n.x - n.width / 2}" y="${n.y - n.height / 2}" width="${n.width}" height="${n.height}" rx="4" fill="${grey ? '#eeeeee' : '#ffffff'}" stroke="${grey ? '#c8c8c8' : '#1d4f91'}"/><text x="${n.x}" y="${n.y + 4}" text-anchor="middle" fill="${grey ? '#9a9a9a' : '#1b1b1b'}">${key}</text></g>`,
    );
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
