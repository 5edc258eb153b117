// `npm run bench:startup`: the start-up chain of the built page as a timeline, on a slow mobile
// network (150 ms latency, 1.6 Mbit/s) with the CPU slowed four times, the conditions the
// performance issue measured. It shows which request waits for which (a chain of round trips is
// what makes a cheap phone wait) and when the first question answers clicks. Prints a table and
// writes tests/bench/results/startup.md; never fails on time.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from '../browser/launch';
import { root, servedBuild } from './builtApp';

const RUNS = Number(process.env.STARTUP_RUNS ?? 5);

interface Row {
  name: string;
  start: number;
  end: number;
}

async function main() {
  const { server, url } = await servedBuild();
  const browser = await launch();
  const traces: { rows: Row[]; interactive: number; held: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${url}/?org=riverside&lang=en`);
    await page.waitForFunction(() => performance.getEntriesByName('first-interactive').length > 0, {
      timeout: 60_000,
    });
    traces.push(
      await page.evaluate(() => ({
        rows: [
          {
            name: 'the page (HTML)',
            start: 0,
            end: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
              .responseEnd,
          },
          ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
            name: new URL(r.name).pathname.replace(/-[\w-]{8}\.js$/, '.js'),
            start: r.startTime,
            end: r.responseEnd,
          })),
        ],
        interactive: performance.getEntriesByName('first-interactive')[0]!.startTime,
        held: performance.getEntriesByName('first-input-held')[0]?.startTime ?? Number.NaN,
      })),
    );
    await context.close();
  }
  await browser.close();
  await server.close();

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const names = [...new Set(traces.flatMap((t) => t.rows.map((r) => r.name)))];
  const rows = names
    .map((name) => {
      const hits = traces.map((t) => t.rows.find((r) => r.name === name)).filter(Boolean) as Row[];
      return { name, start: median(hits.map((r) => r.start)), end: median(hits.map((r) => r.end)) };
    })
    .sort((a, b) => a.start - b.start);
  const interactive = median(traces.map((t) => t.interactive));
  const held = median(traces.map((t) => t.held));
  const lines = [
    `Start-up of \`/?org=riverside&lang=en\`, 150 ms latency, 1.6 Mbit/s, 4× CPU throttle; medians of ${RUNS} cold loads (${new Date().toISOString().slice(0, 10)}).`,
    '',
    '| ms from start | what |',
    '|---|---|',
    ...rows.map((r) => `| ${r.start.toFixed(0)} → ${r.end.toFixed(0)} | \`${r.name}\` |`),
    `| ${held.toFixed(0)} | the prerendered first question takes answers, held until the app is here (\`first-input-held\`, src/app/earlyInput.ts) |`,
    `| ${interactive.toFixed(0)} | the app has taken the first question over and answers clicks itself (\`first-interactive\`) |`,
  ];
  console.log(lines.join('\n'));
  writeFileSync(resolve(root, 'tests/bench/results/startup.md'), `${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
