// A pseudo-locale made from English: every letter accented and each text about 40% longer, so
// untranslated strings and layouts that break with long words show up. Placeholders, Markdown
// link targets and tags are kept as they are.
import type { LocaleContent, StepText } from './contentPlugin';

const ACCENTED: Record<string, string> = {
  a: 'ȧ',
  b: 'ƀ',
  c: 'ƈ',
  d: 'ḓ',
  e: 'ḗ',
  f: 'ƒ',
  g: 'ɠ',
  h: 'ħ',
  i: 'ī',
  j: 'ĵ',
  k: 'ķ',
  l: 'ŀ',
  m: 'ḿ',
  n: 'ƞ',
  o: 'ǿ',
  p: 'ƥ',
  q: 'ɋ',
  r: 'ř',
  s: 'ş',
  t: 'ŧ',
  u: 'ŭ',
  v: 'ṽ',
  w: 'ẇ',
  x: 'ẋ',
  y: 'ẏ',
  z: 'ẑ',
  A: 'Ȧ',
  B: 'Ɓ',
  C: 'Ƈ',
  D: 'Ḓ',
  E: 'Ḗ',
  F: 'Ƒ',
  G: 'Ɠ',
  H: 'Ħ',
  I: 'Ī',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ŀ',
  M: 'Ḿ',
  N: 'Ƞ',
  O: 'Ǿ',
  P: 'Ƥ',
  Q: 'Ɋ',
  R: 'Ř',
  S: 'Ş',
  T: 'Ŧ',
  U: 'Ŭ',
  V: 'Ṽ',
  W: 'Ẇ',
  X: 'Ẋ',
  Y: 'Ẏ',
  Z: 'Ẑ',
};

// Kept verbatim: {{placeholders}}, <tags>, (link targets), `code`.
const KEEP = /(\{\{[^}]+\}\}|<\/?[a-z]+>|\]\([^)]*\)|`[^`]*`)/g;

export function pseudo(text: string): string {
  if (!text) return text;
  const parts = text.split(KEEP);
  const out = parts
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  const letters = text.replace(KEEP, '').replace(/[^a-zA-Z]/g, '').length;
  const padding = '~'.repeat(Math.ceil(letters * 0.4));
  return padding ? `[${out} ${padding}]` : out;
}

function walk<T>(value: T): T {
  if (typeof value === 'string') return pseudo(value) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)])) as T;
  return value;
}

export function pseudoLocalize(en: LocaleContent): LocaleContent {
  const steps: Record<string, StepText> = {};
  for (const [key, text] of Object.entries(en.steps)) {
    // Body Markdown: accent the words, keep the structure (lists, tables, links) intact.
    steps[key] = { ...walk({ ...text, body: '' }), body: pseudoMarkdown(text.body) };
  }
  return { ui: walk(en.ui), steps, missing: [] };
}

function pseudoMarkdown(body: string): string {
  return body
    .split('\n')
    .map((line) => {
      const prefix = /^(\s*(?:[-*]|\d+\.|\|)?\s*)/.exec(line)?.[1] ?? '';
      const rest = line.slice(prefix.length);
      if (!rest || /^[|:\- ]+$/.test(rest)) return line;
      if (line.trimStart().startsWith('|'))
        return (
          prefix +
          rest
            .split('|')
            .map((cell) => (cell.trim() ? ` ${pseudo(cell.trim())} ` : cell))
            .join('|')
        );
      return prefix + pseudo(rest);
    })
    .join('\n');
}
