// Puts the first question into the built index.html and the frame page (src/embed/frame.html), for
// the default demo organization in English, so it is on screen before the JavaScript has arrived
// (on a slow phone, seconds earlier) and takes answers at once (src/app/earlyInput.ts). The page
// hydrates it when the person starts there; otherwise it is removed (src/app/mount.tsx).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { contentPlugin, loadLocaleContent } from './content/contentPlugin.ts';

export const PRERENDERED = { org: 'riverside', locale: 'en' } as const;
const ROOT = resolve(import.meta.dirname, '../..');
const SLOT = /<div id="assistant"([^>]*)><\/div>/;
/** The pages that get the first question, with how each mounts the assistant (main.tsx, frame.ts). */
const PAGES: Record<string, { browserHistory?: boolean; landmark?: 'region' }> = {
  [resolve(ROOT, 'index.html')]: { browserHistory: true },
  // Inside another page: one labelled region.
  [resolve(ROOT, 'src/embed/frame.html')]: { landmark: 'region' },
};

export function prerenderPlugin(): Plugin {
  return {
    name: 'signin-assistant-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        // The patient's pages: staff/index.html is the agent view, the others are tools.
        const page = PAGES[context.filename];
        if (!page || !SLOT.test(html)) return html;
        // A throwaway server only to load the app's modules in Node, with the content plugin.
        const server = await createServer({
          root: ROOT,
          configFile: false,
          logLevel: 'error',
          plugins: [react(), contentPlugin()],
          server: { middlewareMode: true, hmr: false, watch: null },
          appType: 'custom',
          define: { APP_VERSION: '"prerender"', CHECKED_CONFIGS: '{}' },
        });
        try {
          const { renderFirstScreen } = await server.ssrLoadModule('/src/app/prerender.tsx');
          const config = JSON.parse(
            readFileSync(resolve(ROOT, `public/orgs/${PRERENDERED.org}.json`), 'utf8'),
          );
          const markup: string = await renderFirstScreen(
            { config, locale: PRERENDERED.locale, manageTitle: true, ...page },
            loadLocaleContent(resolve(ROOT, 'content'), PRERENDERED.locale),
          );
          return html.replace(
            SLOT,
            `<div id="assistant"$1 data-prerendered="${PRERENDERED.org}:${PRERENDERED.locale}">${markup}</div>`,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}
