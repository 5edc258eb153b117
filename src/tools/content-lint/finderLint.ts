// The problem finder's words (content/<locale>/finder.yaml): every locale names the same
// situations, each leading to steps the machine has, with a sentence to show that neither asks
// for a password or code nor says whether an account exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { FinderData } from '../../../flows/finder';
import type { LintProblem } from './contentLint';

type Check = (text: string) => string[];

export function lintFinder(
  contentDir: string,
  codes: string[],
  known: Set<string>,
  checks: { asking: Check; account: Check },
  problems: LintProblem[],
) {
  const read = (code: string): FinderData | null => {
    const file = join(contentDir, code, 'finder.yaml');
    if (!existsSync(file)) {
      problems.push({ file: `${code}/finder.yaml`, rule: 'missing', message: 'no finder words' });
      return null;
    }
    try {
      return parse(readFileSync(file, 'utf8')) as FinderData;
    } catch (error) {
      problems.push({ file: `${code}/finder.yaml`, rule: 'finder', message: String(error) });
      return null;
    }
  };
  const english = read('en');
  const shape = (data: FinderData) =>
    new Map(data.situations.map((s) => [s.id, (s.steps ?? []).join(',')]));
  const expected = english ? shape(english) : new Map<string, string>();
  for (const code of codes) {
    const data = code === 'en' ? english : read(code);
    if (!data) continue;
    const file = `${code}/finder.yaml`;
    const add = (message: string) => problems.push({ file, rule: 'finder', message });
    const seen = new Set<string>();
    for (const s of data.situations ?? []) {
      if (seen.has(s.id)) add(`${s.id}: named twice`);
      seen.add(s.id);
      if (!s.says?.trim()) add(`${s.id}: no sentence to show`);
      if (!s.phrases?.length) add(`${s.id}: no words to match`);
      for (const step of s.steps ?? []) if (!known.has(step)) add(`${s.id}: no step "${step}"`);
      if (code !== 'en' && expected.get(s.id) !== (s.steps ?? []).join(','))
        add(`${s.id}: leads elsewhere than in English (or English has no such situation)`);
      for (const sentence of [...checks.asking(s.says ?? ''), ...checks.account(s.says ?? '')])
        add(`${s.id}: "${sentence}"`);
    }
    for (const id of expected.keys()) if (!seen.has(id)) add(`${id}: missing`);
  }
}
