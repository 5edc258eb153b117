// The phone library as an organization outside the US and Canada loads it: once per page, and
// never throwing on what a person or a configuration can give it.
import { describe, expect, it } from 'vitest';
import { loadPhoneLibrary } from '../../flows/checks/phoneLoader';

describe('given an organization that needs the phone library', () => {
  it('loads it once: a second step asking for a number gets the same library', () => {
    expect(loadPhoneLibrary()).toBe(loadPhoneLibrary());
  });

  it('shows a number it cannot read as it was written instead of failing', () => {
    const library = loadPhoneLibrary();
    expect(library.international('+44 20 7946 0101')).toBe('+44 20 7946 0101');
    expect(library.international('not a number')).toBe('not a number');
    expect(library.international('+442079460101')).toBe('+44 20 7946 0101');
  });

  it('gives no example for a country it has none for, and a national one where it has', () => {
    const library = loadPhoneLibrary();
    expect(library.example('XX')).toBeNull();
    expect(library.example('AQ')).toBeNull();
    expect(library.example('GB')).toBe('07400 123456');
  });
});
