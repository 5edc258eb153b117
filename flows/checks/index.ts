// One entry point from a step's field to its check. The input step calls it when a person submits
// a value and sends the session only the finding, so the machine (and everything saved or encoded
// from it) never sees the text. Loaded with the first input step, not with the first question.
import { dateOrderOf } from '../config/region';
import type { OrgConfig } from '../config/schema';
import type { AssistantEvent, CheckResult, FieldKind } from '../machine/types';
import type { Session } from '../session/session';
import { checkActivationCode } from './fields/activationCode';
import { checkBirthDate } from './fields/birthDate';
import { checkLoginId, type DomainSuggester } from './fields/loginId';
import { checkPhoneNumber } from './fields/phoneNumber';
import { checkPortalAddress } from './fields/portalAddress';

export function runCheck(
  field: FieldKind,
  value: string,
  config: OrgConfig,
  today: string,
  suggestDomain?: DomainSuggester,
): CheckResult {
  switch (field) {
    case 'portalAddress':
      return { field, finding: checkPortalAddress(value, config.portal.urls) };
    case 'loginId':
      return { field, finding: checkLoginId(value, config.portal, suggestDomain) };
    case 'activationCode':
      return { field, finding: checkActivationCode(value, config.activation) };
    case 'birthDate':
      return {
        field,
        finding: checkBirthDate(value, today, config.proxy.adultAt, dateOrderOf(config)),
      };
    case 'phoneNumber':
      return { field, finding: checkPhoneNumber(value, config.country) };
  }
}

/** The event for a value typed on the session's current step, or null if the step has no field. */
export function checkedInput(
  session: Session,
  value: string,
  suggestDomain?: DomainSuggester,
): AssistantEvent | null {
  const field = (
    session.snapshot.machine.states[String(session.snapshot.value)]?.meta as { field?: FieldKind }
  )?.field;
  if (!field) return null;
  const { config, today } = session.snapshot.context;
  return { type: 'input.checked', result: runCheck(field, value, config, today, suggestDomain) };
}

export type { DomainSuggester } from './fields/loginId';
export { FINDING_KINDS, UNUSABLE_FINDINGS } from './findings';
