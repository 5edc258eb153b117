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
  /** First contentful paint: for the assistant's own page, the prerendered first question. */
  visible: number;
  /**
   * From when the first question takes an answer: the page's first script holding answers given
   * on the prerendered question (src/app/earlyInput.ts), or else the app itself.
   */
  interactive: number;
  /** The app's own mark once it has taken the screen over and handles clicks itself. */
  attached: number;
}

/** One cold load (fresh context, no cache), in milliseconds from navigation. */
async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-interactive').length > 0);
  // (No functions declared inside: tsx would name them with a helper the page does not have.)
  const load = await page.evaluate(() => {
    const attached = performance.getEntriesByName('first-interactive')[0]!.startTime;
    const held = performance.getEntriesByName('first-input-held')[0]?.startTime ?? attached;
    return {
      visible: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      interactive: Math.min(held, attached),
      attached,
    };
  });
  await context.close();
  return load;
}

/** Where patients meet the assistant, each loaded cold beside the bare React page. */
const SURFACES = [
  { name: 'standalone page', path: '/?org=riverside&lang=en' },
  { name: 'frame page', path: '/embed/frame.html?config=/orgs/riverside.json&lang=en' },
  { name: 'element on the demo host page', path: '/embed/demo.html?org=riverside&show=element' },
] as const;

const spread = (all: number[]) => {
  // A load without a paint entry (rare, headless) is left out rather than spoil the figures.
  const xs = all.filter((x) => !Number.isNaN(x));
  return {
    min: +Math.min(...xs).toFixed(1),
    median: +median(xs).toFixed(1),
    max: +Math.max(...xs).toFixed(1),
  };
};
type Spread = ReturnType<typeof spread>;
const msSpread = (s: Spread) => `${ms(s.min)} / **${ms(s.median)}** / ${ms(s.max)}`;

async function lighthouse(
  url: string,
  name: string,
): Promise<Record<string, number> | { error: string }> {
  const reportPath = resolve(root, `node_modules/.cache/signin-assistant/lighthouse-${name}.json`);
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

  // Taken in turn, so a slow moment of the machine falls on every page alike.
  const loads: Load[][] = SURFACES.map(() => []);
  const helloLoads: Load[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    for (const [s, surface] of SURFACES.entries())
      loads[s]!.push(await coldLoad(browser, `${app.url}${surface.path}`));
    helloLoads.push(await coldLoad(browser, `${hello.url}/`));
  }
  const bare = spread(helloLoads.map((l) => l.interactive));
  const starts = SURFACES.map((surface, s) => {
    const interactive = spread(loads[s]!.map((l) => l.interactive));
    return {
      surface: surface.name,
      path: surface.path,
      interactive,
      attached: spread(loads[s]!.map((l) => l.attached)),
      firstPaint: spread(loads[s]!.map((l) => l.visible)),
      ratio: +(interactive.median / bare.median).toFixed(2),
    };
  });

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
  // Each walk three times over, so the p95 is not just the second-slowest of a few steps.
  const walkAll = async (mode: 'patient' | 'agent') => {
    const times: number[] = [];
    for (const [i, walk] of [...walks, ...walks, ...walks].entries()) {
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

  const lh = await lighthouse(`${app.url}${SURFACES[0].path}`, 'standalone');
  const lhFrame = await lighthouse(`${app.url}${SURFACES[1].path}`, 'frame');
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
      oneLocaleBudgetKB: Number((BUDGET.oneLocaleGzip / KB).toFixed(1)),
      overrideMarkdownGzipKB: +(sizes.overrideMarkdown.gzip / KB).toFixed(1),
      phoneLibraryGzipKB: +(sizes.phoneLibrary.gzip / KB).toFixed(1),
      validatorGzipKB: +(sizes.validator.gzip / KB).toFixed(1),
      embedLoaderGzipKB: +(sizes.loader.gzip / KB).toFixed(2),
      embedLoaderBudgetKB: BUDGET.loaderGzip / KB,
      agentModeGzipKB: +(sizes.agent.gzip / KB).toFixed(2),
      chunks: sizes.chunks.map((c) => ({
        file: c.file,
        gzipKB: +(c.gzip / KB).toFixed(1),
        brotliKB: +(c.brotli / KB).toFixed(1),
      })),
    },
    start: {
      loads: COLD_LOADS,
      bareReact: { interactive: bare, firstPaint: spread(helloLoads.map((l) => l.visible)) },
      surfaces: starts,
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
    lighthouse: { standalone: lh, frame: lhFrame },
  };
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  const lhRow = (name: string, report: typeof lh) =>
    'error' in report
      ? `| Lighthouse (mobile), ${name} | ${report.error} | 100 each |`
      : `| Lighthouse (mobile), ${name}: performance / accessibility / best practices / SEO | ${report.performance} / ${report.accessibility} / ${report['best-practices']} / ${report.seo} | 100 each |`;
  const md = [
    '| measure | result | aim |',
    '|---|---:|---:|',
    `| initial JavaScript, gzip (brotli) | ${results.sizes.initialGzipKB} KB (${results.sizes.initialBrotliKB} KB) | ≤ ${results.sizes.initialBudgetKB} KB |`,
    `| everything for one locale, gzip (brotli) | ${results.sizes.oneLocaleGzipKB} KB (${results.sizes.oneLocaleBrotliKB} KB) | ≤ ${results.sizes.oneLocaleBudgetKB} KB |`,
    `| react-markdown, only when a configuration overrides step text | +${results.sizes.overrideMarkdownGzipKB} KB | |`,
    `| libphonenumber-js, only for an organization outside the US and Canada | +${results.sizes.phoneLibraryGzipKB} KB | |`,
    `| the validator (zod), only for a configuration the build did not check | +${results.sizes.validatorGzipKB} KB | |`,
    `| embed loader with what it imports, gzip | ${results.sizes.embedLoaderGzipKB} KB | ≤ ${results.sizes.embedLoaderBudgetKB} KB |`,
    `| agent mode on top (view + one locale's agent wording), gzip | ${results.sizes.agentModeGzipKB} KB | none |`,
    `| step change, 4× CPU throttle, min / median / p95 / max (${latencies.length} steps) | ${ms(Math.min(...latencies))} / ${ms(results.stepChange.medianMs)} / **${ms(results.stepChange.p95Ms)}** / ${ms(Math.max(...latencies))} | p95 < 50 ms |`,
    `| agent view step change, same walks, min / median / p95 / max | ${ms(Math.min(...agentLatencies))} / ${ms(results.agentStepChange.medianMs)} / **${ms(results.agentStepChange.p95Ms)}** / ${ms(Math.max(...agentLatencies))} | p95 < 50 ms |`,
    lhRow('standalone page', lh),
    lhRow(
      'frame page (noindex on purpose, which SEO counts against it: the host page is the one to find)',
      lhFrame,
    ),
    '',
    `Start-up, ${COLD_LOADS} cold loads of each page in turn (fresh browser context, no cache, no throttling), min / **median** / max. "Takes an answer": from when an answer given on the first question is kept (on the standalone page the page's first script holds answers given on the prerendered question until the app has taken over, src/app/earlyInput.ts; elsewhere the app itself). "App attached": the app handles the first question itself.`,
    '',
    '| page | first paint | takes an answer | app attached | ratio to bare React (takes an answer, medians) | aim |',
    '|---|---:|---:|---:|---:|---:|',
    `| bare React page, same build, same run | ${msSpread(results.start.bareReact.firstPaint)} | ${msSpread(bare)} | ${msSpread(bare)} | 1× | |`,
    ...starts.map(
      (s) =>
        `| ${s.surface} | ${msSpread(s.firstPaint)} | ${msSpread(s.interactive)} | ${msSpread(s.attached)} | ${s.ratio}× (app attached ${(s.attached.median / bare.median).toFixed(2)}×) | ≤ 1.2× |`,
    ),
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
