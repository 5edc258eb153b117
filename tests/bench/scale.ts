// `npm run bench:scale`: how costs grow. Step change and Back at path lengths 5, 20 and 60 (a loop
// of the new-account branch makes long paths), in the patient's and the agent's view, at 4× CPU
// throttle; the JavaScript heap after 500 "Start over"s in one tab (a help-desk agent's shift)
// and after a 200-step session, which must not grow without bound. Prints a table and writes
// tests/bench/results/scale.md; never fails on time.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launch } from '../browser/launch';
import { root, servedBuild } from './builtApp';
import { median, p95, stepLatency } from './timing';

const LENGTHS = [5, 20, 60];
const TIMED = 15;
/** newAccount, then "what to have ready" → "still stuck" leads back to the same question. */
const LOOP = ['whatToHaveReady', 'stillStuck'];
const answerAt = (i: number) => (i === 0 ? 'newAccount' : LOOP[(i - 1) % 2]!);

/** Clicks the frame's button whose text starts with `label`; times until a new heading has focus. */
function clickFrameButton(page: Page, label: string): Promise<number> {
  return page.evaluate(async (text) => {
    const button = [...document.querySelectorAll('button')].find((b) =>
      b.textContent?.trim().startsWith(text),
    )!;
    const heading = document.querySelector('h1')?.textContent;
    const start = performance.now();
    button.click();
    while (
      document.activeElement?.tagName !== 'H1' ||
      document.querySelector('h1')?.textContent === heading
    )
      await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  }, label);
}

async function open(browser: Browser, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext();
  await context.addInitScript(() => sessionStorage.clear());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-interactive').length > 0);
  await page.waitForTimeout(300);
  return { page, cdp };
}

/**
 * The heap after garbage collection, split by a heap snapshot into the app's objects and the
 * compiled code V8 keeps adding while it optimizes hot functions (bounded by the code there is).
 */
async function heapKB(cdp: CDPSession): Promise<{ objects: number; code: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const take = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  const snapshot = JSON.parse(chunks.join(''));
  const fields: string[] = snapshot.snapshot.meta.node_fields;
  const types: string[] = snapshot.snapshot.meta.node_types[0];
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let code = 0;
  let objects = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (types[snapshot.nodes[i + type]] === 'code') code += snapshot.nodes[i + size];
    else objects += snapshot.nodes[i + size];
  }
  return { objects: objects / 1024, code: code / 1024 };
}

const kb = (h: { objects: number; code: number }) =>
  `${h.objects.toFixed(0)} KB (+${h.code.toFixed(0)} KB code)`;

async function main() {
  const { server, url: base } = await servedBuild();
  const browser = await launch();
  const rows: string[] = [];

  for (const mode of ['patient', 'agent'] as const) {
    for (const length of LENGTHS) {
      const { page, cdp } = await open(browser, `${base}/?org=riverside&lang=en&mode=${mode}`);
      for (let i = 0; i < length; i++) await stepLatency(page, answerAt(i));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const steps: number[] = [];
      const backs: number[] = [];
      for (let i = 0; i < TIMED; i++) {
        backs.push(await clickFrameButton(page, 'Back'));
        steps.push(await stepLatency(page, answerAt(length - 1)));
      }
      const figures = (xs: number[]) =>
        `${Math.min(...xs).toFixed(0)} / ${median(xs).toFixed(0)} / **${p95(xs).toFixed(0)}** / ${Math.max(...xs).toFixed(0)} ms`;
      rows.push(`| ${mode} | ${length} | ${figures(steps)} | ${figures(backs)} |`);
      await page.context().close();
    }
  }

  const heap: string[] = [];
  for (const mode of ['patient', 'agent'] as const) {
    const { page, cdp } = await open(browser, `${base}/?org=riverside&lang=en&mode=${mode}`);
    const at: Record<number, { objects: number; code: number }> = { 0: await heapKB(cdp) };
    for (let i = 1; i <= 500; i++) {
      await stepLatency(page, 'newAccount');
      await clickFrameButton(page, 'Start over');
      if (i === 100 || i === 500) at[i] = await heapKB(cdp);
    }
    heap.push(`| ${mode}: 500 "Start over"s | ${kb(at[0]!)} | ${kb(at[100]!)} | ${kb(at[500]!)} |`);
    const long: Record<number, { objects: number; code: number }> = { 0: await heapKB(cdp) };
    for (let i = 0; i < 200; i++) {
      await stepLatency(page, answerAt(i));
      if (i + 1 === 50 || i + 1 === 200) long[i + 1] = await heapKB(cdp);
    }
    heap.push(
      `| ${mode}: one 200-step session | ${kb(long[0]!)} | ${kb(long[50]!)} (50 steps) | ${kb(long[200]!)} |`,
    );
    await page.context().close();
  }
  await browser.close();
  await server.close();

  const lines = [
    `Scale figures, riverside, English (${new Date().toISOString().slice(0, 10)}). Step change and Back at 4× CPU throttle, min / median / **p95** / max of ${TIMED} each, timed from the click to the new heading having focus.`,
    '',
    '| view | path length | step change | Back |',
    '|---|---:|---:|---:|',
    ...rows,
    '',
    'JavaScript heap after garbage collection, from a heap snapshot: the objects, and apart the compiled code V8 adds as it optimizes the functions that run often (it grows until each hot function is compiled, whatever the app keeps):',
    '',
    '| what | at start | after 100 (or 50 steps) | at the end |',
    '|---|---:|---:|---:|',
    ...heap,
  ];
  console.log(lines.join('\n'));
  writeFileSync(resolve(root, 'tests/bench/results/scale.md'), `${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
