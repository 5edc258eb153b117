// The configurations in public/orgs/ that pass the validator when the site is built, each by the
// SHA-256 digest of its file. A page that fetches one of these files byte for byte uses it as it is
// (src/app/configSource.ts), so a patient of a health system whose configuration shipped with the
// site never downloads the validator (zod and the checks, 22 KB gzip) nor waits while it runs on a
// slow phone. A file edited after the build has another digest and is validated in the page as
// before; so is a broken file, which gets no digest, and every configuration handed to mount().
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../../flows/config/uiPlaceholdersEager';
import { validateConfig } from '../../flows/config/validate';

/** The digest both sides compare: the first 128 bits of SHA-256, base64url. */
function configDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest().subarray(0, 16).toString('base64url');
}

/** File name → digest, for every configuration in `dir` the validator accepts. */
export function checkedConfigs(dir: string): Record<string, string> {
  const checked: Record<string, string> = {};
  for (const file of readdirSync(dir).sort()) {
    // Agent facts files (<id>.agent.json) have a checker of their own and are never skipped.
    if (!file.endsWith('.json') || file.endsWith('.agent.json')) continue;
    const bytes = readFileSync(join(dir, file));
    let raw: unknown;
    try {
      raw = JSON.parse(bytes.toString('utf8'));
    } catch {
      continue;
    }
    if (validateConfig(raw).ok) checked[file] = configDigest(bytes);
  }
  return checked;
}
