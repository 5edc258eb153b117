// Turns raw JSON into a checked configuration, or into a list of problems a web team can act on.
// Messages here are for the people who write configurations, not for patients.
import { assistantMachine } from '../machine/assistantMachine';
import { agentFactsProblems } from './agentFacts';

import { choicesOf, formsOf, isList, isUnion, schemasAt } from './forms';
import { placeholdersFor, placeholdersIn } from './placeholders';
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
import { uiOverrideProblems } from './uiOverrides';

// For the page's loader (src/app/mount.tsx), which reaches the validator lazily.
export { hasUiOverrides, loadUiPlaceholders } from './uiPlaceholdersLoader';

export interface ConfigProblem {
  /** JSON path such as `channels[0].phone`. */
  path: string;
  message: string;
  /** What to write instead, when the message alone does not say (check.ts adds a default). */
  suggestion?: string;
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
  note?: string;
  discriminator?: string;
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
      // A value that is simply not a literal form ("Mon-Fri" for "24/7") matched no form at all.
      const notThisValue = (option: ZodIssueLike[]) =>
        option.length === 1 && option[0]?.code === 'invalid_value' && option[0].path.length === 0;
      const [only, ...others] = issue.errors.filter((option) => !wrongKind(option));
      if (only && others.length === 0 && !notThisValue(only)) return flattenUnions(only, path);
    }
    return [{ ...issue, path }];
  });
}

const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function describeIssue(issue: ZodIssueLike): Omit<ConfigProblem, 'path'> {
  const here = schemasAt(configSchema, issue.path);
  if (issue.code === 'invalid_union' && issue.discriminator) {
    // A form chosen by one key (lockout.unlock): name the values and what each form holds.
    const forms = schemasAt(configSchema, issue.path.slice(0, -1)).flatMap(formsOf);
    return {
      message: `must be one of ${quoted(issue.options ?? [])}`,
      suggestion: `Write one of these forms: ${forms.join('; ')}. See the configuration reference.`,
    };
  }
  if (issue.code === 'invalid_union' && here.length) {
    const forms = here.flatMap(formsOf);
    return {
      message: `must be ${forms.join(', or ')}`,
      suggestion: 'Write the value in one of the listed forms; see the configuration reference.',
    };
  }
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
    Array.isArray(issue.input) &&
    here.length > 0 &&
    !here.some(isList)
  ) {
    const choices = here.map(choicesOf);
    const allowed = choices.every(Boolean)
      ? `: ${quoted(choices.flatMap((c) => c!))}`
      : issue.expected
        ? `: ${article(issue.expected)}`
        : '';
    return {
      message: `must be one value, not a list${allowed}`,
      suggestion: 'Keep one value and remove the square brackets.',
    };
  }
  if (issue.code === 'invalid_type' && issue.input !== undefined && here.some(isUnion)) {
    const forms = here.flatMap(formsOf);
    return {
      message: `must be ${forms.join(', or ')}`,
      suggestion: 'Write the value in one of the listed forms; see the configuration reference.',
    };
  }
  return { message: describeMessage(issue) };
}

function describeMessage(issue: ZodIssueLike): string {
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

/** zod's issues as problems a web team can act on: a JSON path and a plain message each. */
export function describeProblems(issues: readonly unknown[]): ConfigProblem[] {
  return flattenUnions(issues as ZodIssueLike[]).map((issue) => ({
    path: formatPath(issue.path),
    ...describeIssue(issue),
  }));
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
    if (channel.hours && channel.hours !== '24/7') {
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
  if (config.agent) problems.push(...agentFactsProblems(config.agent, 'agent.'));
  if (recovery.assistedDays && recovery.assistedDays.min > recovery.assistedDays.max)
    problems.push({ path: 'recovery.assistedDays', message: 'min must not be larger than max' });
  for (const [locale, text] of Object.entries(config.text ?? {})) {
    if (text.ui) problems.push(...uiOverrideProblems(`text.${locale}.ui`, text.ui));
    for (const [step, override] of Object.entries(text.steps ?? {})) {
      if (!(step in assistantMachine.states)) {
        problems.push({
          path: `text.${locale}.steps.${step}`,
          message: `there is no step "${step}"`,
        });
        continue;
      }
      problems.push(...placeholderProblems(`text.${locale}.steps.${step}`, step, override));
    }
  }
  const hoursZone = config.channels.some((c) => c.hours && c.hours !== '24/7');
  config.notices?.forEach((notice, i) => {
    if (notice.end <= notice.start)
      problems.push({ path: `notices[${i}].end`, message: 'must be later than start' });
    if (!notice.timeZone && !hoursZone)
      problems.push({
        path: `notices[${i}].timeZone`,
        message: 'is needed: no channel publishes opening hours with a time zone to take it from',
      });
    if (config.notices!.findIndex((other) => other.id === notice.id) !== i)
      problems.push({ path: `notices[${i}].id`, message: `"${notice.id}" is used twice` });
  });
  problems.push(...labelLanguageProblems(config));
  if (new Set(config.verification.methods).size !== config.verification.methods.length)
    problems.push({ path: 'verification.methods', message: 'lists a method twice' });
  return problems;
}

/** Portal labels in a language the assistant does not offer at this organization. */
function labelLanguageProblems(config: OrgConfig): ConfigProblem[] {
  const offered: readonly string[] = config.languages;
  return Object.keys(config.portal.labels ?? {})
    .filter((code) => !offered.includes(code))
    .map((code) => ({
      path: `portal.labels.${code}`,
      message: `"${code}" is not in "languages" (${offered.join(', ')}): no one would see these labels`,
      suggestion: `Add "${code}" to "languages", or set labels only for ${offered.filter((c) => c !== 'en').join(', ') || 'a listed language other than English'}.`,
    }));
}

/** Placeholders in a step's override text that the step cannot fill (shown word for word). */
function placeholderProblems(path: string, step: string, override: object): ConfigProblem[] {
  const allowed = placeholdersFor(step);
  const fields = Object.entries(override).flatMap(([field, value]): [string, string][] =>
    typeof value === 'string'
      ? [[field, value]]
      : Object.entries(value as Record<string, string>).map(([k, v]) => [`${field}.${k}`, v]),
  );
  return fields.flatMap(([field, value]) => {
    const unknown = [...new Set(placeholdersIn(value).filter((name) => !allowed.includes(name)))];
    if (!unknown.length) return [];
    return [
      {
        path: `${path}.${field}`,
        message: `uses ${unknown.map((n) => `{{${n}}}`).join(', ')}, which step "${step}" cannot fill: patients would see it as written`,
        suggestion: `Use only placeholders this step can fill: ${allowed.map((n) => `{{${n}}}`).join(', ')}.`,
      },
    ];
  });
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

/** What the page loaders (src/app/configSource.ts) hand over when there is no file to check. */
function loadProblem(raw: unknown): string | null {
  return isRecord(raw) && Object.keys(raw).length === 1 && typeof raw.error === 'string'
    ? raw.error.slice(0, 300)
    : null;
}

function checkConfiguration(raw: unknown): ConfigResult {
  const notLoaded = loadProblem(raw);
  if (notLoaded !== null)
    return {
      ok: false,
      problems: [{ path: '(file)', message: `could not be loaded: ${notLoaded}` }],
      fallback: {},
    };
  const parsed = configSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const problems = describeProblems(parsed.error.issues);
    return { ok: false, problems, fallback: readFallbackContact(raw) };
  }
  const problems = crossFieldProblems(parsed.data);
  if (problems.length > 0) return { ok: false, problems, fallback: readFallbackContact(raw) };
  return { ok: true, config: parsed.data };
}
