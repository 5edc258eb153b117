// Debian's Chromium, started the way shared/STACK.md says works on a closed network. Used by the
// browser tests and the benchmark.
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM } from '../run/ensure-chromium.mjs';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
