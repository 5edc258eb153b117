// The configuration settings that can rule a fix out. Each rule says whether an organization
// offers the fix; the coverage map (situations.ts) names a rule by its key and the step that tells
// the person what their health system does instead.
import type { OrgConfig, VerificationMethod } from '../config/schema';

export interface Rule {
  /** The setting, as a path in the configuration reference. */
  setting: string;
  /** In a few words, what a configuration must say for the fix to be offered. */
  offeredWhen: string;
  offers: (config: OrgConfig) => boolean;
}

const method = (m: VerificationMethod): Rule => ({
  setting: 'verification.methods',
  offeredWhen: `includes "${m}"`,
  offers: (c) => c.verification.methods.includes(m),
});

const unlock = (how: OrgConfig['lockout']['unlock']): Rule => ({
  setting: 'lockout.unlock',
  offeredWhen: `is "${how}"`,
  offers: (c) => c.lockout.unlock === how,
});

const teen = (rule: OrgConfig['proxy']['teenRule']): Rule => ({
  setting: 'proxy.teenRule',
  offeredWhen: `is "${rule}"`,
  offers: (c) => c.proxy.teenRule === rule,
});

export const RULES = {
  textCodes: method('text'),
  emailCodes: method('email'),
  authenticatorCodes: method('authenticator'),
  appNotificationCodes: method('appNotification'),
  securityKeys: method('securityKey'),
  severalCodeMethods: {
    setting: 'verification.methods',
    offeredWhen: 'has more than one method',
    offers: (c) => c.verification.methods.length > 1,
  },
  oneCodeMethod: {
    setting: 'verification.methods',
    offeredWhen: 'has one method only',
    offers: (c) => c.verification.methods.length === 1,
  },
  unlockByWaitingPublished: unlock('wait'),
  unlockByWaitingUnpublished: {
    setting: 'lockout.unlock',
    offeredWhen: 'is "waitUnpublished" or "unpublished"',
    offers: (c) => c.lockout.unlock === 'waitUnpublished' || c.lockout.unlock === 'unpublished',
  },
  unlockByCall: unlock('call'),
  selfServiceReset: {
    setting: 'recovery.passwordReset',
    offeredWhen: 'is not empty',
    offers: (c) => c.recovery.passwordReset.length > 0,
  },
  resetByPhoneOnly: {
    setting: 'recovery.passwordReset',
    offeredWhen: 'is empty',
    offers: (c) => c.recovery.passwordReset.length === 0,
  },
  usernameOnline: {
    setting: 'recovery.usernameRecovery',
    offeredWhen: 'is true',
    offers: (c) => c.recovery.usernameRecovery,
  },
  usernameByCall: {
    setting: 'recovery.usernameRecovery',
    offeredWhen: 'is false',
    offers: (c) => !c.recovery.usernameRecovery,
  },
  onlineSignup: {
    setting: 'activation.onlineSignup',
    offeredWhen: 'is set',
    offers: (c) => Boolean(c.activation.onlineSignup),
  },
  singleUseCodes: {
    setting: 'activation.singleUse',
    offeredWhen: 'is true',
    offers: (c) => c.activation.singleUse === true,
  },
  caseSensitiveCodes: {
    setting: 'activation.caseSensitive',
    offeredWhen: 'is true',
    offers: (c) => c.activation.caseSensitive === true,
  },
  signInWithEmail: {
    setting: 'portal.signInWith',
    offeredWhen: 'is "email" or "either"',
    offers: (c) => c.portal.signInWith !== 'username',
  },
  signInWithOneKind: {
    setting: 'portal.signInWith',
    offeredWhen: 'is "email" or "username"',
    offers: (c) => c.portal.signInWith !== 'either',
  },
  linkedSignIn: {
    setting: 'portal.linkedSignIn',
    offeredWhen: 'is set',
    offers: (c) => Boolean(c.portal.linkedSignIn),
  },
  teenLimited: teen('limited'),
  teenAssent: teen('assent'),
  teenNone: teen('none'),
  resultsAutoRelease: {
    setting: 'results.autoRelease',
    offeredWhen: 'is true',
    offers: (c) => c.results.autoRelease === true,
  },
  resultsHeld: {
    setting: 'results.autoRelease',
    offeredWhen: 'is false or left out',
    offers: (c) => c.results.autoRelease !== true,
  },
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;
