// The {{placeholders}} step text may use: the organization's facts, which every step can fill,
// and the facts taken from what the person typed, which only the steps after that check can. A
// text override with any other placeholder would show it to patients word for word, so the
// validator refuses it. src/i18n/facts.ts fills them; tests/unit/placeholders.test.ts keeps the
// two lists equal to what it fills and the typed facts' steps equal to the shipped text's.

/** Filled on every step from the configuration. */
export const ORG_FACTS = [
  'orgName',
  'appName',
  'portalUrl',
  'portalHost',
  'supportPhone',
  'supportPhoneHref',
  'recordsPhone',
  'recordsPhoneHref',
  'identityPhone',
  'identityPhoneHref',
  'loginKind',
  'loginKindAdvice',
  'caseRule',
  'lockoutAttempts',
  'lockoutMinutes',
  'lockoutWarning',
  'codeMinutes',
  'trustDeviceTip',
  'methods',
  'otherMethods',
  'resetMethods',
  'activationDays',
  'activationShape',
  'activationLength',
  'activationSingleUse',
  'signupUrl',
  'identityCheck',
  'newCodeWays',
  'youngMax',
  'teenFrom',
  'teenTo',
  'adultAt',
  'proxyFormWays',
  'proxyExpiry',
  'assistedWays',
  'assistedDays',
  'accessibilityUrl',
  'resultsHoldDays',
  'idleSignOut',
  'linkedName',
  'linkedUrl',
  'phoneExample',
  'dateExample',
  'dateOrder',
  // Counted facts with their noun (src/i18n/facts.ts) and the published policy's sentences
  // (src/i18n/policyFacts.ts).
  'activationCharacters',
  'activationOldAnswer',
  'activationRecentAnswer',
  'activationValidity',
  'adultAtYears',
  'childAgeAdult',
  'childAgeTeen',
  'childAgeYoung',
  'codeLife',
  'lockoutDuration',
  'lockoutHow',
  'proxyRenewal',
  'recoveryLimits',
  'resendLimit',
  'resultsWhen',
  'signupAsks',
  'signupFallback',
  'teenFromYears',
  'teenToYears',
  'twoStepPolicy',
  'usernameRule',
  'youngMaxYears',
  // The official app's stores, the organization's own pages and the other ways to confirm a
  // sign-in (src/i18n/pageFacts.ts).
  'appPublisher',
  'appStoreWays',
  'officialPages',
  'otherWays',
  'privacyLink',
  'proxyPolicyLink',
  'recoveryPolicyLink',
  // The portal's labels (flows/config/sections/portalLabels.ts): its own, or English with a translation.
  'forgotPasswordLabel',
  'forgotUsernameLabel',
  'sendCodeAnotherWayLabel',
  'tryAnotherMethodLabel',
  'trustDeviceLabel',
  'downloadRecordLabel',
  'codeSentToLabel',
] as const;

/** Filled from the last check of what the person typed: only on the steps that follow it. */
export const TYPED_FACTS: Record<string, readonly string[]> = {
  suggestion: ['usernameSuggestion', 'usernameTryFixed'],
  phoneMasked: ['codePhoneCompare'],
  phoneLast4: ['codePhoneCompare'],
  patientAge: ['activationMinor'],
  patientAgeYears: ['activationMinor'],
  lookalikeReason: ['portalLookalike'],
  ambiguousTip: ['activationLooksFine'],
  fixedValue: ['activationLookalike', 'usernameSpaces'],
  typedLength: ['activationWrongLength'],
};

/** Every placeholder name in a text, as i18next reads them: `{{name}}`, `{{ name }}`, `{{- name}}`. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{\{\s*-?\s*([^\s},]*)[^}]*\}\}/g)].map((m) => m[1]!);
}

/** The placeholders a step's text can use. */
export function placeholdersFor(step: string): string[] {
  return [
    ...ORG_FACTS,
    ...Object.keys(TYPED_FACTS).filter((fact) => TYPED_FACTS[fact]!.includes(step)),
  ];
}
