// Only these link types are ever rendered. react-markdown's default transform drops `tel:`, which
// every support screen needs (shared/STACK.md); anything else becomes an inert empty link.
const SAFE_URL = /^(https:\/\/|mailto:|tel:\+?[0-9])/i;

export function safeUrl(url: string): string {
  return SAFE_URL.test(url.trim()) ? url.trim() : '';
}
