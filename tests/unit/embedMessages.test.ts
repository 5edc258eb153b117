// A framed assistant and the page around it talk only in a few exact messages, and only with the
// origins the configuration allows. Anything else, from anyone, must change nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Signal } from '../../flows/signals/signalTypes';
import { envelope, isSignal, readFrameMessage, readParentMessage } from '../../src/embed/messages';

const ALLOWED = ['https://www.riverside.example', 'http://127.0.0.1:4173'];
const LOCALES = ['en', 'es', 'zh', 'vi', 'ar'];
const parent = (origin: string, data: unknown, fromParent = true) =>
  readParentMessage({ origin, data, fromParent }, ALLOWED, LOCALES);

const anyOrigin = fc.oneof(
  fc.webUrl().map((u) => new URL(u).origin),
  fc.constantFrom(
    'null',
    '',
    'https://www.riverside.example.evil.test',
    'http://www.riverside.example',
  ),
);
const anyPayload = fc.oneof(
  fc.anything(),
  fc.record({
    source: fc.constant('signin-assistant'),
    version: fc.constant(1),
    type: fc.string(),
    lang: fc.anything(),
  }),
  fc.record({
    source: fc.constant('signin-assistant'),
    version: fc.constant(1),
    type: fc.constant('language'),
    lang: fc.string(),
  }),
);

describe('messages the framed assistant accepts from its parent', () => {
  it('takes a language change from an allowed parent', () => {
    expect(parent(ALLOWED[0]!, envelope({ type: 'language', lang: 'es' }))).toEqual({
      type: 'language',
      lang: 'es',
    });
  });

  it('ignores the same message from another origin, from another window, or for an unknown language', () => {
    const message = envelope({ type: 'language', lang: 'es' });
    expect(parent('https://evil.example', message)).toBeNull();
    expect(parent(ALLOWED[0]!, message, false)).toBeNull();
    expect(parent(ALLOWED[0]!, envelope({ type: 'language', lang: 'xx' }))).toBeNull();
    expect(parent(ALLOWED[0]!, { ...message, extra: 1 })).toBeNull();
  });

  it('1,000 random origins and payloads: only an allowed origin with an exact, known message gets through', () => {
    fc.assert(
      fc.property(anyOrigin, anyPayload, fc.boolean(), (origin, data, fromParent) => {
        const read = parent(origin, data, fromParent);
        if (read === null) return;
        expect(fromParent && ALLOWED.includes(origin)).toBe(true);
        if (read.type === 'sync')
          expect(Object.keys(data as object).sort()).toEqual(['source', 'type', 'version']);
        else {
          expect(LOCALES).toContain(read.lang);
          expect(Object.keys(data as object).sort()).toEqual(['lang', 'source', 'type', 'version']);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('messages the host page accepts from the frame', () => {
  it('reads a resize and a signal', () => {
    expect(readFrameMessage(envelope({ type: 'resize', height: 640.2 }))).toEqual({
      type: 'resize',
      height: 641,
    });
    const signal: Signal = {
      type: 'escalated',
      step: 'contact',
      flow: 'end',
      channels: ['phone'],
    };
    expect(readFrameMessage(envelope({ type: 'signal', signal }))).toEqual({
      type: 'signal',
      signal,
    });
  });

  it('refuses a signal carrying anything more than step, flow and channel kinds', () => {
    for (const signal of [
      { type: 'step', step: 'problem', flow: 'triage', typed: 'jane@example.com' },
      { type: 'step', step: 'problem', flow: 'somewhereElse' },
      { type: 'escalated', step: 'contact', flow: 'end', channels: ['+16085550142'] },
      { type: 'handoff', step: 'contact', flow: 'end', code: 'R7K2-9QXM' },
      { type: 'step', step: '<img src=x onerror=alert(1)>', flow: 'triage' },
    ])
      expect(isSignal(signal), JSON.stringify(signal)).toBe(false);
  });

  it('1,000 random payloads: nothing malformed is read', () => {
    fc.assert(
      fc.property(anyPayload, (data) => {
        const read = readFrameMessage(data);
        if (read?.type === 'resize') expect(read.height).toBeGreaterThanOrEqual(0);
        if (read?.type === 'signal') expect(isSignal(read.signal)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
