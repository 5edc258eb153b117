// Suggests the intended domain for a misspelt email address, or nothing: a wrong "did you mean"
// costs a locked-out person another failed try, so every rule here prefers silence to a guess.
//
// Library choice: tlds 1.261.0 (pinned exactly), IANA's list of the endings that exist (the root
// zone). It answers the one question a hand list kept getting wrong: is this ending real? `.zip`,
// `.design`, `.ai`, `.app`, `.co` and every new TLD are, so they are never "corrected" (the fuzzy
// matcher used before, @zootools/email-spell-checker, turned company.zip into company.za and
// gmil.con into mail.co). Pinned because a new list version changes which endings count as real;
// that should arrive as a reviewed change, with the corpus test (tests/unit/emailCorpus.test.ts)
// run against it.
// Not the Public Suffix List (tldts, used here until 2026-12-04): every suggestion below is for a
// name and an ending only (gmial.com), and anything longer (mail.uwm.edu, x.co.uk) is left alone
// whatever its suffix, so the list's multi-label rules never changed an answer; its 47 KB gzip did
// slow every person's sign-in-name step on a slow phone. The IANA list is 5.5 KB gzip.
//
// Loaded only when an email can be typed (src/steps/InputStep.tsx), never with the first question.
import TLDS from 'tlds';
import { editDistance } from '../text';

/** The common providers' domains: a name within one typo of one of these is offered it. */
const PROVIDERS = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'ymail.com',
  'rocketmail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'aim.com',
  'comcast.net',
  'att.net',
  'sbcglobal.net',
  'verizon.net',
  'bellsouth.net',
  'charter.net',
  'cox.net',
  'earthlink.net',
  'protonmail.com',
  'frontier.com',
  'juno.com',
  'netzero.net',
  'roadrunner.com',
  'centurylink.net',
  'windstream.net',
  'optonline.net',
  'mail.com',
  'gmx.com',
  'zoho.com',
  'fastmail.com',
];

/** Endings a typo'd ending is most likely meant to be, most common first (ties go to the first). */
const ENDINGS = ['com', 'net', 'org', 'edu', 'gov', 'us', 'info', 'biz', 'mx', 'ca', 'uk', 'es'];

const LABELS = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** Every ending that exists, in ASCII. IANA lists the internationalized ones in Unicode only. */
const REAL_ENDINGS: ReadonlySet<string> = new Set(TLDS);

/**
 * How many edits a typed name is from a provider's name, or null when too far to be its typo.
 * Names of 5 letters or more: up to two edits, the second only when the first letter is right
 * ("gamli", "gmila" for gmail). Shorter names (aol, att, cox, msn, live) are one edit from too
 * many real words, so only a doubled letter counts ("aoll"). Dropping the first letter never
 * counts: "mail" is not a typo of "gmail" but another provider, as "cloud" is another company.
 */
function typoDistance(typed: string, name: string): number | null {
  if (typed === name) return 0;
  if (typed === name.slice(1)) return null;
  if (name.length < 5) {
    const doubled = [...typed].some(
      (c, i) => i > 0 && c === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === name,
    );
    return doubled ? 1 : null;
  }
  const d = editDistance(typed, name);
  if (d === 1) return 1;
  return d === 2 && typed[0] === name[0] && typed.length >= 4 ? 2 : null;
}

/** The provider a typed name (one label) is meant to be, when one is closer than all others. */
function providerFor(typed: string, ending?: string): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const domain of PROVIDERS) {
    // Every provider here is one name and one ending (gmail.com).
    const [name, suffix] = domain.split('.');
    if (ending !== undefined && suffix !== ending) continue;
    const d = typoDistance(typed, name!);
    if (d === null || d > bestDistance) continue;
    tie = d === bestDistance;
    if (d < bestDistance) [best, bestDistance] = [domain, d];
  }
  return tie ? null : best;
}

/** The ending a typo'd one is meant to be: within one edit of exactly one common ending. */
function endingFor(typed: string): string | null {
  const close = ENDINGS.filter((e) => editDistance(typed, e) === 1);
  return close[0] ?? null;
}

export function suggestDomain(domain: string): string | null {
  const lower = domain.toLowerCase();
  const labels = lower.split('.');
  // Malformed or not plain ASCII: nothing to suggest (and nothing to throw on).
  if (labels.length < 2 || lower.length > 253 || !labels.every((l) => LABELS.test(l))) return null;
  const ending = labels.at(-1)!;
  // An internationalized ending typed in its ASCII form (xn--p1ai): the list cannot say whether
  // it is real, so nothing is suggested.
  if (ending.startsWith('xn--')) return null;
  if (REAL_ENDINGS.has(ending)) {
    // The ending is real, so it stays; at most the provider's own name is fixed, and only when
    // the ending is that provider's (gmial.com, hotmial.com): gmil.ai and gmail.co stay as typed.
    // Anything longer (mail.uwm.edu, x.co.uk) is an organization's own mail, never a provider.
    if (labels.length > 2) return null;
    const provider = providerFor(labels[0]!, ending);
    return provider && provider !== lower ? provider : null;
  }
  // The ending is not a real one (con, cmo, nte): fix it, and a typo'd provider with it
  // (gmil.con → gmail.com: the provider's name decides, since each provider has one ending).
  // Every ending in ENDINGS is a real one, so the fixed address needs no second look-up.
  const provider = labels.length === 2 ? providerFor(labels[0]!) : null;
  if (provider) return provider;
  const fixed = endingFor(ending);
  return fixed ? `${labels.slice(0, -1).join('.')}.${fixed}` : null;
}
