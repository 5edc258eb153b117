// The problem finder's words (content/<locale>/finder.yaml) as modules the browser loads only when
// a person starts typing: `virtual:content/finder-loaders` holds a lazy loader per locale, and
// `virtual:content/finder/<locale>` the parsed file. English stands in for a locale without one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The module's code for `name` (after `virtual:content/`), or null when it is not the finder's. */
export function finderModule(
  contentDir: string,
  name: string,
  locales: string[],
  prefix: string,
): string | null {
  if (name === 'finder-loaders') {
    const entries = locales.map(
      (code) =>
        `${JSON.stringify(code)}: () => import(${JSON.stringify(`${prefix}finder/${code}`)})`,
    );
    return `export default {${entries.join(',\n')}};`;
  }
  if (!name.startsWith('finder/')) return null;
  const locale = name.slice('finder/'.length);
  if (!locales.includes(locale)) throw new Error(`bad locale "${locale}"`);
  const own = join(contentDir, locale, 'finder.yaml');
  const file = existsSync(own) ? own : join(contentDir, 'en', 'finder.yaml');
  return `export default ${JSON.stringify(parse(readFileSync(file, 'utf8')))};`;
}
