// Every shipped language is complete and consistent with English: every key, every step, the same
// placeholders, the plural forms its language needs, and nothing English does not have.
import { describe, expect, it } from 'vitest';
import {
  loadLocaleContent,
  readLocale,
  readManifest,
  sourceLocaleContent,
} from '../../src/build/content/contentPlugin';
import { CONTENT_DIR } from '../support/i18n';

const manifest = readManifest(CONTENT_DIR);
const en = readLocale(CONTENT_DIR, 'en');
const translated = manifest.locales.filter((l) => l.code !== 'en');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = Record<string, unknown>;
function leaves(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree as Tree).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}|<(\/?\w+)>/g)].map((m) => m[0]).sort();
const linkTargets = (text: string) => [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]).sort();

describe('the locale manifest', () => {
  it('lists each locale once, with a folder, a native name, a direction and a review status', () => {
    const codes = manifest.locales.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const locale of manifest.locales) {
      expect(locale.name.length).toBeGreaterThan(1);
      expect(['ltr', 'rtl']).toContain(locale.dir);
      expect(locale.status.length).toBeGreaterThan(3);
    }
    expect(manifest.locales.find((l) => l.code === 'ar')?.dir).toBe('rtl');
  });
});

describe.each(translated.map((l) => l.code))('the %s translation', (code) => {
  const own = readLocale(CONTENT_DIR, code);
  const enLeaves = new Map([...leaves(en.ui, 'ui'), ...leaves(en.steps, 'steps')]);
  const ownLeaves = new Map([...leaves(own.ui, 'ui'), ...leaves(own.steps, 'steps')]);
  const stem = (key: string) => key.replace(PLURAL, '');
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;

  it('has every text English has', () => {
    expect(loadLocaleContent(CONTENT_DIR, code).missing).toEqual([]);
  });

  it('has a file for every step', () => {
    expect(Object.keys(own.steps).sort()).toEqual(Object.keys(en.steps).sort());
  });

  it('has no text English does not have', () => {
    const enStems = new Set([...enLeaves.keys()].map(stem));
    expect([...ownLeaves.keys()].filter((key) => !enStems.has(stem(key)))).toEqual([]);
  });

  it('keeps every placeholder, tag and link target', () => {
    const problems: string[] = [];
    for (const [key, text] of ownLeaves) {
      const english = enLeaves.get(key) ?? enLeaves.get(`${stem(key)}_other`);
      if (english === undefined) continue;
      // A plural form may say the number in words ("two days"), so {{count}} may be left out there.
      const strip = (list: string[]) =>
        PLURAL.test(key) ? list.filter((p) => p !== '{{count}}') : list;
      if (strip(placeholders(text)).join() !== strip(placeholders(english)).join())
        problems.push(`${key}: placeholders`);
      if (linkTargets(text).join() !== linkTargets(english).join()) problems.push(`${key}: links`);
    }
    expect(problems).toEqual([]);
  });

  it(`has the plural forms ${code} needs (${categories.join(', ')})`, () => {
    const plurals = new Set([...enLeaves.keys()].filter((k) => PLURAL.test(k)).map(stem));
    const problems: string[] = [];
    for (const base of plurals)
      for (const category of categories)
        if (!ownLeaves.has(`${base}_${category}`)) problems.push(`${base}_${category}`);
    expect(problems).toEqual([]);
  });
});

describe('the pseudo-locale', () => {
  it('is generated from English, longer, and keeps placeholders and links', () => {
    const pseudo = sourceLocaleContent(CONTENT_DIR, manifest.pseudo.code);
    const title = pseudo.steps.problem!.title;
    expect(title).not.toBe(en.steps.problem!.title);
    expect(title.length).toBeGreaterThan(en.steps.problem!.title.length * 1.3);
    expect(placeholders(pseudo.steps.lockedCall!.body)).toEqual(
      placeholders(en.steps.lockedCall!.body),
    );
    expect(linkTargets(pseudo.steps.lockedCall!.body)).toEqual(
      linkTargets(en.steps.lockedCall!.body),
    );
  });
});
