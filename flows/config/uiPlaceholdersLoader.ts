// The list of every UI string and its placeholders (uiPlaceholders.ts, 3 KB gzip) is needed only to
// check a configuration that overrides UI text. Pages load it for such a configuration only
// (src/app/mount.tsx); Node (the tools, the build's prerender, the unit tests)
// imports uiPlaceholdersEager.ts. No static import here, so the list stays a chunk of its own.

/** Whether a configuration overrides any UI text (`text.<locale>.ui`). */
export function hasUiOverrides(raw: unknown): boolean {
  const text = (raw as { text?: unknown } | null)?.text;
  if (!text || typeof text !== 'object') return false;
  return Object.values(text).some((locale) => !!(locale as { ui?: unknown } | null)?.ui);
}

export async function loadUiPlaceholders(): Promise<void> {
  const [{ UI_PLACEHOLDERS }, { setUiPlaceholders }] = await Promise.all([
    import('./uiPlaceholders'),
    import('./uiOverrides'),
  ]);
  setUiPlaceholders(UI_PLACEHOLDERS);
}
