import { advice, checked, escalateTo, helpedOr, input, question } from '../step';

const pickMethod = (method: string) => ({
  guard: { type: 'offersMethod', params: { method } },
  target: 'codeProblem',
  actions: { type: 'rememberMethod', params: { method } },
});

/** When a method keeps failing, switching to another one the organization offers beats waiting. */
const otherMethodOrPerson = [
  { guard: 'hasAnotherMethod', target: 'codeOtherMethod' },
  escalateTo('portalSupport'),
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
      'pick.notSure': 'codeMethodsExplained',
    },
  }),
  codeMethodsExplained: advice({ flow: 'twoStep', on: helpedOr(escalateTo('portalSupport')) }),
  codeProblem: question({
    flow: 'twoStep',
    on: {
      'pick.neverArrives': [
        { guard: { type: 'codeMethodIs', params: { method: 'text' } }, target: 'codePhoneSame' },
        {
          guard: { type: 'codeMethodIs', params: { method: 'email' } },
          target: 'codeEmailMissing',
        },
        {
          guard: { type: 'codeMethodIs', params: { method: 'appNotification' } },
          target: 'codePushMissing',
        },
      ],
      'pick.rejected': 'codeRejected',
      'pick.expired': { guard: 'codeIsSent', target: 'codeExpired' },
      'pick.lostAccess': 'codeLostAccess',
      'pick.otherWay': otherMethodOrPerson,
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
};
