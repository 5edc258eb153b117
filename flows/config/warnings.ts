// Settings that are valid but probably not what the health system meant. The assistant runs with
// them; the validator (`npm run validate-config`) and the preview page point them out.
import { agentFactsWarnings } from './agentFacts';
import { policyWarnings } from './policy';
import type { OrgConfig } from './schema';

export interface ConfigWarning {
  path: string;
  message: string;
  suggestion: string;
}

const WEEKEND = ['sat', 'sun'];

/** The part of a host name an organization registers: "mychart.riverside.example" → "riverside.example". */
export function siteOf(hostname: string): string {
  const parts = hostname.toLowerCase().split('.');
  // Two-part public suffixes such as co.uk or org.au keep one more label.
  const keep = parts.length > 2 && /^(co|com|org|net|gov|ac|edu)$/.test(parts.at(-2)!) ? 3 : 2;
  return parts.slice(-keep).join('.');
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** Every address of the organization other than the portal's, as host names. */
function otherHosts(config: OrgConfig): string[] {
  const urls = [
    config.helpUrl,
    config.accessibilityUrl,
    config.privacyUrl,
    config.proxyPolicyUrl,
    config.recoveryPolicyUrl,
    config.activation.onlineSignup?.url,
    config.proxy.forms.url,
    ...config.channels.map((c) => c.url),
  ];
  const hosts = urls.flatMap((u) => (u ? [hostOf(u)] : [])).filter((h): h is string => !!h);
  const mail = config.channels.flatMap((c) => (c.email ? [c.email.split('@')[1]!] : []));
  return [...hosts, ...mail];
}

/** The sites (registered domains) the organization's own settings name: its portal and the rest. */
export function organizationSites(config: OrgConfig): Set<string> {
  const portal = config.portal.urls.flatMap((u) => {
    const host = hostOf(u);
    return host ? [host] : [];
  });
  return new Set([...portal, ...otherHosts(config)].map(siteOf));
}

export function configWarnings(config: OrgConfig): ConfigWarning[] {
  const warnings: ConfigWarning[] = [];
  const { channels } = config;

  // Only the channels for portal help count: a 24/7 records form does not help someone locked out.
  const portal = channels.filter((c) => c.handles.includes('portalSupport'));
  const opensOnWeekend = portal.some(
    (c) =>
      c.hours === '24/7' || c.hours?.weekly.some((s) => s.days.some((d) => WEEKEND.includes(d))),
  );
  // A line whose hours are not published may well be open at the weekend: no claim either way.
  const unpublished = portal.some((c) => c.hours === undefined);
  if (portal.length && portal.every((c) => c.hours === undefined))
    warnings.push({
      path: 'channels',
      message: 'no channel for portal help (portalSupport) publishes its hours',
      suggestion:
        'People are told to call to check whether anyone is there. If the organization publishes the hours of any portalSupport channel, add them.',
    });
  else if (!opensOnWeekend && !unpublished)
    warnings.push({
      path: 'channels',
      message: 'no channel for portal help (portalSupport) is open on Saturday or Sunday',
      suggestion:
        'People locked out at the weekend will only see closed lines. Add weekend hours to a portalSupport channel, or a written one (email or web form) for portalSupport they can use any time.',
    });

  channels.forEach((channel, i) => {
    if (channel.handles.length === 0)
      warnings.push({
        path: `channels[${i}].handles`,
        message: `"${channel.id}" handles nothing, so it is never shown`,
        suggestion:
          'List what it helps with (portalSupport, medicalRecords, patientServices), or remove it.',
      });
    if (channel.hours !== '24/7' || !channel.phone) return;
    const same = channels.findIndex(
      (other, j) =>
        j !== i && other.phone === channel.phone && other.hours && other.hours !== '24/7',
    );
    if (same >= 0)
      warnings.push({
        path: `channels[${i}].hours`,
        message: `the line ${channel.phone} is "24/7" here but has opening hours in channels[${same}]`,
        suggestion:
          'Give the same number the same hours everywhere, so people are not told it is open when it is not.',
      });
  });

  const { teenFrom, adultAt } = config.proxy;
  if (
    teenFrom !== undefined &&
    adultAt !== undefined &&
    (adultAt - teenFrom < 2 || teenFrom < 10 || adultAt > 21)
  )
    warnings.push({
      path: 'proxy',
      message: `unusual proxy age bands: child under ${teenFrom}, teen ${teenFrom}–${adultAt - 1}, adult from ${adultAt}`,
      suggestion:
        'Check these against your proxy access policy: most US portals treat 12 or 13 to 17 as teens and 18 as adult.',
    });

  const others = new Set(otherHosts(config).map(siteOf));
  config.portal.urls.forEach((url, i) => {
    const host = hostOf(url);
    if (!host || others.size === 0 || others.has(siteOf(host))) return;
    warnings.push({
      path: `portal.urls[${i}]`,
      message: `${host} is not on the same site as the organization's other addresses (${[...others].join(', ')})`,
      suggestion:
        'Check the spelling: patients are told this is the only real sign-in page, so a typo here points them somewhere else.',
    });
  });
  warnings.push(...policyWarnings(config));
  warnings.push(...languageWarnings(config));
  // The old place for the help desk's facts: every patient page downloads this file.
  if (config.agent)
    warnings.push(
      {
        path: 'agent',
        message:
          'this patient-facing configuration holds the help desk’s facts (identity check, staff powers, internal extensions), and every patient page downloads it',
        suggestion: `Move the "agent" section into its own file, ${config.id}.agent.json beside this one, as { "org": "${config.id}", …the same settings }, and serve it only to staff (README "The agent view belongs behind staff sign-in"). The agent view reads that file first; this section keeps working until then.`,
      },
      ...agentFactsWarnings(config.agent, 'agent.'),
    );
  return warnings;
}

/** Every string path of an override tree: `steps.lockedWait.body`, `ui.nav.back`. */
function leafPaths(tree: unknown, prefix: string): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => leafPaths(value, `${prefix}.${key}`));
}

/** Own wording in one listed language and not in another, or in a language never offered. */
function languageWarnings(config: OrgConfig): ConfigWarning[] {
  const warnings: ConfigWarning[] = [];
  const text = config.text ?? {};
  const listed = config.languages;
  for (const locale of Object.keys(text))
    if (!(listed as readonly string[]).includes(locale))
      warnings.push({
        path: `text.${locale}`,
        message: `"${locale}" is not in "languages", so this text is never shown`,
        suggestion: `Add "${locale}" to "languages" if the assistant has it, or remove this text.`,
      });
  const paths = new Map<string, string[]>();
  for (const locale of listed)
    for (const path of leafPaths(text[locale] ?? {}, '').map((p) => p.slice(1)))
      paths.set(path, [...(paths.get(path) ?? []), locale]);
  for (const [path, locales] of paths)
    for (const locale of listed)
      if (!locales.includes(locale))
        warnings.push({
          path: `text.${locale}.${path}`,
          message: `your own text is in ${locales.map((l) => `"${l}"`).join(', ')} but not in "${locale}"`,
          suggestion: `Add text.${locale}.${path} too, or people reading "${locale}" see the assistant's own wording instead of yours.`,
        });
  return warnings;
}
