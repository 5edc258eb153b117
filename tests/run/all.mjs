// `npm test`: type check, lint, the jsdom and unit projects, then the browser project on its own
// (Chromium and jsdom workers sharing two cores slow each other down), and one plain
// `N passed, N failed` line for CI. The type check and the lint count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const COUNTS = 'node_modules/.cache/signin-assistant/vitest-counts.json';
let passed = 0;
let failed = 0;

function step(name, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

for (const [name, command, args] of [
  ['type check (tsc)', 'npx', ['tsc', '--noEmit']],
  ['lint (biome)', 'npx', ['biome', 'check', '.']],
]) {
  if (step(name, command, args)) passed += 1;
  else failed += 1;
}

function vitest(name, projects) {
  rmSync(COUNTS, { force: true });
  const ok = step(name, 'npx', ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])]);
  if (!existsSync(COUNTS)) {
    failed += 1;
    return;
  }
  const counts = JSON.parse(readFileSync(COUNTS, 'utf8'));
  passed += counts.passed;
  failed += counts.failed + (!ok && counts.failed === 0 ? 1 : 0);
}

vitest('unit, jsdom, scenario and screen-reader tests (vitest)', [
  'unit',
  'ui',
  'scenarios',
  'a11y',
]);
vitest('browser tests in Chromium (vitest)', ['browser']);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
