// The findings of every check, as data: which stop a person on the step, and a fixed order for
// handoff codes. No check code here, so the machine and the first screen can use it cheaply.

import type { FieldKind } from '../machine/types';
import type { ActivationFinding } from './fields/activationCode';
import type { BirthDateFinding } from './fields/birthDate';
import type { LoginIdFinding } from './fields/loginId';
import type { PhoneFinding } from './fields/phoneNumber';
import type { AddressFinding } from './fields/portalAddress';

/** Findings a check cannot work with at all: the step stays and shows an error. */
export const UNUSABLE_FINDINGS: ReadonlySet<string> = new Set([
  'empty',
  'tooLong',
  'tooShort',
  'notAnAddress',
  'unexpectedCharacters',
  'domainIncomplete',
  'notADate',
  'inFuture',
  'tooOld',
  'notAUsNumber',
  'notANumberHere',
]);

/**
 * Every finding of each check, in a fixed order: a handoff code carries a finding as its index
 * here. Append only; reordering changes what old codes mean (bump FLOW_VERSION if you must).
 */
export const FINDING_KINDS = {
  portalAddress: [
    'empty',
    'notAnAddress',
    'official',
    'insecure',
    'lookalike',
    'otherPortal',
    'unofficial',
    'mainWebsite',
  ],
  loginId: [
    'empty',
    'tooLong',
    'unexpectedCharacters',
    'spaces',
    'invisibleCharacters',
    'atSignMissing',
    'atSignDoubled',
    'domainIncomplete',
    'domainTypo',
    'emailNotExpected',
    'usernameNotExpected',
    'capitalsMatter',
    'capitalsIgnored',
    'looksFine',
  ],
  activationCode: [
    'empty',
    'tooLong',
    'wrongLength',
    'unexpectedCharacters',
    'lookalikeCharacters',
    'caseMatters',
    'looksFine',
  ],
  birthDate: ['empty', 'tooLong', 'notADate', 'inFuture', 'tooOld', 'minor', 'adult'],
  phoneNumber: [
    'empty',
    'tooLong',
    'unexpectedCharacters',
    'tooShort',
    'notAUsNumber',
    'valid',
    'notANumberHere',
  ],
} as const satisfies Record<FieldKind, readonly string[]>;

// The compiler keeps the lists complete: a finding missing from its list is a type error here.
type Unlisted<F extends { kind: string }, K extends FieldKind> = Exclude<
  F['kind'],
  (typeof FINDING_KINDS)[K][number]
>;
const complete: [
  Unlisted<AddressFinding, 'portalAddress'>,
  Unlisted<LoginIdFinding, 'loginId'>,
  Unlisted<ActivationFinding, 'activationCode'>,
  Unlisted<BirthDateFinding, 'birthDate'>,
  Unlisted<PhoneFinding, 'phoneNumber'>,
] extends [never, never, never, never, never]
  ? true
  : false = true;
void complete;
