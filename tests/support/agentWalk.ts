// Paths for the agent-mode walk: one to every state the model walk reaches under any of its
// configurations, each with the configuration that reaches it (replay its events for the caller).
import type { OrgConfig } from '../../flows/config/schema';
import { describeStep } from '../../flows/machine/describe';
import { shortestPaths, type WalkEvent } from '../../flows/machine/explore';
import { walkConfigs } from './orgs';

export interface AgentWalkPath {
  key: string;
  configName: string;
  config: OrgConfig;
  events: WalkEvent[];
}

export function agentWalkPaths(): AgentWalkPath[] {
  const seen = new Map<string, AgentWalkPath>();
  for (const [configName, config] of walkConfigs())
    for (const path of shortestPaths(config)) {
      const key = describeStep(path.state).key;
      if (!seen.has(key)) seen.set(key, { key, configName, config, events: path.events });
    }
  return [...seen.values()];
}
