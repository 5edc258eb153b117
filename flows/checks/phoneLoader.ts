// Loads libphonenumber-js (minimal metadata, and the example mobile numbers for hints) and hands
// it to ./phoneLibrary.ts. Its own chunk, loaded only for organizations that need it.
import { getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/mobile/examples';
import { type PhoneLibrary, phoneLibrary, setPhoneLibrary } from './phoneLibrary';

export function loadPhoneLibrary(): PhoneLibrary {
  const loaded = phoneLibrary();
  if (loaded) return loaded;
  const library: PhoneLibrary = {
    parse(text, country) {
      const parsed = parsePhoneNumberFromString(text, country as never);
      return parsed ? { possible: parsed.isPossible(), e164: parsed.number } : null;
    },
    international(e164) {
      return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
    },
    example(country) {
      try {
        return getExampleNumber(country as never, examples)?.formatNational() ?? null;
      } catch {
        return null;
      }
    },
  };
  setPhoneLibrary(library);
  return library;
}
