// `languages` (issue #22 item 8): only languages the assistant has, each once; it decides the
// first language and what the picker offers; own wording missing in one listed language is a warning.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../flows/config/check';
import { SHIPPED_LANGUAGES } from '../../flows/config/schema';
import { offeredLocales, pickLocale } from '../../src/i18n/locales';
import { brokenConfig } from '../fixtures/badConfigs';

const root = resolve(import.meta.dirname, '../..');
type Change = (c: Record<string, any>) => void;
const report = (change: Change) => checkConfig(brokenConfig(change));

describe('the languages setting', () => {
  it('knows exactly the shipped languages', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'content/locales.json'), 'utf8'));
    expect([...SHIPPED_LANGUAGES]).toEqual(manifest.locales.map((l: { code: string }) => l.code));
  });

  it('refuses a language the assistant does not have, naming those it has', () => {
    const [error] = report((c) => (c.languages = ['en', 'fr'])).errors;
    expect(error?.path).toBe('languages[1]');
    expect(error?.message).toMatch(/en, es, zh, vi, ar/);
  });

  it('refuses a language listed twice', () => {
    expect(report((c) => (c.languages = ['en', 'en'])).errors[0]?.path).toBe('languages');
  });

  it('warns when own wording is in one listed language and not another', () => {
    const { errors, warnings } = report((c) => {
      c.languages = ['en', 'es'];
      c.text = { en: { steps: { lockedCall: { title: 'Call us to unlock' } } } };
    });
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.path)).toContain('text.es.steps.lockedCall.title');
  });

  it('warns about own wording in a language it does not offer', () => {
    const { warnings } = report((c) => {
      c.languages = ['en'];
      c.text = { es: { ui: { app: { name: 'Ayuda' } } } };
    });
    expect(warnings.map((w) => w.path)).toContain('text.es');
  });
});

describe('choosing the language', () => {
  it('takes the browser language only when the organization lists it', () => {
    expect(pickLocale(undefined, ['zh-CN'], ['en', 'es'])).toBe('en');
    expect(pickLocale(undefined, ['es-MX'], ['en', 'es'])).toBe('es');
    expect(pickLocale(undefined, ['zh-CN'], ['es', 'en'])).toBe('es');
    // The host page's explicit choice stands.
    expect(pickLocale('ar', [], ['en'])).toBe('ar');
  });

  it('offers the listed languages in the listed order, and the one in use', () => {
    expect(offeredLocales(['es', 'en'], 'en').map((l) => l.code)).toEqual(['es', 'en']);
    expect(offeredLocales(['en'], 'ar').map((l) => l.code)).toEqual(['en', 'ar']);
  });
});
