// Hostile input through every door: step text a health system overrides, configuration values
// shown to patients, deep links, and saved progress. No script runs, no link or image points
// anywhere but https:, mailto: or tel:, and no raw HTML reaches the page.
import { fireEvent, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrgConfig } from '../../flows/config/schema';
import type { AssistantEvent } from '../../flows/machine/types';
import { restoreProgress, saveProgress } from '../../flows/session/progress';
import { replay } from '../../flows/session/session';
import { progressKey } from '../../src/session/storage';
import { XSS_PAYLOADS } from '../fixtures/xssPayloads';
import { performEvent } from '../support/drive';
import { org, withChanges } from '../support/orgs';
import { renderAssistant } from '../support/render';

const SAFE_HREF = /^(https:\/\/|mailto:|tel:\+?[0-9])/;

function assertInert(container: HTMLElement) {
  expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  expect(
    container.querySelector(
      'script, iframe, img, svg, object, embed, style, link, meta, base, video, math',
    ),
  ).toBeNull();
  for (const a of container.querySelectorAll('a[href]'))
    expect(a.getAttribute('href')).toMatch(SAFE_HREF);
  for (const el of container.querySelectorAll('*'))
    for (const attr of el.attributes)
      expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
  // Only the app's own forms: one per step at most, never one from content.
  expect(container.querySelectorAll('form').length).toBeLessThanOrEqual(1);
}

describe(`${XSS_PAYLOADS.length} cross-site scripting payloads`, () => {
  it('has at least 200', () => expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(200));

  it.each(XSS_PAYLOADS.map((p, i) => [i, p] as const))(
    'payload %i stays inert everywhere it can go',
    (_i, payload) => {
      const config = withChanges('riverside', (c) => {
        c.name = payload.slice(0, 120);
        c.channels[3].address = payload.slice(0, 300);
        c.proxy.forms.mailAddress = payload.slice(0, 300);
        c.text = {
          en: {
            steps: {
              problem: { body: payload },
              proxyChildYoung: { title: payload.slice(0, 300) },
            },
          },
        };
      });
      const { container, unmount } = renderAssistant({ config, deepLink: `#start=${payload}` });
      assertInert(container);
      for (const event of ['someoneElse', 'child', 'young'].map(
        (a) => ({ type: `pick.${a}` }) as AssistantEvent,
      ))
        if (container.querySelector('main form')) performEvent(container, event);
      assertInert(container);
      const contact = container.querySelector('button.sa-contact-link');
      if (contact) fireEvent.click(contact);
      assertInert(container);
      unmount();
    },
  );
});

describe('200 corrupted or foreign saved snapshots', () => {
  const config = org('riverside');
  const good = JSON.stringify(
    saveProgress(
      replay(
        config,
        ['code', 'text', 'neverArrives'].map((a) => ({ type: `pick.${a}` }) as AssistantEvent),
      ),
      '0.1.0',
    ),
  );
  const mutations = fc.sample(
    fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.json(),
      fc.anything().map((v) => {
        try {
          return JSON.stringify(v) ?? 'undefined';
        } catch {
          return 'x';
        }
      }),
      fc
        .tuple(fc.nat(good.length - 1), fc.string({ minLength: 1, maxLength: 1 }))
        .map(([i, c]) => good.slice(0, i) + c + good.slice(i + 1)),
      fc.constantFrom(
        good.replace('"riverside"', '"lakeside"'),
        good.replace('"flow":2', '"flow":1'),
        good.replace('"0.1.0"', '"9.9.9"'),
        good.replace(/"path":"[^"]*"/, `"path":"${'0'.repeat(500)}"`),
        good.replace(/"path":"[^"]*"/, '"path":123'),
        good.replace('"kind":"signin-assistant-progress"', '"kind":"other-app"'),
        `{"__proto__":{"admin":true},${good.slice(1)}`,
        '[]',
        'null',
        '"a string"',
      ),
    ),
    { numRuns: 200, seed: 11 },
  );

  it('are each discarded cleanly, or restore only a real path', () => {
    let restored = 0;
    for (const raw of mutations) {
      const result = restoreProgress(raw, config as OrgConfig, '0.1.0');
      if (result.ok) {
        restored += 1;
        expect(result.session.snapshot.status).toBe('active');
      } else
        expect(['none', 'unreadable', 'otherVersion', 'otherOrganization', 'notAPath']).toContain(
          result.reason,
        );
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    // A mutation that leaves the JSON meaning unchanged (whitespace, an equal escape) may restore.
    expect(restored).toBeLessThan(20);
  });

  it.each(mutations.slice(0, 10).map((m, i) => [i, m] as const))(
    'the page still opens with snapshot %i',
    (_i, raw) => {
      sessionStorage.setItem(progressKey('riverside'), raw);
      renderAssistant();
      expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    },
  );
});
