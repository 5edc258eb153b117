/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { tsImport } from 'tsx/esm/api';
import { defineConfig } from 'vite';
import { compileHintsPlugin } from './src/build/compileHints.ts';
import { contentPlugin } from './src/build/content/contentPlugin.ts';
import { embedPlugin, LOADER_NAME } from './src/build/embedPlugin.ts';
import { headersPlugin } from './src/build/headersPlugin.ts';
import { noDomEntitiesPlugin } from './src/build/noDomEntities.ts';
import { orgList } from './src/build/orgList.ts';
import { pinnedPlugin } from './src/build/pinnedPlugin.ts';
import { prerenderPlugin } from './src/build/prerenderPlugin.ts';
import { startHintsPlugin } from './src/build/startHints.ts';

const orgsFolder = new URL('./public/orgs', import.meta.url).pathname;
const orgs = orgList(orgsFolder);
// Through tsx, not Vite's bundling of this file: the validator and the machine behind it are the
// app's own modules, written without file extensions in their imports.
const { checkedConfigs }: typeof import('./src/build/checkedConfigs.ts') = await tsImport(
  './src/build/checkedConfigs.ts',
  import.meta.url,
);
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  plugins: [
    react(),
    noDomEntitiesPlugin(),
    contentPlugin(),
    prerenderPlugin(),
    startHintsPlugin(),
    compileHintsPlugin(),
    embedPlugin(version),
    headersPlugin(),
    pinnedPlugin(),
  ],
  // Relative addresses, so the loader finds its chunks on the assistant's origin from any host page.
  base: './',
  resolve: {
    // @xstate/react and react-i18next import the shim of useSyncExternalStore, a copy for React 17
    // and older; React 19 has it, and these entries hand it over without the copy (0.4 KB gzip
    // of the first JavaScript).
    alias: [
      {
        find: /^use-sync-external-store\/shim\/with-selector$/,
        replacement: 'use-sync-external-store/with-selector',
      },
      { find: /^use-sync-external-store\/shim$/, replacement: 'use-sync-external-store' },
    ],
  },
  // Saved progress from another release is discarded rather than replayed.
  // `?org=` on the standalone page opens any configuration in public/orgs/ (src/app/orgChoice.ts).
  define: {
    APP_VERSION: JSON.stringify(version),
    ORG_LIST: JSON.stringify(orgs),
    ORG_IDS: JSON.stringify(orgs.map((o) => o.id)),
    // The configurations the validator accepts now: the pages use these files, unchanged, as they
    // are (src/build/checkedConfigs.ts).
    CHECKED_CONFIGS: JSON.stringify(checkedConfigs(orgsFolder)),
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser the assistant supports preloads modules natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        main: 'index.html',
        // The help desk's page, on its own path so a web team can put it behind staff sign-in.
        staff: 'staff/index.html',
        frame: 'src/embed/frame.html',
        demo: 'src/embed/demo.html',
        preview: 'src/embed/preview.html',
        [LOADER_NAME]: 'src/embed/loader.ts',
      },
      output: {
        // Chunks by when they are needed, so the page's first lines can run before the app has
        // arrived (src/app/requestStart.ts) and the app still comes as one well-compressed file.
        // The loader's small shared modules stay apart, or the embed loader would pull in more.
        codeSplitting: {
          groups: [
            {
              name: (id) =>
                /preload-helper|src\/app\/configSource\.ts/.test(id)
                  ? id.replace(/^.*\/|\.[jt]s$/g, '')
                  : null,
              priority: 30,
              includeDependenciesRecursively: false,
            },
            {
              // What the embed loader shares with the app: the message envelopes and the names of
              // flows and signal fields, without which the loader would import the whole app.
              name: 'messages',
              test: /src\/embed\/messages\.ts|flows\/signals\/signalTypes\.ts|flows\/machine\/types\.ts/,
              priority: 25,
              includeDependenciesRecursively: false,
            },
            {
              name: 'start',
              // With what the page's first script needs to keep the prerendered question working
              // (src/app/earlyInput.ts): whether there is a step to resume; and the Intl
              // formatters' cache, whose first formatter it makes while the app downloads.
              test: /src\/app\/requestStart\.ts|src\/format\/intl\.ts|src\/i18n\/locales\.ts|content\/locales\.json|virtual:content\/loaders|src\/session\/storage\.ts|flows\/session\/deepLinks\.ts|src\/app\/earlyInput\.ts/,
              priority: 20,
              includeDependenciesRecursively: false,
            },
            {
              name: 'assistantMachine',
              test: /node_modules[\\/]xstate[\\/]|flows[\\/](machine[\\/](step|guards|assistantMachine|branches[\\/])|checks[\\/](findings|phoneLibrary)|config[\\/]region)/,
              priority: 15,
              includeDependenciesRecursively: false,
            },
            {
              name: 'mount',
              test: /src\/app\/mount\.tsx/,
              priority: 10,
              includeDependenciesRecursively: true,
            },
          ],
        },
        // The loader keeps a stable, versioned name a host can pin; everything else is hashed.
        entryFileNames: (chunk) =>
          chunk.name === LOADER_NAME
            ? `embed/${LOADER_NAME}-${version}.js`
            : 'assets/[name]-[hash].js',
        // The agent view's wording is named apart from the patients' locales (tests/bench/sizes.ts).
        // The validator's chunk is named for it, as it loads only for a configuration the build did
        // not check (src/build/checkedConfigs.ts, tests/bench/sizes.ts).
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('virtual:content/agent/')
            ? 'assets/agent-[name]-[hash].js'
            : chunk.moduleIds.some((id) => id.endsWith('/flows/config/validate.ts'))
              ? 'assets/validator-[hash].js'
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
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
        },
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
          // Every scenario played by ear with a virtual screen reader (tests/a11y/README.md).
          name: 'a11y',
          environment: 'jsdom',
          include: ['tests/a11y/**/*.test.tsx'],
          setupFiles: ['tests/ui/setup.ts'],
          // A scenario by ear is 0.3–1 s alone; on two busy shared cores, ten times that.
          testTimeout: 30_000,
          // The listener's clock is in another zone than the clinics' (Chicago), so "your time"
          // is heard; fixed, so the committed transcripts read the same on every machine.
          env: { TZ: 'America/New_York' },
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
