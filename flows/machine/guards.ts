// Every rule the machine follows is a named predicate over the organization's configuration, the
// answers so far, or the input just submitted. The UI never re-computes any of these: it asks the
// machine (`snapshot.can(event)`).
import type { ActivationFinding } from '../checks/fields/activationCode';
import type { BirthDateFinding } from '../checks/fields/birthDate';
import type { LoginIdFinding } from '../checks/fields/loginId';
import type { PhoneFinding } from '../checks/fields/phoneNumber';
import type { AddressFinding } from '../checks/fields/portalAddress';
import { UNUSABLE_FINDINGS } from '../checks/findings';
import { givesCode } from '../config/methods';
import type { VerificationMethod } from '../config/schema';
import type { AssistantContext, AssistantEvent, FieldKind } from './types';

type GuardArgs = { context: AssistantContext; event: AssistantEvent };

/** The finding of a checked input for this field, or null for any other event. */
function finding(field: FieldKind, event: AssistantEvent): string | null {
  return event.type === 'input.checked' && event.result.field === field
    ? event.result.finding.kind
    : null;
}

const findingIn =
  <K extends string>(field: FieldKind) =>
  ({ event }: GuardArgs, params: { kinds: K[] }) =>
    params.kinds.includes(finding(field, event) as K);

export const guards = {
  offersMethod: ({ context }: GuardArgs, params: { method: VerificationMethod }) =>
    context.config.verification.methods.includes(params.method),
  /** More than the one method that is failing: switching is worth suggesting. */
  hasAnotherMethod: ({ context }: GuardArgs) =>
    context.config.verification.methods.some((m) => m !== context.codeMethod),
  codeMethodIs: ({ context }: GuardArgs, params: { method: VerificationMethod }) =>
    context.codeMethod === params.method,
  forgotIs: ({ context }: GuardArgs, params: { what: 'username' | 'password' | 'both' }) =>
    context.forgot === params.what,
  /**
   * Text, email and app notifications are sent; an authenticator app makes its own code, and a
   * security key sends none.
   */
  codeIsSent: ({ context }: GuardArgs) =>
    context.codeMethod !== 'authenticator' && givesCode(context.codeMethod),
  unlocksByWaiting: ({ context }: GuardArgs) => context.config.lockout.unlock === 'wait',
  unlocksByCall: ({ context }: GuardArgs) => context.config.lockout.unlock === 'call',
  offersSelfServiceReset: ({ context }: GuardArgs) =>
    context.config.recovery.passwordReset.length > 0,
  offersUsernameRecovery: ({ context }: GuardArgs) => context.config.recovery.usernameRecovery,
  offersOnlineSignup: ({ context }: GuardArgs) => Boolean(context.config.activation.onlineSignup),
  codesAreSingleUse: ({ context }: GuardArgs) => context.config.activation.singleUse === true,
  /** Some organizations give no activation codes at all: sign-up is online or by a person. */
  issuesCodes: ({ context }: GuardArgs) => context.config.activation.codes !== false,
  hasLinkedSignIn: ({ context }: GuardArgs) => Boolean(context.config.portal.linkedSignIn),
  teenRuleIs: ({ context }: GuardArgs, params: { rule: 'limited' | 'assent' | 'none' }) =>
    context.config.proxy.teenRule === params.rule,
  resultsReleasedAutomatically: ({ context }: GuardArgs) =>
    context.config.results.autoRelease === true,

  inputUnusable: ({ event }: GuardArgs, params: { field: FieldKind }) => {
    const kind = finding(params.field, event);
    return kind === null || UNUSABLE_FINDINGS.has(kind);
  },
  addressIs: findingIn<AddressFinding['kind']>('portalAddress'),
  loginIdIs: findingIn<LoginIdFinding['kind']>('loginId'),
  activationCodeIs: findingIn<ActivationFinding['kind']>('activationCode'),
  birthDateIs: findingIn<BirthDateFinding['kind']>('birthDate'),
  phoneNumberIs: findingIn<PhoneFinding['kind']>('phoneNumber'),
};
