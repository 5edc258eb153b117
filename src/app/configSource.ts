// Reads a configuration file for the standalone page, the element and the frame. A configuration
// decides where people are sent for help, so it is read only from the page's own origin, never
// through a redirect (an open redirect on the host would otherwise hand the frame an attacker's
// phone numbers), and only when the server says it is JSON. The frame and the standalone page
// also take it only from the configurations folder, as anyone can write a `?config=` into a link;
// the element's `config` attribute is written by the host page itself. A failure becomes a value
// mount() reports like any invalid configuration, with a way to a person. A file that is, byte for
// byte, one the build validated (src/build/checkedConfigs.ts) is marked so, and mount() then uses
// it without loading the validator.

/**
 * Where the site keeps its configurations (public/orgs/), as a path on this origin. The build
 * uses relative addresses (`base: './'`) and puts every chunk one folder below the site's root
 * (assets/, embed/), so the folder is found from this module's own address, wherever the site is
 * deployed; the dev server serves public/ at the root.
 */
export const CONFIG_FOLDER = import.meta.env.DEV
  ? '/orgs/'
  : new URL(/* @vite-ignore */ '../orgs/', import.meta.url).pathname;

/** One file name in the folder: no further folders, no encoded slashes or dots, no query. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*\.json$/;

/** application/json, or a JSON-based type such as application/manifest+json. */
const JSON_TYPE = /^application\/([a-z0-9.-]+\+)?json\s*(;|$)/i;

export interface FetchOptions {
  /** Take only a file directly inside this folder of the page's origin (a path ending in /). */
  folder?: string;
}

function inFolder(url: URL, folder: string): boolean {
  if (url.search || !url.pathname.startsWith(folder)) return false;
  return FILE_NAME.test(url.pathname.slice(folder.length));
}

/** File name → digest of each configuration the build validated (src/build/checkedConfigs.ts). */
const CHECKED: Readonly<Record<string, string>> = CHECKED_CONFIGS;
/** The configurations read through fetchConfig whose file the build validated, unchanged. */
const checkedAtBuild = new WeakSet<object>();

/** Whether this configuration is a file the build validated, read unchanged: mount() trusts it. */
export function wasCheckedAtBuild(config: unknown): boolean {
  return typeof config === 'object' && config !== null && checkedAtBuild.has(config);
}

/** Whether the build validated a file of this name; only its digest can say it is unchanged. */
export function mayBeCheckedAtBuild(address: string): boolean {
  return Object.hasOwn(CHECKED, address.replace(/^.*\//, ''));
}

/** Whether these bytes are those of a file the build validated (same digest as checkedConfigs.ts). */
async function checkedFile(bytes: ArrayBuffer): Promise<boolean> {
  const known = Object.values(CHECKED);
  // crypto.subtle is there only in secure contexts (https, localhost); elsewhere mount() validates.
  if (!known.length || !globalThis.crypto?.subtle) return false;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)).subarray(0, 16);
  const base64url = btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return known.includes(base64url);
}

/** Why the configuration could not be loaded, when fetchConfig gave up; otherwise null. */
export function loadFailure(value: unknown): string | null {
  const error = (value as { error?: unknown } | null)?.error;
  return typeof error === 'string' && Object.keys(value as object).length === 1 ? error : null;
}

export async function fetchConfig(
  address: string,
  what = 'the configuration address',
  { folder }: FetchOptions = {},
): Promise<unknown> {
  let url: URL;
  try {
    if (!address.trim()) throw new Error('empty');
    url = new URL(address, document.baseURI);
  } catch {
    return { error: `${what} is missing or not an address` };
  }
  if (url.origin !== window.location.origin)
    return { error: `${what} must be on this page’s own origin` };
  if (folder && !inFolder(url, folder))
    return { error: `${what}: only a .json file in the configurations folder ${folder}` };
  try {
    const response = await fetch(url, { credentials: 'same-origin', redirect: 'error' });
    // `redirect: 'error'` already refuses redirects; the answer's own address is checked too, in
    // case anything between (a service worker, an older browser) followed one.
    const landed = response.url ? new URL(response.url) : url;
    if (response.redirected || landed.origin !== url.origin || landed.pathname !== url.pathname)
      return { error: `${url} answered from ${landed.href}` };
    if (!response.ok) return { error: `HTTP ${response.status} for ${url}` };
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type)) return { error: `${url} is not JSON (${type})` };
    const bytes = await response.arrayBuffer();
    const config: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof config === 'object' && config !== null && (await checkedFile(bytes)))
      checkedAtBuild.add(config);
    return config;
  } catch (error) {
    return { error: String(error) };
  }
}
