// Settings that are valid but probably not what the health system meant. The assistant runs with
// them; the validator (`npm run validate-config`) and the preview page point them out.
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
    config.activation.onlineSignup?.url,
    config.proxy.forms.url,
    ...config.channels.map((c) => c.url),
  ];
  const hosts = urls.flatMap((u) => (u ? [hostOf(u)] : [])).filter((h): h is string => !!h);
  const mail = config.channels.flatMap((c) => (c.email ? [c.email.split('@')[1]!] : []));
  return [...hosts, ...mail];
}

export function configWarnings(config: OrgConfig): ConfigWarning[] {
  const warnings: ConfigWarning[] = [];
  const { channels } = config;

  const opensOnWeekend = channels.some(
    (c) =>
      c.hours === '24/7' || c.hours.weekly.some((s) => s.days.some((d) => WEEKEND.includes(d))),
  );
  if (!opensOnWeekend)
    warnings.push({
      path: 'channels',
      message: 'no channel is open on Saturday or Sunday',
      suggestion:
        'People locked out at the weekend will only see closed lines. Add weekend hours, or a written channel (email or web form) they can use any time.',
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
      (other, j) => j !== i && other.phone === channel.phone && other.hours !== '24/7',
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
  if (!config.agent)
    warnings.push({
      path: 'agent',
      message: 'no facts for help-desk agents',
      suggestion:
        'The agent view will tell staff to ask a team lead whether they may reset a password, how to confirm a caller and where to escalate. Add "agent" so it can say.',
    });
  else if (!config.agent.escalation.some((e) => e.route === 'tier2'))
    warnings.push({
      path: 'agent.escalation',
      message: 'no tier-2 route',
      suggestion:
        'Agents need somewhere to send a call they cannot finish. Add { "route": "tier2", "how": "…" }.',
    });
  return warnings;
}
