// Turns content/ into modules, at build time, so no YAML parser ships to the browser:
// - `virtual:content/<locale>`: UI strings (ui.json) and step text (steps/*.md) of one locale,
//   with anything the locale lacks filled from English and listed in `missing`;
// - `virtual:content/loaders`: a lazy loader per locale in content/locales.json, so a person
//   downloads only their own language;
// - `virtual:content/taglines`: every locale's "free language help" line, for the contact screen;
// - `virtual:content/trigger`: every locale's "Trouble signing in?" button, for the embed loader;
// - `virtual:content/en-XA`: a pseudo-locale made from English, accented and about 40% longer.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import type { StepBody } from '../../i18n/markdownTree.ts';
import { agentContent } from './agentContent.ts';
import { fill, type Tree } from './fill.ts';
import { finderModule } from './finderContent.ts';

export {
  type AgentContent,
  type AgentStepText,
  agentContent,
  readAgent,
} from './agentContent.ts';

import { compileMarkdown } from './markdown.ts';
import { pseudoLocalize } from './pseudo.ts';

const PREFIX = 'virtual:content/';

/** One step's text; `Body` is Markdown as written, or the tree the build compiles it to. */
export interface StepText<Body = string> {
  title: string;
  body: Body;
  legend?: string;
  hint?: string;
  submit?: string;
  answers?: Record<string, string>;
}

export interface LocaleContent<Body = string> {
  ui: Record<string, unknown>;
  steps: Record<string, StepText<Body>>;
  /** Keys filled from English because this locale lacks them. */
  missing?: string[];
}

export interface LocaleInfo {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
  status: string;
}

export interface Manifest {
  locales: LocaleInfo[];
  pseudo: LocaleInfo;
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
  for (const field of ['legend', 'hint', 'submit'] as const) {
    if (typeof rest[field] === 'string') text[field] = rest[field] as string;
  }
  if (answers && typeof answers === 'object') text.answers = answers as Record<string, string>;
  return { key, text };
}

export function readManifest(contentDir: string): Manifest {
  return JSON.parse(readFileSync(join(contentDir, 'locales.json'), 'utf8'));
}

/** Exactly what the locale's files hold, nothing filled in. */
export function readLocale(contentDir: string, locale: string): LocaleContent {
  const dir = join(contentDir, locale);
  const uiFile = join(dir, 'ui.json');
  const ui = existsSync(uiFile) ? JSON.parse(readFileSync(uiFile, 'utf8')) : {};
  const steps: Record<string, StepText> = {};
  const stepsDir = join(dir, 'steps');
  for (const file of existsSync(stepsDir) ? readdirSync(stepsDir).sort() : []) {
    if (!file.endsWith('.md')) continue;
    const { key, text } = parseStepFile(
      readFileSync(join(stepsDir, file), 'utf8'),
      `${locale}/${file}`,
    );
    if (`${key}.md` !== file)
      throw new Error(`${locale}/${file}: key "${key}" does not match the file name`);
    steps[key] = text;
  }
  return { ui, steps };
}

/** The locale's source, complete, with English where the translation is missing. */
export function sourceLocaleContent(contentDir: string, locale: string): LocaleContent {
  const en = readLocale(contentDir, 'en');
  const manifest = readManifest(contentDir);
  if (locale === manifest.pseudo.code) return pseudoLocalize(en);
  if (locale === 'en') return { ...en, missing: [] };
  const own = readLocale(contentDir, locale);
  const missing: string[] = [];
  const ui = fill(own.ui, en.ui, 'ui', missing);
  const steps = fill(own.steps as unknown as Tree, en.steps as unknown as Tree, 'steps', missing);
  return { ui, steps: steps as unknown as Record<string, StepText>, missing };
}

/** The locale as the app loads it: its source with each step's Markdown compiled. */
export function loadLocaleContent(contentDir: string, locale: string): LocaleContent<StepBody> {
  const source = sourceLocaleContent(contentDir, locale);
  const steps: Record<string, StepText<StepBody>> = {};
  for (const [key, text] of Object.entries(source.steps))
    steps[key] = { ...text, body: text.body ? compileMarkdown(text.body) : '' };
  return { ...source, steps };
}

/** One UI string in every locale, for code that runs before (or without) a locale is loaded. */
function everyLocale(contentDir: string, group: string, key: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { code } of readManifest(contentDir).locales) {
    const text = (readLocale(contentDir, code).ui[group] as Tree | undefined)?.[key];
    if (typeof text === 'string') out[code] = text;
  }
  return out;
}

export function contentPlugin(
  contentDir = resolve(import.meta.dirname, '../../../content'),
): Plugin {
  let serving = false;
  return {
    name: 'signin-assistant-content',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      const manifest = readManifest(contentDir);
      this.addWatchFile(join(contentDir, 'locales.json'));
      if (name === 'loaders') {
        const codes = [...manifest.locales.map((l) => l.code), manifest.pseudo.code];
        const entries = codes.map(
          (c) => `${JSON.stringify(c)}: () => import(${JSON.stringify(`${PREFIX}${c}`)})`,
        );
        return `export default {${entries.join(',\n')}};`;
      }
      if (name === 'agent-loaders') {
        const entries = manifest.locales.map(
          ({ code }) =>
            `${JSON.stringify(code)}: () => import(${JSON.stringify(`${PREFIX}agent/${code}`)})`,
        );
        return `export default {${entries.join(',\n')}};`;
      }
      if (name.startsWith('agent/')) {
        const locale = name.slice('agent/'.length);
        if (!manifest.locales.some((l) => l.code === locale))
          throw new Error(`bad locale "${locale}"`);
        for (const code of new Set(['en', locale])) {
          const file = join(contentDir, code, 'agent.yaml');
          if (existsSync(file)) this.addWatchFile(file);
        }
        return `export default ${JSON.stringify(agentContent(contentDir, locale))};`;
      }
      const finder = finderModule(
        contentDir,
        name,
        manifest.locales.map((l) => l.code),
        PREFIX,
      );
      if (finder) return finder;
      if (name === 'taglines')
        return `export default ${JSON.stringify(everyLocale(contentDir, 'contact', 'languageHelp'))};`;
      if (name === 'trigger')
        return `export default ${JSON.stringify(everyLocale(contentDir, 'embed', 'trigger'))};`;
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(name)) throw new Error(`bad locale "${name}"`);
      for (const locale of new Set(['en', name])) {
        const dir = join(contentDir, locale);
        if (!existsSync(dir)) continue;
        this.addWatchFile(join(dir, 'ui.json'));
        for (const file of readdirSync(join(dir, 'steps')))
          this.addWatchFile(join(dir, 'steps', file));
      }
      const content = loadLocaleContent(contentDir, name);
      if (serving && content.missing?.length)
        this.warn(
          `${name}: ${content.missing.length} texts missing, shown in English: ${content.missing.slice(0, 5).join(', ')}…`,
        );
      return `export default ${JSON.stringify(content)};`;
    },
  };
}
