// The content lint's rules over a configuration's own wording (`text.<locale>.ui` and `.steps`,
// and the portal's own labels, `portal.labels`):
// what a health system writes reaches patients without passing through content/, so the
// validator holds it to the same rules. Errors: a sentence that asks for a password or code, one
// that says whether an account exists, a link to a site that is none of the organization's own.
// A warning: English that reads above the content lint's grade.
import type { OrgConfig } from './schema';
import {
  accountSentences,
  askingSentences,
  MAX_GRADE,
  plainSentences,
  readingGrade,
} from './textRules';
import { type ConfigWarning, organizationSites, siteOf } from './warnings';

export interface TextFindings {
  errors: ConfigWarning[];
  warnings: ConfigWarning[];
}

/** Every string of a UI override tree, with its path. */
function strings(tree: unknown, path: string): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => strings(value, `${path}.${key}`));
}

/**
 * Where a text sends people: web addresses (in Markdown links, autolinks or plain), www. addresses
 * and email addresses; the host, lower-cased. A `tel:` link is a number, not a site.
 */
export function linkedHosts(text: string): string[] {
  const hosts: string[] = [];
  for (const [, url] of text.matchAll(/\b(https?:\/\/[^\s<>()[\]"'`]+)/gi)) {
    try {
      hosts.push(new URL(url!).hostname.toLowerCase());
    } catch {
      // Not an address a browser would follow.
    }
  }
  for (const [, domain] of text.matchAll(/[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi))
    hosts.push(domain!.toLowerCase().replace(/\.$/, ''));
  // A bare www. address is not a link, but people type what they read.
  for (const [, bare] of text.matchAll(/(?<![\w@./-])(www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi))
    hosts.push(bare!.toLowerCase());
  return hosts;
}

const isEnglish = (locale: string) => /^en(-|$)/.test(locale);

export function textFindings(config: OrgConfig): TextFindings {
  const errors: ConfigWarning[] = [];
  const warnings: ConfigWarning[] = [];
  const sites = organizationSites(config);
  const check = (path: string, value: string) => {
    for (const s of askingSentences(value))
      errors.push({
        path,
        message: `asks for a password or code: "${s.trim().slice(0, 120)}"`,
        suggestion:
          'The assistant never asks for a password or any code, and says so. Tell people where to type it (the portal’s own page), or remove the sentence.',
      });
    for (const s of accountSentences(value))
      errors.push({
        path,
        message: `says whether an account exists: "${s.trim().slice(0, 120)}"`,
        suggestion:
          'Never say whether an account exists: it helps someone guessing at accounts. Say what to try next instead.',
      });
    for (const host of new Set(linkedHosts(value)))
      if (!sites.has(siteOf(host)))
        errors.push({
          path,
          message: `sends people to ${host}, which is not one of the organization's own sites (${[...sites].join(', ')})`,
          suggestion:
            'Check the spelling: a look-alike address is how fake portals catch people. Link only to the portal and the addresses in this configuration.',
        });
  };
  // The portal's own labels are shown inside the shipped sentences: the same rules hold.
  for (const [locale, labels] of Object.entries(config.portal.labels ?? {}))
    for (const [key, value] of Object.entries(labels ?? {}))
      if (value) check(`portal.labels.${locale}.${key}`, value);
  for (const [locale, text] of Object.entries(config.text ?? {})) {
    for (const [path, value] of strings(text.ui, `text.${locale}.ui`)) check(path, value);
    for (const [step, parts] of Object.entries(text.steps ?? {})) {
      const base = `text.${locale}.steps.${step}`;
      const all: string[] = [];
      for (const [part, value] of Object.entries(parts))
        for (const [path, one] of strings(value, `${base}.${part}`)) {
          check(path, one);
          all.push(one);
        }
      if (!isEnglish(locale)) continue;
      const grade = readingGrade(plainSentences(all.join('\n')));
      if (grade > MAX_GRADE)
        warnings.push({
          path: base,
          message: `reads at grade ${grade.toFixed(1)} (the shipped text is at most ${MAX_GRADE})`,
          suggestion:
            'Use shorter sentences and everyday words: people reading this are stuck and often stressed.',
        });
    }
  }
  return { errors, warnings };
}
