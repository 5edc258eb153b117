// The model walk through a real browser: every shortest path of the machine for a demo
// organization, as one depth-first tour (shared prefixes once; back with the app's Back button).
// Used for the standalone page and for both embed modes.
import { describeStep } from '../../flows/machine/describe';
import { shortestPaths, type WalkEvent } from '../../flows/machine/explore';
import { org } from '../support/orgs';
import { HEADING, nextStep, perform, type Surface } from './browser';

interface Node {
  state: string | null;
  children: Map<string, { event: WalkEvent; node: Node }>;
}

/** Every state the walk reaches for an organization. */
export function statesOf(orgId: string): Set<string> {
  return new Set(shortestPaths(org(orgId)).map((path) => describeStep(path.state).key));
}

/** The shortest paths as a tree, so shared prefixes are walked once; `only` keeps some ends. */
function pathTree(orgId: string, only?: Set<string>): Node {
  const root: Node = { state: 'problem', children: new Map() };
  for (const path of shortestPaths(org(orgId))) {
    if (only && !only.has(describeStep(path.state).key)) continue;
    let node = root;
    for (const event of path.events) {
      const key = JSON.stringify(event);
      if (!node.children.has(key))
        node.children.set(key, { event, node: { state: null, children: new Map() } });
      node = node.children.get(key)!.node;
    }
    node.state = describeStep(path.state).key;
  }
  return root;
}

/**
 * Walks every path from the first question (or only the paths to the states in `only`), calling
 * `atState` on each state reached; the surface must already show the settled first question.
 * Returns how many states were visited.
 */
export async function walkEveryPath(
  surface: Surface,
  orgId: string,
  atState: (state: string) => Promise<void>,
  only?: Set<string>,
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
  await visit(pathTree(orgId, only));
  return visited;
}
