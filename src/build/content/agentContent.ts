// The help-desk agent's wording (content/<locale>/agent.yaml), English filling what a locale lacks.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fill, isTree, type Tree } from './fill.ts';

/** Help-desk agent wording (content/<locale>/agent.yaml): chrome strings, facts and per-step text. */
export interface AgentContent {
  ui: Record<string, unknown>;
  facts: Record<string, unknown>;
  identifiers: Record<string, string>;
  routes: Record<string, string>;
  flows: Record<string, string>;
  steps: Record<string, AgentStepText>;
  missing?: string[];
}

export interface AgentStepText {
  ask?: string;
  tell?: string;
  check?: string;
  never?: string;
}

const AGENT_SECTIONS = ['ui', 'facts', 'identifiers', 'routes', 'flows', 'steps'] as const;

/** Exactly what a locale's agent.yaml holds (empty sections when it has none). */
export function readAgent(contentDir: string, locale: string): AgentContent {
  const file = join(contentDir, locale, 'agent.yaml');
  const raw = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? {}) as Tree) : {};
  const out = {} as Record<string, unknown>;
  for (const section of AGENT_SECTIONS) out[section] = isTree(raw[section]) ? raw[section] : {};
  return out as unknown as AgentContent;
}

/**
 * The agent wording for a locale, with English filling what it lacks (listed in `missing`). A
 * step's agent text is filled as a whole, so Spanish never mixes an English "ask" with its "tell".
 */
export function agentContent(contentDir: string, locale: string): AgentContent {
  const en = readAgent(contentDir, 'en');
  if (locale === 'en') return { ...en, missing: [] };
  const own = readAgent(contentDir, locale);
  const missing: string[] = [];
  const out = {} as Record<string, unknown>;
  for (const section of AGENT_SECTIONS) {
    if (section === 'steps') {
      const steps: Record<string, AgentStepText> = { ...own.steps };
      for (const [key, text] of Object.entries(en.steps))
        if (!own.steps[key]) {
          steps[key] = text;
          missing.push(`agent.steps.${key}`);
        }
      out.steps = steps;
    } else
      out[section] = fill(own[section] as Tree, en[section] as Tree, `agent.${section}`, missing);
  }
  return { ...(out as unknown as AgentContent), missing };
}
