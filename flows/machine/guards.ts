// Every rule the machine follows is a named predicate over the organization's configuration, the
// answers so far, or the input just submitted. The UI never re-computes any of these: it asks the
// machine (`snapshot.can(event)`).

import { type ActivationFinding, checkActivationCode } from '../checks/activationCode';
import { type BirthDateFinding, checkBirthDate } from '../checks/birthDate';
import { checkLoginId, type LoginIdFinding } from '../checks/loginId';
import { checkPhoneNumber, type PhoneFinding } from '../checks/phoneNumber';
import { type AddressFinding, checkPortalAddress } from '../checks/portalAddress';
import type { VerificationMethod } from '../config/schema';
import type { AssistantContext, AssistantEvent, FieldKind } from './types';

type GuardArgs = { context: AssistantContext; event: AssistantEvent };

const submitted = (event: AssistantEvent) =>
  event.type === 'input.submitted' ? event.value : null;

export function runCheck(field: FieldKind, value: string, context: AssistantContext) {
  const { config } = context;
  switch (field) {
    case 'portalAddress':
      return { field, finding: checkPortalAddress(value, config.portal.urls) } as const;
    case 'loginId':
      return { field, finding: checkLoginId(value, config.portal) } as const;
    case 'activationCode':
      return { field, finding: checkActivationCode(value, config.activation) } as const;
    case 'birthDate':
      return {
        field,
        finding: checkBirthDate(value, context.today, config.proxy.adultAt),
      } as const;
    case 'phoneNumber':
      return { field, finding: checkPhoneNumber(value) } as const;
  }
}

function finding<K extends string>(field: FieldKind, { context, event }: GuardArgs): K | null {
  const value = submitted(event);
  return value === null ? null : (runCheck(field, value, context).finding.kind as K);
}

/** Input a check cannot work with at all: the step stays and shows an error. */
const UNUSABLE = new Set([
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

export const guards = {
  offersMethod: ({ context }: GuardArgs, params: { method: VerificationMethod }) =>
    context.config.verification.methods.includes(params.method),
  /** More than the one method that is failing: switching is worth suggesting. */
  hasAnotherMethod: ({ context }: GuardArgs) =>
    context.config.verification.methods.some((m) => m !== context.codeMethod),
  codeMethodIs: ({ context }: GuardArgs, params: { method: VerificationMethod }) =>
    context.codeMethod === params.method,
  /** Text, email and app notifications are sent; an authenticator app makes its own code. */
  codeIsSent: ({ context }: GuardArgs) => context.codeMethod !== 'authenticator',
  unlocksByWaiting: ({ context }: GuardArgs) => context.config.lockout.unlock === 'wait',
  unlocksByCall: ({ context }: GuardArgs) => context.config.lockout.unlock === 'call',
  offersSelfServiceReset: ({ context }: GuardArgs) =>
    context.config.recovery.passwordReset.length > 0,
  offersUsernameRecovery: ({ context }: GuardArgs) => context.config.recovery.usernameRecovery,
  offersOnlineSignup: ({ context }: GuardArgs) => Boolean(context.config.activation.onlineSignup),
  codesAreSingleUse: ({ context }: GuardArgs) => context.config.activation.singleUse,
  hasLinkedSignIn: ({ context }: GuardArgs) => Boolean(context.config.portal.linkedSignIn),
  teenRuleIs: ({ context }: GuardArgs, params: { rule: 'limited' | 'assent' | 'none' }) =>
    context.config.proxy.teenRule === params.rule,
  resultsReleasedAutomatically: ({ context }: GuardArgs) => context.config.results.autoRelease,

  inputUnusable: ({ context, event }: GuardArgs, params: { field: FieldKind }) => {
    const value = submitted(event);
    return value === null || UNUSABLE.has(runCheck(params.field, value, context).finding.kind);
  },
  addressIs: (args: GuardArgs, params: { kinds: AddressFinding['kind'][] }) =>
    params.kinds.includes(finding<AddressFinding['kind']>('portalAddress', args)!),
  loginIdIs: (args: GuardArgs, params: { kinds: LoginIdFinding['kind'][] }) =>
    params.kinds.includes(finding<LoginIdFinding['kind']>('loginId', args)!),
  activationCodeIs: (args: GuardArgs, params: { kinds: ActivationFinding['kind'][] }) =>
    params.kinds.includes(finding<ActivationFinding['kind']>('activationCode', args)!),
  birthDateIs: (args: GuardArgs, params: { kinds: BirthDateFinding['kind'][] }) =>
    params.kinds.includes(finding<BirthDateFinding['kind']>('birthDate', args)!),
  phoneNumberIs: (args: GuardArgs, params: { kinds: PhoneFinding['kind'][] }) =>
    params.kinds.includes(finding<PhoneFinding['kind']>('phoneNumber', args)!),
};
