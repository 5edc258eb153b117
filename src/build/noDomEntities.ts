// Named character references (&amp; &eacute; &copy;) in a configuration's Markdown are decoded by
// decode-named-character-reference, which micromark (under react-markdown) imports. Its browser
// entry decodes by assigning `innerHTML`, which a page requiring Trusted Types refuses, so any
// entity in an override showed "Something went wrong". Its other entry looks the name up in a
// table (character-entities, about 11 KB gzip, in the override renderer's chunk only) and works
// under any policy. This plugin sends every import of the package to that entry.
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const PACKAGE = 'decode-named-character-reference';

export function noDomEntitiesPlugin(): Plugin {
  // The package's "default" export, the one without the DOM.
  const tableEntry = createRequire(import.meta.url).resolve(PACKAGE);
  return {
    name: 'signin-assistant-no-dom-entities',
    enforce: 'pre',
    resolveId(source) {
      return source === PACKAGE ? tableEntry : null;
    },
  };
}
