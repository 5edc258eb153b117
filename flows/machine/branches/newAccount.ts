import { advice, checked, escalateTo, helpedOr, input, question } from '../step';

const newCodeOrSignup = [
  { guard: 'offersOnlineSignup', target: 'signupOnline' },
  { target: 'activationRequest' },
];

// New accounts: an activation code from a visit, or an online sign-up with an identity check.
export const newAccountSteps = {
  activationHave: question({
    flow: 'newAccount',
    on: {
      'pick.codeFails': { guard: 'issuesCodes', target: 'activationMessage' },
      'pick.noCode': newCodeOrSignup,
      'pick.whatToHaveReady': 'prepareToSignIn',
    },
  }),
  prepareToSignIn: advice({ flow: 'newAccount', on: helpedOr('activationHave') }),
  activationMessage: question({
    flow: 'newAccount',
    on: {
      'pick.expired': 'activationExpired',
      'pick.notValid': 'activationReceived',
      'pick.alreadyUsed': { guard: 'codesAreSingleUse', target: 'activationUsed' },
      'pick.detailsDontMatch': 'activationBirthDate',
    },
  }),
  // "Details don't match" is most often the date of birth typed another way, or a minor's
  // account, which a parent reaches through proxy access instead.
  activationBirthDate: input('birthDate', {
    flow: 'newAccount',
    on: {
      'input.checked': checked(
        'birthDate',
        'birthDateIs',
        [[{ kinds: ['minor'] }, 'activationMinor']],
        'activationDetailsTips',
      ),
      'pick.skip': 'activationDetailsTips',
    },
  }),
  activationMinor: advice({
    flow: 'newAccount',
    need: 'medicalRecords',
    on: helpedOr('proxyChildAge'),
  }),
  activationDetailsTips: advice({ flow: 'newAccount', on: helpedOr('identityAssisted') }),
  activationReceived: question({
    flow: 'newAccount',
    on: {
      'pick.recently': 'activationEntry',
      'pick.longAgo': 'activationExpired',
      'pick.notSure': 'activationEntry',
    },
  }),
  activationEntry: input('activationCode', {
    flow: 'newAccount',
    on: {
      'input.checked': checked(
        'activationCode',
        'activationCodeIs',
        [
          [{ kinds: ['wrongLength'] }, 'activationWrongLength'],
          [{ kinds: ['lookalikeCharacters'] }, 'activationLookalike'],
          [{ kinds: ['caseMatters'] }, 'activationCase'],
        ],
        'activationLooksFine',
      ),
      'pick.skip': 'activationLooksFine',
    },
  }),
  activationWrongLength: advice({ flow: 'newAccount', on: helpedOr('activationExpired') }),
  activationLookalike: advice({ flow: 'newAccount', on: helpedOr('activationExpired') }),
  activationCase: advice({ flow: 'newAccount', on: helpedOr('activationExpired') }),
  activationLooksFine: advice({ flow: 'newAccount', on: helpedOr('activationExpired') }),
  activationExpired: advice({ flow: 'newAccount', on: helpedOr(newCodeOrSignup) }),
  activationUsed: advice({ flow: 'newAccount', on: helpedOr('forgotWhich') }),
  // Without codes at all, a failed online check goes to a person, not to "ask for a code".
  signupOnline: advice({
    flow: 'newAccount',
    on: helpedOr([
      { guard: 'issuesCodes', target: 'activationRequest' },
      escalateTo('portalSupport'),
    ]),
  }),
  activationRequest: advice({ flow: 'newAccount', on: helpedOr(escalateTo('portalSupport')) }),
};
