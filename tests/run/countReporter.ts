// Prints one line per scenario (passed or failed, its id, the screens it took or why it failed),
// the pending scenarios by id, the median and longest number of screens to the fix (issue 19:
// a median of 3 or fewer), and a final plain `N passed, N failed` line, which CI reads.
// Also writes the counts for tests/run/all.mjs, which adds the type check and lint.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export const COUNTS_FILE = 'node_modules/.cache/signin-assistant/vitest-counts.json';

export default class CountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    const scenarioLines: string[] = [];
    const lengths: { id: string; screens: number }[] = [];
    for (const module of modules) {
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
        if (test.project.name !== 'scenarios') continue;
        const meta = test.meta() as {
          scenario?: string;
          screens?: number;
          pending?: boolean;
          reason?: string;
        };
        if (!meta.scenario) continue;
        if (meta.pending) scenarioLines.push(`pending ${meta.scenario}`);
        else if (state === 'passed') {
          scenarioLines.push(`passed  ${meta.scenario}: ${meta.screens} screens`);
          if (typeof meta.screens === 'number')
            lengths.push({ id: meta.scenario, screens: meta.screens });
        } else {
          const reason = meta.reason ?? test.result().errors?.[0]?.message ?? 'failed';
          scenarioLines.push(`failed  ${meta.scenario}: ${reason.split('\n')[0]}`);
        }
      }
    }
    mkdirSync('node_modules/.cache/signin-assistant', { recursive: true });
    writeFileSync(COUNTS_FILE, JSON.stringify({ passed, failed, skipped }));
    const out = process.stdout;
    if (scenarioLines.length) {
      out.write('\nScenarios\n');
      for (const line of scenarioLines) out.write(`  ${line}\n`);
      const summary = pathSummary(lengths);
      if (summary) out.write(`  ${summary}\n`);
    }
    out.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}

/** "median 3 screens, longest 6 (some-scenario)", over the scenarios that passed. */
export function pathSummary(lengths: { id: string; screens: number }[]): string | null {
  if (lengths.length === 0) return null;
  const sorted = [...lengths].sort((a, b) => a.screens - b.screens);
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2
      ? sorted[Math.floor(mid)]!.screens
      : (sorted[mid - 1]!.screens + sorted[mid]!.screens) / 2;
  const longest = sorted[sorted.length - 1]!;
  const all = sorted.filter((l) => l.screens === longest.screens).map((l) => l.id);
  return `median ${median} screens to the fix over ${sorted.length} scenarios, longest ${longest.screens} (${all.join(', ')})`;
}
