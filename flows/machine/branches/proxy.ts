import { advice, escalateTo, helpedOr, question } from '../step';

const proxyHelp = escalateTo('medicalRecords');

// Proxy (delegate) access: parents, guardians and caregivers get their own access, never the
// patient's password. Age rules differ between organizations and states.
export const proxySteps = {
  proxyWho: question({
    flow: 'proxy',
    need: 'medicalRecords',
    on: {
      'pick.child': 'proxyChildAge',
      'pick.adult': 'proxyAdult',
      'pick.guardian': 'proxyGuardian',
      'pick.foster': 'proxyFoster',
      'pick.usingTheirPassword': 'proxyOwnAccess',
      'pick.deceased': 'proxyDeceased',
    },
  }),
  proxyChildAge: question({
    flow: 'proxy',
    need: 'medicalRecords',
    on: {
      'pick.young': 'proxyChildYoung',
      'pick.teen': [
        { guard: { type: 'teenRuleIs', params: { rule: 'limited' } }, target: 'proxyTeenLimited' },
        { guard: { type: 'teenRuleIs', params: { rule: 'assent' } }, target: 'proxyTeenAssent' },
        { guard: { type: 'teenRuleIs', params: { rule: 'none' } }, target: 'proxyTeenNone' },
        // The organization does not publish what a parent sees for a teen: say so, and who to ask.
        { target: 'proxyTeenAsk' },
      ],
      'pick.adult': 'proxyAdult',
    },
  }),
  proxyChildYoung: advice({ flow: 'proxy', need: 'medicalRecords', on: helpedOr(proxyHelp) }),
  proxyTeenLimited: advice({ flow: 'proxy', need: 'medicalRecords', on: helpedOr(proxyHelp) }),
  proxyTeenAssent: advice({ flow: 'proxy', need: 'medicalRecords', on: helpedOr(proxyHelp) }),
  proxyTeenNone: advice({ flow: 'proxy', need: 'medicalRecords', on: helpedOr(proxyHelp) }),
  proxyTeenAsk: advice({ flow: 'proxy', need: 'medicalRecords', on: helpedOr(proxyHelp) }),
  proxyAdult: advice({
    flow: 'proxy',
    need: 'medicalRecords',
    on: helpedOr(proxyHelp, { 'pick.cannotAgree': 'proxyGuardian' }),
  }),
  // A legal guardian or power of attorney (also for an adult who cannot agree), and a foster
  // parent: their own forms and papers.
  proxyGuardian: advice({ flow: 'proxy', need: 'medicalRecords', on: helpedOr(proxyHelp) }),
  proxyFoster: advice({ flow: 'proxy', need: 'medicalRecords', on: helpedOr(proxyHelp) }),
  proxyOwnAccess: advice({ flow: 'proxy', need: 'medicalRecords', on: helpedOr('proxyWho') }),
  proxyDeceased: advice({ flow: 'proxy', need: 'medicalRecords', on: helpedOr(proxyHelp) }),
};

// After sign-in: things people take for sign-in trouble but are not.
export const afterSignInSteps = {
  afterSignInTopic: question({
    flow: 'afterSignIn',
    on: {
      'pick.results': [
        { guard: 'resultsReleasedAutomatically', target: 'resultsAutoRelease' },
        { target: 'resultsHeld' },
      ],
      'pick.download': 'downloadRecords',
      'pick.accessibility': 'accessibilityHelp',
      'pick.suspiciousMessage': 'securityCodeShare',
      'pick.signedOut': 'signedOutIdle',
      'pick.biometric': 'biometricPrivacy',
    },
  }),
  resultsAutoRelease: advice({
    flow: 'afterSignIn',
    need: 'patientServices',
    on: helpedOr(escalateTo('patientServices')),
  }),
  resultsHeld: advice({
    flow: 'afterSignIn',
    need: 'patientServices',
    on: helpedOr(escalateTo('patientServices')),
  }),
  downloadRecords: advice({
    flow: 'afterSignIn',
    need: 'medicalRecords',
    on: helpedOr(escalateTo('medicalRecords')),
  }),
  accessibilityHelp: advice({ flow: 'afterSignIn', on: helpedOr(escalateTo('portalSupport')) }),
  signedOutIdle: advice({ flow: 'afterSignIn', on: helpedOr(escalateTo('portalSupport')) }),
};
