// Turns raw JSON into a checked configuration, or into a list of problems a web team can act on.
// Messages here are for the people who write configurations, not for patients.
import { assistantMachine } from '../machine/assistantMachine';
import { policyProblems } from './policy';
import {
  type Channel,
  configSchema,
  email,
  httpsUrl,
  type Need,
  type OrgConfig,
  phone,
} from './schema';

export interface ConfigProblem {
  /** JSON path such as `channels[0].phone`. */
  path: string;
  message: string;
}

/** Whatever contact details could still be read from a broken configuration. */
export interface FallbackContact {
  name?: string;
  phone?: string;
  email?: string;
  url?: string;
}

export type ConfigResult =
  | { ok: true; config: OrgConfig }
  | { ok: false; problems: ConfigProblem[]; fallback: FallbackContact };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  values?: unknown[];
  options?: unknown[];
  input?: unknown;
  errors?: ZodIssueLike[][];
}

/**
 * A value that may be a string or nested keys (a UI override) fails as "does not match any allowed
 * form" at its top; when only one form was of the right kind, its own problems, deeper down, say
 * far more (`text.en.ui.nav.back.a: nests deeper than 6 levels`), so those are reported instead.
 */
function flattenUnions(
  issues: readonly ZodIssueLike[],
  prefix: PropertyKey[] = [],
): ZodIssueLike[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors) {
      const wrongKind = (option: ZodIssueLike[]) =>
        option.length === 1 && option[0]?.code === 'invalid_type' && option[0].path.length === 0;
      const [only, ...others] = issue.errors.filter((option) => !wrongKind(option));
      if (only && others.length === 0) return flattenUnions(only, path);
    }
    return [{ ...issue, path }];
  });
}

function describeIssue(issue: ZodIssueLike): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown setting${issue.keys?.length === 1 ? '' : 's'}: ${issue.keys?.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return issue.expected ? `must be ${article(issue.expected)}` : 'has the wrong type';
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `has more than ${issue.maximum} items`
        : issue.origin === 'string'
          ? `is longer than ${issue.maximum} characters`
          : `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return 'is not valid';
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Rules that span several fields, which the schema alone cannot express. */
function crossFieldProblems(config: OrgConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  const required: Record<Channel['kind'], keyof Channel> = {
    phone: 'phone',
    email: 'email',
    webForm: 'url',
    inPerson: 'address',
  };
  config.channels.forEach((channel, i) => {
    if (seen.has(channel.id))
      problems.push({ path: `channels[${i}].id`, message: `"${channel.id}" is used twice` });
    seen.add(channel.id);
    const field = required[channel.kind];
    if (!channel[field])
      problems.push({
        path: `channels[${i}].${field}`,
        message: `a ${channel.kind} channel needs "${field}"`,
      });
    if (channel.hours !== '24/7') {
      channel.hours.weekly.forEach((slot, j) => {
        if (slot.open === slot.close)
          problems.push({
            path: `channels[${i}].hours.weekly[${j}]`,
            message: 'opens and closes at the same time',
          });
      });
    }
  });
  const handled = (need: Need) => config.channels.some((c) => c.handles.includes(need));
  if (!config.channels.some((c) => c.kind === 'phone' && c.handles.includes('portalSupport')))
    problems.push({
      path: 'channels',
      message:
        'needs a phone channel that handles "portalSupport": every screen offers a person to call',
    });
  if (!handled(config.recovery.identityMismatch))
    problems.push({
      path: 'recovery.identityMismatch',
      message: `no channel handles "${config.recovery.identityMismatch}"`,
    });
  const { recovery } = config;
  problems.push(...policyProblems(config));
  const check = config.agent?.identityCheck;
  if (check && check.required > check.identifiers.length)
    problems.push({
      path: 'agent.identityCheck.required',
      message: `asks for ${check.required} identifiers but lists ${check.identifiers.length}`,
    });
  if (check && new Set(check.identifiers).size !== check.identifiers.length)
    problems.push({
      path: 'agent.identityCheck.identifiers',
      message: 'lists an identifier twice',
    });
  if (recovery.assistedDays && recovery.assistedDays.min > recovery.assistedDays.max)
    problems.push({ path: 'recovery.assistedDays', message: 'min must not be larger than max' });
  for (const [locale, text] of Object.entries(config.text ?? {}))
    for (const step of Object.keys(text.steps ?? {}))
      if (!(step in assistantMachine.states))
        problems.push({
          path: `text.${locale}.steps.${step}`,
          message: `there is no step "${step}"`,
        });
  if (new Set(config.verification.methods).size !== config.verification.methods.length)
    problems.push({ path: 'verification.methods', message: 'lists a method twice' });
  return problems;
}

/** Reads what it can from a configuration that failed, so the person still sees a human to contact. */
export function readFallbackContact(raw: unknown): FallbackContact {
  const fallback: FallbackContact = {};
  if (!isRecord(raw)) return fallback;
  if (typeof raw.name === 'string' && raw.name.length <= 120) fallback.name = raw.name;
  const channels = Array.isArray(raw.channels) ? raw.channels : [];
  for (const channel of channels) {
    if (!isRecord(channel)) continue;
    const number = phone.safeParse(channel.phone);
    if (!fallback.phone && number.success) fallback.phone = number.data;
    const address = email.safeParse(channel.email);
    if (!fallback.email && address.success) fallback.email = address.data;
  }
  const help = httpsUrl.safeParse(raw.helpUrl);
  if (help.success) fallback.url = help.data;
  return fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Never throws: whatever goes wrong while a configuration is checked (a value that cannot be read,
 * a bug in a rule) becomes a described problem, so the page shows the contact it could read.
 */
export function validateConfig(raw: unknown): ConfigResult {
  try {
    return checkConfiguration(raw);
  } catch (error) {
    let fallback: FallbackContact = {};
    try {
      fallback = readFallbackContact(raw);
    } catch {
      // Nothing readable: the page shows its generic contact text.
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '(top level)', message: `could not be checked: ${reason.slice(0, 200)}` }],
      fallback,
    };
  }
}

function checkConfiguration(raw: unknown): ConfigResult {
  const parsed = configSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const issues = flattenUnions(parsed.error.issues as unknown as ZodIssueLike[]);
    const problems = issues.map((issue) => ({
      path: formatPath(issue.path),
      message: describeIssue(issue),
    }));
    return { ok: false, problems, fallback: readFallbackContact(raw) };
  }
  const problems = crossFieldProblems(parsed.data);
  if (problems.length > 0) return { ok: false, problems, fallback: readFallbackContact(raw) };
  return { ok: true, config: parsed.data };
}
