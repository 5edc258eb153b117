// The coverage map: every situation the source document (../shared/seed/) describes, and some that
// real health systems' MyChart help pages list, each with the fix and the machine step(s) that give
// it. tests/unit/coverage.test.ts walks the machine for each configuration and checks every
// 'covered' entry; 'missing' entries are listed there as todo. Descriptions are for developers:
// the words patients read live in content/.
import type { VerificationMethod } from '../config/schema';
import type { StepKey } from '../machine/assistantMachine';
import type { RuleId } from './rules';
import { appAndNewAccounts } from './situations/appAndNewAccounts';
import { passwordAndUsername } from './situations/passwordAndUsername';
import { recoveryAndProxy } from './situations/recoveryAndProxy';
import { securityAndBeyond } from './situations/securityAndBeyond';
import { signIn } from './situations/signIn';
import { twoStep } from './situations/twoStep';

/** A step, or a step reached with one code method (the code advice depends on how it travels). */
export type FixStep = StepKey | { step: StepKey; codeMethod: VerificationMethod };

/** The branches issue 19 (section 2) says are missing today; each appears below. */
export const ISSUE_19_BRANCHES = {
  pushNeverArrives: 'App notification to approve sign-in never arrives (no demo offers it)',
  securityKey: 'Hardware security key on a computer',
  biometricPrivacy: 'Is my face or fingerprint sent to the hospital?',
  guardian: 'Guardian or power of attorney for an adult who cannot agree',
  medicalRecordNumber: 'The medical record number at sign-up',
  signupMessageMissing: 'The sign-up email or text never came',
  olderPasswords: 'Older passwords, and a saved password filled in by the browser',
  basicsFirst: 'Basics before recovery on the forgot and reset answers',
  appSignInFixes: 'App sign-in failures get the app fixes too',
  notSureMethod: '"I\'m not sure how my code comes" continues to the per-method fixes',
  oneMethod: '"I want the code another way" at an organization with one method',
  emailOnPhone: 'Email code never arrives, email app on a phone',
  somethingElse: '"Something else" is never a dead end; inactive or closed account',
  accessibilityAtSignIn: 'Accessibility trouble at sign-in, from the first screen',
  officialApp: 'Getting the official app before choosing the organization',
  codeConfusion: 'An activation code mistaken for a sign-in code, and back',
  policyLinks: 'Privacy notice, proxy and recovery policy pages, help page',
} as const;
export type Issue19Branch = keyof typeof ISSUE_19_BRANCHES;

export type Topic =
  | 'access'
  | 'prepare'
  | 'signIn'
  | 'signInProblem'
  | 'twoStep'
  | 'app'
  | 'newAccount'
  | 'recovery'
  | 'proxy'
  | 'security'
  | 'accessibility'
  | 'device'
  | 'nextSteps'
  | 'other';

interface Base {
  id: string;
  topic: Topic;
  /** The situation, in a few words. */
  situation: string;
  /** What the source says to do. */
  fix: string;
  /** 'seed: <paragraph>', 'domain: <item>' (../shared/DOMAIN.md) or a health system's help page. */
  source: string;
}

export interface CoveredSituation extends Base {
  status: 'covered';
  /** Every one of these steps gives the fix and must be reachable before any contact step. */
  fixSteps: FixStep[];
  /** 'person' when the fix is done by staff (the step says how to reach them and what to bring). */
  fixBy: 'self' | 'person';
  /**
   * The setting that can rule the fix out, and the step(s) that tell the person what their health
   * system does instead (any one of them). An empty `toldBy` needs a note: why there is nothing
   * to tell (the message the situation starts from cannot appear there).
   */
  decidedBy?: { rule: RuleId; toldBy: StepKey[]; note?: string };
  /** The issue 19 branch that built this fix, once it is done. */
  branch?: Issue19Branch;
  /** Part of an issue 19 branch that the step gives only partly, or in too few configurations. */
  gap?: { branch: Issue19Branch; note: string };
  /** The issue 19 branch these steps now give in full (it was missing when issue 19 was filed). */
  built?: Issue19Branch;
}

export interface MissingSituation extends Base {
  status: 'missing';
  /** Steps that give part of the fix today (may be none). */
  fixSteps: FixStep[];
  /** The branch (and setting, if any) needed. */
  needed: string;
  branch?: Issue19Branch;
}

export type Situation = CoveredSituation | MissingSituation;

export const SITUATIONS: Situation[] = [
  ...signIn,
  ...passwordAndUsername,
  ...twoStep,
  ...appAndNewAccounts,
  ...recoveryAndProxy,
  ...securityAndBeyond,
];
