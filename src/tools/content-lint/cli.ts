// `npm run lint:content`: the content lint (contentLint.ts) with every step's reading grade.
import { resolve } from 'node:path';
import { lintContent, MAX_GRADE } from './contentLint';
import { readingLine } from './localeLint';

const root = resolve(import.meta.dirname, '../../..');
const report = lintContent(resolve(root, 'content'), resolve(root, 'src'));
for (const { key, grade } of report.grades) console.log(`${grade.toFixed(1).padStart(5)}  ${key}`);
console.log(
  `English reading grade: median ${report.median.toFixed(1)}, hardest ${report.grades[0]?.grade.toFixed(1)} (limit ${MAX_GRADE})`,
);
for (const reading of report.readings) console.log(readingLine(reading));
for (const p of report.problems) console.log(`${p.rule.padEnd(12)} ${p.file}: ${p.message}`);
console.log(`${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`);
process.exit(report.problems.length ? 1 : 0);
