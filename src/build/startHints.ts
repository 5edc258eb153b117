// The app's page entries import mount() dynamically, so that their own first lines can request
// the configuration and the person's language at once (src/app/requestStart.ts). A dynamic import
// would otherwise start downloading only when the entry has run; these hints put the app's chunks
// into the page's <head>, so they are on the wire while the HTML arrives, as a static import's
// are. The validator and the locale are left to the entry's first lines: which locale is needed
// is known only in the browser, and the validator is what the initial-JavaScript budget leaves
// out (tests/bench/sizes.ts); both are requested a moment later, still beside the app's chunks.
import { posix } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** The module whose chunks every page with the assistant needs before its first question works. */
const APP = /\/src\/app\/mount\.tsx$/;

/**
 * The chunks a page needs to start: the app's chunk, where its entry (or what that imports)
 * imports it dynamically, and what it imports, in order, without the ones the page already loads.
 */
export function startChunks(entry: OutputChunk, bundle: OutputBundle): string[] {
  const statics = new Set<string>();
  const collect = (fileName: string) => {
    const chunk = bundle[fileName];
    if (statics.has(fileName) || chunk?.type !== 'chunk') return;
    statics.add(fileName);
    chunk.imports.forEach(collect);
  };
  collect(entry.fileName);
  const seen = new Set<string>(statics);
  const order: string[] = [];
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk') return;
    chunk.imports.forEach(visit);
    order.push(fileName);
  };
  for (const fileName of statics) {
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk') continue;
    for (const target of chunk.dynamicImports) {
      const imported = bundle[target];
      // (By the modules it holds: the facade is no longer set when pages are written.)
      if (imported?.type === 'chunk' && imported.moduleIds.some((id) => APP.test(id)))
        visit(target);
    }
  }
  return order;
}

export function startHintsPlugin(): Plugin {
  return {
    name: 'signin-assistant-start-hints',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const { chunk, bundle } = context;
        if (!chunk || !bundle) return html;
        // Relative to the page's own place, as Vite writes its links (base './').
        const from = posix.dirname(context.path);
        return startChunks(chunk, bundle).map((fileName) => {
          const href = posix.relative(from, `/${fileName}`);
          return {
            tag: 'link',
            attrs: {
              rel: 'modulepreload',
              crossorigin: true,
              href: href.startsWith('.') ? href : `./${href}`,
            },
            injectTo: 'head',
          };
        });
      },
    },
  };
}
