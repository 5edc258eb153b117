// Suggests the intended domain for a misspelt email address.
//
// Library choice: @zootools/email-spell-checker is the maintained TypeScript fork of Kicksend's
// mailcheck (same sift3 fuzzy match, current domain lists, no dependencies, ~3 KB gzip). Compared
// with mailcheck (unmaintained since 2015, no types) and email-misspelled (suggests lists, not one
// fix), it gives one suggestion we can offer as a single click. A home-made list would have to
// track the same popular domains and second-level TLDs by hand.
//
// Two guards around it, because a wrong "fix" is worse than none for someone who is locked out:
// institutional domains (.gov, .edu, .mil) and a provider's real country domains (yahoo.com.mx,
// hotmail.co.uk: common among the Spanish-speaking patients US health systems serve) are never
// changed; and a provider's name with a cut-off ending ("hotmail.co", "comcast.com") gets the
// provider's real domain, which the library misses when the ending is itself a real TLD.
import emailSpellChecker from '@zootools/email-spell-checker';

/** Provider → its usual US domain. */
const PROVIDERS: Record<string, string> = {
  gmail: 'gmail.com',
  googlemail: 'googlemail.com',
  yahoo: 'yahoo.com',
  ymail: 'ymail.com',
  hotmail: 'hotmail.com',
  outlook: 'outlook.com',
  live: 'live.com',
  msn: 'msn.com',
  icloud: 'icloud.com',
  me: 'me.com',
  mac: 'mac.com',
  aol: 'aol.com',
  comcast: 'comcast.net',
  att: 'att.net',
  sbcglobal: 'sbcglobal.net',
  verizon: 'verizon.net',
  bellsouth: 'bellsouth.net',
  charter: 'charter.net',
  cox: 'cox.net',
  earthlink: 'earthlink.net',
  protonmail: 'protonmail.com',
  frontier: 'frontier.com',
  juno: 'juno.com',
};

const EXTRA_DOMAINS = [
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'mail.com',
  'gmx.com',
  'frontier.com',
  'juno.com',
  'netzero.net',
  'roadrunner.com',
  'centurylink.net',
  'windstream.net',
  'mac.com',
];
const DOMAINS = [...new Set([...emailSpellChecker.POPULAR_DOMAINS, ...EXTRA_DOMAINS])];

/** Endings that are real after a provider's name: `com.mx`, `co.uk`, `es`, `fr`, … */
const COUNTRY_ENDING =
  /^(com|co|net)\.[a-z]{2}$|^(es|mx|fr|de|it|ca|uk|ar|cl|pe|br|in|ph|vn|cn|jp|kr)$/;
const TYPO_ENDING = /^(co|cm|om|con|cmo|comm|vom|xom|ocm|cpm|cim|nte|ent|nt|ne|nett)$/;

export function suggestDomain(domain: string): string | null {
  const lower = domain.toLowerCase();
  if (/\.(gov|edu|mil)$/.test(lower)) return null;
  const [name, ...rest] = lower.split('.');
  const ending = rest.join('.');
  const provider = name ? PROVIDERS[name] : undefined;
  if (provider && lower === provider) return null;
  if (provider && COUNTRY_ENDING.test(ending) && !TYPO_ENDING.test(ending)) return null;
  if (provider && TYPO_ENDING.test(ending)) return provider;
  if (provider && ['com', 'net'].includes(ending)) return provider; // comcast.com → comcast.net
  const result = emailSpellChecker.run({ email: `x@${lower}`, domains: DOMAINS });
  if (!result || result.domain === lower) return null;
  // "prodigy.net.mx" is not a typo of "prodigy.net": never drop a country ending.
  if (lower.startsWith(`${result.domain}.`)) return null;
  return result.domain;
}
