import { describe, expect, it } from 'vitest';
import { email } from '../../flows/config/sections/fields';
import { validateConfig } from '../../flows/config/validate';
import { mailtoHref } from '../../src/format/email';
import { DEMO_ORGS, rawOrg, withChanges } from '../support/orgs';

const problemsOf = (raw: unknown) => {
  const result = validateConfig(raw);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('health-system configuration', () => {
  it.each([...DEMO_ORGS, 'test-variants'])('accepts the %s configuration', (id) => {
    expect(problemsOf(rawOrg(id))).toEqual([]);
  });

  it.each([
    ['an unknown key', (c: any) => (c.portal.colour = 'blue'), 'portal: unknown setting: "colour"'],
    [
      'an http portal address',
      (c: any) => (c.portal.urls = ['http://x.example']),
      'portal.urls[0]: must be a full https:// address',
    ],
    [
      'a javascript: address',
      (c: any) => (c.helpUrl = 'javascript:alert(1)'),
      'helpUrl: must be a full https:// address',
    ],
    [
      'a phone number not in E.164',
      (c: any) => (c.channels[0].phone = '608-555-0142'),
      'channels[0].phone: must be an E.164',
    ],
    ['a missing name', (c: any) => delete c.name, 'name: is missing'],
    ['a wrong type', (c: any) => (c.lockout.minutes = '15'), 'lockout.minutes: must be a number'],
    ['an unknown lockout rule', (c: any) => (c.lockout = { unlock: 'never' }), 'lockout.unlock'],
    [
      'a bad time zone',
      (c: any) => (c.channels[1].hours.timeZone = 'Chicago'),
      'must be an IANA time zone',
    ],
    [
      'a phone channel without a number',
      (c: any) => delete c.channels[0].phone,
      'channels[0].phone: a phone channel needs "phone"',
    ],
    [
      'no portal support phone',
      (c: any) => (c.channels = c.channels.slice(1)),
      'needs a phone channel that handles "portalSupport"',
    ],
    ['teen age above adult age', (c: any) => (c.proxy.teenFrom = 19), 'proxy.teenFrom'],
    // No way to send proxy forms is a warning now (tests/unit/policy.test.ts): patients are told
    // to ask, instead of the file failing.
    [
      'a __proto__ key',
      (c: any) => Object.defineProperty(c, '__proto__', { value: 1, enumerable: true }),
      'unknown setting: "__proto__"',
    ],
    [
      'a duplicated channel id',
      (c: any) => (c.channels[1].id = 'portal-phone'),
      'channels[1].id: "portal-phone" is used twice',
    ],
    [
      'no verification method',
      (c: any) => (c.verification.methods = []),
      'verification.methods: needs at least 1 item',
    ],
  ])('rejects %s and names the problem', (_name, change, expected) => {
    const problems = problemsOf(withChanges('riverside', change));
    expect(problems.join('\n')).toContain(expected);
  });

  it('still reads a contact from a broken configuration', () => {
    const result = validateConfig(withChanges('lakeside', (c) => delete c.lockout));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.fallback).toMatchObject({ name: 'Lakeside Clinic', phone: '+13125550177' });
  });

  it('rejects things that are not configurations at all', () => {
    for (const raw of [null, 42, 'riverside', [], undefined])
      expect(validateConfig(raw).ok).toBe(false);
  });

  it.each([
    'help@org.example?bcc=copies%40evil.example',
    'help@org.example?bcc=evil.example',
    'help@org.example&cc=evil.example',
    'help%40evil.example@org.example',
    'help@org.example/compose.example',
    'help@org.example#x.example',
    'help=me@org.example',
    'help@org..example',
    'help@-org.example',
    '.help@org.example',
  ])('refuses %s as a help-desk email address', (address) => {
    expect(email.safeParse(address).success).toBe(false);
    const problems = problemsOf(
      withChanges(
        'riverside',
        (c) => (c.channels.find((ch: any) => ch.kind === 'email').email = address),
      ),
    );
    expect(problems.join('\n')).toContain('must be an email address');
  });

  it.each([
    'patientservices@riversidehealth.example',
    'portal.help+mychart@sub.org-health.example',
    'a_b-c@x.io',
  ])('accepts the plain address %s', (address) =>
    expect(email.safeParse(address).success).toBe(true),
  );

  it('keeps an address to itself in a mailto: link, so it cannot add recipients', () => {
    expect(mailtoHref('help@org.example?bcc=x@evil.example')).toBe(
      'mailto:help@org.example%3Fbcc%3Dx@evil.example',
    );
    expect(mailtoHref('help@org.example', { subject: 'Case A&B', body: 'line 1\nline 2' })).toBe(
      'mailto:help@org.example?subject=Case%20A%26B&body=line%201%0Aline%202',
    );
  });

  describe('an override nested to crash or stall the page', () => {
    const nested = (levels: number) => {
      let value: unknown = 'Call us';
      for (let i = 0; i < levels; i++) value = { a: value };
      return value as Record<string, unknown>;
    };

    it('names a UI text override nested 5,000 levels deep as a problem, and keeps the contact', () => {
      const raw = withChanges('riverside', (c) => (c.text = { en: { ui: nested(5000) } }));
      const result = validateConfig(raw);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toContain(
        'text.en.ui.a.a.a.a.a.a: nests deeper than 6 levels',
      );
      expect(result.fallback).toMatchObject({ name: 'Riverside Health', phone: '+16085550142' });
    });

    it('still reads an override nested 6 levels deep (then names its key, which no UI text has)', () => {
      const raw = withChanges('riverside', (c) => (c.text = { en: { ui: nested(6) } }));
      expect(problemsOf(raw)).toEqual([
        'text.en.ui.a: there is no UI text "a", so this text would never be shown',
      ]);
    });

    it('refuses a step body quoted 1,000 levels deep', () => {
      const body = `${'>'.repeat(1000)} Call us`;
      const raw = withChanges(
        'riverside',
        (c) => (c.text = { en: { steps: { problem: { body } } } }),
      );
      expect(problemsOf(raw).join('\n')).toContain(
        'text.en.steps.problem.body: nests quotes or lists deeper than 4 levels',
      );
    });

    it('refuses a step body with lists nested 1,000 levels deep on one line', () => {
      const body = `${'- '.repeat(1000)}step`;
      const raw = withChanges(
        'riverside',
        (c) => (c.text = { en: { steps: { problem: { body } } } }),
      );
      expect(problemsOf(raw).join('\n')).toContain(
        'text.en.steps.problem.body: nests quotes or lists',
      );
    });

    it('refuses a UI string whose list is indented 30 levels deep', () => {
      const list = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- step`).join('\n');
      const raw = withChanges(
        'riverside',
        (c) => (c.text = { en: { ui: { nav: { back: list } } } }),
      );
      expect(problemsOf(raw).join('\n')).toContain('text.en.ui.nav.back: nests quotes or lists');
    });

    it('still accepts a body with a quote holding a two-level list', () => {
      const body = '> Before you call:\n> - have your card\n>   - the front side\n\nThen call.';
      const raw = withChanges(
        'riverside',
        (c) => (c.text = { en: { steps: { problem: { body } } } }),
      );
      expect(problemsOf(raw)).toEqual([]);
    });
  });

  it('turns a configuration that throws while it is read into a described problem', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('read me and fail');
        },
        ownKeys() {
          throw new Error('read me and fail');
        },
      },
    );
    const result = validateConfig(hostile);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        { path: '(top level)', message: 'could not be checked: read me and fail' },
      ]);
      expect(result.fallback).toEqual({});
    }
  });
});
