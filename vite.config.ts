/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileHintsPlugin } from './src/build/compileHints.ts';
import { contentPlugin } from './src/build/content/contentPlugin.ts';
import { embedPlugin, LOADER_NAME } from './src/build/embedPlugin.ts';
import { headersPlugin } from './src/build/headersPlugin.ts';
import { noDomEntitiesPlugin } from './src/build/noDomEntities.ts';
import { pinnedPlugin } from './src/build/pinnedPlugin.ts';
import { prerenderPlugin } from './src/build/prerenderPlugin.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  plugins: [
    react(),
    noDomEntitiesPlugin(),
    contentPlugin(),
    prerenderPlugin(),
    compileHintsPlugin(),
    embedPlugin(version),
    headersPlugin(),
    pinnedPlugin(),
  ],
  // Relative addresses, so the loader finds its chunks on the assistant's origin from any host page.
  base: './',
  // Saved progress from another release is discarded rather than replayed.
  define: { APP_VERSION: JSON.stringify(version) },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser the assistant supports preloads modules natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        main: 'index.html',
        frame: 'src/embed/frame.html',
        demo: 'src/embed/demo.html',
        preview: 'src/embed/preview.html',
        [LOADER_NAME]: 'src/embed/loader.ts',
      },
      output: {
        // The loader keeps a stable, versioned name a host can pin; everything else is hashed.
        entryFileNames: (chunk) =>
          chunk.name === LOADER_NAME
            ? `embed/${LOADER_NAME}-${version}.js`
            : 'assets/[name]-[hash].js',
        // The agent view's wording is named apart from the patients' locales (tests/bench/sizes.ts).
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('virtual:content/agent/')
            ? 'assets/agent-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  test: {
    reporters: ['default', './tests/run/countReporter.ts'],
    // Vitest leaves a core free by default; on a two-core machine that means one worker.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.browser.test.ts'],
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium at a time: two cores are shared with the other projects.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'scenarios',
          environment: 'jsdom',
          include: ['tests/scenarios/**/*.test.tsx'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
    ],
  },
});
