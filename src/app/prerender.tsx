// Build time only: renders the first question for one organization and language to HTML, so the
// standalone page shows it before any JavaScript arrives. mount() hydrates it when the person's
// session would start on that same screen (src/build/prerenderPlugin.ts, src/app/mount.tsx).
// Node: every UI string's placeholders, for configurations that override UI text.
import '../../flows/config/uiPlaceholdersEager';
import { PassThrough } from 'node:stream';
import { prerenderToNodeStream } from 'react-dom/static';
import { validateConfig } from '../../flows/config/validate';
import { createI18n, type LocaleContent } from '../i18n/i18n';
import { assistantTree, type MountOptions, textOverrides } from './mount';

export async function renderFirstScreen(
  options: MountOptions & { locale: string },
  content: LocaleContent,
): Promise<string> {
  const checked = validateConfig(options.config);
  if (!checked.ok) throw new Error(`prerender: the configuration has problems`);
  const i18n = createI18n(options.locale, content, textOverrides(checked));
  const { prelude } = await prerenderToNodeStream(assistantTree(options, checked, i18n));
  const chunks: Buffer[] = [];
  for await (const chunk of prelude.pipe(new PassThrough())) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
