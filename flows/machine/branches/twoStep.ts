import { advice, checked, escalateTo, helpedOr, input, question } from '../step';

/** A security key sends no code: its own questions come instead of the code's. */
const pickMethod = (method: string, target = 'codeProblem') => ({
  guard: { type: 'offersMethod', params: { method } },
  target,
  actions: { type: 'rememberMethod', params: { method } },
});

/** When a method keeps failing, switching to another one the organization offers beats waiting. */
const otherMethodOrPerson = [
  { guard: 'hasAnotherMethod', target: 'codeOtherMethod' },
  escalateTo('portalSupport'),
];

const codeMethodIs = (method: string) => ({ type: 'codeMethodIs', params: { method } });

/** The fixes for a code that never arrives depend on how it travels. */
const neverArrives = [
  { guard: codeMethodIs('text'), target: 'codePhoneSame' },
  { guard: codeMethodIs('email'), target: 'codeEmailMissing' },
  { guard: codeMethodIs('appNotification'), target: 'codePushMissing' },
];

// Two-step verification, per method: the advice depends on how the code travels.
export const twoStepSteps = {
  codeMethod: question({
    flow: 'twoStep',
    on: {
      'pick.text': pickMethod('text'),
      'pick.email': pickMethod('email'),
      'pick.authenticator': pickMethod('authenticator'),
      'pick.appNotification': pickMethod('appNotification'),
      'pick.securityKey': pickMethod('securityKey', 'keyProblem'),
      'pick.notSure': 'codeMethodsExplained',
    },
  }),
  // The sign-in page names where it sent the code; once the person has found it, the fixes for
  // that method follow (only the methods this organization uses are offered).
  codeMethodsExplained: advice({
    flow: 'twoStep',
    on: {
      'pick.text': pickMethod('text'),
      'pick.email': pickMethod('email'),
      'pick.authenticator': pickMethod('authenticator'),
      'pick.appNotification': pickMethod('appNotification'),
      'pick.securityKey': pickMethod('securityKey', 'keyProblem'),
      ...helpedOr(escalateTo('portalSupport')),
    },
  }),
  codeProblem: question({
    flow: 'twoStep',
    on: {
      'pick.neverArrives': neverArrives,
      'pick.rejected': 'codeRejected',
      'pick.expired': { guard: 'codeIsSent', target: 'codeExpired' },
      'pick.lostAccess': 'codeLostAccess',
      'pick.otherWay': [
        { guard: 'hasAnotherMethod', target: 'codeOtherMethod' },
        { target: 'codeOnlyMethod' },
      ],
      'pick.whichCode': 'codeKinds',
    },
  }),
  // One method only: say so plainly, then the fixes for that method.
  codeOnlyMethod: question({
    flow: 'twoStep',
    on: {
      'pick.neverArrives': neverArrives,
      'pick.rejected': 'codeRejected',
      'pick.expired': { guard: 'codeIsSent', target: 'codeExpired' },
      'pick.lostAccess': 'codeLostAccess',
    },
  }),
  codePhoneSame: question({
    flow: 'twoStep',
    on: {
      'pick.same': 'codeTextMissing',
      'pick.changed': 'codeLostAccess',
      'pick.notSure': 'codePhoneEntry',
    },
  }),
  // Compare the number the person has now with the last digits the sign-in page shows.
  codePhoneEntry: input('phoneNumber', {
    flow: 'twoStep',
    on: {
      'input.checked': checked('phoneNumber', 'phoneNumberIs', [], 'codePhoneCompare'),
      'pick.skip': 'codeTextMissing',
    },
  }),
  codePhoneCompare: question({
    flow: 'twoStep',
    on: { 'pick.same': 'codeTextMissing', 'pick.different': 'codeLostAccess' },
  }),
  codeTextMissing: advice({ flow: 'twoStep', on: helpedOr(otherMethodOrPerson) }),
  codeEmailMissing: advice({ flow: 'twoStep', on: helpedOr(otherMethodOrPerson) }),
  codePushMissing: advice({ flow: 'twoStep', on: helpedOr(otherMethodOrPerson) }),
  codeRejected: advice({ flow: 'twoStep', on: helpedOr(otherMethodOrPerson) }),
  codeExpired: advice({ flow: 'twoStep', on: helpedOr(otherMethodOrPerson) }),
  codeLostAccess: advice({
    flow: 'twoStep',
    on: helpedOr(escalateTo('portalSupport'), {
      'pick.useOther': { guard: 'hasAnotherMethod', target: 'codeOtherMethod' },
    }),
  }),
  codeOtherMethod: advice({ flow: 'twoStep', on: helpedOr(escalateTo('portalSupport')) }),
  // A hardware security key on the website: not recognized (browser, USB or NFC), or lost.
  keyProblem: question({
    flow: 'twoStep',
    on: {
      'pick.notRecognized': 'keyNotRecognized',
      'pick.lost': 'keyLost',
      'pick.otherWay': { guard: 'hasAnotherMethod', target: 'codeOtherMethod' },
    },
  }),
  keyNotRecognized: advice({
    flow: 'twoStep',
    on: helpedOr(otherMethodOrPerson, { 'pick.lost': 'keyLost' }),
  }),
  // A lost key: another way the account has, or staff remove the key after an identity check.
  keyLost: advice({
    flow: 'twoStep',
    on: helpedOr(escalateTo('portalSupport'), {
      'pick.useOther': { guard: 'hasAnotherMethod', target: 'codeOtherMethod' },
    }),
  }),
};
