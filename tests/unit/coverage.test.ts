// The coverage map (flows/coverage/situations.ts), checked against the machine: for each demo
// organization and the test fixture, a person who starts on the first screen reaches the fix of
// every covered situation before any contact screen, or, where a setting rules the fix out, the
// step that tells them so. Situations with no fix yet are listed as todo.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OrgConfig } from '../../flows/config/schema';
import { coverageFor, fixStepLabel, fixStepName } from '../../flows/coverage/coverage';
import { RULES } from '../../flows/coverage/rules';
import {
  type CoveredSituation,
  type FixStep,
  ISSUE_19_BRANCHES,
  SITUATIONS,
} from '../../flows/coverage/situations';
import { assistantMachine, stepKeys } from '../../flows/machine/assistantMachine';
import { shortestPaths } from '../../flows/machine/explore';
import type { StepMeta } from '../../flows/machine/types';
import { COVERAGE_FILE, coverageMarkdown } from '../../src/tools/coverage-map/cli';
import { org } from '../support/orgs';

const root = resolve(import.meta.dirname, '../..');
const demos = readdirSync(resolve(root, 'public/orgs'))
  .filter((f) => f.endsWith('.json') && !f.endsWith('.agent.json'))
  .map((f) => f.replace(/\.json$/, ''));
const configs: [string, OrgConfig][] = [...demos, 'test-variants'].map((id) => [id, org(id)]);

const covered = SITUATIONS.filter((s): s is CoveredSituation => s.status === 'covered');
const missing = SITUATIONS.filter((s) => s.status === 'missing');
const kindOf = (step: string) => (assistantMachine.states[step]!.meta as StepMeta).kind;
const name = fixStepName;
const label = fixStepLabel;

/** Every reachable screen with the screens on the shortest way there from the first screen. */
function walk(config: OrgConfig) {
  return shortestPaths(config).map(({ state, visited }) => ({
    step: String(state.value),
    codeMethod: state.context.codeMethod,
    screens: visited.map((s) => String(s.value)),
  }));
}
type Walk = ReturnType<typeof walk>;

/** The shortest way to a fix step (with its code method, when named), or undefined. */
function wayTo(paths: Walk, fix: FixStep) {
  return paths
    .filter(
      (p) => p.step === name(fix) && (typeof fix === 'string' || p.codeMethod === fix.codeMethod),
    )
    .sort((a, b) => a.screens.length - b.screens.length)[0];
}

const walks = new Map(configs.map(([id, config]) => [id, walk(config)]));

describe('the coverage map', () => {
  it('gives every situation its own id, a fix and a source', () => {
    const ids = SITUATIONS.map((s) => s.id);
    expect(ids.length).toBe(new Set(ids).size);
    for (const s of SITUATIONS) {
      expect(s.situation.length, s.id).toBeGreaterThan(5);
      expect(s.fix.length, s.id).toBeGreaterThan(5);
      expect(s.source, s.id).toMatch(/^(seed: |domain: |https:\/\/)/);
    }
  });

  it('names only steps the machine has', () => {
    const known = new Set<string>(stepKeys);
    for (const s of SITUATIONS) {
      for (const fix of s.fixSteps) expect(known, `${s.id}: ${label(fix)}`).toContain(name(fix));
      if (s.status === 'covered')
        for (const told of s.decidedBy?.toldBy ?? [])
          expect(known, `${s.id}: ${told}`).toContain(told);
    }
  });

  it('gives every covered situation a fix step that is not a contact screen', () => {
    for (const s of covered) {
      expect(s.fixSteps.length, s.id).toBeGreaterThan(0);
      for (const fix of s.fixSteps) expect(kindOf(name(fix)), s.id).not.toBe('contact');
    }
  });

  it('explains every ruled-out fix with nothing to tell', () => {
    for (const s of covered)
      if (s.decidedBy && !s.decidedBy.toldBy.length) expect(s.decidedBy.note, s.id).toBeTruthy();
  });

  it('lists every branch issue 19 names as missing, partly covered or built', () => {
    const named = new Set([
      ...missing.flatMap((s) => (s.status === 'missing' && s.branch ? [s.branch] : [])),
      ...covered.flatMap((s) => (s.gap ? [s.gap.branch] : [])),
      ...covered.flatMap((s) => (s.built ? [s.built] : [])),
      ...covered.flatMap((s) => (s.branch ? [s.branch] : [])),
    ]);
    expect(Object.keys(ISSUE_19_BRANCHES).filter((b) => !named.has(b as never))).toEqual([]);
  });

  it('adds at least 10 situations from at least 4 health systems’ help pages', () => {
    const web = SITUATIONS.filter((s) => s.source.startsWith('https://'));
    // mychart.org is the vendor's own help, not a health system's.
    const systems = new Set(
      web.map((s) => new URL(s.source).host).filter((h) => !h.endsWith('mychart.org')),
    );
    expect(web.length).toBeGreaterThanOrEqual(10);
    expect(systems.size).toBeGreaterThanOrEqual(4);
  });

  const seedDir = resolve(root, '../shared/seed');
  it.skipIf(!existsSync(seedDir))('names seed paragraphs that the seed has', () => {
    const seedText = readdirSync(seedDir)
      .map((f) => readFileSync(resolve(seedDir, f), 'utf8'))
      .join('\n');
    for (const s of SITUATIONS.filter((x) => x.source.startsWith('seed: '))) {
      const heading = s.source.slice('seed: '.length).replace(/ \(.*\)$/, '');
      expect(seedText, s.id).toContain(heading);
    }
  });

  it('reaches every covered fix in at least one configuration', () => {
    for (const s of covered)
      for (const fix of s.fixSteps)
        expect(
          configs.some(([id]) => wayTo(walks.get(id)!, fix)),
          `${s.id}: ${label(fix)}`,
        ).toBe(true);
  });
});

describe.each(configs)('with %s', (id, config) => {
  const paths = walks.get(id)!;

  it.each(covered.map((s) => [s.id, s] as const))(
    '%s: the fix comes before any contact',
    (_, s) => {
      const decided = s.decidedBy;
      if (decided && !RULES[decided.rule].offers(config)) {
        // The setting really rules it out: no way leads to the fix...
        for (const fix of s.fixSteps)
          expect(wayTo(paths, fix), `${label(fix)} is reachable`).toBeUndefined();
        // ...and the person is told what their health system does instead.
        if (decided.toldBy.length) {
          const told = decided.toldBy.map((step) => wayTo(paths, step)).filter(Boolean);
          expect(told.length, `none of ${decided.toldBy} is reachable`).toBeGreaterThan(0);
          for (const way of told)
            expect(way!.screens.slice(0, -1).map(kindOf)).not.toContain('contact');
        }
        return;
      }
      for (const fix of s.fixSteps) {
        const way = wayTo(paths, fix);
        expect(way, `${label(fix)} is not reachable`).toBeDefined();
        expect(way!.screens[0]).toBe('problem');
        expect(way!.screens.slice(0, -1).map(kindOf), label(fix)).not.toContain('contact');
      }
    },
  );

  it('agrees with coverageFor, which the map and the report use', () => {
    const byId = new Map(coverageFor(config).map((c) => [c.id, c]));
    for (const s of SITUATIONS) {
      const c = byId.get(s.id)!;
      const ruledOut =
        s.status === 'covered' && s.decidedBy && !RULES[s.decidedBy.rule].offers(config);
      const expected =
        s.status === 'missing'
          ? 'missing'
          : ruledOut
            ? 'ruledOut'
            : s.fixBy === 'person'
              ? 'needsPerson'
              : 'selfService';
      expect(c.outcome, s.id).toBe(expected);
    }
  });
});

describe('situations with no fix yet', () => {
  it('are counted', () => {
    const decided = covered.filter((s) => s.decidedBy).length;
    console.log(
      `coverage map: ${SITUATIONS.length} situations, ${covered.length} covered (${decided} decided by a setting), ${missing.length} missing`,
    );
    expect(covered.length + missing.length).toBe(SITUATIONS.length);
  });
  for (const s of missing) if (s.status === 'missing') it.todo(`${s.id}: ${s.needed}`);
});

describe('public/coverage.md', () => {
  it('is up to date (run `npm run coverage-map` after changing the map or the machine)', () => {
    expect(readFileSync(resolve(root, COVERAGE_FILE), 'utf8')).toBe(coverageMarkdown());
  });
});
