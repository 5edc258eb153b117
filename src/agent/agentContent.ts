// The agent's wording is its own i18next namespace, `agent`, loaded only in agent mode (with the
// help desk's facts file, withFacts): patients never download it. English fills what a locale lacks (content plugin), so nothing is blank.
import agentLoaders from 'virtual:content/agent-loaders';
import type { i18n } from 'i18next';
import { withAgentFacts } from '../../flows/config/agentFacts';
import type { ConfigResult } from '../../flows/config/validate';
import type { AgentContent } from '../build/content/contentPlugin';

export async function loadAgentContent(code: string): Promise<AgentContent> {
  const load = agentLoaders[code] ?? agentLoaders.en!;
  return (await load()).default;
}

export function addAgentContent(instance: i18n, code: string, content: AgentContent) {
  instance.addResourceBundle(code, 'agent', content, true, true);
}

/** Loads the agent wording for a language, before switching to it as the patient view does. */
export async function ensureAgentContent(instance: i18n, code: string) {
  if (!instance.hasResourceBundle(code, 'agent'))
    addAgentContent(instance, code, await loadAgentContent(code));
}

/** The checked configuration with the agent facts file's facts (flows/config/agentFacts.ts). */
export function withFacts(checked: ConfigResult, raw: unknown): ConfigResult {
  if (!checked.ok) return checked;
  const { config, problems } = withAgentFacts(checked.config, raw);
  if (problems.length)
    console.error('Sign-in Assistant: the agent facts file has problems', problems);
  return { ok: true, config };
}
