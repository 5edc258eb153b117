// Issue #22's patient-facing configuration bugs: files written as the README says validate, an
// override cannot show a placeholder word for word, the weekend warning looks at the need each
// channel serves, and the validator's messages name the allowed forms.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../flows/config/check';
import { assistantMachine } from '../../flows/machine/assistantMachine';
import { chooseOrg } from '../../src/app/orgChoice';
import { orgList } from '../../src/build/orgList';
import { jsonSchema, referenceHtml } from '../../src/tools/config-docs/configDocs';
import { brokenConfig } from '../fixtures/badConfigs';

const root = resolve(import.meta.dirname, '../..');
type Change = (c: Record<string, any>) => void;
const errorsOf = (change: Change) => checkConfig(brokenConfig(change)).errors;

describe('?org=<id> on the standalone page', () => {
  it('knows every configuration in public/orgs/, with its name', () => {
    const files = readdirSync(resolve(root, 'public/orgs')).filter((f) => f.endsWith('.json'));
    const list = orgList(resolve(root, 'public/orgs'));
    expect(list.map((o) => o.id).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    expect(list.find((o) => o.id === 'lakeside')?.name).toBe('Lakeside Clinic');
  });

  it('opens any listed configuration, and says so when the id is unknown', () => {
    const list = ['riverside', 'lakeside', 'northfield'];
    expect(chooseOrg('northfield', list)).toEqual({ org: 'northfield' });
    expect(chooseOrg(null, list)).toEqual({ org: 'riverside' });
    const unknown = chooseOrg('nothere', list);
    expect(unknown.org).toBeNull();
    expect(unknown.problem).toMatch(/"nothere".*riverside, lakeside, northfield/);
    // Never a path out of orgs/.
    expect(chooseOrg('../secret', list).org).toBeNull();
  });
});

describe('"$schema", as the README says', () => {
  it('is accepted', () => {
    expect(errorsOf((c) => (c.$schema = './config.schema.json'))).toEqual([]);
  });
  it('must still be a string', () => {
    expect(errorsOf((c) => (c.$schema = 5))[0]?.path).toBe('$schema');
  });
});

describe('placeholders in override text', () => {
  it('refuses one no step can fill, naming those it can', () => {
    const errors = errorsOf((c) => {
      c.text = { en: { steps: { lockedWait: { body: 'Wait {{lockoutHours}} hours.' } } } };
    });
    expect(errors[0]?.path).toBe('text.en.steps.lockedWait.body');
    expect(errors[0]?.message).toMatch(/\{\{lockoutHours\}\}/);
    expect(errors[0]?.suggestion).toMatch(/\{\{lockoutMinutes\}\}/);
  });

  it('refuses what the person typed on a step that has nothing typed to show', () => {
    const errors = errorsOf((c) => {
      c.text = { en: { steps: { problem: { title: 'Did you mean {{suggestion}}?' } } } };
    });
    expect(errors[0]?.path).toBe('text.en.steps.problem.title');
  });

  it('accepts the organization facts anywhere, and typed facts where the step shows them', () => {
    expect(
      errorsOf((c) => {
        c.text = {
          en: {
            steps: {
              problem: { title: 'Help with {{ appName }} at {{orgName}}' },
              lockedWait: { answers: { yes: 'After {{lockoutMinutes}} minutes' } },
            },
          },
        };
      }),
    ).toEqual([]);
  });
});

describe('the weekend warning', () => {
  it('looks at the channels for portal help, not at any channel', () => {
    const report = checkConfig(
      brokenConfig((c) => {
        for (const ch of c.channels)
          if (ch.handles.includes('portalSupport'))
            ch.hours = {
              timeZone: 'America/Chicago',
              weekly: [
                { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '17:00' },
              ],
            };
        c.channels.push({
          id: 'records-form',
          kind: 'webForm',
          handles: ['medicalRecords'],
          url: 'https://www.riversidehealth.example/records',
          hours: '24/7',
        });
      }),
    );
    expect(report.errors).toEqual([]);
    const warning = report.warnings.find((w) => /Saturday or Sunday/.test(w.message));
    expect(warning?.message).toMatch(/portal/i);
  });
});

describe('validator messages that help', () => {
  it('lists the forms opening hours may take when they are given as text', () => {
    const [error] = errorsOf((c) => (c.channels[0].hours = 'Mon-Fri 8am-5pm'));
    expect(error?.path).toBe('channels[0].hours');
    expect(error?.message).toMatch(/"24\/7"/);
    expect(error?.message).toMatch(/timeZone/);
    expect(error?.message).toMatch(/weekly/);
  });

  it('lists the allowed values of a misspelt lockout.unlock, with the forms', () => {
    const [error] = errorsOf((c) => (c.lockout.unlock = 'waiting'));
    expect(error?.path).toBe('lockout.unlock');
    expect(error?.message).toMatch(/"wait", "waitUnpublished", "unpublished", "call"/);
    expect(error?.message).not.toMatch(/does not match any allowed form/);
    expect(error?.suggestion).toMatch(/minutes/);
  });

  it('never suggests the same word, and says where a setting belongs', () => {
    const [error] = errorsOf((c) => (c.portal.hours = '24/7'));
    expect(error?.suggestion).not.toMatch(/"hours" → "hours"/);
    expect(error?.suggestion).toMatch(/channels\[\]\.hours/);
  });

  it('says so when a list is given where one value is allowed', () => {
    const [choice] = errorsOf((c) => (c.portal.signInWith = ['email', 'username']));
    expect(choice?.message).toMatch(/one value, not a list/);
    expect(choice?.message).toMatch(/"username", "email", "either"/);
    const [flag] = errorsOf((c) => (c.activation.caseSensitive = [true]));
    expect(flag?.message).toMatch(/one value, not a list/);
  });
});

describe('the configuration reference', () => {
  const html = referenceHtml();
  const row = (path: string) =>
    new RegExp(
      `<code>${path.replace(/[.()[\]]/g, '\\$&')}</code></th><td>[a-z]+</td><td>[^<]*</td><td>([^<]*)</td>`,
    ).exec(html.replace(/&quot;/g, '"'))?.[1];

  it('documents every form of lockout', () => {
    for (const form of ['wait', 'waitUnpublished', 'call'])
      expect(row(`lockout (unlock: "${form}")`), form).toMatch(/\w{5}/);
    expect(row('lockout (unlock: "wait").minutes')).toBeDefined();
  });

  it('describes the settings that had no description', () => {
    for (const path of [
      'portal.idleSignOutMinutes',
      'activation.caseSensitive',
      'proxy.forms.url',
      'proxy.forms.mailAddress',
      'proxy.forms.fax',
      'proxy.forms.inPerson',
      'results.autoRelease',
      'results.holdDays',
      'country',
      'dateOrder',
    ])
      expect(row(path), path).toMatch(/\w{5}/);
  });

  it('lists every step key a text override may use', () => {
    for (const key of Object.keys(assistantMachine.states))
      expect(html, key).toContain(`<th scope="row"><code>${key}</code></th>`);
    expect(jsonSchema()).toBeDefined();
  });
});
