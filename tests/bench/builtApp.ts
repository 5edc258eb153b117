// The built app served for a benchmark, as the browser tests serve it: a production build (skipped
// with NO_BUILD=1 when dist/ is fresh) behind `vite preview` on a free port.
import { resolve } from 'node:path';
import { build, type PreviewServer, preview } from 'vite';
import { ensureChromium } from '../run/ensure-chromium.mjs';

export const root = resolve(import.meta.dirname, '../..');

export async function servedBuild(): Promise<{ server: PreviewServer; url: string }> {
  if (!ensureChromium()) throw new Error('Chromium is needed for the benchmark');
  process.env.NODE_ENV = 'production';
  if (!process.env.NO_BUILD) await build({ root, logLevel: 'warn', mode: 'production' });
  const server = await preview({ root, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const address = server.httpServer.address();
  return {
    server,
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
  };
}
