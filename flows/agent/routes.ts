// Where a help desk sends a call it cannot finish, from the agent facts (<id>.agent.json, merged
// in as config.agent for the agent view): records for records, tier 2 for everything else.
import type { InternalRoute, Need, OrgConfig } from '../config/schema';

export function routeHow(config: OrgConfig, route: InternalRoute): string | null {
  return config.agent?.escalation.find((e) => e.route === route)?.how ?? null;
}

export const internalRouteFor = (need: Need): InternalRoute =>
  need === 'medicalRecords' ? 'records' : 'tier2';
