// Mutation testing: `npm run mutation` (not part of `npm test`; about 50 minutes on 2 cores for
// the whole set below). Each mutant is a small wrong change to the pure logic; a surviving mutant
// is a change no test notices. Aim: at least 85% killed on each file below, and every survivor
// either killed by a new test or named in tests/mutation/SUMMARY.md as equivalent, with the reason.
// One file at a time: `npm run mutation -- --mutate flows/checks/fields/birthDate.ts`.
//
// StrykerJS 9.6.1 with its vitest runner, pinned: 10.x refuses to start on Node 20, which the
// project supports (package.json engines).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts' },
  mutate: [
    'flows/checks/**/*.ts',
    'flows/session/handoff.ts',
    'flows/session/progress.ts',
    'flows/contact/hours.ts',
    'flows/machine/guards.ts',
    'flows/config/warnings.ts',
    '!**/*.d.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  // Stryker rewrites tsconfig.json with TypeScript's JavaScript API, which the native TypeScript 7
  // compiler does not have ("parseConfigFileTextToJson is not a function"); vitest needs no
  // tsconfig rewrite, so point it at none.
  tsconfigFile: 'tests/mutation/none.json',
};
