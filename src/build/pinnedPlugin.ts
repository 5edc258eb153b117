// The pinned path for host pages (issue 20, finding 11). The loader's `integrity` covers the
// loader only; the chunks it imports and the stylesheet would load unchecked. This plugin:
// - writes the stylesheet's integrity into the element's first chunk (shadowStart), which sets it on the <link> it adds
//   to the shadow root (so the stylesheet is covered by whatever covers that chunk);
// - writes dist/embed/importmap.txt: a <script type="importmap"> whose `integrity` map names
//   every JavaScript file with its hash, so the browser checks each chunk the loader imports, and
//   dist/embed/importmap.sha256, the hash a host adds to its script-src for that inline script.
// Import-map keys are absolute addresses: set SIGNIN_ASSISTANT_ORIGIN (e.g.
// https://help.example.org) when building; without it they are paths on the host's own origin.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Stands in for the stylesheet's integrity in src/embed/shadowStart.ts; exactly as long as one. */
export const STYLE_INTEGRITY_MARK = `sha384-${'_'.repeat(64)}`;

const sri = (data: string | Uint8Array) =>
  `sha384-${createHash('sha384').update(data).digest('base64')}`;

export function importMapHtml(files: Record<string, string>, origin: string): string {
  const integrity: Record<string, string> = {};
  for (const [file, hash] of Object.entries(files))
    if (file.endsWith('.js')) integrity[`${origin}/${file}`] = hash;
  return `<script type="importmap">${JSON.stringify({ imports: {}, integrity })}</script>`;
}

export function pinnedPlugin(): Plugin {
  return {
    name: 'signin-assistant-pinned',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sheet = Object.values(bundle).find(
        (file) => file.type === 'asset' && /^assets\/styles-[\w-]+\.css$/.test(file.fileName),
      );
      if (sheet?.type !== 'asset') return;
      const integrity = sri(sheet.source);
      // Same length, so the source map stays right.
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && chunk.code.includes(STYLE_INTEGRITY_MARK))
          chunk.code = chunk.code.replaceAll(STYLE_INTEGRITY_MARK, integrity);
    },
    // After the embed plugin has written the manifest from the files as written.
    writeBundle(options) {
      const dir = options.dir ?? 'dist';
      const { files } = JSON.parse(readFileSync(join(dir, 'embed/manifest.json'), 'utf8'));
      const origin = (process.env.SIGNIN_ASSISTANT_ORIGIN ?? '').replace(/\/$/, '');
      const html = importMapHtml(files, origin);
      const inline = html.slice('<script type="importmap">'.length, -'</script>'.length);
      writeFileSync(join(dir, 'embed/importmap.txt'), `${html}\n`);
      writeFileSync(
        join(dir, 'embed/importmap.sha256'),
        `'sha256-${createHash('sha256').update(inline).digest('base64')}'\n`,
      );
    },
  };
}
