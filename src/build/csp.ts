// The Content-Security-Policy the built app runs under (shared/STACK.md): scripts and styles only
// from the app's own origin, no inline code, Trusted Types required. Served by `vite preview` (and
// `vite` for the embed pages) and documented for hosts in the README.
const BASE = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
];

/** Every page but the frame: never framed by another site. */
export const STRICT_CSP = [...BASE, "frame-ancestors 'self'"].join('; ');

/**
 * The page hosts put in an iframe. A deployment lists its hosts' exact origins; the demo allows
 * local addresses on any port, which is how the tests frame it from a second origin.
 */
export function frameCsp(hosts: readonly string[]): string {
  return [...BASE, `frame-ancestors 'self' ${hosts.join(' ')}`.trim()].join('; ');
}

/**
 * The same policy for a <meta> element, the fallback where a host sends no header: browsers
 * ignore frame-ancestors in a meta policy, so it is left out (only a header can stop framing).
 */
export const META_CSP = BASE.join('; ');

/** Sent with every page and file of a deployment (src/build/headersPlugin.ts). */
export const SECURITY_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

export const DEMO_FRAME_HOSTS = ['http://localhost:*', 'http://127.0.0.1:*'];

export function cspFor(path: string): string {
  return /^\/embed\/frame\.html(\?|$)/.test(path) ? frameCsp(DEMO_FRAME_HOSTS) : STRICT_CSP;
}
