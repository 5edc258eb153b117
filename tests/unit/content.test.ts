// Content is data: every answer the machine offers has a label and every placeholder is a fact the
// app knows how to fill. Files, links and wording are the content lint's (contentLint.test.ts).

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS, UNUSABLE_FINDINGS } from '../../flows/checks/index';
import { assistantMachine, stepKeys } from '../../flows/machine/assistantMachine';
import { describeStep } from '../../flows/machine/describe';
import { startSession } from '../../flows/session/session';
import { readLocale } from '../../src/build/content/contentPlugin';
import { stepFacts } from '../../src/i18n/facts';
import { testI18n } from '../support/i18n';
import { org } from '../support/orgs';

const en = readLocale(resolve(import.meta.dirname, '../../content'), 'en');
const i18n = testI18n('en');
const factNames = new Set(
  Object.keys(
    stepFacts(
      org('riverside'),
      describeStep(startSession(org('riverside')).snapshot),
      i18n.t,
      'en',
    ),
  ),
);

describe('English content', () => {
  it.each(stepKeys)('labels every answer of %s, and only those', (key) => {
    const offered = Object.keys(assistantMachine.states[key]!.on)
      .filter((e) => e.startsWith('pick.'))
      .map((e) => e.slice(5));
    const labelled = Object.keys(en.steps[key]!.answers ?? {});
    const defaults = ['helped', 'stillStuck'];
    expect(offered.filter((a) => !labelled.includes(a) && !defaults.includes(a))).toEqual([]);
    expect(labelled.filter((a) => !offered.includes(a))).toEqual([]);
  });

  it('uses only placeholders the app fills', () => {
    const unknown = new Set<string>();
    for (const [key, text] of Object.entries(en.steps)) {
      for (const [, name] of JSON.stringify(text).matchAll(/\{\{(\w+)\}\}/g))
        if (!factNames.has(name!)) unknown.add(`${key}: ${name}`);
    }
    expect([...unknown]).toEqual([]);
  });

  it('has an error message for every finding that stops a person on each field', () => {
    const errors = en.ui.errors as Record<string, Record<string, string>>;
    const missing = Object.entries(FINDING_KINDS).flatMap(([field, kinds]) =>
      (kinds as readonly string[])
        .filter((kind) => UNUSABLE_FINDINGS.has(kind) && !errors[field]?.[kind])
        .map((kind) => `${field}.${kind}`),
    );
    // A check may return a finding its field never produces (the address check has no tooLong).
    expect(missing.filter((m) => m !== 'portalAddress.tooLong')).toEqual([]);
  });
});
