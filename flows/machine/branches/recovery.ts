import { advice, escalateTo, helpedOr, question } from '../step';

// Forgotten details and account recovery. Self-service needs the email or phone on file and takes
// minutes; without it, identity is checked by a person, which takes days.
export const recoverySteps = {
  forgotWhich: question({
    flow: 'recovery',
    on: {
      'pick.username': [
        { guard: 'offersUsernameRecovery', target: 'recoverUsername' },
        { target: 'recoverUsernameCall' },
      ],
      'pick.password': 'recoveryAccess',
      'pick.both': [
        { guard: 'offersUsernameRecovery', target: 'forgotBoth' },
        { target: 'recoverUsernameCall' },
      ],
    },
  }),
  forgotBoth: advice({ flow: 'recovery', on: helpedOr('recoveryAccess') }),
  recoverUsername: advice({ flow: 'recovery', on: helpedOr('recoveryAccess') }),
  recoverUsernameCall: advice({ flow: 'recovery', on: helpedOr(escalateTo('portalSupport')) }),
  recoveryAccess: question({
    flow: 'recovery',
    on: {
      'pick.yes': [
        { guard: 'offersSelfServiceReset', target: 'resetSelfService' },
        { target: 'resetAssisted' },
      ],
      'pick.no': 'identityAssisted',
      'pick.notSure': [
        { guard: 'offersSelfServiceReset', target: 'resetSelfService' },
        { target: 'resetAssisted' },
      ],
    },
  }),
  resetSelfService: advice({
    flow: 'recovery',
    on: helpedOr('identityAssisted', { 'pick.noMessage': 'resetNoMessage' }),
  }),
  resetNoMessage: advice({ flow: 'recovery', on: helpedOr('identityAssisted') }),
  resetAssisted: advice({ flow: 'recovery', on: helpedOr(escalateTo('portalSupport')) }),
  identityAssisted: advice({
    flow: 'recovery',
    on: helpedOr({ target: 'contact', actions: 'escalateIdentity' }),
  }),
};
