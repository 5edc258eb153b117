// Phone numbers are stored in E.164; people read them as their country writes them. North
// American numbers are formatted here; others with libphonenumber-js once it is loaded
// (flows/checks/phoneLibrary.ts, only for organizations that need it).
import { phoneLibrary } from '../../flows/checks/phoneLibrary';
import { isNorthAmerican } from '../../flows/config/region';

/**
 * "+16085550142" → "(608) 555-0142" for a US or Canadian organization; "+442079460101" →
 * "+44 20 7946 0101". `country` is the organization's (default US).
 */
export function formatPhone(e164: string, country = 'US'): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  if (nanp && isNorthAmerican(country)) return `(${nanp[1]}) ${nanp[2]}-${nanp[3]}`;
  const library = phoneLibrary();
  if (library) return library.international(e164);
  return e164.replace(/^(\+\d{1,3})(\d{2,4})(\d{3,4})(\d+)$/, '$1 $2 $3 $4');
}

/** A number people of the country would recognise, for hints: "(608) 555-0142", "07400 123456". */
export function phoneExample(country = 'US'): string {
  if (isNorthAmerican(country)) return '(608) 555-0142';
  return phoneLibrary()?.example(country) ?? '+44 7400 123456';
}

export const phoneHref = (e164: string) => `tel:${e164}`;
