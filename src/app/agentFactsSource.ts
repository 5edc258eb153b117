// Reads the help desk's facts (`<id>.agent.json`) for the agent view. A module of its own, loaded
// only in agent mode, so patient pages neither download nor run it.
import { fetchConfig } from './configSource';

/**
 * The help desk's facts go with a configuration as `<id>.agent.json` beside `<id>.json`
 * (flows/config/agentFacts.ts): `orgs/riverside.json?v=2` → `orgs/riverside.agent.json?v=2`.
 */
export function agentFactsAddress(configAddress: string): string | null {
  const match = /^([^?#]*)\.json([?#].*)?$/i.exec(configAddress.trim());
  if (!match || /\.agent$/i.test(match[1]!)) return null;
  return `${match[1]}.agent.json${match[2] ?? ''}`;
}

/**
 * Fetched only by the agent view. null when there is none for this page to read: a web team
 * serves it only to staff (README "The agent view belongs behind staff sign-in"), so a 401, 403
 * or 404 is expected anywhere else, and the agent view then says to ask a team lead.
 */
export async function fetchAgentFacts(configAddress: string): Promise<unknown> {
  const address = agentFactsAddress(configAddress);
  if (!address) return null;
  const facts = await fetchConfig(address, 'the agent facts address');
  if (facts && typeof facts === 'object' && 'error' in facts && Object.keys(facts).length === 1) {
    console.warn(`Sign-in Assistant: no agent facts (${String(facts.error)})`);
    return null;
  }
  return facts;
}
