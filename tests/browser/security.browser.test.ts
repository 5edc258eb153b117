// The security review's browser cases (issue 20), on the built app under the shipped policy:
// a configuration's Markdown with named entities under Trusted Types, and the frame taking its
// configuration only from the configurations folder.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseURL, HEADING, launch, prepareContext, settled, watchedPage } from './browser';

const dist = resolve(import.meta.dirname, '../../dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** dist/_headers as Netlify reads it: path lines, then indented `Name: value` lines. */
function readHeaderRules(): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** A plain static server for dist/ that sends only what dist/_headers says, as a host would. */
function staticServer(): Promise<{ server: Server; url: string }> {
  const rules = readHeaderRules();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(dist, path);
    if (!file.startsWith(dist)) return response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) return response.writeHead(404).end();
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    };
    for (const rule of rules) {
      const hit = rule.path.endsWith('*')
        ? path.startsWith(rule.path.slice(0, -1))
        : rule.path === path;
      if (hit)
        for (const [name, value] of rule.headers)
          headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
    }
    response.writeHead(200, headers);
    response.end(readFileSync(file));
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

describe.skipIf(!inject('chromium'))('security, in Chromium under the shipped policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows named entities in a configuration’s Markdown, with Trusted Types required', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.context().route(`${baseURL()}/orgs/riverside.json`, async (route) => {
      const config = await (await route.fetch()).json();
      config.text = {
        en: {
          steps: {
            problem: {
              body: 'Call Billing &amp; Records at the Caf&eacute; desk. &copy; Riverside &#169; &#x2014; &notanentity;',
            },
          },
        },
      };
      return route.fulfill({ json: config });
    });
    await page.goto(`${baseURL()}/?org=riverside`);
    await settled(page);
    // The override's Markdown renderer has loaded (or the step has failed).
    await page.waitForFunction(
      () =>
        /Billing|Something went wrong/.test(document.body.textContent ?? '') &&
        !document.querySelector('[data-loading]'),
    );
    const main = (await page.locator('body').textContent()) ?? '';
    expect(main).toContain(
      'Call Billing & Records at the Café desk. © Riverside © — &notanentity;',
    );
    expect(await page.locator(HEADING).textContent()).toBe('What happens when you try to sign in?');
    expect(main).not.toMatch(/Something went wrong/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the frame takes no configuration from outside the configurations folder', async () => {
    const { page, problems } = await watchedPage(browser);
    // A valid configuration elsewhere on the same origin (an upload folder, say) is not taken.
    await page.context().route(`${baseURL()}/uploads/riverside.json`, async (route) => {
      const config = await (await route.fetch({ url: `${baseURL()}/orgs/riverside.json` })).json();
      return route.fulfill({ json: config });
    });
    await page.goto(`${baseURL()}/embed/frame.html?config=/uploads/riverside.json`);
    await page.waitForSelector('.sa-root h1, h1');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toMatch(/not working right now/);
    expect(text).toMatch(/configurations folder/);
    // The same file from the folder works.
    await page.goto(`${baseURL()}/embed/frame.html?config=/orgs/riverside.json`);
    await settled(page);
    expect(await page.locator(HEADING).textContent()).toBe('What happens when you try to sign in?');
    // The page's own error report is the only console error.
    expect(problems.filter((p) => !/configuration/i.test(p))).toEqual([]);
    await page.context().close();
  });

  describe('served by a plain static server with the generated _headers', () => {
    let site: { server: Server; url: string };
    let other: { server: Server; url: string };
    beforeAll(async () => {
      site = await staticServer();
      // Another origin that frames the frame page; it is not in any embed.allowedOrigins.
      other = await new Promise((done) => {
        const server = createServer((_request, response) => {
          response.writeHead(200, { 'Content-Type': 'text/html' });
          response.end(
            `<!doctype html><title>Not allowed</title><iframe id="f" title="x" src="${site.url}/embed/frame.html?config=/orgs/riverside.json"></iframe>`,
          );
        });
        server.listen(0, '127.0.0.1', () => {
          const address = server.address();
          done({
            server,
            url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
          });
        });
      });
    });
    afterAll(() => {
      site?.server.close();
      other?.server.close();
    });

    it('every page carries the meta fallback policy, without frame-ancestors', () => {
      const pages = [
        'index.html',
        ...readdirSync(join(dist, 'embed'))
          .filter((f) => f.endsWith('.html'))
          .map((f) => `embed/${f}`),
      ];
      for (const page of pages) {
        const html = readFileSync(join(dist, page), 'utf8');
        const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
          .exec(html)
          ?.map((m) => m.replaceAll('&#39;', "'"));
        expect(meta?.[1], page).toMatch(/require-trusted-types-for 'script'/);
        expect(meta?.[1], page).not.toMatch(/frame-ancestors/);
        // Before any script.
        expect(html.indexOf('http-equiv="Content-Security-Policy"'), page).toBeLessThan(
          html.indexOf('<script'),
        );
      }
    });

    it('the policy and the other headers hold: the app works, injected code does not run', async () => {
      const context = await browser.newContext();
      await prepareContext(context);
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') violations.push(m.text());
      });
      const response = await page.goto(`${site.url}/?org=riverside`);
      const headers = response!.headers();
      expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(headers['content-security-policy']).toMatch(/frame-ancestors 'self'$/);
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      await settled(page);
      expect(await page.locator(HEADING).textContent()).toBe(
        'What happens when you try to sign in?',
      );
      expect(violations).toEqual([]);
      // An injected inline script is refused (Trusted Types and script-src), and reported.
      const ran = await page.evaluate(() => {
        try {
          const script = document.createElement('script');
          script.append('window.injected = true');
          document.head.append(script);
        } catch {}
        return (window as never as { injected?: boolean }).injected ?? false;
      });
      expect(ran).toBe(false);
      await page.waitForTimeout(200);
      expect(violations.join('\n')).toMatch(
        /TrustedScript|CSP violation: (script-src|require-trusted-types-for)/,
      );
      await context.close();
    });

    it('the frame page refuses to be framed by a site the configurations do not allow', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const messages: string[] = [];
      page.on('console', (m) => messages.push(m.text()));
      await page.goto(`${other.url}/`);
      await page.waitForTimeout(1500);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      const inside = await frame
        ?.evaluate(() => Boolean(document.querySelector('.sa-root')))
        .catch(() => false);
      expect(inside ?? false).toBe(false);
      expect(messages.join('\n')).toMatch(/frame-ancestors/);
      // On its own it is a plain page.
      await page.goto(`${site.url}/embed/frame.html?config=/orgs/riverside.json`);
      await settled(page);
      await context.close();
    });
  });

  describe('the pinned path: the import map pins every chunk, the element chunk pins the stylesheet', () => {
    let host: { server: Server; url: string };
    const manifest = () => JSON.parse(readFileSync(join(dist, 'embed/manifest.json'), 'utf8'));
    beforeAll(async () => {
      const assistant = baseURL();
      // As built with SIGNIN_ASSISTANT_ORIGIN set to the assistant's origin.
      const map = readFileSync(join(dist, 'embed/importmap.txt'), 'utf8')
        .trim()
        .replaceAll('"/assets/', `"${assistant}/assets/`)
        .replaceAll('"/embed/', `"${assistant}/embed/`);
      const inline = map.slice('<script type="importmap">'.length, -'</script>'.length);
      const hash = `'sha256-${createHash('sha256').update(inline).digest('base64')}'`;
      const config = readFileSync(join(dist, 'orgs/riverside.json'), 'utf8').replaceAll(
        '"',
        '&quot;',
      );
      const { loader, files } = manifest();
      host = await new Promise((done) => {
        const server = createServer((_request, response) => {
          response.writeHead(200, {
            'Content-Type': 'text/html',
            'Content-Security-Policy': `default-src 'self'; script-src 'self' ${assistant} ${hash}; style-src 'self' ${assistant}; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`,
          });
          response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pinned host</title>${map}</head><body>
<signin-assistant id="a" load="eager" config-json="${config}"></signin-assistant>
<script type="module" src="${assistant}/${loader}" integrity="${files[loader]}" crossorigin="anonymous"></script></body></html>`);
        });
        server.listen(0, '127.0.0.1', () => {
          const address = server.address();
          done({
            server,
            url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
          });
        });
      });
    });
    afterAll(() => host?.server.close());

    async function open(tamper?: RegExp) {
      const context = await browser.newContext();
      await prepareContext(context);
      if (tamper)
        await context.route(tamper, async (route) => {
          const response = await route.fetch();
          return route.fulfill({ response, body: `${await response.text()}\n/* changed */` });
        });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${host.url}/`);
      return { page, errors, context };
    }
    const heading = (page: import('playwright-core').Page) =>
      page.evaluate(
        () =>
          document.querySelector('#a')?.shadowRoot?.querySelector('.sa-root h1')?.textContent ??
          null,
      );

    it('works when every file is as published', async () => {
      const { page, errors, context } = await open();
      await page.waitForFunction(() =>
        document.querySelector('#a')?.shadowRoot?.querySelector('.sa-root h1'),
      );
      expect(await heading(page)).toBe('What happens when you try to sign in?');
      // The stylesheet was checked and applied.
      expect(
        await page.evaluate(
          () => document.querySelector('#a')!.shadowRoot!.querySelector('link')!.integrity,
        ),
      ).toMatch(/^sha384-/);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('a changed chunk never runs', async () => {
      const { page, errors, context } = await open(/\/assets\/element-[\w-]+\.js$/);
      await page.waitForTimeout(2000);
      expect(await heading(page)).toBeNull();
      expect(errors.join('\n')).toMatch(/integrity/i);
      await context.close();
    });

    it('a changed stylesheet is refused', async () => {
      const { page, errors, context } = await open(/\/assets\/styles-[\w-]+\.css$/);
      await page.waitForTimeout(2000);
      expect(errors.join('\n')).toMatch(/integrity/i);
      await context.close();
    });
  });
});
