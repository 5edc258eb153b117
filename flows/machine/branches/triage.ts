import { advice, escalateTo, helpedOr, question } from '../step';

// The first question lists problems in the words people use when they are stuck. Order matters:
// the most common problems first, "something else" last.
export const triageSteps = {
  problem: question({
    flow: 'triage',
    // Beside the list, the problem finder takes the person's own words (flows/finder).
    widget: 'finder',
    on: {
      'pick.passwordRejected': 'passwordWhere',
      'pick.usernameNotRecognized': 'usernameEntry',
      'pick.locked': [
        { guard: 'unlocksByWaiting', target: 'lockedWait' },
        { guard: 'unlocksByCall', target: 'lockedCall' },
        { target: 'lockedWaitUnpublished' },
      ],
      'pick.forgot': 'forgotWhich',
      'pick.code': 'codeMethod',
      'pick.app': 'appProblem',
      'pick.newAccount': 'activationHave',
      'pick.someoneElse': 'proxyWho',
      'pick.wrongPlace': 'portalWhere',
      'pick.signedIn': 'afterSignInTopic',
      'pick.somethingElse': 'otherProblem',
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
