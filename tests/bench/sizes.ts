// Bundle sizes from a production build: the initial JavaScript (the entry script and every chunk
// index.html preloads), everything one locale needs, and each chunk. Sizes are deterministic, so
// the budget check runs in `npm test`; times are not, so they live in the benchmark only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET = { initialGzip: 115 * 1024, oneLocaleGzip: 170 * 1024 };

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
  ].map((m) => m[1]!);
  return [...new Set(files)];
}

const sum = (sizes: ChunkSize[], key: 'raw' | 'gzip' | 'brotli') =>
  sizes.reduce((t, s) => t + s[key], 0);

export interface SizeReport {
  initial: { files: string[]; gzip: number; brotli: number };
  /** Initial, plus the lazy chunks every person may reach, plus one locale (the largest). */
  oneLocale: { gzip: number; brotli: number; locale: string };
  /** react-markdown: loaded only when a configuration overrides step text with its own Markdown. */
  overrideMarkdown: ChunkSize;
  chunks: ChunkSize[];
}

export function sizeReport(dist: string): SizeReport {
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const chunks = assets.map((f) => measure(dist, `assets/${f}`)).sort((a, b) => b.gzip - a.gzip);
  const initial = initialFiles(dist).map((f) => measure(dist, f));
  const isLocale = (f: string) => /\/(en|es|zh|vi|ar|en-XA)-[\w-]+\.js$/.test(f);
  const overrideMarkdown = chunks.find((c) => /\/MarkdownRenderer-/.test(c.file))!;
  const lazy = chunks.filter(
    (c) => !isLocale(c.file) && c !== overrideMarkdown && !initial.some((i) => i.file === c.file),
  );
  const locales = chunks.filter((c) => isLocale(c.file) && !c.file.includes('en-XA'));
  const largest = locales[0]!;
  return {
    initial: {
      files: initial.map((i) => i.file),
      gzip: sum(initial, 'gzip'),
      brotli: sum(initial, 'brotli'),
    },
    oneLocale: {
      gzip: sum(initial, 'gzip') + sum(lazy, 'gzip') + largest.gzip,
      brotli: sum(initial, 'brotli') + sum(lazy, 'brotli') + largest.brotli,
      locale: largest.file,
    },
    overrideMarkdown,
    chunks,
  };
}
