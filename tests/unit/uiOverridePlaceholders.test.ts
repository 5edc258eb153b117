// A web team rewrites some of the assistant's own UI strings (text.<locale>.ui, nested as in
// content/en/ui.json). Each UI string is filled only with the values its one caller passes, which
// are the placeholders the shipped English string at that key uses: nothing else is passed to UI
// strings, not even the organization's facts. A placeholder outside those, or a key the assistant
// has no text for, would show patients the braces or never be shown at all, so both are errors.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../flows/config/check';
import { uiOverrideProblems } from '../../flows/config/uiOverrides';
import { UI_PLACEHOLDERS } from '../../flows/config/uiPlaceholders';
import { hasUiOverrides } from '../../flows/config/uiPlaceholdersLoader';
import { uiPlaceholdersSource } from '../../src/tools/config-docs/uiPlaceholders';
import { rawOrg } from '../support/orgs';

const root = resolve(import.meta.dirname, '../..');
const withUi = (ui: Record<string, unknown>) =>
  checkConfig({
    ...(rawOrg('riverside') as object),
    languages: ['en', 'es', 'zh', 'vi', 'ar'],
    text: Object.fromEntries(['en', 'es', 'zh', 'vi', 'ar'].map((l) => [l, { ui }])),
  });
const errorsAt = (report: ReturnType<typeof checkConfig>, path: string) =>
  report.errors.filter((e) => e.path === path);

describe('a web team rewording the UI strings of the contact step', () => {
  it('misspells the organization’s name placeholder: an error naming the path, the placeholder and what fits', () => {
    const report = withUi({ contact: { otherWays: 'More ways to reach {{orgNam}}' } });
    expect(report.ok).toBe(false);
    const [error, ...rest] = errorsAt(report, 'text.en.ui.contact.otherWays');
    expect(rest).toEqual([]);
    expect(error!.message).toMatch(/\{\{orgNam\}\}/);
    expect(error!.message).toMatch(/patients would see it as written/);
    expect(error!.suggestion).toMatch(/\{\{orgName\}\}/);
  });

  it('uses a step’s fact in a UI string, which no UI string is given: an error', () => {
    const report = withUi({
      contact: { whileClosed: { noOpening: 'We open again in {{lockoutMinutes}} minutes.' } },
    });
    const [error] = errorsAt(report, 'text.en.ui.contact.whileClosed.noOpening');
    expect(error!.message).toMatch(/\{\{lockoutMinutes\}\}/);
    expect(error!.suggestion).toMatch(/\{\{orgName\}\}/);
    expect(error!.suggestion).not.toMatch(/lockoutMinutes/);
  });

  it('puts a placeholder in a string that takes none: the suggestion says to write the words', () => {
    const report = withUi({ contact: { tellThem: 'Tell {{orgName}} what you tried.' } });
    const [error] = errorsAt(report, 'text.en.ui.contact.tellThem');
    expect(error!.message).toMatch(/\{\{orgName\}\}/);
    expect(error!.suggestion).toMatch(/takes no placeholders/);
  });

  it('keeps to the shipped placeholders, in any spacing, and in a plural form only Arabic has: valid', () => {
    const report = withUi({
      contact: {
        otherWays: 'More ways to reach {{ orgName }}',
        status: { closedOpens: 'Closed. Back {{day}} at {{time}}' },
      },
      facts: { assistedDays_few: '{{min}} – {{count}}', lockoutAttempts_other: '{{count}} tries' },
    });
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('misspells a key: an error naming the key, with the one it was meant to be', () => {
    const report = withUi({ contact: { otherWay: 'More ways to reach {{orgName}}' } });
    const [error] = errorsAt(report, 'text.en.ui.contact.otherWay');
    expect(error!.message).toMatch(/no UI text "contact\.otherWay"/);
    expect(error!.suggestion).toMatch(/contact\.otherWays/);
  });

  it('writes one string where the assistant has a group of them: an error', () => {
    const report = withUi({ contact: { status: 'Open' } });
    expect(errorsAt(report, 'text.en.ui.contact.status')[0]!.message).toMatch(/group/);
  });
});

describe('the UI placeholders the validator allows', () => {
  it('are the shipped English ones (run `npm run config-docs` after changing content/en/ui.json)', () => {
    expect(
      readFileSync(resolve(root, 'flows/config/uiPlaceholders.ts'), 'utf8'),
      'flows/config/uiPlaceholders.ts is out of date: run `npm run config-docs`',
    ).toBe(uiPlaceholdersSource());
    expect(Object.keys(UI_PLACEHOLDERS).length).toBeGreaterThan(200);
  });

  it('let every shipped translation through as an override of itself', () => {
    for (const locale of readdirSync(resolve(root, 'content'), { withFileTypes: true })) {
      if (!locale.isDirectory()) continue;
      const ui = JSON.parse(readFileSync(resolve(root, 'content', locale.name, 'ui.json'), 'utf8'));
      expect(uiOverrideProblems(`text.${locale.name}.ui`, ui), locale.name).toEqual([]);
    }
  });
});

describe('given a patient page whose organization overrides no UI text', () => {
  it('does not need the list of UI strings, which loads only for overrides', () => {
    expect(hasUiOverrides(rawOrg('riverside'))).toBe(false);
    expect(hasUiOverrides({ text: { es: { steps: {} } } })).toBe(false);
    expect(hasUiOverrides({ text: { es: { ui: { nav: { back: 'Atrás' } } } } })).toBe(true);
    expect(hasUiOverrides(null)).toBe(false);
  });
});
