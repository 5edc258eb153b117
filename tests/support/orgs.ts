import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withAgentFacts } from '../../flows/config/agentFacts';
import type { OrgConfig } from '../../flows/config/schema';

const root = resolve(import.meta.dirname, '../..');

export function rawOrg(id: string): unknown {
  const file = id.startsWith('test-') ? `tests/fixtures/${id}.json` : `public/orgs/${id}.json`;
  return JSON.parse(readFileSync(resolve(root, file), 'utf8'));
}

export const org = (id: string) => rawOrg(id) as OrgConfig;

/** A demo's agent facts file (public/orgs/<id>.agent.json), or null when it has none. */
export function rawAgentFacts(id: string): unknown {
  const file = resolve(root, `public/orgs/${id}.agent.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** What the agent view runs with: the configuration and its agent facts file. */
export function agentOrg(id: string): OrgConfig {
  return withAgentFacts(org(id), rawAgentFacts(id)).config;
}

export const DEMO_ORGS = ['riverside', 'lakeside'] as const;

/**
 * Configurations the model walk runs with: the demos, a fixture that turns on what the demos leave
 * off, a UK-style and a Canadian one, one that leaves out every fact that may be unpublished, and three with a single method (so "no other method, call" is reached too).
 */
export function walkConfigs(): [string, OrgConfig][] {
  const only = (method: string) =>
    withChanges('test-variants', (c) => {
      c.verification.methods = [method];
    }) as OrgConfig;
  const noCodes = withChanges('test-unpublished', (c) => {
    c.activation = {
      codes: false,
      onlineSignup: { url: 'https://portal.testvariants.example/signup' },
    };
  });
  return [
    ['riverside', org('riverside')],
    ['lakeside', org('lakeside')],
    ['test-variants', org('test-variants')],
    // Outside the US: a UK-style organization (+44, day-first dates) and a Canadian one.
    ['test-uk', org('test-uk')],
    ['test-canada', org('test-canada')],
    // Every fact an organization may leave unpublished, left out (tests/unit/policy.test.ts).
    ['test-unpublished', org('test-unpublished')],
    ['no activation codes', noCodes as OrgConfig],
    ['text only', only('text')],
    ['app notification only', only('appNotification')],
    // A security key and nothing else: no code is ever sent, and there is no other way.
    ['security key only', only('securityKey')],
  ];
}

/** A copy of a configuration with some parts replaced, for tests of one setting. */
export function withChanges(id: string, change: (config: Record<string, any>) => void): unknown {
  const copy = structuredClone(rawOrg(id)) as Record<string, any>;
  change(copy);
  return copy;
}
