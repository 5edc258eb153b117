// Content is data: every step the machine names has an English file, every answer it offers has a
// label, nothing is orphaned, and every placeholder is a fact the app knows how to fill.

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS, UNUSABLE_FINDINGS } from '../../flows/checks/index';
import { assistantMachine, stepKeys } from '../../flows/machine/assistantMachine';
import { describeStep } from '../../flows/machine/describe';
import { startSession } from '../../flows/session';
import { readLocale } from '../../src/build/contentPlugin';
import { stepFacts } from '../../src/facts';
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
  it('has a file for every step and no file without a step', () => {
    expect(Object.keys(en.steps).sort()).toEqual([...stepKeys].sort());
  });

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

  it('links only to https:, mailto: and tel: addresses', () => {
    for (const [key, text] of Object.entries(en.steps)) {
      for (const [, url] of text.body.matchAll(/\]\(([^)]+)\)/g))
        expect(url, key).toMatch(/^(https:\/\/|mailto:|tel:|\{\{\w+\}\}$)/);
    }
  });

  it('never asks for a password or a code', () => {
    // Telling people to type their password on the portal is fine; asking for it here is not.
    const asks =
      /\b(tell us|give us|send us)\b[^.]{0,20}\b(password|code)\b|\b(enter|type)\b[^.]{0,20}\b(password|code)\b[^.]{0,15}\b(here|below|in this (box|field|page))\b/i;
    // A sentence with "never" or "don't" warns rather than asks.
    const askingSentences = (text: string) =>
      text
        .split(/(?<=[.!?])\s+|\n+/)
        .filter((s) => asks.test(s) && !/\b(never|don't|do not)\b/i.test(s));
    for (const [key, text] of Object.entries(en.steps))
      expect(
        askingSentences(
          Object.values(text)
            .flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))
            .join('\n'),
        ),
        key,
      ).toEqual([]);
    expect(askingSentences('Type your password here to check it.')).toHaveLength(1);
    expect(askingSentences('Tell us the code we sent you.')).toHaveLength(1);
    expect(askingSentences('Never type your password here.')).toHaveLength(0);
  });
});
