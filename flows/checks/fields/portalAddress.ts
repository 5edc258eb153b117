// Compares an address the person typed or pasted with the organization's official portal
// addresses. Look-alike sites that collect portal passwords are a known phishing pattern.
import { clean, editDistance, MAX_INPUT } from '../text';

export type AddressFinding =
  | { kind: 'empty' }
  | { kind: 'notAnAddress' }
  | { kind: 'official'; official: string }
  | { kind: 'insecure'; official: string }
  | { kind: 'lookalike'; official: string; reason: LookalikeReason }
  | { kind: 'otherPortal'; official: string }
  | { kind: 'unofficial'; official: string }
  | { kind: 'mainWebsite'; official: string };

export type LookalikeReason = 'extraWords' | 'misspelt' | 'specialCharacters';

function hostOf(value: string): { host: string; protocol: string } | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    if (!url.hostname.includes('.')) return null;
    // "mychart.example.org." (a trailing dot ends a sentence, or is DNS's root) is the same host.
    const host = url.hostname
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\./, '');
    return { host, protocol: url.protocol };
  } catch {
    return null;
  }
}

/** The name part people recognise: "mychart.riversidehealth.org" → "riversidehealth". */
function brand(host: string): string {
  const labels = host.split('.');
  return labels.length >= 2 ? labels[labels.length - 2]! : host;
}

const squash = (s: string) => s.replace(/[^a-z0-9]/g, '');

/** Within two edits; strings whose lengths differ by more cannot be, so skip the work. */
const nearlySame = (a: string, b: string) =>
  Math.abs(a.length - b.length) <= 2 && editDistance(a, b) <= 2;

export function checkPortalAddress(raw: string, officialUrls: readonly string[]): AddressFinding {
  const official = officialUrls[0] ?? '';
  if (raw.length > MAX_INPUT) return { kind: 'notAnAddress' };
  // Ideographic and full-width full stops (a Chinese or Japanese keyboard's 。) are dots.
  const value = clean(raw).value.replace(/[\u3002\uff0e\uff61]/g, '.');
  if (!value) return { kind: 'empty' };
  // Letters from other alphabets that look Latin ("rіverside" with a Cyrillic і), and punycode
  // (xn--), how such letters travel in an address. Checked before parsing, which rejects some
  // forged ones outright and turns the rest into punycode.
  const typedHost = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0]!;
  if (
    /[^\p{ASCII}]/u.test(typedHost) ||
    typedHost
      .toLowerCase()
      .split('.')
      .some((label) => label.startsWith('xn--'))
  )
    return { kind: 'lookalike', official, reason: 'specialCharacters' };
  const typed = hostOf(value);
  if (!typed) return { kind: 'notAnAddress' };
  for (const url of officialUrls) {
    const known = hostOf(url);
    if (known && typed.host === known.host)
      return typed.protocol === 'https:'
        ? { kind: 'official', official: url }
        : { kind: 'insecure', official: url };
  }
  for (const url of officialUrls) {
    // The organization's own website, of which the portal is a part (riversidehealth.example for
    // mychart.riversidehealth.example): theirs, not a look-alike, but not where to sign in. Only a
    // parent of the portal's own host counts: whoever runs it runs the portal's address too.
    const known = hostOf(url);
    if (known?.host.endsWith(`.${typed.host}`)) return { kind: 'mainWebsite', official: url };
  }
  for (const url of officialUrls) {
    const known = hostOf(url);
    if (!known) continue;
    const name = squash(brand(known.host));
    const typedWhole = squash(typed.host);
    // A letter off is "misspelt", even when the name is still inside (riversidehealthh).
    if (nearlySame(typed.host, known.host) || nearlySame(squash(brand(typed.host)), name))
      return { kind: 'lookalike', official: url, reason: 'misspelt' };
    if (name.length >= 4 && typedWhole.includes(name))
      return { kind: 'lookalike', official: url, reason: 'extraWords' };
    // "riverside-health-portal-login.com": the organization's words split up with extra ones.
    const words = brand(known.host).match(/[a-z]{4,}/g) ?? [];
    if (words.length > 0 && words.every((w) => typedWhole.includes(w)))
      return { kind: 'lookalike', official: url, reason: 'extraWords' };
  }
  // Epic portals usually live at mychart.<organization>: this is someone else's portal.
  if (/my-?chart/.test(typed.host)) return { kind: 'otherPortal', official };
  return { kind: 'unofficial', official };
}
