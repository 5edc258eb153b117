// Checks a phone number the person believes is on file, and shows it back masked so they can
// compare it with the digits the sign-in page shows ("We sent a code to •••-•••-0142"). Numbers
// are read as numbers of the organization's country: by hand in the US and Canada, with
// libphonenumber-js elsewhere (../phoneLibrary.ts).
import { isNorthAmerican } from '../../config/region';
import { phoneLibrary } from '../phoneLibrary';
import { clean, MAX_INPUT } from '../text';

export type PhoneFinding =
  | { kind: 'empty' }
  | { kind: 'tooLong' }
  | { kind: 'unexpectedCharacters' }
  | { kind: 'tooShort' }
  | { kind: 'notAUsNumber' }
  | { kind: 'valid'; last4: string; masked: string }
  | { kind: 'notANumberHere' };

export function maskPhone(digits: string): string {
  const last4 = digits.slice(-4);
  return digits.length === 10 ? `(•••) •••-${last4}` : `•••• ${last4}`;
}

const valid = (digits: string): PhoneFinding => ({
  kind: 'valid',
  last4: digits.slice(-4),
  masked: maskPhone(digits),
});

/** `country` is the organization's (ISO 3166, default US). */
export function checkPhoneNumber(raw: string, country = 'US'): PhoneFinding {
  if (raw.length > MAX_INPUT) return { kind: 'tooLong' };
  // Dashes of every width (a non-breaking hyphen or an en dash from a letter) are separators.
  const value = clean(raw).value.replace(/[\u2010-\u2015\u2212]/g, '');
  if (!value) return { kind: 'empty' };
  if (!/^\+?[\d().\-\s]+$/.test(value)) return { kind: 'unexpectedCharacters' };
  let digits = value.replace(/\D/g, '');
  const northAmerican = isNorthAmerican(country);
  const library = phoneLibrary();
  if (!northAmerican && library && !value.startsWith('+1')) {
    if (digits.length < 6) return { kind: 'tooShort' };
    if (digits.length > 15) return { kind: 'tooLong' };
    const parsed = library.parse(value, country);
    return parsed?.possible ? valid(digits) : { kind: 'notANumberHere' };
  }
  const international = value.startsWith('+') && !value.startsWith('+1');
  if (international || !northAmerican) {
    if (digits.length < 8) return { kind: 'tooShort' };
    if (digits.length > 15) return { kind: 'tooLong' };
    return valid(digits);
  }
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length < 10) return { kind: 'tooShort' };
  if (digits.length > 10) return { kind: 'tooLong' };
  // North American numbers: area code and exchange never start with 0 or 1.
  if (/^[01]/.test(digits) || /^[01]/.test(digits.slice(3))) return { kind: 'notAUsNumber' };
  return valid(digits);
}
