// `npm run bench`: how fast and small the assistant is. Prints figures and writes
// tests/bench/results/bench.json and bench.md (linked from the README); never fails on time.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { launch } from '../browser/launch';
import { CHROMIUM, ensureChromium } from '../run/ensure-chromium.mjs';
import { BUDGET, sizeReport } from './sizes';
import { median, p95, stepLatency } from './timing';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, 'tests/bench/results');
const helloDist = resolve(root, 'node_modules/.cache/signin-assistant/hello-dist');
const COLD_LOADS = 15;
const KB = 1024;

const ms = (x: number) => `${x.toFixed(0)} ms`;

async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  return {
    server,
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
  };
}

interface Load {
  /** First contentful paint: for the assistant, the prerendered first question. */
  visible: number;
  /** The app's own mark once it answers clicks (after hydration). */
  interactive: number;
}

/** One cold load (fresh context, no cache), in milliseconds from navigation. */
async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-interactive').length > 0);
  const load = await page.evaluate(() => ({
    visible: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    interactive: performance.getEntriesByName('first-interactive')[0]!.startTime,
  }));
  await context.close();
  return load;
}

async function lighthouse(url: string): Promise<Record<string, number> | { error: string }> {
  const reportPath = resolve(root, 'node_modules/.cache/signin-assistant/lighthouse.json');
  try {
    // Asynchronous on purpose: the preview server answering Lighthouse runs in this process, so
    // a synchronous child would block it and Lighthouse would wait forever.
    const child = spawn(
      resolve(root, 'node_modules/.bin/lighthouse'),
      [
        url,
        '--preset=perf',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--form-factor=mobile',
        '--output=json',
        `--output-path=${reportPath}`,
        '--quiet',
        '--chrome-flags=--headless --no-sandbox --disable-gpu',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 240_000, stdio: 'inherit' },
    );
    const status = await new Promise<number | null>((done, fail) => {
      child.on('error', fail);
      child.on('exit', done);
    });
    if (status !== 0) throw new Error(`exit code ${status}`);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    return Object.fromEntries(
      Object.entries(report.categories as Record<string, { score: number }>).map(([k, v]) => [
        k,
        Math.round(v.score * 100),
      ]),
    );
  } catch (error) {
    return { error: `Lighthouse did not run: ${String(error).split('\n')[0]}` };
  }
}

async function main() {
  if (!ensureChromium()) throw new Error('Chromium is needed for the benchmark');
  process.env.NODE_ENV = 'production';
  await build({ root, logLevel: 'warn', mode: 'production' });
  await build({
    root: resolve(root, 'tests/bench/hello'),
    logLevel: 'warn',
    mode: 'production',
    build: { outDir: helloDist, emptyOutDir: true },
  });
  const sizes = sizeReport(resolve(root, 'dist'));
  const app = await serve(resolve(root, 'dist'));
  const hello = await serve(helloDist);
  const browser = await launch();

  const appLoads: Load[] = [];
  const helloLoads: Load[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    appLoads.push(await coldLoad(browser, `${app.url}/?org=riverside&lang=en`));
    helloLoads.push(await coldLoad(browser, `${hello.url}/`));
  }

  // Step changes with the CPU slowed four times, over a walk through several flows.
  const context = await browser.newContext();
  // Each walk starts at the first question: saved progress would resume the previous one.
  await context.addInitScript(() => sessionStorage.clear());
  const page = await context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const walks = [
    ['code', 'text', 'neverArrives', 'same', 'stillStuck'],
    ['cantSignIn', 'passwordRejected', 'skip', 'stillStuck', 'no', 'stillStuck'],
    ['someoneElse', 'child', 'teen', 'stillStuck'],
    ['newAccount', 'codeFails', 'expired', 'stillStuck'],
    ['cantSignIn', 'locked', 'stillStuck', 'yes'],
  ];
  const walkAll = async (mode: 'patient' | 'agent') => {
    const times: number[] = [];
    for (const [i, walk] of walks.entries()) {
      await page.goto(`${app.url}/?org=riverside&lang=en&mode=${mode}&walk=${i}`);
      await page.waitForFunction(
        () => performance.getEntriesByName('first-interactive').length > 0,
      );
      await page.waitForTimeout(300); // let the idle prefetch finish, as for a person reading
      for (const answer of walk) times.push(await stepLatency(page, answer));
    }
    return times;
  };
  const latencies = await walkAll('patient');
  // The agent view renders more per step (path, ticket note, the organization's facts).
  const agentLatencies = await walkAll('agent');
  await browser.close();

  const lh = await lighthouse(`${app.url}/?org=riverside&lang=en`);
  await app.server.close();
  await hello.server.close();

  const results = {
    date: new Date().toISOString(),
    sizes: {
      initialGzipKB: +(sizes.initial.gzip / KB).toFixed(1),
      initialBrotliKB: +(sizes.initial.brotli / KB).toFixed(1),
      initialBudgetKB: Number((BUDGET.initialGzip / KB).toFixed(1)),
      oneLocaleGzipKB: +(sizes.oneLocale.gzip / KB).toFixed(1),
      oneLocaleBrotliKB: +(sizes.oneLocale.brotli / KB).toFixed(1),
      oneLocaleBudgetKB: BUDGET.oneLocaleGzip / KB,
      overrideMarkdownGzipKB: +(sizes.overrideMarkdown.gzip / KB).toFixed(1),
      phoneLibraryGzipKB: +(sizes.phoneLibrary.gzip / KB).toFixed(1),
      embedLoaderGzipKB: +(sizes.loader.gzip / KB).toFixed(2),
      embedLoaderBudgetKB: BUDGET.loaderGzip / KB,
      agentModeGzipKB: +(sizes.agent.gzip / KB).toFixed(2),
      chunks: sizes.chunks.map((c) => ({
        file: c.file,
        gzipKB: +(c.gzip / KB).toFixed(1),
        brotliKB: +(c.brotli / KB).toFixed(1),
      })),
    },
    firstInteractive: {
      loads: COLD_LOADS,
      appMedianMs: +median(appLoads.map((l) => l.interactive)).toFixed(1),
      bareReactMedianMs: +median(helloLoads.map((l) => l.interactive)).toFixed(1),
      ratio: +(
        median(appLoads.map((l) => l.interactive)) / median(helloLoads.map((l) => l.interactive))
      ).toFixed(2),
    },
    firstPaint: {
      appMedianMs: +median(appLoads.map((l) => l.visible)).toFixed(1),
      bareReactMedianMs: +median(helloLoads.map((l) => l.visible)).toFixed(1),
    },
    stepChange: {
      cpuThrottle: 4,
      steps: latencies.length,
      medianMs: +median(latencies).toFixed(1),
      p95Ms: +p95(latencies).toFixed(1),
    },
    agentStepChange: {
      cpuThrottle: 4,
      steps: agentLatencies.length,
      medianMs: +median(agentLatencies).toFixed(1),
      p95Ms: +p95(agentLatencies).toFixed(1),
    },
    lighthouse: lh,
  };
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  const lhRow =
    'error' in lh
      ? `| Lighthouse (mobile) | ${lh.error} | 100 each |`
      : `| Lighthouse (mobile): performance / accessibility / best practices / SEO | ${lh.performance} / ${lh.accessibility} / ${lh['best-practices']} / ${lh.seo} | 100 each |`;
  const md = [
    '| measure | result | aim |',
    '|---|---:|---:|',
    `| initial JavaScript, gzip (brotli) | ${results.sizes.initialGzipKB} KB (${results.sizes.initialBrotliKB} KB) | ≤ ${results.sizes.initialBudgetKB} KB |`,
    `| everything for one locale, gzip (brotli) | ${results.sizes.oneLocaleGzipKB} KB (${results.sizes.oneLocaleBrotliKB} KB) | ≤ ${results.sizes.oneLocaleBudgetKB} KB |`,
    `| react-markdown, only when a configuration overrides step text | +${results.sizes.overrideMarkdownGzipKB} KB | |`,
    `| libphonenumber-js, only for an organization outside the US and Canada | +${results.sizes.phoneLibraryGzipKB} KB | |`,
    `| embed loader with what it imports, gzip | ${results.sizes.embedLoaderGzipKB} KB | ≤ ${results.sizes.embedLoaderBudgetKB} KB |`,
    `| agent mode on top (view + one locale's agent wording), gzip | ${results.sizes.agentModeGzipKB} KB | none |`,
    `| first question interactive, median of ${COLD_LOADS} cold loads | ${ms(results.firstInteractive.appMedianMs)} | |`,
    `| bare React page, same build, same run | ${ms(results.firstInteractive.bareReactMedianMs)} | |`,
    `| ratio | ${results.firstInteractive.ratio}× | ≤ 1.2× |`,
    `| first question on screen (first paint, prerendered), median | ${ms(results.firstPaint.appMedianMs)} | |`,
    `| bare React page's first paint | ${ms(results.firstPaint.bareReactMedianMs)} | |`,
    `| step change, 4× CPU throttle, median / p95 (${latencies.length} steps) | ${ms(results.stepChange.medianMs)} / ${ms(results.stepChange.p95Ms)} | p95 < 50 ms |`,
    `| agent view step change, same walks, median / p95 | ${ms(results.agentStepChange.medianMs)} / ${ms(results.agentStepChange.p95Ms)} | |`,
    lhRow,
    '',
    '| chunk | gzip | brotli |',
    '|---|---:|---:|',
    ...results.sizes.chunks.map((c) => `| ${c.file} | ${c.gzipKB} KB | ${c.brotliKB} KB |`),
  ].join('\n');
  writeFileSync(resolve(out, 'bench.md'), `${md}\n`);
  console.log(md);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
