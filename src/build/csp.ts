// The Content-Security-Policy the built app runs under (shared/STACK.md): scripts and styles only
// from the app's own origin, no inline code, Trusted Types required. Served by `vite preview` and
// documented for hosts.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
].join('; ');
