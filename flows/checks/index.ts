// One entry point from a step's field to its check. The session calls it when a person submits a
// value, so the machine (and everything saved or encoded from it) sees findings, never the text.
import type { OrgConfig } from '../config/schema';
import type { CheckResult, FieldKind } from '../machine/types';
import { checkActivationCode } from './activationCode';
import { checkBirthDate } from './birthDate';
import { checkLoginId } from './loginId';
import { checkPhoneNumber } from './phoneNumber';
import { checkPortalAddress } from './portalAddress';

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
