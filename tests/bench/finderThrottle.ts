// The finder's time per keystroke in Chromium under a 4× CPU throttle (DevTools' CPU throttling,
// as Lighthouse's mobile profile): the finder and one language's words bundled as the browser
// loads them, each holdout phrase typed one character at a time, `find` on every prefix. Used by
// tests/bench/finder.ts; the figures vary with how busy the machine is.
import { build } from 'esbuild';
import type { FinderData } from '../../flows/finder';
import { launch } from '../browser/launch';

export interface ThrottledTimes {
  keystrokes: number;
  median: number;
  p95: number;
  build: number;
}

export async function throttledKeystrokes(
  root: string,
  languages: { locale: string; data: FinderData; phrases: string[] }[],
  rate = 4,
): Promise<Map<string, ThrottledTimes>> {
  const bundle = await build({
    stdin: {
      contents: `import { createFinder } from '${root}/flows/finder/finder';\nglobalThis.createFinder = createFinder;`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    nodePaths: [`${root}/node_modules`],
  });
  const browser = await launch();
  const out = new Map<string, ThrottledTimes>();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>finder</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    for (const { locale, data, phrases } of languages) {
      const times = await page.evaluate(
        ({ data, phrases }) => {
          const create = (globalThis as unknown as { createFinder: (d: unknown) => unknown })
            .createFinder as (d: unknown) => { find: (t: string) => unknown };
          const t0 = performance.now();
          const finder = create(data);
          const buildMs = performance.now() - t0;
          for (const p of phrases) finder.find(p); // warm up
          const each: number[] = [];
          for (const p of phrases)
            for (let i = 1; i <= p.length; i++) {
              const start = performance.now();
              finder.find(p.slice(0, i));
              each.push(performance.now() - start);
            }
          return { each, buildMs };
        },
        { data, phrases },
      );
      const sorted = [...times.each].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      out.set(locale, {
        keystrokes: sorted.length,
        median: at(0.5),
        p95: at(0.95),
        build: times.buildMs,
      });
    }
  } finally {
    await browser.close();
  }
  return out;
}
