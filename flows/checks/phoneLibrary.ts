// Phone numbers outside North America are read and written with libphonenumber-js (minimal
// metadata), a kept library rather than our own rules for every country. It is large (about 40 KB
// gzip), so it is loaded only for an organization outside the US and Canada or with a number from
// elsewhere (src/app/mount.tsx, through ./phoneLoader.ts); the US and Canadian forms stay
// hand-written and always there. This holder is all the first screen carries.

export interface ParsedPhone {
  /** The right number of digits for the country (a real number may still be unassigned). */
  possible: boolean;
  e164: string;
}

export interface PhoneLibrary {
  parse(text: string, country: string): ParsedPhone | null;
  /** "+442079460101" → "+44 20 7946 0101". */
  international(e164: string): string;
  /** A mobile number of the country as its people write it: "07400 123456"; null if unknown. */
  example(country: string): string | null;
}

let current: PhoneLibrary | null = null;

export const phoneLibrary = () => current;

/** Whether a configuration needs the library: a country outside North America, or a number from one. */
export function needsPhoneLibrary(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const { country } = raw as { country?: unknown };
  if (typeof country === 'string' && country !== 'US' && country !== 'CA') return true;
  return /"\+(?!1)\d/.test(JSON.stringify(raw));
}

export const setPhoneLibrary = (library: PhoneLibrary) => {
  current = library;
};
