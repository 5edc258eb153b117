// For one configuration: each situation of the coverage map, and whether the person can fix it
// themselves, needs a person, or the configuration rules the fix out (and by which setting).
// The machine is walked from the first screen with the same events as the model walk.
import type { OrgConfig, VerificationMethod } from '../config/schema';
import { shortestPaths } from '../machine/explore';
import type { StepMeta } from '../machine/types';
import { RULES } from './rules';
import { type FixStep, SITUATIONS, type Situation } from './situations';

/** The screens from the first one to a step, in order (the step last). */
export interface Route {
  step: string;
  codeMethod: VerificationMethod | null;
  screens: { step: string; kind: StepMeta['kind'] }[];
}

export const fixStepName = (fix: FixStep) => (typeof fix === 'string' ? fix : fix.step);
export const fixStepLabel = (fix: FixStep) =>
  typeof fix === 'string' ? fix : `${fix.step} (${fix.codeMethod})`;

/** The shortest route to every screen reachable under this configuration (one per code method). */
export function shortestRoutes(config: OrgConfig): Route[] {
  const paths = shortestPaths(config);
  return paths.map((path) => {
    const { state, visited: snapshots } = path;
    return {
      step: String(state.value),
      codeMethod: state.context.codeMethod,
      screens: snapshots.map((s) => ({
        step: String(s.value),
        kind: (s.machine.states[String(s.value)]!.meta as StepMeta).kind,
      })),
    };
  });
}

/** The shortest route to a fix step, or null when no route reaches it. */
export function routeTo(routes: Route[], fix: FixStep): Route | null {
  const step = fixStepName(fix);
  const method = typeof fix === 'string' ? undefined : fix.codeMethod;
  const matching = routes.filter(
    (r) => r.step === step && (method === undefined || r.codeMethod === method),
  );
  return matching.sort((a, b) => a.screens.length - b.screens.length)[0] ?? null;
}

/** A route that passes a contact screen before its end sends the person to a person first. */
export const reachesContactFirst = (route: Route) =>
  route.screens.slice(0, -1).some((s) => s.kind === 'contact');

export type Outcome = 'selfService' | 'needsPerson' | 'ruledOut' | 'missing' | 'unreachable';

export interface SituationCoverage {
  id: string;
  situation: string;
  outcome: Outcome;
  /** The fix steps, labelled with the code method where it matters. */
  fixSteps: string[];
  /** Screens from the first one up to the first fix step, counting both; null when not reached. */
  screens: number | null;
  /** When the configuration rules the fix out: the setting, and the reachable steps that tell the person. */
  ruledOutBy?: { setting: string; offeredWhen: string; toldBy: string[] };
  /** Fix steps with no contact-free route from the first screen (a defect when 'unreachable'). */
  unreached: string[];
  /** For missing situations: the branch that is needed. */
  needed?: string;
}

function cover(situation: Situation, config: OrgConfig, routes: Route[]): SituationCoverage {
  const base = {
    id: situation.id,
    situation: situation.situation,
    fixSteps: situation.fixSteps.map(fixStepLabel),
  };
  const reached = situation.fixSteps.map((fix) => {
    const route = routeTo(routes, fix);
    return route && !reachesContactFirst(route) ? route : null;
  });
  const unreached = situation.fixSteps.filter((_, i) => !reached[i]).map(fixStepLabel);
  const lengths = reached.filter((r) => r !== null).map((r) => r.screens.length);
  const screens = lengths.length ? Math.min(...lengths) : null;
  if (situation.status === 'missing')
    return { ...base, outcome: 'missing', screens, unreached, needed: situation.needed };
  const decided = situation.decidedBy;
  if (decided && !RULES[decided.rule].offers(config)) {
    const { setting, offeredWhen } = RULES[decided.rule];
    return {
      ...base,
      outcome: 'ruledOut',
      screens: null,
      unreached,
      ruledOutBy: {
        setting,
        offeredWhen,
        toldBy: decided.toldBy.filter((step) => {
          const route = routeTo(routes, step);
          return route && !reachesContactFirst(route);
        }),
      },
    };
  }
  if (unreached.length) return { ...base, outcome: 'unreachable', screens, unreached };
  return {
    ...base,
    outcome: situation.fixBy === 'person' ? 'needsPerson' : 'selfService',
    screens,
    unreached,
  };
}

/** Each situation of the coverage map for one (validated) configuration. */
export function coverageFor(
  config: OrgConfig,
  situations: Situation[] = SITUATIONS,
): SituationCoverage[] {
  const routes = shortestRoutes(config);
  return situations.map((s) => cover(s, config, routes));
}
