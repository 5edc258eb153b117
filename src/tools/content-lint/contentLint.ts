// Content lint (`npm run lint:content`, and in `npm test`): what every step file must be before it
// reaches a patient. Front matter present and valid; a file for every step and a step for every
// file, in every locale; every UI string used somewhere; links only https:, mailto: and tel:; no
// sentence that asks for a password or code, or says whether an account exists; and English at
// most grade 8 (Flesch–Kincaid) per step. The agent wording (agent.yaml) has its own rules: every
// step has something to ask or to tell, and no line has an agent ask for a password or code.
// Each translation is also checked against English (localeLint.ts): counted facts, bidi
// isolation, the portal-label pattern, and a reading measure per language.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  accountSentences,
  agentAsks,
  askingSentences,
  badLinks,
  MAX_GRADE,
  plainSentences,
  readingGrade,
  sentences,
  WARNS,
} from '../../../flows/config/textRules';
import { stepKeys } from '../../../flows/machine/assistantMachine';
import {
  parseStepFile,
  readAgent,
  readManifest,
  type StepText,
} from '../../build/content/contentPlugin';
import { lintFinder } from './finderLint';
import { type LocaleReading, lintLocales } from './localeLint';

export { MAX_GRADE } from '../../../flows/config/textRules';

export interface LintProblem {
  file: string;
  rule:
    | 'front-matter'
    | 'orphan'
    | 'missing'
    | 'unused'
    | 'link'
    | 'asks'
    | 'account'
    | 'grade'
    | 'agent'
    | 'finder'
    | 'counted'
    | 'bidi'
    | 'portal-label';
  message: string;
}

export interface LintReport {
  problems: LintProblem[];
  /** English reading grade per step, hardest first. */
  grades: { key: string; grade: number }[];
  median: number;
  /** The reading measure of each other language (localeLint.ts), one entry per measure. */
  readings: LocaleReading[];
}

const allText = (text: StepText) =>
  [text.title, text.hint, text.legend, text.submit, text.body, ...Object.values(text.answers ?? {})]
    .filter(Boolean)
    .join('\n');

function leaves(tree: unknown, path = ''): string[] {
  if (typeof tree === 'string') return [path];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Whether code uses a UI string: by name, or by a key it builds from a group. */
function isUsed(key: string, source: string): boolean {
  const base = key.replace(PLURAL, '');
  const parts = base.split('.');
  const groups = parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'));
  // Used by name, or by a key built in code from a group: t(`errors.${field}.${finding}`).
  // Or by group and name, as the content plugin reads one string in every locale.
  const byParts = `'${parts.slice(0, -1).join('.')}', '${parts.at(-1)}'`;
  return (
    source.includes(base) ||
    source.includes(byParts) ||
    groups.some((group) => source.includes(`${group}.\${`))
  );
}

function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.(ts|tsx)$/.test(f.name))
    .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'))
    .join('\n');
}

/** The agent wording of one locale: steps that exist, something to say on each, no asking. */
function lintAgent(contentDir: string, code: string, known: Set<string>, problems: LintProblem[]) {
  const file = `${code}/agent.yaml`;
  if (!existsSync(join(contentDir, file))) {
    if (code === 'en') problems.push({ file, rule: 'missing', message: 'no agent wording' });
    return;
  }
  let steps: ReturnType<typeof readAgent>['steps'];
  try {
    steps = readAgent(contentDir, code).steps;
  } catch (error) {
    problems.push({ file, rule: 'agent', message: String((error as Error).message) });
    return;
  }
  for (const [key, text] of Object.entries(steps)) {
    if (!known.has(key))
      problems.push({ file, rule: 'orphan', message: `no step "${key}" in the machine` });
    if (!text?.ask && !text?.tell)
      problems.push({ file, rule: 'agent', message: `${key}: nothing to ask or to tell` });
    for (const line of Object.values(text ?? {}))
      for (const s of sentences(String(line)).filter((s) => agentAsks(s) && !WARNS.test(s)))
        problems.push({ file, rule: 'asks', message: `${key}: asks for a secret: "${s.trim()}"` });
  }
  if (code === 'en')
    for (const key of known)
      if (!steps[key])
        problems.push({ file, rule: 'missing', message: `${key}: the step has no agent wording` });
}

export function lintContent(contentDir: string, srcDir: string): LintReport {
  const problems: LintProblem[] = [];
  const { locales } = readManifest(contentDir);
  const known = new Set<string>(stepKeys);
  const grades: LintReport['grades'] = [];

  for (const { code } of locales) {
    const dir = join(contentDir, code, 'steps');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
    const present = new Set<string>();
    for (const file of files) {
      const where = `${code}/steps/${file}`;
      let parsed: { key: string; text: StepText };
      try {
        parsed = parseStepFile(readFileSync(join(dir, file), 'utf8'), where);
      } catch (error) {
        problems.push({
          file: where,
          rule: 'front-matter',
          message: String((error as Error).message),
        });
        continue;
      }
      const { key, text } = parsed;
      present.add(key);
      if (`${key}.md` !== file)
        problems.push({
          file: where,
          rule: 'front-matter',
          message: `key "${key}" does not match the file name`,
        });
      if (!known.has(key))
        problems.push({ file: where, rule: 'orphan', message: `no step "${key}" in the machine` });
      for (const url of badLinks(text.body))
        problems.push({
          file: where,
          rule: 'link',
          message: `links to "${url}": only https:, mailto: and tel: are allowed`,
        });
      for (const s of askingSentences(allText(text)))
        problems.push({
          file: where,
          rule: 'asks',
          message: `asks for a password or code: "${s.trim()}"`,
        });
      for (const s of accountSentences(allText(text)))
        problems.push({
          file: where,
          rule: 'account',
          message: `says whether an account exists: "${s.trim()}"`,
        });
      if (code === 'en') {
        const grade = readingGrade(plainSentences(allText(text)));
        grades.push({ key, grade });
        if (grade > MAX_GRADE)
          problems.push({
            file: where,
            rule: 'grade',
            message: `reads at grade ${grade.toFixed(1)} (at most ${MAX_GRADE})`,
          });
      }
    }
    // English is complete; other locales may fall back to it, but never for a step that is gone.
    if (code === 'en')
      for (const key of known)
        if (!present.has(key))
          problems.push({
            file: `${code}/steps/${key}.md`,
            rule: 'missing',
            message: 'the machine has this step but there is no file',
          });
  }

  for (const { code } of locales) lintAgent(contentDir, code, known, problems);
  lintFinder(
    contentDir,
    locales.map((l) => l.code),
    known,
    { asking: askingSentences, account: accountSentences },
    problems,
  );

  // The checks against English read every locale again; a file that does not parse is already
  // reported above, so they wait until it does.
  let readings: LocaleReading[] = [];
  try {
    readings = lintLocales(contentDir, locales, problems);
  } catch {
    // reported above
  }

  const source = sourceText(srcDir);
  const ui = JSON.parse(readFileSync(join(contentDir, 'en', 'ui.json'), 'utf8'));
  for (const key of leaves(ui))
    if (!isUsed(key, source))
      problems.push({ file: 'en/ui.json', rule: 'unused', message: `"${key}" is never used` });
  if (existsSync(join(contentDir, 'en', 'agent.yaml'))) {
    const { ui: agentUi, facts } = readAgent(contentDir, 'en');
    for (const key of leaves({ ui: agentUi, facts }))
      if (!isUsed(key, source))
        problems.push({ file: 'en/agent.yaml', rule: 'unused', message: `"${key}" is never used` });
  }

  grades.sort((a, b) => b.grade - a.grade);
  const sorted = grades.map((g) => g.grade).sort((a, b) => a - b);
  return { problems, grades, median: sorted[Math.floor(sorted.length / 2)] ?? 0, readings };
}
