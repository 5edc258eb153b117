import { advice, checked, escalateTo, helpedOr, input, question } from '../step';

// Wrong portal or organization: each health system runs its own portal, and look-alike sites
// collect passwords. Both the person's address bar and the app's organization list are checked.
export const portalSteps = {
  portalWhere: question({
    flow: 'portal',
    on: {
      'pick.website': 'portalAddress',
      'pick.app': 'appChooseOrg',
      'pick.linked': { guard: 'hasLinkedSignIn', target: 'portalLinked' },
    },
  }),
  portalAddress: input('portalAddress', {
    flow: 'portal',
    on: {
      'input.checked': checked(
        'portalAddress',
        'addressIs',
        [
          [{ kinds: ['official'] }, 'portalOfficial'],
          [{ kinds: ['insecure'] }, 'portalInsecure'],
          [{ kinds: ['mainWebsite'] }, 'portalMainWebsite'],
        ],
        'portalLookalike',
      ),
      'pick.skip': 'portalOfficial',
    },
  }),
  portalOfficial: advice({ flow: 'portal', on: helpedOr('passwordBasics') }),
  portalInsecure: advice({ flow: 'security', on: helpedOr('passwordBasics') }),
  // The organization's own website, not its portal: no warning, just where to sign in.
  portalMainWebsite: advice({ flow: 'portal', on: helpedOr('passwordBasics') }),
  portalLookalike: advice({
    flow: 'security',
    on: helpedOr('passwordBasics', { 'pick.typedPassword': 'securityShared' }),
  }),
  portalLinked: advice({ flow: 'portal', on: helpedOr('recoveryAccess') }),
  // "I don't have the app yet" goes back one step, to getting the official app.
  appChooseOrg: advice({
    flow: 'portal',
    on: helpedOr('passwordBasics', { 'pick.noApp': 'appGetOfficial' }),
  }),
};

// Password rejected: first the address (a look-alike site rejects every password; people in the
// app say so on the same screen), then the basics that cause most rejections, before a reset.
export const passwordSteps = {
  passwordAddress: input('portalAddress', {
    flow: 'password',
    on: {
      'input.checked': checked(
        'portalAddress',
        'addressIs',
        [
          [{ kinds: ['official'] }, 'passwordBasics'],
          [{ kinds: ['insecure'] }, 'portalInsecure'],
          [{ kinds: ['mainWebsite'] }, 'portalMainWebsite'],
        ],
        'portalLookalike',
      ),
      'pick.skip': 'passwordBasics',
      // "Reset my password instead" passes the quick basics screen first, like "I forgot".
      'pick.reset': {
        target: 'recoveryBasics',
        actions: { type: 'rememberForgot', params: { what: 'password' } },
      },
      // In the app there is no address to check: whether the right organization was chosen.
      'pick.app': 'appPickedOrg',
    },
  }),
  passwordBasics: advice({
    flow: 'password',
    widget: 'capsLockCheck',
    on: helpedOr('recoveryAccess', {
      'pick.nowLocked': [
        { guard: 'unlocksByWaiting', target: 'lockedWait' },
        { guard: 'unlocksByCall', target: 'lockedCall' },
        { target: 'lockedWaitUnpublished' },
      ],
    }),
  }),
};

export const lockoutSteps = {
  lockedWait: advice({ flow: 'lockout', on: helpedOr('recoveryAccess') }),
  lockedWaitUnpublished: advice({ flow: 'lockout', on: helpedOr('recoveryAccess') }),
  lockedCall: advice({ flow: 'lockout', on: helpedOr(escalateTo('portalSupport')) }),
};

// Username or email not recognized: check what they type, then the usual causes.
export const usernameSteps = {
  usernameEntry: input('loginId', {
    flow: 'username',
    on: {
      'input.checked': checked(
        'loginId',
        'loginIdIs',
        [
          [{ kinds: ['domainTypo'] }, 'usernameSuggestion'],
          [{ kinds: ['spaces', 'invisibleCharacters'] }, 'usernameSpaces'],
          [
            {
              kinds: ['emailNotExpected', 'usernameNotExpected', 'atSignMissing', 'atSignDoubled'],
            },
            'usernameWrongKind',
          ],
        ],
        'usernameBasics',
      ),
      'pick.skip': 'usernameBasics',
    },
  }),
  usernameSuggestion: question({
    flow: 'username',
    on: { 'pick.useSuggestion': 'usernameTryFixed', 'pick.keepTyped': 'usernameBasics' },
  }),
  usernameTryFixed: advice({ flow: 'username', on: helpedOr('usernameBasics') }),
  usernameSpaces: advice({ flow: 'username', on: helpedOr('usernameBasics') }),
  usernameWrongKind: advice({ flow: 'username', on: helpedOr('usernameBasics') }),
  usernameBasics: advice({
    flow: 'username',
    on: helpedOr([
      { guard: 'offersUsernameRecovery', target: 'recoverUsername' },
      { target: 'recoverUsernameCall' },
    ]),
  }),
};
