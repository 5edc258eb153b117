import type { ActivationFinding } from '../checks/fields/activationCode';
import type { BirthDateFinding } from '../checks/fields/birthDate';
import type { LoginIdFinding } from '../checks/fields/loginId';
import type { PhoneFinding } from '../checks/fields/phoneNumber';
import type { AddressFinding } from '../checks/fields/portalAddress';
import type { Need, OrgConfig, VerificationMethod } from '../config/schema';

/** Which field an input step shows; decides the check, the autocomplete and the input mode. */
export type FieldKind =
  | 'portalAddress'
  | 'loginId'
  | 'activationCode'
  | 'birthDate'
  | 'phoneNumber';

/** The result of the last check, kept so the next screen can explain it. Never the raw input. */
export type CheckResult =
  | { field: 'portalAddress'; finding: AddressFinding }
  | { field: 'loginId'; finding: LoginIdFinding }
  | { field: 'activationCode'; finding: ActivationFinding }
  | { field: 'birthDate'; finding: BirthDateFinding }
  | { field: 'phoneNumber'; finding: PhoneFinding };

export interface AssistantContext {
  config: OrgConfig;
  /** The person's date when the session started (YYYY-MM-DD), for age checks. */
  today: string;
  /** How the person gets their sign-in code; several advice steps depend on it. */
  codeMethod: VerificationMethod | null;
  /** What the person said they forgot, so the quick basics screen leads on to the right recovery. */
  forgot: 'username' | 'password' | 'both' | null;
  check: CheckResult | null;
  /** Set while an input step shows an error for what was submitted (its finding kind). */
  inputError: string | null;
  /** The kind of help the person was sent to, and the step they were on. */
  escalation: { need: Need; from: string } | null;
}

/** What the machine receives. A typed value arrives only as its check's finding (checkedInput). */
export type AssistantEvent =
  | { type: `pick.${string}` }
  | { type: 'input.checked'; result: CheckResult }
  | { type: 'help.requested' };

export type StepKind = 'question' | 'advice' | 'input' | 'contact' | 'done';

/** Flows group steps for diagrams, deep links and the agent's quick jump. */
export const FLOWS = [
  'triage',
  'portal',
  'password',
  'username',
  'lockout',
  'twoStep',
  'app',
  'newAccount',
  'recovery',
  'proxy',
  'afterSignIn',
  'security',
  'end',
] as const;
export type Flow = (typeof FLOWS)[number];

export interface StepMeta {
  kind: StepKind;
  flow: Flow;
  /** The kind of channel that can help with this step's problem. */
  need: Need;
  field?: FieldKind;
  /**
   * An interactive aid shown with the step: the Caps Lock practice field, or the problem finder
   * (the person's own words matched to where to start).
   */
  widget?: 'capsLockCheck' | 'finder';
}
