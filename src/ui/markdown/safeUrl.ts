// Only these link types are ever rendered. react-markdown's default transform drops `tel:`, which
// every support screen needs (shared/STACK.md); anything else becomes an inert empty link.
const SAFE_URL = /^(https:\/\/|mailto:|tel:\+?[0-9])/i;

// Bidi isolates (U+2066–U+2069) around a value in right-to-left text are for display only.
const ISOLATES = /[\u2066-\u2069]/g;

export function safeUrl(url: string): string {
  const clean = url.replace(ISOLATES, '').trim();
  return SAFE_URL.test(clean) ? clean : '';
}
