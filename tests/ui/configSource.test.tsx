// Loading a configuration: a configuration decides which phone numbers and sites people are sent
// to, so the frame (whose `?config=` anyone can write into a link) takes one only from the
// configurations folder of its own origin, never through a redirect, and only as JSON.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONFIG_FOLDER, fetchConfig } from '../../src/app/configSource';

const here = window.location.origin;
const body = { id: 'riverside' };

interface Reply {
  url?: string;
  type?: string | null;
  redirected?: boolean;
  status?: number;
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
      json: async () => body,
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
});
