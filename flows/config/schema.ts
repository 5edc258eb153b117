// The health-system configuration: everything that differs between organizations. Strict objects
// everywhere: an unknown key is an error, because a misspelt key silently ignored is a setting the
// web team believes is live and is not.

import { SIGNAL_LEVELS } from '../signals/signalTypes';
import type { identifiers, internalRoutes } from './sections/agent';
import { agent } from './sections/agent';
import type { needs } from './sections/channels';
import { channel } from './sections/channels';
import { about, httpsUrl, origin, phone, text } from './sections/fields';
import { languages } from './sections/languages';
import { notices } from './sections/notices';
import { portalLabels } from './sections/portalLabels';
import { proxy, results } from './sections/proxy';
import { country, dateOrder } from './sections/region';
import { lockout, recovery, verification, type verificationMethods } from './sections/signIn';
import { activation } from './sections/signUp';
import { markdownText, uiOverride } from './sections/text';
import { theme } from './sections/theme';
import { z } from './zod';

export { identifiers, internalRoutes } from './sections/agent';
export { needs } from './sections/channels';
export { email, httpsUrl, origin, phone } from './sections/fields';
export { SHIPPED_LANGUAGES } from './sections/languages';
export { LABEL_LANGUAGES, PORTAL_LABEL_KEYS, type PortalLabelKey } from './sections/portalLabels';
export { proxyKinds } from './sections/proxy';
export { verificationMethods } from './sections/signIn';
export { birthDateFormats, signUpIdentifiers } from './sections/signUp';

export const configSchema = z.strictObject({
  $schema: about(
    z.optional(z.string().check(z.maxLength(2000))),
    'the JSON Schema editors check the file with (config.schema.json); the assistant ignores it',
  ),
  id: z
    .string()
    .check(z.regex(/^[a-z][a-z0-9-]{1,40}$/, 'must be a lowercase id like "riverside"')),
  name: about(text(120), 'the name patients know'),
  country,
  dateOrder,
  portal: z.strictObject({
    urls: about(
      z.array(httpsUrl).check(z.minLength(1), z.maxLength(10)),
      'the official portal addresses (https only); the first is shown to patients',
    ),
    appName: about(text(80), "the app's name in the app stores"),
    signInWith: about(z.enum(['username', 'email', 'either']), 'what people type to sign in'),
    usernamesCaseSensitive: about(
      z.optional(z.boolean()),
      'whether capitals matter in usernames; left out if not published',
    ),
    linkedSignIn: about(
      z.optional(z.strictObject({ name: text(80), url: httpsUrl })),
      'a single sign-in shared with other organizations, if any',
    ),
    idleSignOutMinutes: z.optional(z.number().check(z.int(), z.gte(1), z.lte(240))),
    appStores: about(
      z.optional(
        z.strictObject({
          publisher: z.optional(text(80)),
          apple: z.optional(httpsUrl),
          google: z.optional(httpsUrl),
        }),
      ),
      "the official app: its publisher's name as the stores show it, and its pages in Apple's App Store and Google Play; without them patients are told to search their phone's store for the app's name",
    ),
    labels: portalLabels,
  }),
  channels: about(
    z.array(channel).check(z.minLength(1), z.maxLength(30)),
    'the support channels; at least one phone line must handle portalSupport',
  ),
  interpreterPhone: about(z.optional(phone), 'an interpreter line, shown on the contact screen'),
  verification,
  lockout: about(
    lockout,
    'how a locked account unlocks: "wait" (with attempts and minutes), "waitUnpublished" or "call"',
  ),
  recovery,
  activation,
  proxy,
  results,
  accessibilityUrl: about(z.optional(httpsUrl), 'the accessibility statement'),
  helpUrl: about(z.optional(httpsUrl), "the portal's own help page"),
  privacyUrl: about(
    z.optional(httpsUrl),
    'the privacy notice; shown on the security, privacy and contact steps when set',
  ),
  proxyPolicyUrl: about(
    z.optional(httpsUrl),
    'the page on proxy (caregiver) access rules; shown on the proxy steps when set',
  ),
  recoveryPolicyUrl: about(
    z.optional(httpsUrl),
    'the page on account recovery and identity checks; shown on the recovery steps when set',
  ),
  theme: about(
    z.optional(theme),
    'colours (hex), font, corner radius and spacing; see README "Theming"',
  ),
  agent: about(
    z.optional(agent),
    "the old place for the help desk's facts (staff powers, identity check, internal escalation): move them to <id>.agent.json, which only the agent view loads; still read, with a warning, until then",
  ),
  notices,
  /** Pages that may frame the assistant and hear from it (src/embed/frame.ts). */
  embed: z.optional(
    z.strictObject({ allowedOrigins: z.array(origin).check(z.minLength(1), z.maxLength(20)) }),
  ),
  /** What host pages hear (flows/signals/): `flow` by default, `step` adds step ids. */
  signals: z.optional(z.enum(SIGNAL_LEVELS)),
  languages,
  /** The organization's own wording, per locale: UI strings and step text laid over the shipped text. */
  text: z.optional(
    z.record(
      z
        .string()
        .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'must be a locale code like "es"')),
      z.strictObject({
        ui: z.optional(z.record(z.string().check(z.maxLength(60)), uiOverride)),
        steps: z.optional(
          z.record(
            z.string().check(z.regex(/^[a-z][a-zA-Z]{1,40}$/, 'must be a step key')),
            z.strictObject({
              title: z.optional(markdownText(300)),
              body: z.optional(markdownText(6000)),
              hint: z.optional(markdownText(600)),
              legend: z.optional(markdownText(300)),
              submit: z.optional(text(100)),
              answers: z.optional(z.record(z.string().check(z.maxLength(40)), markdownText(300))),
            }),
          ),
        ),
      }),
    ),
  ),
});

// Descriptions of the settings defined inline above (see `about`).
{
  const { shape } = configSchema;
  about(
    shape.id,
    'a short lowercase id, e.g. "riverside"; it keys saved progress and handoff codes',
  );
  about(shape.portal, 'the portal: its addresses, app and sign-in rules');
  about(shape.verification, 'two-step verification');
  about(
    shape.verification.shape.methods,
    'the ways people confirm a sign-in: text, email, authenticator, appNotification (codes) or securityKey (a hardware key on the website)',
  );
  about(shape.verification.shape.codeMinutes, 'how long a code works, in minutes');
  about(shape.verification.shape.trustDeviceDays, 'how long "trust this device" lasts, in days');
  about(
    shape.recovery,
    'recovering a password or username; identityMismatch names the need that handles a failed identity check',
  );
  about(shape.recovery.shape.passwordReset, 'self-service password reset ways: email, text');
  about(shape.recovery.shape.usernameRecovery, 'whether people can recover their username online');
  about(shape.recovery.shape.assisted, 'ways staff help: phone, inPerson, idDocuments');
  about(shape.recovery.shape.assistedDays, 'how many days assisted recovery takes (min and max)');
  about(shape.activation, 'activation codes for new accounts; validDays is how long a code works');
  about(shape.activation.shape.groups, "the code's groups of characters, e.g. [5, 5, 5]");
  about(shape.activation.shape.singleUse, 'whether a code works only once');
  about(
    shape.activation.shape.onlineSignup,
    'signing up online without a code: url and identityCheck',
  );
  about(
    shape.proxy,
    'proxy (caregiver) access: teenFrom is the age teen rules start, adultAt the age a person is an adult',
  );
  about(shape.proxy.shape.teenRule, 'what a parent sees for a teen: limited, assent or none');
  about(
    shape.proxy.shape.forms,
    'how proxy forms are sent: url, email, mailAddress, fax, inPerson',
  );
  about(
    shape.proxy.shape.adultProxyMonths,
    'how long adult-to-adult proxy access lasts, in months',
  );
  about(shape.results, 'test results: autoRelease, or holdDays before release');
  about(
    shape.results.shape.autoRelease,
    'whether most test results appear in the portal as soon as they are ready',
  );
  about(
    shape.results.shape.holdDays,
    'how many days results wait before they appear, when they are not released at once (0–60)',
  );
  about(
    shape.portal.shape.idleSignOutMinutes,
    'after how many idle minutes the portal signs people out (1–240); without it patients are told it signs out after a while',
  );
  about(
    shape.activation.shape.caseSensitive,
    'whether capital and small letters matter in an activation code',
  );
  about(shape.activation.shape.validDays, 'how many days an activation code works');
  about(shape.proxy.shape.teenFrom, 'the age from which teen rules apply');
  about(shape.proxy.shape.adultAt, 'the age at which a person is an adult for proxy access');
  about(
    shape.proxy.shape.forms.shape.url,
    'a page where the proxy form can be filled in or downloaded',
  );
  about(shape.proxy.shape.forms.shape.mailAddress, 'the postal address to mail a proxy form to');
  about(shape.proxy.shape.forms.shape.fax, 'the fax number for proxy forms, in E.164');
  about(
    shape.proxy.shape.forms.shape.inPerson,
    'whether a proxy form can be handed in at a front desk',
  );
  about(shape.text, 'the organization\'s own wording per locale; see README "Overriding text"');
  about(
    shape.signals,
    'what host pages hear in their events: flow (default: the flow and the outcome only) or step (adds step ids and channel kinds)',
  );
  about(
    shape.embed,
    'embedding: allowedOrigins lists the exact origins whose pages may frame the assistant',
  );
}

export type OrgConfig = z.infer<typeof configSchema>;
export type Channel = OrgConfig['channels'][number];
export type Theme = NonNullable<OrgConfig['theme']>;
export type Need = (typeof needs)[number];
export type VerificationMethod = (typeof verificationMethods)[number];
/** A channel's published hours; a channel without them has `hours` left out. */
export type OpeningHours = NonNullable<Channel['hours']>;
export type AgentFacts = NonNullable<OrgConfig['agent']>;
export type Identifier = (typeof identifiers)[number];
export type InternalRoute = (typeof internalRoutes)[number];
