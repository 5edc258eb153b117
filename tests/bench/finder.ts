// The problem finder's figures: accuracy per language on the tuning part and the untouched
// (holdout) part of the labelled phrases, the size of the finder with one language's data, and
// the time per keystroke. A benchmark, not a test: it never fails. `npm run bench:finder`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createFinder } from '../../flows/finder';
import { assistantMachine } from '../../flows/machine/assistantMachine';
import { evalSet, FINDER_LOCALES, finderData, freshSet } from '../finder/load';
import { score } from '../finder/score';
import { createOramaFinder } from './finderOrama';
import { throttledKeystrokes } from './finderThrottle';

const root = resolve(import.meta.dirname, '../..');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const lines: string[] = [];
const out = (line = '') => {
  console.log(line);
  lines.push(line);
};

out('# Problem finder: benchmark results');
out();
out(
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Written by \`npm run bench:finder\`.`,
);
out();
out('## Accuracy (MiniSearch, the kept finder)');
out();
out('| language | part | phrases | top-1 | top-3 |');
out('|---|---|---|---|---|');
const misses: string[] = [];
for (const locale of FINDER_LOCALES) {
  const finder = createFinder(finderData(locale));
  for (const part of ['tune', 'holdout'] as const) {
    const s = score(
      finder.find,
      evalSet(locale).filter((i) => i.split === part),
    );
    out(`| ${locale} | ${part} | ${s.n} | ${pct(s.top1)} | ${pct(s.top3)} |`);
    if (part === 'holdout')
      for (const m of s.misses)
        misses.push(
          `- ${locale}: "${m.text}" wants ${m.want.join(' or ')}, got ${m.got.join(', ') || 'nothing'}`,
        );
  }
  const fresh = freshSet(locale);
  if (fresh.length) {
    const s = score(finder.find, fresh);
    out(`| ${locale} | fresh holdout | ${s.n} | ${pct(s.top1)} | ${pct(s.top3)} |`);
    for (const m of s.misses)
      misses.push(
        `- ${locale} (fresh): "${m.text}" wants ${m.want.join(' or ')}, got ${m.got.join(', ') || 'nothing'}`,
      );
  }
}
out();
out('The holdout part was written before the data and is never tuned on. Its misses are listed so');
out('a later session writes a fresh untouched part, rather than fixing these phrases in the data.');
out('The fresh holdout (Spanish, tests/finder/eval/es-fresh.json) was written before the Spanish');
out('tuning that followed it and is never tuned on either (tests/finder/eval/README.md).');
out();
out('Holdout phrases whose first match was wrong (or missing):');
out();
for (const m of misses.length ? misses : ['- none']) out(m);

out();
out('## Phrases that name their flow plainly: no wrong flow first');
out();
// The words that name a flow, per language; every labelled phrase holding one counts, and no
// match at all counts as a wrong flow.
const PLAIN: Record<string, [RegExp, string][]> = {
  en: [
    [/locked/i, 'lockout'],
    [/forgot (my )?pass/i, 'recovery'],
  ],
  es: [
    [/bloquead/i, 'lockout'],
    [/olvid\S* (mi )?contrase/i, 'recovery'],
  ],
  zh: [
    [/锁/, 'lockout'],
    [/忘.*密码|密码忘/, 'recovery'],
  ],
  vi: [
    [/khóa|khoá/i, 'lockout'],
    [/quên mật khẩu/i, 'recovery'],
  ],
  ar: [
    [/مقفل|انقفل/, 'lockout'],
    [/نسيت كلم/, 'recovery'],
  ],
};
const flowOf = (step: string) =>
  (assistantMachine.states[step]?.meta as { flow?: string } | undefined)?.flow ?? '?';
out('| language | phrases | wrong flow first |');
out('|---|---|---|');
for (const locale of FINDER_LOCALES) {
  const finder = createFinder(finderData(locale));
  let n = 0;
  let wrong = 0;
  for (const item of evalSet(locale))
    for (const [pattern, flow] of PLAIN[locale]!)
      if (pattern.test(item.text)) {
        n++;
        const got = finder.find(item.text)[0];
        if (!got || flowOf(got.steps[0]!) !== flow) wrong++;
      }
  out(`| ${locale} | ${n} | ${wrong} |`);
}

out();
out('## MiniSearch or Orama (same data, same words, tuning part only)');
out();
out('| language | MiniSearch top-1 / top-3 | Orama top-1 / top-3 |');
out('|---|---|---|');
for (const locale of FINDER_LOCALES) {
  const tune = evalSet(locale).filter((i) => i.split === 'tune');
  const m = score(createFinder(finderData(locale)).find, tune);
  const o = score(createOramaFinder(finderData(locale)).find, tune);
  out(`| ${locale} | ${pct(m.top1)} / ${pct(m.top3)} | ${pct(o.top1)} / ${pct(o.top3)} |`);
}

out();
out('## Size: the finder with one language’s data, minified, gzip');
out();
out('| bundle | en | zh | ar |');
out('|---|---|---|---|');
const dir = mkdtempSync(join(tmpdir(), 'finder-size-'));
async function gz(entry: string, locale: string): Promise<string> {
  writeFileSync(join(dir, 'data.json'), JSON.stringify(finderData(locale)));
  writeFileSync(join(dir, 'entry.ts'), entry);
  const result = await build({
    entryPoints: [join(dir, 'entry.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    nodePaths: [join(root, 'node_modules')],
  });
  return `${(gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length / 1024).toFixed(1)} KB`;
}
const entries: [string, string][] = [
  [
    'MiniSearch finder (kept)',
    `import { createFinder } from '${root}/flows/finder/finder';\nimport data from './data.json';\nexport const f = createFinder(data);`,
  ],
  [
    'Orama finder (compared)',
    `import { createOramaFinder } from '${root}/tests/bench/finderOrama';\nimport data from './data.json';\nexport const f = createOramaFinder(data);`,
  ],
];
for (const [name, entry] of entries) {
  const sizes = [];
  for (const locale of ['en', 'zh', 'ar']) sizes.push(await gz(entry, locale));
  out(`| ${name} | ${sizes.join(' | ')} |`);
}
rmSync(dir, { recursive: true, force: true });

out();
out('## Time per keystroke (this machine, no CPU throttle)');
out();
out('Each holdout phrase typed one character at a time, `find` on every prefix, in Node.');
out('The same in Chromium under a 4× CPU throttle is the next table.');
out();
out('| language | keystrokes | median | p95 | building the index |');
out('|---|---|---|---|---|');
for (const locale of FINDER_LOCALES) {
  const data = finderData(locale);
  const t0 = performance.now();
  const finder = createFinder(data);
  const buildMs = performance.now() - t0;
  const phrases = evalSet(locale)
    .filter((i) => i.split === 'holdout')
    .map((i) => i.text);
  for (const p of phrases) finder.find(p); // warm up
  const times: number[] = [];
  for (const p of phrases)
    for (let i = 1; i <= p.length; i++) {
      const start = performance.now();
      finder.find(p.slice(0, i));
      times.push(performance.now() - start);
    }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  out(
    `| ${locale} | ${times.length} | ${at(0.5)} ms | ${at(0.95)} ms | ${buildMs.toFixed(1)} ms |`,
  );
}

out();
out('## Time per keystroke in Chromium at 4× CPU throttle');
out();
out('The same phrases and prefixes, in Debian’s Chromium with DevTools’ CPU throttling at 4×');
out('(tests/bench/finderThrottle.ts). Aim: ≤ 5 ms per keystroke. Chromium rounds');
out('`performance.now()` to 0.1 ms here, so a median of 0.00 ms means under 0.1 ms. The figures');
out(
  'move with how busy the machine is (other work shares its two cores): compare runs, not cells.',
);
out();
try {
  const throttled = await throttledKeystrokes(
    root,
    FINDER_LOCALES.map((locale) => ({
      locale,
      data: finderData(locale),
      phrases: [...evalSet(locale), ...freshSet(locale)]
        .filter((i) => i.split === 'holdout')
        .map((i) => i.text),
    })),
  );
  out('| language | keystrokes | median | p95 | building the index |');
  out('|---|---|---|---|---|');
  for (const [locale, t] of throttled)
    out(
      `| ${locale} | ${t.keystrokes} | ${t.median.toFixed(2)} ms | ${t.p95.toFixed(2)} ms | ${t.build.toFixed(1)} ms |`,
    );
} catch (error) {
  out(`Not measured: Chromium did not start (${String(error).split('\n')[0]}).`);
}

writeFileSync(resolve(root, 'tests/bench/results/finder.md'), `${lines.join('\n')}\n`);
console.log('\nWritten to tests/bench/results/finder.md');
