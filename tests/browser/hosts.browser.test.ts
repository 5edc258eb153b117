// The assistant on a health system's page on another origin, the way the README tells a web team
// to do it: the pinned loader with its integrity hash, under the host CSP the README documents.
// The page also has its own "React" globals, two elements (one behind a "Trouble signing in?"
// button), a frame, and a brand colour too pale to read.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { envelope } from '../../src/embed/messages';
import { baseURL, HEADING, launch, perform, prepareContext, settled } from './browser';

const dist = resolve(import.meta.dirname, '../../dist');
const manifest = () => JSON.parse(readFileSync(resolve(dist, 'embed/manifest.json'), 'utf8'));

/** The host page's own policy, as the README gives it, with the assistant's origin filled in. */
const hostCsp = (assistant: string) =>
  [
    "default-src 'self'",
    `script-src 'self' ${assistant}`,
    `style-src 'self' ${assistant}`,
    "connect-src 'self'",
    `frame-src ${assistant}`,
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');

function hostPage(assistant: string, frameQuery: string) {
  const { loader, files } = manifest();
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="stylesheet" href="/host.css"></head><body><main><h1>Riverside Health support</h1>
<signin-assistant id="a" config="/orgs/riverside.json" label="Sign-in help A" load="eager"></signin-assistant>
<signin-assistant id="b" config="/orgs/lakeside.json" label="Sign-in help B" lang="es" load="button"></signin-assistant>
<iframe data-signin-assistant id="f" title="Sign-in help in a frame" src="${assistant}/embed/frame.html?${frameQuery}"></iframe>
</main>
<script src="/their-react.js"></script>
<script type="module" src="${assistant}/${loader}" integrity="${files[loader]}" crossorigin="anonymous"></script>
</body></html>`;
}

interface Host {
  page: Page;
  problems: string[];
  warnings: string[];
  frame: () => Promise<Frame>;
}

/** The host's own site: a second server, so a second origin (another port). */
function startHost(assistant: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const send = (type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      response.writeHead(200, { 'Content-Type': type, ...headers });
      response.end(body);
    };
    if (path === '/host.html')
      return send(
        'text/html',
        hostPage(assistant, 'config=/orgs/riverside.json&label=Sign-in%20help%20C'),
        {
          'Content-Security-Policy': hostCsp(assistant),
        },
      );
    if (path === '/host.css')
      return send(
        'text/css',
        '* { margin: 0; padding: 0; font: inherit; all: unset; } body { display: block; } signin-assistant { --signin-assistant-brand: #ffdd00; } iframe { display: block; width: 100%; }',
      );
    if (path === '/their-react.js')
      return send(
        'text/javascript',
        'window.React = { version: "18.2.0", mine: true }; window.ReactDOM = { version: "18.2.0" }; window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = { isDisabled: true, mine: true };',
      );
    if (/^\/orgs\/[a-z]+\.json$/.test(path))
      return send('application/json', readFileSync(resolve(dist, path.slice(1))));
    response.writeHead(404).end();
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

async function openHost(
  browser: Browser,
  host: string,
  { allowHost = true, tamper = false } = {},
): Promise<Host> {
  const assistant = baseURL();
  const context: BrowserContext = await browser.newContext();
  await prepareContext(context);
  // The frame's configuration names the host origin as allowed (or not), as a deployment would.
  await context.route(`${assistant}/orgs/riverside.json`, async (route) => {
    const config = await (await route.fetch()).json();
    config.embed = { allowedOrigins: allowHost ? [host] : ['https://elsewhere.example'] };
    return route.fulfill({ json: config });
  });
  if (tamper)
    await context.route(`${assistant}/${manifest().loader}`, async (route) => {
      const response = await route.fetch();
      return route.fulfill({ response, body: `${await response.text()}\n// changed` });
    });
  const page = await context.newPage();
  const problems: string[] = [];
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${host}/host.html`);
  const frame = async () => {
    const f = await (await page.waitForSelector('#f')).contentFrame();
    if (!f) throw new Error('no frame');
    await settled(f);
    return f;
  };
  return { page, problems, warnings, frame };
}

/** The one message a framed assistant accepts from its parent: a language change. */
const askFrameForSpanish = (page: Page) =>
  page.evaluate(
    ([message, origin]) =>
      (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(
        message,
        origin,
      ),
    [envelope({ type: 'language', lang: 'es' }), new URL(baseURL()).origin] as const,
  );

describe.skipIf(!inject('chromium'))('on a host page of another origin', () => {
  let browser: Browser;
  let host: { server: Server; url: string };
  beforeAll(async () => {
    browser = await launch();
    host = await startHost(baseURL());
  });
  afterAll(async () => {
    await browser?.close();
    host?.server.close();
  });

  it('the manifest’s integrity hashes match the published files', () => {
    const { files, version } = manifest();
    expect(Object.keys(files).length).toBeGreaterThan(10);
    expect(files[`embed/signin-assistant-${version}.js`]).toBeDefined();
    for (const [file, integrity] of Object.entries(files as Record<string, string>))
      expect(
        `sha384-${createHash('sha384')
          .update(readFileSync(resolve(dist, file)))
          .digest('base64')}`,
        file,
      ).toBe(integrity);
  });

  it('two elements and a frame work side by side, under the host’s CSP, beside its own React', async () => {
    const { page, problems, warnings, frame } = await openHost(browser, host.url);
    const a = page.locator('#a');
    await page.waitForFunction(() =>
      document.querySelector('#a')?.shadowRoot?.querySelector('.sa-root h1'),
    );
    expect(await a.locator(HEADING).textContent()).toBe('What happens when you try to sign in?');
    // The second waits behind its button, in the page's language choice for it (Spanish).
    const button = page.locator('#b button');
    expect(await button.textContent()).toMatch(/Problemas para entrar/);
    expect(await page.locator('#b .sa-root').count()).toBe(0);
    await button.click();
    await page.waitForFunction(
      () => document.querySelector('#b')?.shadowRoot?.activeElement?.tagName === 'H1',
    );
    expect(await page.locator('#b').locator(HEADING).textContent()).toMatch(/¿Qué pasa/);
    // Each goes its own way.
    await a.locator('form input[value="locked"]').check();
    await a.locator('form button[type="submit"]').click();
    await page.waitForFunction(() =>
      /locked/i.test(
        document.querySelector('#a')?.shadowRoot?.querySelector('.sa-root h1')?.textContent ?? '',
      ),
    );
    expect(await page.locator('#b').locator(HEADING).textContent()).toMatch(/¿Qué pasa/);
    const f = await frame();
    expect(await f.locator(HEADING).textContent()).toBe('What happens when you try to sign in?');
    // The host's globals are untouched; the pale brand colour was corrected, with a warning.
    expect(
      await page.evaluate(() => (window as never as { React: { mine?: boolean } }).React.mine),
    ).toBe(true);
    expect(warnings.join('\n')).toMatch(/theme colour #ffdd00 .* using #/);
    const brand = await page.evaluate(() =>
      getComputedStyle(
        document.querySelector('#a')!.shadowRoot!.querySelector('.sa-root')!,
      ).getPropertyValue('--sa-brand'),
    );
    expect(brand.trim()).not.toBe('#ffdd00');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('an allowed host hears from its frame, and 1,000 random messages to the frame change nothing', async () => {
    const { page, problems, frame } = await openHost(browser, host.url);
    const f = await frame();
    await page.waitForFunction(() => document.getElementById('f')!.style.height !== '');
    const heading = await f.locator(HEADING).textContent();
    const sent = await page.evaluate(
      ([origin, count]) => {
        const target = (document.getElementById('f') as HTMLIFrameElement).contentWindow!;
        const junk = (i: number): unknown => {
          const pick = [
            () => Math.random().toString(36),
            () => ({ source: 'signin-assistant', version: 1, type: 'language', lang: 'xx' }),
            () => ({ source: 'signin-assistant', version: 2, type: 'language', lang: 'es' }),
            () => ({ source: 'signin-assistant', version: 1, type: 'language', lang: 'es', x: 1 }),
            () => ({ source: 'signin-assistant', version: 1, type: 'restart' }),
            () => ({ type: 'language', lang: 'es' }),
            () => [1, 2, { lang: 'es' }],
            () => null,
            () => ({ source: 'signin-assistant', version: 1, type: 'resize', height: i }),
          ];
          return pick[i % pick.length]!();
        };
        for (let i = 0; i < count; i++) target.postMessage(junk(i), origin);
        return count;
      },
      [new URL(baseURL()).origin, 1000] as const,
    );
    expect(sent).toBe(1000);
    await page.waitForTimeout(300);
    expect(await f.locator(HEADING).textContent()).toBe(heading);
    expect(await f.evaluate(() => document.documentElement.lang)).toBe('en');
    // The one message it does accept: a language change, from this allowed host.
    await askFrameForSpanish(page);
    await f.waitForFunction(
      () => document.querySelector('.sa-root')?.getAttribute('lang') === 'es',
      undefined,
      { polling: 50 },
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a host the configuration does not allow gets no message and can change nothing', async () => {
    const { page, problems, frame } = await openHost(browser, host.url, { allowHost: false });
    await page.evaluate(() => {
      (window as never as { heard: number }).heard = 0;
      window.addEventListener('message', () => {
        (window as never as { heard: number }).heard += 1;
      });
    });
    const f = await frame();
    await perform(f, { type: 'pick.cantSignIn' });
    await perform(f, { type: 'pick.locked' });
    await askFrameForSpanish(page);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as never as { heard: number }).heard)).toBe(0);
    expect(await page.evaluate(() => document.getElementById('f')!.style.height)).toBe('');
    expect(await f.locator('.sa-root').getAttribute('lang')).toBe('en');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a loader that does not match its integrity hash never runs', async () => {
    const { page, problems } = await openHost(browser, host.url, { tamper: true });
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => customElements.get('signin-assistant'))).toBeUndefined();
    expect(problems.join('\n')).toMatch(/integrity/i);
    await page.context().close();
  });
});
