// Loading a configuration: a configuration decides which phone numbers and sites people are sent
// to, so the frame (whose `?config=` anyone can write into a link) takes one only from the
// configurations folder of its own origin, never through a redirect, and only as JSON.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CONFIG_FOLDER,
  fetchConfig,
  mayBeCheckedAtBuild,
  wasCheckedAtBuild,
} from '../../src/app/configSource';

const here = window.location.origin;
const body = { id: 'riverside' };

interface Reply {
  url?: string;
  type?: string | null;
  redirected?: boolean;
  status?: number;
  /** The file's bytes as served; a small stand-in configuration unless given. */
  text?: string;
}

/** A stand-in for fetch that answers with what a server (or a redirect) would give. */
function serve(reply: Reply = {}) {
  const fetch = vi.fn(async (input: URL | string, _init?: RequestInit) => {
    const headers = new Headers();
    const type = reply.type === undefined ? 'application/json' : reply.type;
    if (type !== null) headers.set('content-type', type);
    return {
      ok: (reply.status ?? 200) < 300,
      status: reply.status ?? 200,
      url: reply.url ?? String(input),
      redirected: reply.redirected ?? false,
      headers,
      arrayBuffer: async () => new TextEncoder().encode(reply.text ?? JSON.stringify(body)).buffer,
    } as unknown as Response;
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

const inFolder = { folder: CONFIG_FOLDER };

describe('fetchConfig', () => {
  it('loads a configuration from the folder', async () => {
    serve();
    expect(await fetchConfig(`${CONFIG_FOLDER}riverside.json`, 'config=', inFolder)).toEqual(body);
    expect(CONFIG_FOLDER).toBe('/orgs/');
  });

  it('never follows a redirect', async () => {
    const fetch = serve();
    await fetchConfig('/orgs/riverside.json', 'config=', inFolder);
    expect(fetch.mock.calls[0]![1]).toMatchObject({
      redirect: 'error',
      credentials: 'same-origin',
    });
  });

  it('refuses an answer that came from anywhere else than was asked', async () => {
    for (const url of [
      'https://attacker.example/orgs/riverside.json',
      `${here}/uploads/riverside.json`,
    ]) {
      serve({ url, redirected: true });
      expect(await fetchConfig('/orgs/riverside.json', 'config=', inFolder)).toEqual({
        error: expect.stringMatching(/answered from/),
      });
      // Even when the browser does not say it was redirected.
      serve({ url });
      expect(await fetchConfig('/orgs/riverside.json')).toEqual({
        error: expect.stringMatching(/answered from/),
      });
    }
  });

  it('takes only a file of the configurations folder when told to', async () => {
    for (const address of [
      '/uploads/riverside.json',
      '/orgs/../uploads/riverside.json',
      '/orgs/%2e%2e/uploads/riverside.json',
      '/orgs/%2E%2E%2Fuploads%2Friverside.json',
      '/orgs/sub/riverside.json',
      '/orgs/riverside.html',
      '/orgs/riverside.json?redirect=https://attacker.example',
      '/orgs/',
      '/orgsx/riverside.json',
      '/redirect?to=/orgs/riverside.json',
    ]) {
      const fetch = serve();
      expect(await fetchConfig(address, 'config=', inFolder), address).toEqual({
        error: expect.stringMatching(/configurations folder/),
      });
      expect(fetch, address).not.toHaveBeenCalled();
    }
  });

  it('still takes only its own origin', async () => {
    const fetch = serve();
    expect(await fetchConfig('https://attacker.example/orgs/x.json', 'config=', inFolder)).toEqual({
      error: expect.stringMatching(/own origin/),
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('requires a JSON content type', async () => {
    for (const type of ['text/html', 'text/plain', null, 'application/jsonp', 'text/json-ish']) {
      serve({ type });
      expect(await fetchConfig('/orgs/riverside.json', 'config=', inFolder), String(type)).toEqual({
        error: expect.stringMatching(/not JSON/),
      });
    }
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON',
    ]) {
      serve({ type });
      expect(await fetchConfig('/orgs/riverside.json', 'config=', inFolder), type).toEqual(body);
    }
  });

  it('reports a failed request as an error value', async () => {
    serve({ status: 404 });
    expect(await fetchConfig('/orgs/riverside.json')).toEqual({
      error: expect.stringMatching(/HTTP 404/),
    });
  });

  describe('a file the build validated', () => {
    const riverside = readFileSync(
      resolve(import.meta.dirname, '../../public/orgs/riverside.json'),
      'utf8',
    );

    it('is used as it is when its bytes are unchanged, so the page loads no validator', async () => {
      expect(mayBeCheckedAtBuild('/orgs/riverside.json')).toBe(true);
      serve({ text: riverside });
      const config = await fetchConfig('/orgs/riverside.json', 'config=', inFolder);
      expect(config).toMatchObject({ id: 'riverside' });
      expect(wasCheckedAtBuild(config)).toBe(true);
    });

    it('is validated again once anyone has edited it, even by one character', async () => {
      serve({ text: riverside.replace('"riverside"', '"riverside2"') });
      const config = await fetchConfig('/orgs/riverside.json', 'config=', inFolder);
      expect(config).toMatchObject({ id: 'riverside2' });
      expect(wasCheckedAtBuild(config)).toBe(false);
    });

    it('never vouches for a file of another name, nor for an object handed to mount()', async () => {
      expect(mayBeCheckedAtBuild('/orgs/ourclinic.json')).toBe(false);
      serve();
      expect(wasCheckedAtBuild(await fetchConfig('/orgs/riverside.json'))).toBe(false);
      expect(wasCheckedAtBuild(JSON.parse(riverside))).toBe(false);
    });
  });
});
