// Deployable security headers for the built site (issue 20, finding 5). `vite preview` sends the
// strict policy itself, but a static host serving dist/ sends nothing unless told, so the build
// writes what to tell it:
// - dist/_headers, the format Netlify and Cloudflare Pages read;
// - dist/nginx-headers.conf, to include in the nginx `server { }` block that serves dist/;
// - a <meta http-equiv="Content-Security-Policy"> in every page, the fallback for a host that
//   sends no header at all. A meta policy cannot carry frame-ancestors (browsers ignore it there),
//   so only a header stops other sites from framing the pages.
// The frame page's frame-ancestors lists 'self' and every origin the configurations in
// public/orgs/ allow in `embed.allowedOrigins`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { frameCsp, META_CSP, SECURITY_HEADERS, STRICT_CSP } from './csp.ts';

const FRAME_PAGE = 'embed/frame.html';

/** Every origin the shipped configurations allow to frame the assistant. */
export function configuredEmbedOrigins(orgsDir: string): string[] {
  const origins = new Set<string>();
  for (const file of readdirSync(orgsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const config = JSON.parse(readFileSync(join(orgsDir, file), 'utf8'));
    for (const origin of config?.embed?.allowedOrigins ?? [])
      if (typeof origin === 'string' && /^https?:\/\/[^\s;,'"]+$/.test(origin)) origins.add(origin);
  }
  return [...origins].sort();
}

function htmlPages(dir: string, under = dir): string[] {
  return readdirSync(under, { withFileTypes: true }).flatMap((entry) => {
    const path = join(under, entry.name);
    if (entry.isDirectory()) return htmlPages(dir, path);
    return entry.name.endsWith('.html') ? [relative(dir, path).split(sep).join('/')] : [];
  });
}

/** The addresses a page answers at: /x.html, /x (pretty URLs), and / for index.html. */
function addresses(page: string): string[] {
  if (page === 'index.html') return ['/', '/index.html'];
  return [`/${page}`, `/${page.replace(/\.html$/, '')}`];
}

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/**
 * The rules, written so that no header is set by two rules matching one address (Netlify and
 * Cloudflare join repeated headers with commas, and two policies would both apply): the common
 * headers once for every address, the policy once per page, CORS for the files host pages load.
 */
export function headerRules(pages: string[], frameHosts: string[]): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: '/*', headers: { ...SECURITY_HEADERS } }];
  // Module scripts and stylesheets loaded by host pages on other origins are fetched with CORS.
  for (const path of ['/assets/*', '/embed/*'])
    rules.push({ path, headers: { 'Access-Control-Allow-Origin': '*' } });
  for (const page of pages.sort()) {
    const csp = page === FRAME_PAGE ? frameCsp(frameHosts) : STRICT_CSP;
    for (const path of addresses(page))
      rules.push({ path, headers: { 'Content-Security-Policy': csp } });
  }
  return rules;
}

export function netlifyHeaders(rules: HeaderRule[]): string {
  const lines = [
    '# Written by the build (src/build/headersPlugin.ts) for Netlify / Cloudflare Pages.',
  ];
  for (const rule of rules) {
    lines.push(rule.path);
    for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** nginx: add_header in a location replaces the server's, so each location lists all of them. */
export function nginxHeaders(pages: string[], frameHosts: string[]): string {
  const header = (name: string, value: string) =>
    `    add_header ${name} "${value.replaceAll('"', '\\"')}" always;`;
  const block = (match: string, csp: string, cors: boolean) =>
    [
      `location ${match} {`,
      header('Content-Security-Policy', csp),
      ...Object.entries(SECURITY_HEADERS).map(([n, v]) => header(n, v)),
      ...(cors ? [header('Access-Control-Allow-Origin', '*')] : []),
      '}',
    ].join('\n');
  return `${[
    '# Written by the build (src/build/headersPlugin.ts). Include inside the server { } block that',
    '# serves dist/ (its root pointing at dist/), e.g. `include /srv/signin/nginx-headers.conf;`.',
    block('/', STRICT_CSP, false),
    block('/assets/', STRICT_CSP, true),
    block('/embed/', STRICT_CSP, true),
    ...(pages.includes(FRAME_PAGE) ? [block(`= /${FRAME_PAGE}`, frameCsp(frameHosts), true)] : []),
  ].join('\n\n')}\n`;
}

export function headersPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'signin-assistant-headers',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    // Every page, the embed pages included: the fallback policy, before any script.
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
    writeBundle(options) {
      const dir = resolve(root, options.dir ?? 'dist');
      const hosts = configuredEmbedOrigins(resolve(root, 'public/orgs'));
      const pages = htmlPages(dir);
      writeFileSync(join(dir, '_headers'), netlifyHeaders(headerRules(pages, hosts)));
      writeFileSync(join(dir, 'nginx-headers.conf'), nginxHeaders(pages, hosts));
    },
  };
}
