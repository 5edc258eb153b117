// The model walk through a real browser: every shortest path of the machine for a demo
// organization, as one depth-first tour (shared prefixes once; back with the app's Back button).
// Used for the standalone page and for both embed modes.
import { contactNeed } from '../../flows/contact/routing';
import { type AssistantSnapshot, describeStep } from '../../flows/machine/describe';
import { serialize, shortestPaths, type WalkEvent } from '../../flows/machine/explore';
import { org } from '../support/orgs';
import { HEADING, nextStep, perform, type Surface } from './browser';

interface Node {
  state: string | null;
  children: Map<string, { event: WalkEvent; node: Node }>;
}

/**
 * One state per kind of screen (question, advice, input per field, contact, done; with or without
 * an aid such as the finder or the Caps Lock practice): the first the walk reaches. What an
 * embedding can break (the host page's styles, the shadow root, the frame, focus) is the same for
 * every screen built of the same parts, and the standalone gate checks every state in full.
 */
export function screenKindsOf(orgId: string): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const path of shortestPaths(org(orgId))) {
    const view = describeStep(path.state);
    const kind = [view.kind, view.field, view.widget].filter(Boolean).join(' ');
    if (![...kinds.values()].includes(kind)) kinds.set(view.key, kind);
  }
  return kinds;
}

/**
 * What a screen shows beyond its step: the contact step lists the channels of the configuration
 * that handle the need the machine escalated for ("contact:patientServices"). The model walk's
 * own identity (step and code method) reaches the contact step with one need only, so a walk by
 * step alone never renders the channels of the other needs: the riverside email address, routed
 * for patient services only, was never on screen in the gate (issue 25).
 */
export function screenOf(snapshot: AssistantSnapshot): string {
  const key = describeStep(snapshot).key;
  return key === 'contact' ? `contact:${contactNeed(snapshot.context.escalation)}` : key;
}

/** The shortest path to every screen: every step and code method, and the contact step per need. */
export function screenPaths(orgId: string) {
  return shortestPaths(org(orgId), (s) => JSON.stringify([serialize(s), screenOf(s)]));
}

/**
 * The shortest paths as a tree, so shared prefixes are walked once; `only` keeps some ends.
 * `screens` walks to every screen (screenPaths) and names each end by screenOf.
 */
function pathTree(orgId: string, only?: Set<string>, screens = false): Node {
  const root: Node = { state: 'problem', children: new Map() };
  const name = (s: AssistantSnapshot) => (screens ? screenOf(s) : describeStep(s).key);
  for (const path of screens ? screenPaths(orgId) : shortestPaths(org(orgId))) {
    if (only && !only.has(name(path.state))) continue;
    let node = root;
    for (const event of path.events) {
      const key = JSON.stringify(event);
      if (!node.children.has(key))
        node.children.set(key, { event, node: { state: null, children: new Map() } });
      node = node.children.get(key)!.node;
    }
    node.state = name(path.state);
  }
  return root;
}

/**
 * Walks every path from the first question (or only the paths to the states in `only`), calling
 * `atState` on each state reached; the surface must already show the settled first question.
 * With `screens`, walks to every screen instead and names them by screenOf. Returns how many
 * states were visited.
 */
export async function walkEveryPath(
  surface: Surface,
  orgId: string,
  atState: (state: string) => Promise<void>,
  only?: Set<string>,
  { screens = false } = {},
): Promise<number> {
  let visited = 0;
  const visit = async (node: Node) => {
    if (node.state) {
      visited += 1;
      await atState(node.state);
    }
    for (const { event, node: child } of node.children.values()) {
      await perform(surface, event);
      await visit(child);
      const here = await surface.locator(HEADING).textContent();
      await surface.locator('.sa-root .sa-back').click();
      await nextStep(surface, here);
    }
  };
  await visit(pathTree(orgId, only, screens));
  return visited;
}
