// One entry point from a step's field to its check. The session calls it when a person submits a
// value, so the machine (and everything saved or encoded from it) sees findings, never the text.
import type { OrgConfig } from '../config/schema';
import type { CheckResult, FieldKind } from '../machine/types';
import { type ActivationFinding, checkActivationCode } from './activationCode';
import { type BirthDateFinding, checkBirthDate } from './birthDate';
import { checkLoginId, type LoginIdFinding } from './loginId';
import { checkPhoneNumber, type PhoneFinding } from './phoneNumber';
import { type AddressFinding, checkPortalAddress } from './portalAddress';

export function runCheck(
  field: FieldKind,
  value: string,
  config: OrgConfig,
  today: string,
): CheckResult {
  switch (field) {
    case 'portalAddress':
      return { field, finding: checkPortalAddress(value, config.portal.urls) };
    case 'loginId':
      return { field, finding: checkLoginId(value, config.portal) };
    case 'activationCode':
      return { field, finding: checkActivationCode(value, config.activation) };
    case 'birthDate':
      return { field, finding: checkBirthDate(value, today, config.proxy.adultAt) };
    case 'phoneNumber':
      return { field, finding: checkPhoneNumber(value) };
  }
}

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
  phoneNumber: ['empty', 'tooLong', 'unexpectedCharacters', 'tooShort', 'notAUsNumber', 'valid'],
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
