// Turns content/<locale>/ (UI strings as JSON, one Markdown file per step with YAML front matter)
// into a module per locale: `import content from 'virtual:content/en'`. Parsing happens at build
// time, so no YAML parser ships to the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';

const PREFIX = 'virtual:content/';

export interface StepText {
  title: string;
  body: string;
  legend?: string;
  hint?: string;
  label?: string;
  submit?: string;
  answers?: Record<string, string>;
}

export interface LocaleContent {
  ui: Record<string, unknown>;
  steps: Record<string, StepText>;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;

export function parseStepFile(source: string, file: string): { key: string; text: StepText } {
  const match = FRONT_MATTER.exec(source.replace(/\r\n/g, '\n'));
  if (!match) throw new Error(`${file}: missing front matter`);
  const meta = parse(match[1]!) as Record<string, unknown>;
  const { key, title, answers, ...rest } = meta;
  if (typeof key !== 'string' || typeof title !== 'string')
    throw new Error(`${file}: front matter needs "key" and "title"`);
  const text: StepText = { title, body: match[2]!.trim() };
  for (const field of ['legend', 'hint', 'label', 'submit'] as const) {
    if (typeof rest[field] === 'string') text[field] = rest[field] as string;
  }
  if (answers && typeof answers === 'object') text.answers = answers as Record<string, string>;
  return { key, text };
}

export function readLocale(contentDir: string, locale: string): LocaleContent {
  const dir = join(contentDir, locale);
  const ui = JSON.parse(readFileSync(join(dir, 'ui.json'), 'utf8'));
  const steps: Record<string, StepText> = {};
  for (const file of readdirSync(join(dir, 'steps')).sort()) {
    if (!file.endsWith('.md')) continue;
    const { key, text } = parseStepFile(readFileSync(join(dir, 'steps', file), 'utf8'), file);
    if (`${key}.md` !== file) throw new Error(`${file}: key "${key}" does not match the file name`);
    steps[key] = text;
  }
  return { ui, steps };
}

export function contentPlugin(contentDir = resolve(import.meta.dirname, '../../content')): Plugin {
  return {
    name: 'signin-assistant-content',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const locale = id.slice(PREFIX.length + 1);
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(locale))
        throw new Error(`bad locale "${locale}"`);
      const dir = join(contentDir, locale);
      this.addWatchFile(join(dir, 'ui.json'));
      for (const file of readdirSync(join(dir, 'steps')))
        this.addWatchFile(join(dir, 'steps', file));
      return `export default ${JSON.stringify(readLocale(contentDir, locale))};`;
    },
  };
}
