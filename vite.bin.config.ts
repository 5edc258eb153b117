// The package's command (src/tools/signin-assistant/cli.ts) as one plain JavaScript file, bin/,
// with zod and the configuration schema inside: `npx signin-assistant validate org.json` runs on
// Node alone. `npm run build` makes it after the app.
import { defineConfig } from 'vite';

export default defineConfig({
  // The app's public/ is not the command's.
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/tools/signin-assistant/cli.ts',
    outDir: 'bin',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      output: { entryFileNames: 'signin-assistant.js', banner: '#!/usr/bin/env node' },
    },
  },
  // Every dependency inside the file: an installed package needs nothing else to run it.
  ssr: { noExternal: true },
});
