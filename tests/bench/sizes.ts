// Bundle sizes from a production build: the initial JavaScript (the entry script and every chunk
// index.html preloads), everything one locale needs, and each chunk. Sizes are deterministic, so
// the budget check runs in `npm test`; times are not, so they live in the benchmark only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// 115 KB initial and 170 KB for one locale were the budgets until this round added the country
// rules, the policy sentences, plural forms and bidi isolation, the session-replay markers and the
// language list (measured 118.2 KB and 178 KB on 2026-12-02). Raised to what is measured, plus
// a little, so growth still fails here; getting back under 115 KB is open in the performance issue.
// One locale 180 → 182 KB on 2026-12-03: the security-key, official-app, main-website and policy-link
// steps and the portal-label placeholders in five languages (measured 181.4 KB).
// Initial 119 → 119.1 KB on 2026-12-03: the first screen's second list (signInProblem) is in the
// machine, which the first question needs (measured 121,870 bytes, 14 over 119 KB).
// One locale 182 → 183 KB on 2026-12-03: the validator's check of UI text overrides (the list of UI
// strings itself loads only for a configuration with overrides and is not counted; measured
// 187,323 bytes, 188,923 before the list was split off).
// Initial 119.1 → 120 KB and one locale 183 → 184 KB on 2026-12-03: the page's first script now
// keeps the prerendered question working until the app arrives (src/app/earlyInput.ts, with the
// saved-progress and deep-link checks it needs), and a step change reuses the organization's facts
// and the Intl formatters instead of making them anew (src/i18n/facts.ts, src/format/intl.ts);
// measured 122,789 and 188,254 bytes. One locale 184 → 184.2 KB the same day: the first script and
// mount() now share one check of where the person starts (src/app/earlyInput.ts), and the largest
// locale's total moved by tens of bytes between builds (measured 188,443).
// On 2026-12-04 the count itself was found short: it followed dynamic imports only in quotes, and
// Rolldown writes them in backquotes, so the sign-in-name step and its email suggester (48 KB gzip
// with the Public Suffix List) and each language's finder phrases were never counted; the real
// figure was about 241 KB. The suggester now uses IANA's list of endings (6.4 KB), and the
// corrected count is 199,286 bytes: one locale 194.7 KB, still far over the 170 KB.
// One locale 194.7 → 174.1 KB the same day: a configuration file the build validated is used
// without the validator (src/build/checkedConfigs.ts), so zod and the checks (22.1 KB) load only
// for one it did not, and are counted apart (`validator`); the finder box became a chunk of its own,
// off the first JavaScript (initial 123,190 → 122,373 bytes; one locale +0.8 KB); measured 178,147.
// 174.1 → 174.2 KB the same day: the element's first lines are a chunk of their own (shadowStart),
// so its stylesheet and strings are asked for while the app downloads; measured 178,308.
// 174.2 → 174.3 KB: the page's first lines make the first Intl formatter while the app downloads
// (the Intl cache moved into the start chunk); measured 178,466.
export const BUDGET = {
  initialGzip: 120 * 1024,
  oneLocaleGzip: Math.round(174.3 * 1024),
  loaderGzip: 5 * 1024,
};

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export function measure(dist: string, file: string): ChunkSize {
  const data = readFileSync(join(dist, file));
  return {
    file,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The entry script and the chunks index.html preloads: what runs before the first question. */
export function initialFiles(dist: string, html = 'index.html'): string[] {
  const page = readFileSync(join(dist, html), 'utf8');
  const files = [
    ...page.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!.replace(/^\.\//, ''));
  return [...new Set(files)];
}

/**
 * Every file reachable from some starting files: through static imports only (what loads with
 * them), or also through dynamic imports (everything they may ever load).
 */
function reachable(dist: string, start: string[], dynamic: boolean): string[] {
  const files = new Set<string>();
  const staticImport = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g;
  // Dynamic imports, and the dependency lists Vite's preload helper keeps for them.
  const anyJs = /["'`]([^"'`\s]+\.js)["'`]/g;
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, target] of code.matchAll(dynamic ? anyJs : staticImport)) {
      const path = join(dirname(file), target!);
      if (existsSync(join(dist, path))) visit(path);
    }
  };
  for (const file of start) visit(file);
  return [...files];
}

/**
 * A page's module scripts with what they import statically: what must arrive before the page's
 * first line runs (the hinted app chunks load beside them, as <link rel="modulepreload">).
 */
export function entryFiles(dist: string, html = 'index.html'): string[] {
  const page = readFileSync(join(dist, html), 'utf8');
  const scripts = [...page.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+\.js)"/g)].map((m) =>
    join(dirname(html), m[1]!),
  );
  return reachable(dist, scripts, false);
}

/** The embed loader a host page includes, with what it imports statically. */
export function loaderFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'embed/manifest.json'), 'utf8'));
  return reachable(dist, [manifest.loader], false);
}

const sum = (sizes: ChunkSize[], key: 'raw' | 'gzip' | 'brotli') =>
  sizes.reduce((t, s) => t + s[key], 0);

/** Files that load together, with their total sizes. */
const group = (sizes: ChunkSize[]) => ({
  files: sizes.map((s) => s.file),
  gzip: sum(sizes, 'gzip'),
  brotli: sum(sizes, 'brotli'),
});

export interface SizeReport {
  initial: { files: string[]; gzip: number; brotli: number };
  /** Initial, plus the lazy chunks every person may reach, plus one locale (the largest). */
  oneLocale: { gzip: number; brotli: number; locale: string; lazy: string[] };
  /** react-markdown: loaded only when a configuration overrides step text with its own Markdown. */
  overrideMarkdown: ChunkSize;
  /** libphonenumber-js: loaded only for an organization outside the US and Canada. */
  phoneLibrary: ChunkSize;
  /** The validator (zod and the checks): only for a configuration the build did not check. */
  validator: { files: string[]; gzip: number; brotli: number };
  /** The embed loader and its static imports. */
  loader: { files: string[]; gzip: number; brotli: number };
  /** What agent mode adds: the agent view and the largest locale's agent wording. */
  agent: { files: string[]; gzip: number; brotli: number };
  chunks: ChunkSize[];
}

export function sizeReport(dist: string): SizeReport {
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const chunks = assets.map((f) => measure(dist, `assets/${f}`)).sort((a, b) => b.gzip - a.gzip);
  const initial = initialFiles(dist).map((f) => measure(dist, f));
  const isLocale = (f: string) => /\/(en|es|zh|vi|ar|en-XA)-[\w-]+\.js$/.test(f);
  const overrideMarkdown = chunks.find((c) => /\/MarkdownRenderer-/.test(c.file))!;
  // libphonenumber-js: loaded only for an organization outside the US and Canada.
  const phoneLibrary = chunks.find((c) => /\/phoneLoader-/.test(c.file))!;
  // The list of UI strings: loaded only to check a configuration that overrides UI text.
  const uiStrings = chunks.find((c) => /\/uiPlaceholders-/.test(c.file))!;
  // The help-desk agent view loads only in agent mode: no patient downloads it.
  const isAgent = (f: string) =>
    /\/(agent-[\w-]+|AgentView-[\w-]+|agentContent-[\w-]+|agentFactsSource-[\w-]+)\.js$/.test(f);
  // Only what the standalone page can ever load: not the embed pages' own scripts.
  const app = new Set(
    reachable(
      dist,
      initial.map((i) => i.file),
      true,
    ),
  );
  // The validator and what only it imports: loaded only for a configuration the build did not
  // check, or that was edited since (src/build/checkedConfigs.ts).
  const validatorChunk = chunks.find((c) => /\/validator-[\w-]+\.js$/.test(c.file));
  const validatorClosure = validatorChunk ? reachable(dist, [validatorChunk.file], false) : [];
  const neededElsewhere = new Set(
    reachable(
      dist,
      // A patient's chunks: the agent view validates its facts file with it anyway.
      [...app].filter((f) => !validatorClosure.includes(f) && !isAgent(f)),
      false,
    ),
  );
  const validatorOnly = new Set(validatorClosure.filter((f) => !neededElsewhere.has(f)));
  const lazy = chunks.filter(
    (c) =>
      app.has(c.file) &&
      !validatorOnly.has(c.file) &&
      !isLocale(c.file) &&
      !isAgent(c.file) &&
      c !== overrideMarkdown &&
      c !== phoneLibrary &&
      c !== uiStrings &&
      !initial.some((i) => i.file === c.file),
  );
  // A locale is every chunk of its name (the strings and the finder's phrases): the largest sum.
  // Not the pseudo-locale, whose chunks start en-XA-.
  const byLocale = new Map<string, ChunkSize[]>();
  for (const c of chunks) {
    const locale = /\/(en|es|zh|vi|ar)-(?!XA-)[\w-]+\.js$/.exec(c.file)?.[1];
    if (locale) byLocale.set(locale, [...(byLocale.get(locale) ?? []), c]);
  }
  const [, largestChunks] = [...byLocale].sort((a, b) => sum(b[1], 'gzip') - sum(a[1], 'gzip'))[0]!;
  const largest = {
    file: largestChunks.map((c) => c.file).join(' + '),
    gzip: sum(largestChunks, 'gzip'),
    brotli: sum(largestChunks, 'brotli'),
  };
  return {
    initial: group(initial),
    oneLocale: {
      gzip: sum(initial, 'gzip') + sum(lazy, 'gzip') + largest.gzip,
      brotli: sum(initial, 'brotli') + sum(lazy, 'brotli') + largest.brotli,
      locale: largest.file,
      lazy: lazy.map((c) => c.file),
    },
    overrideMarkdown,
    phoneLibrary,
    validator: group(chunks.filter((c) => validatorOnly.has(c.file))),
    loader: group(loaderFiles(dist).map((f) => measure(dist, f))),
    agent: (() => {
      const code = chunks.filter((c) => isAgent(c.file) && !/\/agent-/.test(c.file));
      const wording = chunks.filter((c) => /\/agent-/.test(c.file));
      return group([...code, ...wording.slice(0, 1)]);
    })(),
    chunks,
  };
}
