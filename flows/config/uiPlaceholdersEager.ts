// For Node (the tools, the build's prerender, tests): the list of UI strings, registered at import.
// Pages load it lazily instead, and only for a configuration that overrides UI text
// (uiPlaceholdersLoader.ts, used by src/app/mount.tsx).
import { setUiPlaceholders } from './uiOverrides';
import { UI_PLACEHOLDERS } from './uiPlaceholders';

setUiPlaceholders(UI_PLACEHOLDERS);
