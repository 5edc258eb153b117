// The validator a web team runs on its configuration (`npm run validate-config`, the preview page):
// every problem with its path and a plain suggestion, the warnings of warnings.ts, and the content
// lint's rules over the configuration's own wording (textChecks.ts).
import { agentFactsWarnings, validateAgentFacts } from './agentFacts';
import { distance } from './distance';
import { migrateConfig } from './migrate';
import { configSchema } from './schema';
import { textFindings } from './textChecks';
import { type ConfigProblem, validateConfig } from './validate';
import { type ConfigWarning, configWarnings } from './warnings';
import { z } from './zod';

export type Finding = ConfigWarning;

export interface ConfigReport {
  ok: boolean;
  errors: Finding[];
  warnings: Finding[];
}

let knownKeys: Map<string, string[]> | null = null;

/** Every setting name the schema knows, with the paths it has, for "did you mean". */
function settingPaths(): Map<string, string[]> {
  if (knownKeys) return knownKeys;
  const names = new Map<string, string[]>();
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const { properties, items, additionalProperties, ...rest } = node as Record<string, unknown>;
    if (properties && typeof properties === 'object')
      for (const [key, value] of Object.entries(properties)) {
        const at = path ? `${path}.${key}` : key;
        names.set(key, [...(names.get(key) ?? []), at]);
        walk(value, at);
      }
    walk(items, `${path}[]`);
    walk(additionalProperties, `${path}.<key>`);
    for (const value of Object.values(rest))
      if (Array.isArray(value)) for (const each of value) walk(each, path);
  };
  walk(z.toJSONSchema(configSchema, { unrepresentable: 'any' }), '');
  knownKeys = names;
  return knownKeys;
}

export function closestSetting(name: string): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const known of settingPaths().keys()) {
    if (known === name) continue;
    const d = distance(name.toLowerCase(), known.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best;
}

function suggestionFor(problem: ConfigProblem): string {
  const { message, path } = problem;
  const unknown = /^unknown settings?: (.*)$/.exec(message);
  if (unknown) {
    const names = [...unknown[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    // A real setting in the wrong place: say where it goes rather than "did you mean" itself.
    const elsewhere = names.flatMap((n) => {
      const paths = settingPaths().get(n);
      return paths ? [`"${n}" belongs at ${paths.slice(0, 3).join(' or ')}`] : [];
    });
    if (elsewhere.length)
      return `Move or remove it (${elsewhere.join('; ')}): unknown settings are never ignored.`;
    const hints = names.flatMap((n) => {
      const close = closestSetting(n);
      return close ? [`"${n}" → "${close}"?`] : [];
    });
    return hints.length
      ? `Fix the spelling (${hints.join(', ')}) or remove it: unknown settings are never ignored.`
      : 'Remove it: unknown settings are never ignored, so a typo cannot pass for a working setting.';
  }
  if (message === 'is missing')
    return `Add "${path.split(/[.[]/).at(-1)}"; see the configuration reference.`;
  if (message.startsWith('must be one of'))
    return 'Use exactly one of the listed values (they are case-sensitive).';
  if (/E\.164/.test(message))
    return 'Write the number with + and the country code, no spaces: +16085550142.';
  if (/https/.test(message)) return 'Use the full address, starting with https://.';
  if (/used twice/.test(message)) return 'Give each one its own id.';
  if (/phone channel that handles "portalSupport"/.test(message))
    return 'Add a phone line with "handles": ["portalSupport"]; every screen offers someone to call.';
  if (/no channel handles/.test(message))
    return 'Add that need to the "handles" of a channel, or pick another need.';
  if (/must be lower than|must not be larger/.test(message))
    return 'Swap or correct the two numbers.';
  if (/there is no step/.test(message))
    return 'Use a step key from content/en/steps/ (file names without .md).';
  return 'Check this value against the configuration reference.';
}

export function checkConfig(raw: unknown): ConfigReport {
  const result = validateConfig(raw);
  if (!result.ok) {
    // A file written for an earlier schema: name the change --fix would make.
    const migrations = migrateConfig(raw).changes;
    const migrated = (path: string) =>
      migrations.filter((m) => path === m.path || path.startsWith(`${m.path}[`));
    return {
      ok: false,
      errors: result.problems.map((p) => {
        const changes = migrated(p.path);
        return {
          ...p,
          suggestion: changes.length
            ? `Changed in this version: ${changes.map((c) => c.message).join('; ')}. Run npm run validate-config -- --fix <file> to rewrite it.`
            : (p.suggestion ?? suggestionFor(p)),
        };
      }),
      warnings: [],
    };
  }
  // The configuration's own wording, held to the content lint's rules.
  const text = textFindings(result.config);
  return {
    ok: text.errors.length === 0,
    errors: text.errors,
    warnings: [...configWarnings(result.config), ...text.warnings],
  };
}

/** The validator for an agent facts file (`<id>.agent.json`); `orgId` when its configuration is known. */
export function checkAgentFacts(raw: unknown, orgId?: string): ConfigReport {
  const result = validateAgentFacts(raw, orgId);
  if (!result.ok)
    return {
      ok: false,
      errors: result.problems.map((p) => ({ ...p, suggestion: suggestionFor(p) })),
      warnings: [],
    };
  return { ok: true, errors: [], warnings: agentFactsWarnings(result.facts) };
}
