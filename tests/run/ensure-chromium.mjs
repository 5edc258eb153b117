// Installs Debian's Chromium for the browser tests when it is missing. Playwright's own browser
// download is blocked on these machines, so playwright-core drives the system Chromium instead.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  console.log('Installing Chromium from Debian packages (about a minute)…');
  try {
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: 'inherit',
      },
    );
  } catch (error) {
    console.error('Could not install Chromium:', error instanceof Error ? error.message : error);
  }
  return existsSync(CHROMIUM);
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
