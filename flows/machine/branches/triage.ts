import { advice, escalateTo, helpedOr, question } from '../step';
import { forgot } from './recovery';

// The two messages people meet most (a rejected password, a locked account) go straight to
// their fix from the first screen; both are also on the sign-in list below, for someone who picked
// that list first.
const signInMessages = {
  'pick.passwordRejected': 'passwordAddress',
  'pick.locked': [
    { guard: 'unlocksByWaiting', target: 'lockedWait' },
    { guard: 'unlocksByCall', target: 'lockedCall' },
    { target: 'lockedWaitUnpublished' },
  ],
};

// The first question lists problems in the words people use when they are stuck, nine at most so
// a stressed person can take them in at a glance (issue 19). Order matters: the most common
// problems first, "something else" last. The rarer sign-in troubles (a username not recognized,
// something forgotten, the wrong site) share one answer whose label names the words people scan
// for; the next screen tells them apart.
export const triageSteps = {
  problem: question({
    flow: 'triage',
    // Beside the list, the problem finder takes the person's own words (flows/finder).
    widget: 'finder',
    on: {
      ...signInMessages,
      'pick.cantSignIn': 'signInProblem',
      'pick.code': 'codeMethod',
      'pick.app': 'appProblem',
      'pick.newAccount': 'activationHave',
      'pick.someoneElse': 'proxyWho',
      'pick.signedIn': 'afterSignInTopic',
      'pick.somethingElse': 'otherProblem',
    },
  }),
  // What the sign-in page says, or what was forgotten: each answer goes straight to its fix. A
  // rejected password goes to the address check first (a look-alike site rejects every password);
  // that screen also takes "I use the app".
  signInProblem: question({
    flow: 'triage',
    on: {
      ...signInMessages,
      'pick.usernameNotRecognized': 'usernameEntry',
      'pick.forgotPassword': forgot('password'),
      'pick.forgotUsername': forgot('username'),
      'pick.forgotBoth': forgot('both'),
      'pick.wrongPlace': 'portalWhere',
    },
  }),
  // Rarer messages, the after-sign-in topics and the whole list again, before a person: "something
  // else" is never a dead end.
  otherProblem: question({
    flow: 'triage',
    on: {
      'pick.browserBlocked': 'browserSettings',
      'pick.accountClosed': 'accountInactive',
      'pick.accessibility': 'accessibilitySignIn',
      'pick.signedIn': 'afterSignInTopic',
      'pick.allProblems': 'problem',
      'pick.none': escalateTo('portalSupport'),
    },
  }),
  // Inactive or closed: long unused, too many failed resets, access for someone else that ended,
  // or a patient who died. Patient services decides about closed accounts.
  accountInactive: advice({
    flow: 'triage',
    need: 'patientServices',
    on: helpedOr(escalateTo('patientServices'), {
      'pick.forSomeoneElse': 'proxyWho',
      'pick.deceased': 'proxyDeceased',
    }),
  }),
  // The sign-in page itself is hard to use: screen reader, a puzzle check, zoom, typing.
  accessibilitySignIn: advice({
    flow: 'triage',
    on: helpedOr(escalateTo('portalSupport'), { 'pick.moreTips': 'accessibilityHelp' }),
  }),
  browserSettings: advice({ flow: 'triage', on: helpedOr(escalateTo('portalSupport')) }),
  done: {
    tags: ['done'],
    meta: { kind: 'done', flow: 'end', need: 'portalSupport' },
    on: {
      'help.requested': {
        target: 'contact',
        actions: { type: 'escalate', params: { need: 'portalSupport' } },
      },
    },
  },
  contact: {
    tags: ['contact'],
    meta: { kind: 'contact', flow: 'end', need: 'portalSupport' },
  },
  securityCodeShare: advice({
    flow: 'security',
    on: {
      'pick.helped': 'done',
      'pick.alreadyShared': 'securityShared',
      'pick.stillStuck': escalateTo('portalSupport'),
    },
  }),
  securityShared: advice({
    flow: 'security',
    on: { 'pick.helped': 'done', 'pick.stillStuck': escalateTo('portalSupport') },
  }),
};
