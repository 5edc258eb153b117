// The tests StrykerJS runs against each mutant (stryker.config.mjs): the unit project only, in
// node. The jsdom, scenario and browser projects add minutes per mutant and reach the same rules
// through the screens; every rule in the mutated files has unit tests of its own.
//
// MUTATION_TESTS (comma-separated globs) runs only the tests that reach one file, so one file's
// run takes minutes instead of the whole unit project per mutant:
//   MUTATION_TESTS='tests/unit/checks.email.test.ts,tests/unit/emailCorpus.test.ts' \
//     npx stryker run --concurrency 1 --mutate flows/checks/fields/emailDomain.ts
// A file's score then counts only those tests; tests/mutation/SUMMARY.md names the globs of each run.
import { defineConfig } from 'vitest/config';

const only = process.env.MUTATION_TESTS?.split(',')
  .map((glob) => glob.trim())
  .filter(Boolean);

export default defineConfig({
  define: { APP_VERSION: JSON.stringify('mutation') },
  test: {
    environment: 'node',
    include: only?.length ? only : ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    maxWorkers: 2,
    // Instrumented code runs slower, and the machine is shared: no test fails for time alone.
    testTimeout: 120_000,
  },
});
