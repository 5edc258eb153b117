// The help desk's own facts (which identifiers unlock a reset by phone, internal extensions,
// escalation routes) in a file of their own, `<id>.agent.json` beside `<id>.json`, that only the
// agent view fetches. They used to be the public configuration's `agent` section, which every
// patient page downloads: a social engineer's script. That section still works, with a warning
// naming the move (configWarnings), until every health system has moved it.
import type { AgentFacts, OrgConfig } from './schema';
import { agent } from './sections/agent';
import { about } from './sections/fields';
import type { ConfigProblem } from './validate';
import { describeProblems } from './validate';
import type { ConfigWarning } from './warnings';
import { z } from './zod';

export const agentFactsSchema = z.strictObject({
  org: about(
    z.string().check(z.regex(/^[a-z][a-z0-9-]{1,40}$/, 'must be a lowercase id like "riverside"')),
    'the id of the configuration these facts belong to, e.g. "riverside"',
  ),
  ...agent.shape,
});

export type AgentFactsFile = z.infer<typeof agentFactsSchema>;

export type AgentFactsResult =
  | { ok: true; facts: AgentFacts }
  | { ok: false; problems: ConfigProblem[] };

/** Rules across the identity check's fields, for the file and for the old `agent` section alike. */
export function agentFactsProblems(facts: AgentFacts, prefix: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const check = facts.identityCheck;
  if (check.required > check.identifiers.length)
    problems.push({
      path: `${prefix}identityCheck.required`,
      message: `asks for ${check.required} identifiers but lists ${check.identifiers.length}`,
    });
  if (new Set(check.identifiers).size !== check.identifiers.length)
    problems.push({
      path: `${prefix}identityCheck.identifiers`,
      message: 'lists an identifier twice',
    });
  return problems;
}

/** Checks an agent facts file; `org` must be the id of the configuration it is used with. */
export function validateAgentFacts(raw: unknown, orgId?: string): AgentFactsResult {
  const parsed = agentFactsSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: describeProblems(parsed.error.issues) };
  const { org, ...facts } = parsed.data;
  const problems = agentFactsProblems(facts, '');
  if (orgId !== undefined && org !== orgId)
    problems.push({ path: 'org', message: `belongs to "${org}", not to "${orgId}"` });
  return problems.length ? { ok: false, problems } : { ok: true, facts };
}

/**
 * Identifiers an account-takeover caller can hold without being the person: on data-broker lists,
 * in public records, in a breach, or (the email) the very account being taken over.
 */
export const PUBLIC_RECORD = ['fullName', 'birthDate', 'homeAddress', 'phone', 'email'] as const;

/** Valid facts that still leave the help desk open to a caller who is not the person. */
export function agentFactsWarnings(facts: AgentFacts, prefix = ''): ConfigWarning[] {
  const warnings: ConfigWarning[] = [];
  const { identityCheck: check, staffMayReset: may } = facts;
  if (!facts.escalation.some((e) => e.route === 'tier2'))
    warnings.push({
      path: `${prefix}escalation`,
      message: 'no tier-2 route',
      suggestion:
        'Agents need somewhere to send a call they cannot finish. Add { "route": "tier2", "how": "…" }.',
    });
  const resets = [may.password && 'password', may.twoStep && 'two-step verification'].filter(
    (r): r is string => !!r,
  );
  if (!resets.length) return warnings;
  const allowed = resets.join(' and ');
  if (check.required < 3)
    warnings.push({
      path: `${prefix}identityCheck.required`,
      message: `staff may reset ${allowed} after checking only ${check.required} identifier${check.required === 1 ? '' : 's'}`,
      suggestion:
        'Require at least 3, including one a stranger cannot look up (medicalRecordNumber, lastVisit or photoId), or turn the resets off in staffMayReset.',
    });
  const findable = check.identifiers.filter((id) =>
    (PUBLIC_RECORD as readonly string[]).includes(id),
  );
  if (findable.length >= check.required)
    warnings.push({
      path: `${prefix}identityCheck.identifiers`,
      message:
        findable.length === check.identifiers.length
          ? `every identifier is one a stranger can find (${findable.join(', ')}), and staff may reset ${allowed}`
          : `${check.required} of the identifiers a stranger can find (${findable.join(', ')}) are enough for staff to reset ${allowed}`,
      suggestion:
        'Someone taking over an account often knows a name, birth date, address and phone. Ask for more than those can add up to, or list fewer of them, so at least one check (medicalRecordNumber, lastVisit, photoId) is something only the person knows.',
    });
  return warnings;
}

/**
 * What the agent view runs with: the agent file's facts when it is there and belongs to this
 * organization; otherwise the public configuration's old `agent` section, if any; otherwise none
 * (the agent view then tells staff to ask their team lead). `raw` null or undefined: no file.
 */
export function withAgentFacts(
  config: OrgConfig,
  raw: unknown,
): { config: OrgConfig; problems: ConfigProblem[] } {
  if (raw === null || raw === undefined) return { config, problems: [] };
  const checked = validateAgentFacts(raw, config.id);
  if (!checked.ok) return { config, problems: checked.problems };
  return { config: { ...config, agent: checked.facts }, problems: [] };
}
