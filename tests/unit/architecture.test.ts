// Imports flow one way: src → flows, never back; flows/ stays pure TypeScript.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

// src/ in layers, top to bottom: a folder may import its own files and any folder in a lower
// layer, never one beside it or above it. Type-only imports of src/build/ are allowed anywhere:
// they describe what the build hands the browser (virtual modules, compiled content).
const LAYERS = [
  ['tools'],
  ['build', 'embed'],
  ['app'],
  ['patient', 'agent'],
  ['contact'],
  ['steps'],
  ['ui', 'a11y'],
  ['i18n', 'session'],
  ['format'],
];
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));
const specifiersOf = (file: string) =>
  [
    ...readFileSync(join(root, file), 'utf8').matchAll(
      /^(import|export)(\s+type)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm,
    ),
  ].map((m) => ({ spec: (m[3] ?? m[4])!, typeOnly: Boolean(m[2]) }));

describe('the layers of src/', () => {
  it('names a layer for every folder of src/', () => {
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => layerOf(folder) < 0)).toEqual([]);
  });

  it('keeps every import running down the layers, or into flows/ and content/', () => {
    const upward = files('src').flatMap((file) =>
      specifiersOf(file)
        .filter(({ spec, typeOnly }) => runsUp(file, spec, typeOnly))
        .map(({ spec }) => `${file} → ${spec}`),
    );
    expect(upward).toEqual([]);
  });

  it('catches an import that runs back up or sideways', () => {
    expect(runsUp('src/ui/Radios.tsx', '../patient/Assistant', false)).toBe(true);
    expect(runsUp('src/steps/ChoiceStep.tsx', '../contact/Channels', false)).toBe(true);
    expect(runsUp('src/patient/Assistant.tsx', '../agent/AgentView', false)).toBe(true);
    expect(runsUp('src/i18n/i18n.ts', '../build/content/contentPlugin', false)).toBe(true);
    expect(runsUp('src/i18n/i18n.ts', '../build/content/contentPlugin', true)).toBe(false);
    expect(runsUp('src/patient/Assistant.tsx', '../ui/Radios', false)).toBe(false);
    expect(runsUp('src/ui/markdown/Markdown.tsx', './Link', false)).toBe(false);
  });
});

/** True when `spec`, imported by `file`, reaches a folder of src/ beside or above the file's own. */
function runsUp(file: string, spec: string, typeOnly: boolean) {
  if (!spec.startsWith('.')) return false;
  const target = relative(root, resolve(root, dirname(file), spec)).split('/');
  if (target[0] !== 'src' || target.length < 3) return false;
  const from = file.split('/')[1]!;
  const to = target[1]!;
  if (to === from || (to === 'build' && typeOnly)) return false;
  return layerOf(to) <= layerOf(from);
}
