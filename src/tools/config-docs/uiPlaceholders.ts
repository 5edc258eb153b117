// flows/config/uiPlaceholders.ts, written from content/en/ui.json by `npm run config-docs`: every
// UI string's key and the placeholders its shipped English text uses. The validator reads it to
// check UI text overrides without pulling content/ into its chunk; a unit test keeps it current.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { placeholdersIn } from '../../../flows/config/placeholders';

export const UI_PLACEHOLDERS_FILE = 'flows/config/uiPlaceholders.ts';

const root = resolve(import.meta.dirname, '../../..');

function leaves(tree: object, prefix: string): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}

/** The generated file's text. */
export function uiPlaceholdersSource(): string {
  const ui = JSON.parse(readFileSync(resolve(root, 'content/en/ui.json'), 'utf8')) as object;
  const lines = leaves(ui, '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, text]) => `  '${key}': '${[...new Set(placeholdersIn(text))].sort().join(' ')}',`);
  return `// Generated from content/en/ui.json by \`npm run config-docs\` (src/tools/config-docs/uiPlaceholders.ts).
// Do not edit. Every UI string's key, and the placeholders its shipped English text uses, space-separated.

export const UI_PLACEHOLDERS: Readonly<Record<string, string>> = {
${lines.join('\n')}
};
`;
}
