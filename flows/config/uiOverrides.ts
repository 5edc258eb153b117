// UI text overrides (`text.<locale>.ui`, nested as in content/en/ui.json). Each UI string is
// filled only with the values its caller in src/ passes, which are the placeholders the shipped
// English string at that key uses; no value is passed to every UI string (the organization's facts
// fill step text only). So an override may use those placeholders and no others, and must be at a
// key the assistant has: any other would be shown with its braces, or never shown.
import { distance } from './distance';
import { placeholdersIn } from './placeholders';
import type { ConfigProblem } from './validate';

// Registered by uiPlaceholdersLoader.ts, which loads the list only where it can be needed.
let UI_PLACEHOLDERS: Readonly<Record<string, string>> | null = null;
let KEYS: string[] = [];

export function setUiPlaceholders(map: Readonly<Record<string, string>>) {
  UI_PLACEHOLDERS = map;
  KEYS = Object.keys(map);
}

/** The list, or an error that validateConfig reports: a page checked UI text without loading it. */
function table(): Readonly<Record<string, string>> {
  if (!UI_PLACEHOLDERS)
    throw new Error('the list of UI strings is not loaded (flows/config/uiPlaceholdersLoader.ts)');
  return UI_PLACEHOLDERS;
}

// i18next's plural forms: a language may need forms English has not (Arabic's `_few`, `_many`).
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

const has = (key: string) => Object.hasOwn(table(), key);
const own = (key: string) => table()[key]!.split(' ').filter(Boolean);

/** The placeholders a UI string may use, or null when the assistant has no UI string at that key. */
export function uiPlaceholdersFor(key: string): string[] | null {
  const plural = PLURAL.exec(key);
  if (plural && has(`${plural[1]}_other`)) {
    const forms = KEYS.filter((k) => PLURAL.exec(k)?.[1] === plural[1]);
    return [...new Set(['count', ...forms.flatMap(own)])].sort();
  }
  return has(key) ? own(key) : null;
}

const inGroup = (group: string) => KEYS.filter((k) => k.startsWith(`${group}.`));
const braces = (names: readonly string[]) => names.map((n) => `{{${n}}}`).join(', ');

function closestKey(key: string): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(key.length / 4)) + 1;
  for (const known of KEYS) {
    const d = distance(key.toLowerCase(), known.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best;
}

function unknownKey(path: string, key: string): ConfigProblem {
  const message = `there is no UI text "${key}", so this text would never be shown`;
  if (has(`${key}_other`)) {
    const forms = KEYS.filter((k) => PLURAL.exec(k)?.[1] === key);
    return {
      path,
      message,
      suggestion: `This text has a form for each kind of number: override ${forms.join(' and ')} (and any other form your language needs, such as ${key}_few).`,
    };
  }
  const close = closestKey(key);
  const parent = key.slice(0, key.lastIndexOf('.'));
  const siblings = [
    ...new Set(inGroup(parent).map((k) => k.slice(parent.length + 1).split('.')[0])),
  ];
  return {
    path,
    message,
    suggestion: close
      ? `Did you mean "${close}"?`
      : parent && siblings.length
        ? `UI text keys follow content/en/ui.json; under "${parent}" they are: ${siblings.slice(0, 12).join(', ')}${siblings.length > 12 ? ', …' : ''}.`
        : 'UI text keys follow content/en/ui.json: use one of its keys, nested the same way.',
  };
}

/** Problems in one locale's UI overrides: unknown keys, and placeholders the string is not given. */
export function uiOverrideProblems(path: string, tree: object, prefix = ''): ConfigProblem[] {
  return Object.entries(tree).flatMap(([name, value]): ConfigProblem[] => {
    const key = `${prefix}${name}`;
    const at = `${path}.${name}`;
    const allowed = uiPlaceholdersFor(key);
    const group = inGroup(key);
    if (typeof value !== 'string') {
      if (group.length) return uiOverrideProblems(at, value as object, `${key}.`);
      if (allowed)
        return [
          {
            path: at,
            message: `"${key}" is one UI string, not a group of them`,
            suggestion: `Write the text itself: "${name}": "…".`,
          },
        ];
      return [unknownKey(at, key)];
    }
    if (!allowed) {
      if (!group.length) return [unknownKey(at, key)];
      return [
        {
          path: at,
          message: `"${key}" is a group of UI strings (${group.slice(0, 4).join(', ')}${group.length > 4 ? ', …' : ''}), not one string`,
          suggestion: `Override the strings inside it, nested the same way, such as "${name}": { "${group[0]!.slice(key.length + 1).split('.')[0]}": "…" }.`,
        },
      ];
    }
    const unknown = [...new Set(placeholdersIn(value).filter((n) => !allowed.includes(n)))];
    if (!unknown.length) return [];
    return [
      {
        path: at,
        message: `uses ${braces(unknown)}, which the UI text "${key}" is not given: patients would see it as written`,
        suggestion: allowed.length
          ? `Use only the placeholders the assistant's own text here uses: ${braces(allowed)}.`
          : "This text takes no placeholders: write the words themselves (the organization's name, a number) instead.",
      },
    ];
  });
}
