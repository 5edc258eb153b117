// The tests StrykerJS runs against each mutant (stryker.config.mjs): the unit project only, in
// node. The jsdom, scenario and browser projects add minutes per mutant and reach the same rules
// through the screens; every rule in the mutated files has unit tests of its own.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { APP_VERSION: JSON.stringify('mutation') },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    maxWorkers: 2,
    // Instrumented code runs slower, and the machine is shared: no test fails for time alone.
    testTimeout: 120_000,
  },
});
