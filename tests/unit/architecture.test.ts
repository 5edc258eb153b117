// Imports flow one way: src → flows, never back; flows/ stays pure TypeScript.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}
const importsOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map(
    (m) => m[1]!,
  );

describe('the layout', () => {
  it('keeps flows/ free of React, the DOM, i18n and src/', () => {
    for (const file of files('flows')) {
      for (const spec of importsOf(file)) {
        expect(spec, file).not.toMatch(
          /^(react|react-dom|i18next|react-i18next|react-markdown)$|\/src\//,
        );
      }
      expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(/\b(document|window)\./);
    }
  });

  it('has no .tsx file in flows/', () => {
    expect(files('flows').filter((f) => f.endsWith('.tsx'))).toEqual([]);
  });
});
