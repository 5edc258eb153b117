// Files written for an earlier schema, moved to today's: each rule names what it changed, so
// `npm run validate-config -- --fix org.json` can rewrite a file and say why. A rule changes only
// what today's schema refuses, so a valid file passes through untouched.
import { SHIPPED_LANGUAGES } from './schema';

export interface Migration {
  path: string;
  message: string;
}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `languages` once took any code; now only the shipped ones, once each ("en-US" is "en"). */
function languages(config: Raw, changes: Migration[]) {
  if (!Array.isArray(config.languages)) return;
  const kept: string[] = [];
  for (const code of config.languages) {
    const base = typeof code === 'string' ? code.split('-')[0]!.toLowerCase() : '';
    const shipped = (SHIPPED_LANGUAGES as readonly string[]).includes(base);
    const duplicate = shipped && kept.includes(base);
    if (shipped && !duplicate) kept.push(base);
    if (!shipped || duplicate || code !== base)
      changes.push({
        path: 'languages',
        message: !shipped
          ? `removed ${JSON.stringify(code)}: the assistant has no text in it (it offers ${SHIPPED_LANGUAGES.join(', ')})`
          : duplicate
            ? `removed ${JSON.stringify(code)}: "${base}" is listed already`
            : `${JSON.stringify(code)} → "${base}"`,
      });
  }
  if (!kept.length) {
    kept.push('en');
    changes.push({ path: 'languages', message: 'set to ["en"]: none of its languages is shipped' });
  }
  if (changes.some((c) => c.path === 'languages')) config.languages = kept;
}

/** "UK" is not an ISO 3166 code; the United Kingdom is "GB". */
function country(config: Raw, changes: Migration[]) {
  if (config.country === 'UK') {
    config.country = 'GB';
    changes.push({ path: 'country', message: '"UK" → "GB" (the ISO 3166 code)' });
  }
}

const RULES = [languages, country];

/** A migrated copy of the file, with every change made; the original is not touched. */
export function migrateConfig(raw: unknown): { config: unknown; changes: Migration[] } {
  if (!isRecord(raw)) return { config: raw, changes: [] };
  const config = structuredClone(raw);
  const changes: Migration[] = [];
  for (const rule of RULES) rule(config, changes);
  return { config, changes };
}
