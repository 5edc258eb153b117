// Email addresses go into mailto: links; the address part is encoded so that a "?" or "&" in a
// tampered address cannot start a query that adds recipients (bcc=…) or replaces the body.

/** "help@org.example" → "mailto:help@org.example", with subject and body encoded as a query. */
export function mailtoHref(
  address: string,
  fields: { subject?: string; body?: string } = {},
): string {
  // "@" stays as written: every mail program reads it, and it cannot start a query.
  const to = encodeURIComponent(address).replace(/%40/g, '@');
  const query = Object.entries(fields)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return query ? `mailto:${to}?${query}` : `mailto:${to}`;
}
