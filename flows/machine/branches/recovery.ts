import { and } from 'xstate';
import { advice, escalateTo, helpedOr, question } from '../step';

type Forgot = 'username' | 'password' | 'both';

/** Remembers what was forgotten; the quick basics screen comes first either way. */
export const forgot = (what: Forgot) => ({
  target: 'recoveryBasics',
  actions: { type: 'rememberForgot', params: { what } },
});

const forgotIs = (what: Forgot) => ({ type: 'forgotIs', params: { what } });

/** After the basics: the recovery the person asked for (a password reset when nothing was said). */
const recoveryAsked = [
  { guard: and([forgotIs('username'), 'offersUsernameRecovery']), target: 'recoverUsername' },
  { guard: forgotIs('username'), target: 'recoverUsernameCall' },
  { guard: and([forgotIs('both'), 'offersUsernameRecovery']), target: 'forgotBoth' },
  { guard: forgotIs('both'), target: 'recoverUsernameCall' },
  { target: 'recoveryAccess' },
];

// Forgotten details and account recovery. Self-service needs the email or phone on file and takes
// minutes; without it, identity is checked by a person, which takes days.
export const recoverySteps = {
  // Asked after an activation code that was already used (the first screen's sign-in answers
  // name what was forgotten themselves).
  forgotWhich: question({
    flow: 'recovery',
    on: {
      'pick.username': forgot('username'),
      'pick.password': forgot('password'),
      'pick.both': forgot('both'),
    },
  }),
  // The source says to verify the basic inputs before using recovery options: one screen, quick
  // to pass ("No, go on"), then the recovery the person asked for.
  recoveryBasics: {
    ...advice({ flow: 'recovery', on: helpedOr(recoveryAsked) }),
    // Guards read `forgot` before it is cleared; later screens do not depend on it.
    exit: 'clearForgot',
  },
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
