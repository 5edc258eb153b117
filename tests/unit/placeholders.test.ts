// The validator's list of placeholders (flows/config/placeholders.ts) is what src/i18n/facts.ts
// fills, and a typed fact is allowed on exactly the steps whose shipped text uses it.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORG_FACTS, placeholdersIn, TYPED_FACTS } from '../../flows/config/placeholders';
import { describeStep } from '../../flows/machine/describe';
import { startSession } from '../../flows/session/session';
import { stepFacts } from '../../src/i18n/facts';
import { org } from '../support/orgs';

const root = resolve(import.meta.dirname, '../..');

describe('placeholders', () => {
  it('are the facts src/i18n/facts.ts fills (add a new fact to flows/config/placeholders.ts)', () => {
    const view = describeStep(startSession(org('riverside'), '2026-12-02').snapshot);
    const facts = stepFacts(org('riverside'), view, ((key: string) => key) as never, 'en');
    expect(Object.keys(facts).sort()).toEqual([...ORG_FACTS, ...Object.keys(TYPED_FACTS)].sort());
  });

  it('typed facts: allowed on the steps whose shipped text uses them, in any locale', () => {
    const used: Record<string, Set<string>> = {};
    for (const locale of readdirSync(resolve(root, 'content'), { withFileTypes: true })) {
      if (!locale.isDirectory()) continue;
      const dir = resolve(root, 'content', locale.name, 'steps');
      for (const file of readdirSync(dir))
        for (const name of placeholdersIn(readFileSync(resolve(dir, file), 'utf8')))
          if (name in TYPED_FACTS) {
            used[name] ??= new Set();
            used[name].add(file.replace(/\.md$/, ''));
          }
    }
    // A bare number kept for a configuration's own text (patientAge) beside the counted fact the
    // shipped text uses (patientAgeYears) is allowed on the same steps.
    const listed = Object.fromEntries(
      Object.entries(TYPED_FACTS)
        .filter(([k]) => k in used || !(`${k}Years` in used))
        .map(([k, v]) => [k, [...v].sort()]),
    );
    expect(Object.fromEntries(Object.entries(used).map(([k, v]) => [k, [...v].sort()]))).toEqual(
      listed,
    );
  });

  it('reads i18next forms', () => {
    expect(placeholdersIn('{{a}} {{ b }} {{- c}} {{d, uppercase}}')).toEqual(['a', 'b', 'c', 'd']);
  });
});
