// The value types settings share: text, links, phone numbers, email addresses, origins, counts.
import { z } from '../zod';

export const text = (max = 200) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * A setting's description for the JSON Schema and the configuration reference page, both
 * generated from this file (`npm run config-docs`), so it is written once, here.
 */
export function about<T extends z.ZodMiniType>(schema: T, description: string): T {
  (schema as z.ZodMiniType).register(z.globalRegistry, { description });
  return schema;
}

/** https only: a portal, form or policy link sent over http could be tampered with. */
export const httpsUrl = z.string().check(
  z.maxLength(2000),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'must be a full https:// address'),
);

/** E.164 keeps numbers unambiguous; the UI formats them for display and for tel: links. */
export const phone = z
  .string()
  .check(z.regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 phone number such as +16085550142'));

/**
 * A plain local@domain.tld: letters, digits and `. _ + -` before the @, host-name labels after it.
 * Nothing that means something in a link (`? & = % / #`), so an address that goes into a mailto:
 * link cannot add a bcc or a body, even before the link encodes it.
 */
export const email = z
  .string()
  .check(
    z.maxLength(254),
    z.regex(
      /^[a-z0-9_+-]+(\.[a-z0-9_+-]+)*@([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i,
      'must be an email address',
    ),
  );

/**
 * A page allowed to embed the assistant in a frame and receive its messages: an exact origin
 * (scheme, host, port), https only, except a local address for development.
 */
export const origin = z
  .string()
  .check(
    z.regex(
      /^(https:\/\/[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|http:\/\/(localhost|127\.0\.0\.1))(:\d{1,5})?$/,
      'must be an origin like "https://www.example.org" (scheme and host, no path or slash)',
    ),
  );

export const days = z.number().check(z.int(), z.gte(1), z.lte(3650));
export const age = z.number().check(z.int(), z.gte(1), z.lte(25));
