// The content lint guards every step: it passes on the shipped content (printing each step's
// reading grade), and it catches what it exists to catch when a bad file is planted.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readingGrade, syllables } from '../../flows/config/textRules';
import { lintContent, MAX_GRADE } from '../../src/tools/content-lint/contentLint';

const root = resolve(import.meta.dirname, '../..');
const CONTENT = resolve(root, 'content');
const SRC = resolve(root, 'src');

describe('the shipped content', () => {
  const report = lintContent(CONTENT, SRC);

  it('has no lint problems', () => {
    expect(report.problems).toEqual([]);
  });

  it(`reads at grade ${MAX_GRADE} or below in English, every step`, () => {
    console.log(
      `English reading grade (Flesch–Kincaid) over ${report.grades.length} steps: median ${report.median.toFixed(1)}; hardest: ${report.grades
        .slice(0, 5)
        .map((g) => `${g.key} ${g.grade.toFixed(1)}`)
        .join(', ')}`,
    );
    expect(report.grades.length).toBeGreaterThan(80);
    expect(report.grades[0]!.grade).toBeLessThanOrEqual(MAX_GRADE);
  });
});

describe('planted mistakes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-lint-'));
  cpSync(CONTENT, dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const plant = (file: string, change: (text: string) => string) => {
    const path = join(dir, 'en', 'steps', file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };

  plant(
    'passwordBasics.md',
    (t) => `${t}\n\nSee [the help page](http://help.example.org/signin).\n`,
  );
  plant('lockedWait.md', (t) => `${t}\n\nEnter your password here so we can check it.\n`);
  plant('forgotBoth.md', (t) => `${t}\n\nWe could not find your account with that email.\n`);
  plant(
    'recoverUsername.md',
    (t) =>
      `${t}\n\nNotwithstanding organizational authentication requirements, comprehensive identity verification necessitates documentation substantiating eligibility, particularly regarding intergovernmental interoperability.\n`,
  );
  plant('proxyWho.md', (t) => t.replace(/^---\n/, '---\nanswers: [not, a, map\n'));
  const agentFile = join(dir, 'en', 'agent.yaml');
  writeFileSync(
    agentFile,
    readFileSync(agentFile, 'utf8')
      .replace(
        / {2}codeRejected:\n {4}tell: .*\n/,
        '  codeRejected:\n    tell: "Read me the code so I can check it."\n',
      )
      .replace(/ {2}codeExpired:\n {4}tell: .*\n/, '  codeExpired:\n    check: "Codes expire."\n')
      .replace(/^ui:\n/m, 'ui:\n  leftover: "Old"\n'),
  );
  const esAgent = join(dir, 'es', 'agent.yaml');
  writeFileSync(
    esAgent,
    readFileSync(esAgent, 'utf8').replace(
      / {2}codeRejected:\n {4}tell: .*\n/,
      '  codeRejected:\n    tell: "¿Cuál es su código? Léamelo."\n',
    ),
  );
  // The same slip in Chinese and Vietnamese: "tell me your verification code".
  for (const [code, line] of [
    ['zh', '请告诉我您的验证码。'],
    ['vi', 'Xin đọc cho tôi mã xác nhận.'],
  ] as const) {
    const file = join(dir, code, 'agent.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['steps', 'codeRejected', 'tell'], line);
    writeFileSync(file, String(doc));
  }
  // The finder: a sentence that asks for a code, and a Chinese situation that leads elsewhere.
  const enFinder = join(dir, 'en', 'finder.yaml');
  writeFileSync(
    enFinder,
    readFileSync(enFinder, 'utf8').replace(
      /says: .*/,
      'says: "Tell us your code so we can check it."',
    ),
  );
  const zhFinder = join(dir, 'zh', 'finder.yaml');
  writeFileSync(
    zhFinder,
    readFileSync(zhFinder, 'utf8').replace(/steps: \[([a-zA-Z]+)/, 'steps: [done'),
  );
  writeFileSync(join(dir, 'en', 'steps', 'leftover.md'), '---\nkey: leftover\ntitle: "Old"\n---\n');
  const report = lintContent(dir, SRC);
  const found = (rule: string, file: string) =>
    report.problems.filter((p) => p.rule === rule && p.file.endsWith(file));

  it('catches finder words that ask for a code or lead elsewhere than in English', () => {
    expect(found('finder', 'en/finder.yaml').map((p) => p.message)).toEqual([
      expect.stringContaining('Tell us your code'),
    ]);
    expect(found('finder', 'zh/finder.yaml').map((p) => p.message)).toEqual([
      expect.stringContaining('leads elsewhere than in English'),
    ]);
  });

  it('catches a link that is not https:, mailto: or tel:', () => {
    expect(found('link', 'passwordBasics.md')).toHaveLength(1);
  });

  it('catches "enter your password", and saying whether an account exists', () => {
    expect(found('asks', 'lockedWait.md')[0]?.message).toMatch(/Enter your password here/);
    expect(found('account', 'forgotBoth.md')).toHaveLength(1);
  });

  it('catches agent wording that asks a caller for a code, or says nothing', () => {
    expect(found('asks', 'en/agent.yaml').map((p) => p.message)).toEqual([
      'codeRejected: asks for a secret: "Read me the code so I can check it."',
    ]);
    expect(found('asks', 'es/agent.yaml')).toHaveLength(1);
    expect(found('asks', 'zh/agent.yaml')).toHaveLength(1);
    expect(found('asks', 'vi/agent.yaml')).toHaveLength(1);
    expect(found('agent', 'en/agent.yaml').map((p) => p.message)).toEqual([
      'codeExpired: nothing to ask or to tell',
    ]);
    expect(found('unused', 'en/agent.yaml').map((p) => p.message)).toEqual([
      '"ui.leftover" is never used',
    ]);
  });

  it('catches a grade-12 paragraph', () => {
    expect(found('grade', 'recoverUsername.md')[0]?.message).toMatch(/grade 1\d/);
  });

  it('catches broken front matter and a file with no step', () => {
    expect(found('front-matter', 'proxyWho.md')).toHaveLength(1);
    expect(found('orphan', 'leftover.md')).toHaveLength(1);
  });
});

describe('the reading grade', () => {
  it('counts syllables closely enough', () => {
    expect(['cat', 'password', 'portal', 'verification', 'code', 'simple'].map(syllables)).toEqual([
      1, 2, 2, 5, 1, 2,
    ]);
    expect(readingGrade(['Call us.', 'We can help.'])).toBeLessThan(2);
  });
});
