// The npm package a web team adds and pins (issue 22): `npm pack` of the build the browser gate
// made (globalSetup), installed offline into a fresh project. It must hold the built files, the
// element's types, the JSON Schema and the command; the installed command must validate a demo file
// and reject a broken one; the types must compile in a host's strict project; and the installed
// dist/ must serve the demo. No Chromium needed: it runs here only because dist/ is built here.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd,
    encoding: 'utf8',
  });

let temp: string;
let host: string;
let installed: string;
let packed: string[];

beforeAll(async () => {
  // The command, as `npm run build` makes it after the app (prepack is skipped below: the app is
  // already built by globalSetup).
  await build({ configFile: join(root, 'vite.bin.config.ts'), root, logLevel: 'warn' });
  temp = mkdtempSync(join(tmpdir(), 'signin-assistant-package-'));
  const [report] = JSON.parse(npm(['pack', '--json', '--pack-destination', temp], root));
  packed = report.files.map((f: { path: string }) => f.path);
  host = join(temp, 'host');
  mkdirSync(host);
  writeFileSync(
    join(host, 'package.json'),
    '{ "name": "host", "private": true, "type": "module" }',
  );
  npm(['install', '--offline', '--no-save', join(temp, report.filename)], host);
  installed = join(host, 'node_modules/signin-assistant');
}, 120_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('what the package holds', () => {
  it('has the built files, the types, the schema and the command, and no sources or maps', () => {
    for (const file of [
      `dist/embed/signin-assistant-${version}.js`,
      'dist/embed/signin-assistant.js',
      'dist/embed/manifest.json',
      'dist/embed/frame.html',
      'dist/index.html',
      'dist/staff/index.html',
      'dist/_headers',
      'dist/orgs/riverside.json',
      'types/signin-assistant.d.ts',
      'dist/config.schema.json',
      'bin/signin-assistant.js',
      'README.md',
      'package.json',
    ])
      expect(packed, file).toContain(file);
    expect(
      packed.filter((f) => /\.map$|^(src|flows|tests|content|public|node_modules)\//.test(f)),
    ).toEqual([]);
    expect(packed.some((f) => f.startsWith('dist/assets/') && f.endsWith('.js'))).toBe(true);
  });

  it('points every export, the types and the command at a file it holds', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const targets = [
      manifest.exports['.'].types,
      manifest.exports['.'].default,
      manifest.exports['./config.schema.json'],
      manifest.types,
      manifest.bin['signin-assistant'],
    ].map((t: string) => t.replace(/^\.\//, ''));
    for (const target of targets) expect(packed, target).toContain(target);
    // A fresh install needs nothing else: what ships is built, with its dependencies inside.
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('declares a value only where the loader a page runs exports it (today none: types only)', () => {
    const types = readFileSync(join(installed, 'types/signin-assistant.d.ts'), 'utf8');
    const declared = [
      ...types.matchAll(/^export (?:declare )?(?:const|let|var|function|class|enum) (\w+)/gm),
    ].map((m) => m[1]);
    const loader = readFileSync(
      join(installed, `dist/embed/signin-assistant-${version}.js`),
      'utf8',
    );
    const exported = [
      ...[...loader.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
        m[1]!.split(',').map((name) =>
          name
            .trim()
            .split(/\s+as\s+/)
            .pop(),
        ),
      ),
      ...[...loader.matchAll(/export (?:const|let|var|function|class) (\w+)/g)].map((m) => m[1]),
    ];
    expect(declared.filter((name) => !exported.includes(name))).toEqual([]);
  });
});

describe('npx signin-assistant validate, from a fresh install', () => {
  const run = (...args: string[]) =>
    spawnSync('npx', ['--offline', 'signin-assistant', ...args], { cwd: host, encoding: 'utf8' });

  it('passes a demo configuration and its agent facts', () => {
    const result = run(
      'validate',
      'node_modules/signin-assistant/dist/orgs/lakeside.json',
      'node_modules/signin-assistant/dist/orgs/lakeside.agent.json',
    );
    expect(result.stdout).toMatch(/lakeside\.json: valid\n {2}no problems, no warnings/);
    expect(result.status, result.stderr).toBe(0);
  });

  it('rejects a file with a misspelt setting, naming it, with exit code 1', () => {
    const raw = JSON.parse(readFileSync(join(installed, 'dist/orgs/riverside.json'), 'utf8'));
    raw.portal.signinWith = raw.portal.signInWith;
    delete raw.portal.signInWith;
    writeFileSync(join(host, 'org.json'), JSON.stringify(raw));
    const result = run('validate', 'org.json');
    expect(result.stdout).toMatch(/org\.json: not valid/);
    expect(result.stdout).toMatch(/"signinWith" → "signInWith"/);
    expect(result.status).toBe(1);
  });

  it('says how to use it when the command is wrong', () => {
    const result = run('check', 'org.json');
    expect(result.stderr).toMatch(/Unknown command "check"\. Usage: npx signin-assistant validate/);
    expect(result.status).toBe(2);
  });
});

describe('the element types, in a host page script', () => {
  it('compile strictly, with the attributes, the property and the events typed', () => {
    writeFileSync(
      join(host, 'page.ts'),
      `import type { SigninAssistantAttributes } from 'signin-assistant';
import schema from 'signin-assistant/config.schema.json';

const element = document.querySelector('signin-assistant');
if (element) element.config = { id: 'ours' };
element?.addEventListener('signin-assistant:escalated', (event) => {
  const kinds: string[] | undefined = event.detail.channels;
  console.log(event.detail.flow, kinds);
});
document.addEventListener('signin-assistant:step', (event) => console.log(event.detail.flow));
const attributes: SigninAssistantAttributes = { load: 'button', signals: 'flow', start: 'locked' };
// @ts-expect-error: not a way to load
const wrong: SigninAssistantAttributes = { load: 'later' };
console.log(attributes, wrong, schema.title);
`,
    );
    writeFileSync(
      join(host, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          resolveJsonModule: true,
          lib: ['ES2023', 'DOM'],
          types: [],
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['page.ts'],
      }),
    );
    const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', host], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});

describe('the installed dist/', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const dist = join(installed, 'dist');
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      try {
        const body = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
        response.writeHead(200, {
          'content-type': extname(path) === '.js' ? 'text/javascript' : '',
        });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('serves the demo: the first question, prerendered, and every file the loader imports', async () => {
    const page = await (await fetch(`${url}/`)).text();
    expect(page).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    const loader = await (await fetch(`${url}/embed/signin-assistant-${version}.js`)).text();
    const imports = [...loader.matchAll(/["'](\.\.\/assets\/[^"']+)["']/g)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    for (const spec of imports)
      expect((await fetch(new URL(spec, `${url}/embed/`))).status, spec).toBe(200);
  });
});
