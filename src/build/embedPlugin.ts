// Publishing for health systems' pages (README "Embedding"):
// - the embed pages live in src/embed/ and are served and built as /embed/frame.html,
//   /embed/demo.html and /embed/preview.html (the configuration preview for web teams); the loader is /embed/signin-assistant-<version>.js, with
//   /embed/signin-assistant.js as the always-latest alias;
// - /embed/manifest.json lists every file with its Subresource Integrity hash, so a host can pin
//   a version;
// - the built pages are served with their Content-Security-Policy by `vite preview`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { cspFor, SECURITY_HEADERS } from './csp.ts';

const PAGES = ['frame', 'demo', 'preview'];
export const LOADER_NAME = 'signin-assistant';

const sri = (code: string | Uint8Array) =>
  `sha384-${createHash('sha384').update(code).digest('base64')}`;

/** Development: the published addresses lead to the sources. */
const devRoutes: Connect.NextHandleFunction = (req, res, next) => {
  const url = req.url ?? '';
  const page = /^\/embed\/(frame|demo|preview)\.html(\?.*)?$/.exec(url);
  // Redirected, not rewritten, so the pages' relative addresses resolve next to their sources.
  if (page) {
    res.writeHead(302, { Location: `/src/embed/${page[1]}.html${page[2] ?? ''}` });
    res.end();
    return;
  }
  if (/^\/embed\/signin-assistant(-[\w.]+)?\.js(\?.*)?$/.test(url))
    req.url = '/src/embed/loader.ts';
  next();
};

const policy: Connect.NextHandleFunction = (req, res, next) => {
  res.setHeader('Content-Security-Policy', cspFor(req.url ?? '/'));
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  next();
};

export function embedPlugin(version: string): Plugin {
  let loaderFile = '';
  return {
    name: 'signin-assistant-embed',
    // After Vite's own HTML plugin has emitted the pages.
    enforce: 'post',
    // The dev server's own inline preamble cannot run under the strict policy (shared/STACK.md),
    // so only the built app is served with it (`vite preview`, and the browser tests).
    configureServer(server) {
      server.middlewares.use(devRoutes);
    },
    configurePreviewServer(server) {
      server.middlewares.use(policy);
    },
    generateBundle(_options, bundle) {
      // Pages: src/embed/x.html → embed/x.html, one folder less deep.
      for (const page of PAGES) {
        const from = `src/embed/${page}.html`;
        const asset = bundle[from];
        if (asset?.type !== 'asset') continue;
        delete bundle[from];
        this.emitFile({
          type: 'asset',
          fileName: `embed/${page}.html`,
          source: String(asset.source).replaceAll('"../../', '"../'),
        });
      }
      const loader = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.isEntry && file.name === LOADER_NAME,
      );
      if (loader?.type !== 'chunk') return;
      // The alias only imports the pinned file, so both share one module instance.
      const alias = `import './${loader.fileName.split('/').pop()}';\n`;
      this.emitFile({ type: 'asset', fileName: `embed/${LOADER_NAME}.js`, source: alias });
      loaderFile = loader.fileName;
    },
    // Hashed from the files as written: later plugins still change chunks after generateBundle.
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files: Record<string, string> = {};
      for (const name of Object.keys(bundle).sort())
        if (/\.(js|css)$/.test(name)) files[name] = sri(readFileSync(join(dir, name)));
      writeFileSync(
        join(dir, 'embed/manifest.json'),
        `${JSON.stringify({ name: LOADER_NAME, version, loader: loaderFile, files }, null, 2)}\n`,
      );
    },
  };
}
