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
      'pick.messageMissing': 'signupMessageMissing',
      'pick.recordNumber': 'medicalRecordNumber',
    },
  }),
  // Where the medical record number is printed, and who can read it out; some forms let it blank.
  medicalRecordNumber: advice({
    flow: 'newAccount',
    need: 'medicalRecords',
    on: helpedOr(escalateTo('medicalRecords')),
  }),
  // The sign-up email or text with the link or code: spam, the inbox given, signal, one resend.
  signupMessageMissing: advice({
    flow: 'newAccount',
    on: helpedOr([
      { guard: 'issuesCodes', target: 'activationRequest' },
      escalateTo('portalSupport'),
    ]),
  }),
  prepareToSignIn: advice({
    flow: 'newAccount',
    on: helpedOr('activationHave', { 'pick.recordNumber': 'medicalRecordNumber' }),
  }),
  activationMessage: question({
    flow: 'newAccount',
    on: {
      'pick.expired': 'activationExpired',
      'pick.notValid': 'activationReceived',
      'pick.alreadyUsed': { guard: 'codesAreSingleUse', target: 'activationUsed' },
      'pick.detailsDontMatch': 'activationBirthDate',
      'pick.whichCode': 'codeKinds',
    },
  }),
  // An activation code taken for a sign-in code, or the reverse (or for a username): what each
  // one looks like and is for, then the flow for the one the person has.
  codeKinds: advice({
    flow: 'newAccount',
    on: {
      'pick.activationCode': { guard: 'issuesCodes', target: 'activationMessage' },
      'pick.signInCode': 'codeMethod',
      ...helpedOr(escalateTo('portalSupport')),
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
      'pick.whichCode': 'codeKinds',
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
    on: helpedOr(
      [{ guard: 'issuesCodes', target: 'activationRequest' }, escalateTo('portalSupport')],
      {
        'pick.noMessage': 'signupMessageMissing',
        'pick.recordNumber': 'medicalRecordNumber',
      },
    ),
  }),
  activationRequest: advice({ flow: 'newAccount', on: helpedOr(escalateTo('portalSupport')) }),
};
