// Builds the app and serves it with `vite preview` on 127.0.0.1 (under the strict CSP), for the
// browser tests; installs Debian's Chromium first if it is missing. Nothing is left running.

import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../run/ensure-chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromium: boolean;
  }
}

export default async function setup(project: TestProject) {
  const chromium = ensureChromium();
  project.provide('chromium', chromium);
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: the gate
  // must test (and the size check must measure) exactly what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn', mode: 'production' });
  process.env.NODE_ENV = nodeEnv;
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  return async () => {
    await server.close();
  };
}
