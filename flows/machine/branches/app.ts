import { advice, escalateTo, helpedOr, question } from '../step';

// App trouble: most app problems are the organization chosen in the app, an old version, or a
// sign-in method tied to an old phone.
export const appSteps = {
  appProblem: question({
    flow: 'app',
    on: {
      'pick.getApp': 'appGetOfficial',
      'pick.signInFails': 'appPickedOrg',
      'pick.crashes': 'appUpdate',
      'pick.newPhone': 'appNewPhone',
      'pick.cantFindOrg': 'appChooseOrg',
      'pick.biometric': 'biometricPrivacy',
    },
  }),
  // The official app from the phone's own store (the right publisher), then the health system in it.
  appGetOfficial: advice({ flow: 'app', on: helpedOr('appChooseOrg') }),
  appPickedOrg: question({
    flow: 'app',
    on: { 'pick.yes': 'appSignInFixes', 'pick.no': 'appChooseOrg' },
  }),
  // Sign-in fails in the app with the right organization: the app fixes (update, stored data)
  // first, then the password basics.
  appSignInFixes: advice({ flow: 'app', on: helpedOr('passwordBasics') }),
  appUpdate: advice({ flow: 'app', on: helpedOr('appClearCache') }),
  appClearCache: advice({ flow: 'app', on: helpedOr('appReinstall') }),
  appReinstall: advice({ flow: 'app', on: helpedOr(escalateTo('portalSupport')) }),
  // Face and fingerprint are checked by the phone and never sent to the portal; a new or lost
  // phone means signing in with the password once.
  biometricPrivacy: advice({
    flow: 'security',
    on: helpedOr(escalateTo('portalSupport'), { 'pick.newPhone': 'appNewPhone' }),
  }),
  appNewPhone: advice({ flow: 'app', on: helpedOr('recoveryAccess') }),
};
