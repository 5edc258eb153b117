// The validator's warnings (flows/config/warnings.ts): settings that are valid but probably not
// what a health system meant. Each case is a configuration a web team could really write.
import { describe, expect, it } from 'vitest';
import type { OrgConfig } from '../../flows/config/schema';
import { validateConfig } from '../../flows/config/validate';
import { configWarnings, organizationSites, siteOf } from '../../flows/config/warnings';
import { rawAgentFacts, withChanges } from '../support/orgs';

function configOf(raw: unknown): OrgConfig {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const warningsFor = (change: (c: Record<string, any>) => void) =>
  configWarnings(configOf(withChanges('riverside', change)));
const paths = (change: (c: Record<string, any>) => void) => warningsFor(change).map((w) => w.path);

/** Riverside with only phone lines and no other web addresses: its portal is its only site. */
function portalOnly(c: Record<string, any>) {
  delete c.helpUrl;
  delete c.accessibilityUrl;
  delete c.privacyUrl;
  delete c.proxyPolicyUrl;
  delete c.recoveryPolicyUrl;
  delete c.activation.onlineSignup;
  delete c.proxy.forms.url;
  c.channels = c.channels.filter((ch: { kind: string }) => ch.kind === 'phone');
}

describe('the site an address belongs to', () => {
  it.each([
    ['mychart.riversidehealth.example', 'riversidehealth.example'],
    ['MyChart.RiversideHealth.Example', 'riversidehealth.example'],
    ['riversidehealth.example', 'riversidehealth.example'],
    // A two-part public suffix keeps one more label, however deep the host.
    ['mychart.nhs-trust.co.uk', 'nhs-trust.co.uk'],
    ['mychart.trust.nhs.co.uk', 'nhs.co.uk'],
    ['portal.health.org.au', 'health.org.au'],
    // Names that merely start or end like such a suffix are names.
    ['mychart.sanfrancisco.example', 'sanfrancisco.example'],
    ['patients.community.example', 'community.example'],
  ])('%s is on %s', (host, site) => expect(siteOf(host)).toBe(site));

  it("counts the portal's own site among the organization's", () => {
    const config = configOf(
      withChanges('riverside', (c) => {
        c.portal.urls = ['https://mychart.riverside-portal.example'];
      }),
    );
    expect([...organizationSites(config)].sort()).toEqual([
      'riverside-portal.example',
      'riversidehealth.example',
    ]);
  });
});

describe('given a portal address on a different site from everything else', () => {
  const typo = (c: Record<string, any>) => {
    c.portal.urls = ['https://mychart.riversidehealh.example'];
  };

  it('names the address and the sites it was compared with', () => {
    const warning = warningsFor(typo).find((w) => w.path === 'portal.urls[0]');
    expect(warning?.message).toBe(
      "mychart.riversidehealh.example is not on the same site as the organization's other addresses (riversidehealth.example)",
    );
  });

  it.each([
    [
      'the help page',
      (c: Record<string, any>) => (c.helpUrl = 'https://riversidehealth.example/help'),
    ],
    [
      'the accessibility page',
      (c: Record<string, any>) => (c.accessibilityUrl = 'https://riversidehealth.example/a11y'),
    ],
    [
      'the sign-up page',
      (c: Record<string, any>) =>
        (c.activation.onlineSignup = { url: 'https://riversidehealth.example/signup' }),
    ],
    [
      'the proxy form',
      (c: Record<string, any>) => (c.proxy.forms.url = 'https://riversidehealth.example/proxy'),
    ],
    [
      'a help email address',
      (c: Record<string, any>) =>
        c.channels.push({
          id: 'help-email',
          kind: 'email',
          handles: ['portalSupport'],
          email: 'help@riversidehealth.example',
          hours: '24/7',
        }),
    ],
    [
      'a web form',
      (c: Record<string, any>) =>
        c.channels.push({
          id: 'help-form',
          kind: 'webForm',
          handles: ['portalSupport'],
          url: 'https://riversidehealth.example/help-form',
          hours: '24/7',
        }),
    ],
  ])('is noticed when only %s names the real site', (_, add) => {
    const found = paths((c) => {
      portalOnly(c);
      typo(c);
      add(c);
    });
    expect(found).toContain('portal.urls[0]');
  });

  it('lists every site it was compared with', () => {
    const warning = warningsFor((c) => {
      typo(c);
      c.helpUrl = 'https://help.riverside-support.example/mychart';
    }).find((w) => w.path === 'portal.urls[0]');
    expect(warning?.message).toMatch(
      /addresses \(riverside-support\.example, riversidehealth\.example\)$/,
    );
  });

  it('is not claimed when nothing else names a site to compare with', () => {
    expect(
      paths((c) => {
        portalOnly(c);
        typo(c);
      }),
    ).not.toContain('portal.urls[0]');
  });

  it('is not claimed for the demo configuration as published', () => {
    expect(paths(() => {})).not.toContain('portal.urls[0]');
  });
});

describe('given the portal help lines and their hours', () => {
  const weekly = (days: string[]) => ({
    timeZone: 'America/Chicago',
    weekly: [{ days, open: '08:00', close: '17:00' }],
  });
  const portalHours = (hours: unknown) => (c: Record<string, any>) => {
    c.channels[0].hours = hours;
  };

  it.each([
    [['mon', 'tue', 'wed', 'thu', 'fri'], true],
    [['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], false],
    [['sun'], false],
  ])('open on %j: warns of no weekend help: %s', (days, warns) => {
    expect(paths(portalHours(weekly(days))).includes('channels')).toBe(warns);
  });

  it('warns when one number is "24/7" on one channel and has hours on another', () => {
    const warnings = warningsFor((c) => {
      c.channels[0].hours = weekly(['mon', 'tue', 'wed', 'thu', 'fri']);
      c.channels.push({ ...c.channels[0], id: 'portal-phone-2', hours: '24/7' });
    });
    const index = warnings.find((w) => w.path.endsWith('.hours'));
    expect(index?.path).toMatch(/^channels\[\d+\]\.hours$/);
    expect(index?.message).toMatch(/"24\/7" here but has opening hours in channels\[0\]$/);
  });

  it('says nothing when the same number has the same kind of hours everywhere', () => {
    const twice = (hours: unknown) =>
      paths((c) => {
        c.channels[0].hours = hours;
        c.channels.push({ ...c.channels[0], id: 'portal-phone-2' });
      }).filter((p) => p.endsWith('.hours'));
    expect(twice('24/7')).toEqual([]);
    expect(twice(weekly(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']))).toEqual([]);
  });
});

describe('given proxy age bands', () => {
  const bands = (teenFrom?: number, adultAt?: number) =>
    warningsFor((c) => {
      if (teenFrom === undefined) delete c.proxy.teenFrom;
      else c.proxy.teenFrom = teenFrom;
      if (adultAt === undefined) delete c.proxy.adultAt;
      else c.proxy.adultAt = adultAt;
      // The teen rule is told with its ages: without both, it is left out too.
      if (teenFrom === undefined || adultAt === undefined) delete c.proxy.teenRule;
    }).find((w) => w.path === 'proxy');

  it.each([
    [12, 18, false],
    [13, 15, false],
    [14, 15, true],
    [10, 18, false],
    [9, 18, true],
    [12, 21, false],
    [12, 22, true],
    [undefined, 25, false],
    [9, undefined, false],
  ])('teens from %s, adults from %s: unusual %s', (teenFrom, adultAt, unusual) => {
    expect(bands(teenFrom, adultAt) !== undefined).toBe(unusual);
  });

  it('spells the bands out', () => {
    expect(bands(9, 18)?.message).toBe(
      'unusual proxy age bands: child under 9, teen 9–17, adult from 18',
    );
  });
});

describe("given the help desk's facts inside the patient configuration", () => {
  const { org: _, ...facts } = rawAgentFacts('riverside') as Record<string, unknown>;

  it('warns that every patient page downloads them, and says where they go', () => {
    const warnings = warningsFor((c) => {
      c.agent = structuredClone(facts);
    });
    const agent = warnings.find((w) => w.path === 'agent');
    expect(agent?.message).toMatch(/every patient page downloads it$/);
    expect(agent?.suggestion).toMatch(/riverside\.agent\.json beside this one/);
  });

  it("checks the facts themselves too, under the section's name", () => {
    const warnings = warningsFor((c) => {
      c.agent = {
        ...structuredClone(facts),
        identityCheck: { identifiers: ['fullName', 'birthDate'], required: 2 },
      };
    });
    expect(warnings.filter((w) => w.path.startsWith('agent.')).length).toBeGreaterThan(0);
  });

  it('says nothing when they are kept apart', () => {
    expect(paths(() => {}).filter((p) => p.startsWith('agent'))).toEqual([]);
  });
});

describe('given wording of its own in some languages', () => {
  const body = { steps: { lockedWait: { body: 'Wait 15 minutes, then try again.' } } };

  it('names each listed language that lacks it, and where', () => {
    const warnings = warningsFor((c) => {
      c.languages = ['en', 'es', 'vi'];
      c.text = { en: body, vi: body };
    });
    const missing = warnings.filter((w) => w.path.startsWith('text.'));
    expect(missing).toEqual([
      {
        path: 'text.es.steps.lockedWait.body',
        message: 'your own text is in "en", "vi" but not in "es"',
        suggestion:
          'Add text.es.steps.lockedWait.body too, or people reading "es" see the assistant\'s own wording instead of yours.',
      },
    ]);
  });

  it('names wording in a language the assistant is not offered in', () => {
    const warnings = warningsFor((c) => {
      c.languages = ['en'];
      c.text = { en: body, es: body };
    });
    expect(warnings.filter((w) => w.path.startsWith('text.'))).toEqual([
      {
        path: 'text.es',
        message: '"es" is not in "languages", so this text is never shown',
        suggestion: 'Add "es" to "languages" if the assistant has it, or remove this text.',
      },
    ]);
  });

  it('says nothing when every listed language has it', () => {
    expect(
      paths((c) => {
        c.languages = ['en', 'es'];
        c.text = { en: body, es: body };
      }).filter((p) => p.startsWith('text.')),
    ).toEqual([]);
  });
});
