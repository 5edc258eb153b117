// The deployable header files the build writes (src/build/headersPlugin.ts): one policy per
// address, frame-ancestors from the configurations' embed origins, and the other headers.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { META_CSP, SECURITY_HEADERS, STRICT_CSP } from '../../src/build/csp';
import {
  configuredEmbedOrigins,
  headerRules,
  netlifyHeaders,
  nginxHeaders,
} from '../../src/build/headersPlugin';

const PAGES = ['index.html', 'config-reference.html', 'embed/frame.html', 'embed/demo.html'];
const hosts = configuredEmbedOrigins(resolve(import.meta.dirname, '../../public/orgs'));

/** Netlify's matching: exact, or a trailing * as a prefix. */
const matches = (rule: string, path: string) =>
  rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path;

describe('the deployable headers', () => {
  it('take frame-ancestors from the configurations', () => {
    expect(hosts).toContain('https://www.riverside.example');
  });

  it('give every address one policy, every header once, and the frame its hosts', () => {
    const rules = headerRules(PAGES, hosts);
    for (const path of [
      '/',
      '/index.html',
      '/config-reference',
      '/embed/frame.html',
      '/embed/demo.html',
    ]) {
      const names = rules
        .filter((r) => matches(r.path, path))
        .flatMap((r) => Object.keys(r.headers));
      expect(
        names.filter((n) => n === 'Content-Security-Policy'),
        path,
      ).toHaveLength(1);
      expect(new Set(names).size, path).toBe(names.length);
      for (const name of Object.keys(SECURITY_HEADERS)) expect(names, path).toContain(name);
    }
    const frame = rules.find((r) => r.path === '/embed/frame.html')!.headers[
      'Content-Security-Policy'
    ];
    expect(frame).toMatch(/frame-ancestors 'self' https:\/\/www\.riverside\.example/);
    expect(rules.find((r) => r.path === '/')!.headers['Content-Security-Policy']).toBe(STRICT_CSP);
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  it('write the Netlify/Cloudflare and nginx formats', () => {
    const netlify = netlifyHeaders(headerRules(PAGES, hosts));
    expect(netlify).toMatch(
      /^\/embed\/frame\.html\n {2}Content-Security-Policy: .*frame-ancestors/m,
    );
    const nginx = nginxHeaders(PAGES, hosts);
    expect(nginx).toMatch(
      /location = \/embed\/frame\.html \{[^}]*frame-ancestors 'self' https:\/\/www\.riverside\.example/,
    );
    for (const block of nginx.split('location ').slice(1)) {
      expect(block).toContain('add_header Content-Security-Policy');
      expect(block).toContain('add_header Referrer-Policy "no-referrer" always;');
    }
  });

  it('leaves frame-ancestors out of the meta policy, where browsers ignore it', () => {
    expect(META_CSP).not.toMatch(/frame-ancestors/);
    expect(META_CSP).toMatch(/require-trusted-types-for 'script'/);
  });
});
