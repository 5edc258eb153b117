// Reads the finder's data and labelled phrases for tests and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { FinderData } from '../../flows/finder';

export const FINDER_LOCALES = ['en', 'es', 'zh', 'vi', 'ar'] as const;
const root = resolve(import.meta.dirname, '../..');

export const finderData = (locale: string) =>
  parse(readFileSync(resolve(root, `content/${locale}/finder.yaml`), 'utf8')) as FinderData;

export interface Labelled {
  text: string;
  /** Right first destinations: any of these steps. */
  steps: string[];
  split: 'tune' | 'holdout';
}

export const evalSet = (locale: string) =>
  JSON.parse(readFileSync(resolve(root, `tests/finder/eval/${locale}.json`), 'utf8')) as Labelled[];

/**
 * A later, fresh untouched part (tests/finder/eval/<locale>-fresh.json), written before any tuning
 * of that language that followed it: empty when the language has none.
 */
export const freshSet = (locale: string): Labelled[] => {
  const file = resolve(root, `tests/finder/eval/${locale}-fresh.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Labelled[]) : [];
};
