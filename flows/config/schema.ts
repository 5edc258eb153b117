// The health-system configuration: everything that differs between organizations. Strict objects
// everywhere: an unknown key is an error, because a misspelt key silently ignored is a setting the
// web team believes is live and is not.
import { z } from './zod';

const text = (max = 200) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * A setting's description for the JSON Schema and the configuration reference page, both
 * generated from this file (`npm run config-docs`), so it is written once, here.
 */
function about<T extends z.ZodMiniType>(schema: T, description: string): T {
  (schema as z.ZodMiniType).register(z.globalRegistry, { description });
  return schema;
}

/** https only: a portal, form or policy link sent over http could be tampered with. */
export const httpsUrl = z.string().check(
  z.maxLength(2000),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'must be a full https:// address'),
);

/** E.164 keeps numbers unambiguous; the UI formats them for display and for tel: links. */
export const phone = z
  .string()
  .check(z.regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 phone number such as +16085550142'));

export const email = z
  .string()
  .check(
    z.maxLength(254),
    z.regex(/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i, 'must be an email address'),
  );

/**
 * A page allowed to embed the assistant in a frame and receive its messages: an exact origin
 * (scheme, host, port), https only, except a local address for development.
 */
export const origin = z
  .string()
  .check(
    z.regex(
      /^(https:\/\/[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|http:\/\/(localhost|127\.0\.0\.1))(:\d{1,5})?$/,
      'must be an origin like "https://www.example.org" (scheme and host, no path or slash)',
    ),
  );

const hexColor = z
  .string()
  .check(z.regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex colour like "#1d4f91"'));
const cssLength = z
  .string()
  .check(z.regex(/^\d{1,2}(\.\d{1,3})?(px|rem|em)$/, 'must be a length like "4px" or "1rem"'));

/** The organization's colours and shapes; hosts can set the same through CSS (README). */
const theme = z.strictObject({
  brand: z.optional(hexColor),
  text: z.optional(hexColor),
  background: z.optional(hexColor),
  brandDark: z.optional(hexColor),
  textDark: z.optional(hexColor),
  backgroundDark: z.optional(hexColor),
  font: z.optional(
    z
      .string()
      .check(
        z.maxLength(200),
        z.regex(/^[\w\s,"'-]+$/, 'must be a font list like "Source Sans 3", sans-serif'),
      ),
  ),
  radius: z.optional(cssLength),
  space: z.optional(cssLength),
});

const clock = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time HH:MM'));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));

const timeZone = z.string().check(
  z.refine((value) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      return value.includes('/') || value === 'UTC';
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as America/Chicago'),
);

const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

const openingHours = z.union([
  z.literal('24/7'),
  z.strictObject({
    timeZone,
    weekly: z
      .array(
        z.strictObject({
          days: z.array(weekday).check(z.minLength(1)),
          open: clock,
          close: clock,
        }),
      )
      .check(z.minLength(1), z.maxLength(50)),
    closedDates: z.optional(z.array(isoDate).check(z.maxLength(400))),
  }),
]);

/** What kind of help a channel gives; the machine names one of these when it escalates. */
export const needs = ['portalSupport', 'medicalRecords', 'patientServices'] as const;
const need = z.enum(needs);

const channel = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[a-z][a-zA-Z0-9-]{0,40}$/, 'must be a short id like "portal-phone"')),
  kind: about(z.enum(['phone', 'email', 'webForm', 'inPerson']), 'what kind of channel this is'),
  // May be empty while a line is being set up; the validator warns about it (warnings.ts).
  handles: about(
    z.array(need),
    'the needs it helps with: portalSupport, medicalRecords, patientServices',
  ),
  phone: about(
    z.optional(phone),
    'the number, in E.164 (+16085550142); needed for a phone channel',
  ),
  email: about(z.optional(email), 'the address; needed for an email channel'),
  url: about(z.optional(httpsUrl), 'the form; needed for a web form channel'),
  address: about(z.optional(text(300)), 'where to go; needed for an in-person channel'),
  hours: about(
    openingHours,
    '"24/7", or a time zone, weekly opening slots (which may run past midnight) and closed dates',
  ),
});

export const verificationMethods = ['text', 'email', 'authenticator', 'appNotification'] as const;

const lockout = z.discriminatedUnion('unlock', [
  z.strictObject({
    unlock: z.literal('wait'),
    attempts: z.number().check(z.int(), z.gte(1), z.lte(100)),
    minutes: z.number().check(z.int(), z.gte(1), z.lte(10080)),
  }),
  z.strictObject({
    // Many organizations lock after a few tries and never publish the wait: say so honestly.
    unlock: z.literal('waitUnpublished'),
    attempts: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
  }),
  z.strictObject({
    unlock: z.literal('call'),
    attempts: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
  }),
]);

/** UI string overrides: nested groups of strings, as in content/<locale>/ui.json. */
type UiOverride = string | { [key: string]: UiOverride };
const uiOverride: z.ZodMiniType<UiOverride> = z.union([
  text(2000),
  z.record(
    z.string().check(z.maxLength(60)),
    z.lazy(() => uiOverride),
  ),
]);

const days = z.number().check(z.int(), z.gte(1), z.lte(3650));

/** What an agent may ask a caller to confirm who they are; never a password or a code. */
export const identifiers = [
  'fullName',
  'birthDate',
  'homeAddress',
  'phone',
  'email',
  'medicalRecordNumber',
  'lastVisit',
  'photoId',
] as const;

/** Where an agent sends a call the help desk cannot finish (the agent view, src/agent). */
export const internalRoutes = ['tier2', 'records', 'security', 'supervisor'] as const;

const agent = z.strictObject({
  staffMayReset: about(
    z.strictObject({ password: z.boolean(), twoStep: z.boolean(), unlock: z.boolean() }),
    'whether help-desk staff may reset a password, reset two-step verification, or unlock an account',
  ),
  identityCheck: about(
    z.strictObject({
      identifiers: z.array(z.enum(identifiers)).check(z.minLength(1), z.maxLength(8)),
      required: z.number().check(z.int(), z.gte(1), z.lte(8)),
    }),
    `how staff confirm a caller: how many (required) of these identifiers: ${identifiers.join(', ')}`,
  ),
  escalation: about(
    z
      .array(z.strictObject({ route: z.enum(internalRoutes), how: text(300) }))
      .check(z.minLength(1), z.maxLength(10)),
    `internal escalation: for each route (${internalRoutes.join(', ')}), how to reach it, e.g. a queue name or extension`,
  ),
});
const age = z.number().check(z.int(), z.gte(1), z.lte(25));

export const configSchema = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[a-z][a-z0-9-]{1,40}$/, 'must be a lowercase id like "riverside"')),
  name: about(text(120), 'the name patients know'),
  portal: z.strictObject({
    urls: about(
      z.array(httpsUrl).check(z.minLength(1), z.maxLength(10)),
      'the official portal addresses (https only); the first is shown to patients',
    ),
    appName: about(text(80), "the app's name in the app stores"),
    signInWith: about(z.enum(['username', 'email', 'either']), 'what people type to sign in'),
    usernamesCaseSensitive: about(z.boolean(), 'whether capitals matter in usernames'),
    linkedSignIn: about(
      z.optional(z.strictObject({ name: text(80), url: httpsUrl })),
      'a single sign-in shared with other organizations, if any',
    ),
    idleSignOutMinutes: z.optional(z.number().check(z.int(), z.gte(1), z.lte(240))),
  }),
  channels: about(
    z.array(channel).check(z.minLength(1), z.maxLength(30)),
    'the support channels; at least one phone line must handle portalSupport',
  ),
  interpreterPhone: about(z.optional(phone), 'an interpreter line, shown on the contact screen'),
  verification: z.strictObject({
    methods: z.array(z.enum(verificationMethods)).check(z.minLength(1)),
    codeMinutes: z.number().check(z.int(), z.gte(1), z.lte(120)),
    trustDeviceDays: z.optional(days),
  }),
  lockout: about(
    lockout,
    'how a locked account unlocks: "wait" (with attempts and minutes), "waitUnpublished" or "call"',
  ),
  recovery: z.strictObject({
    passwordReset: z.array(z.enum(['email', 'text'])),
    usernameRecovery: z.boolean(),
    assisted: z.array(z.enum(['phone', 'inPerson', 'idDocuments'])).check(z.minLength(1)),
    assistedDays: z.optional(
      z.strictObject({ min: z.number().check(z.int(), z.gte(0)), max: z.number().check(z.int()) }),
    ),
    identityMismatch: need,
  }),
  activation: z.strictObject({
    groups: z
      .array(z.number().check(z.int(), z.gte(1), z.lte(12)))
      .check(z.minLength(1), z.maxLength(6)),
    caseSensitive: z.boolean(),
    validDays: days,
    singleUse: z.boolean(),
    onlineSignup: z.optional(
      z.strictObject({ url: httpsUrl, identityCheck: z.enum(['idAndSelfie', 'questions']) }),
    ),
  }),
  proxy: z.strictObject({
    teenFrom: age,
    adultAt: age,
    teenRule: z.enum(['limited', 'assent', 'none']),
    forms: z.strictObject({
      url: z.optional(httpsUrl),
      mailAddress: z.optional(text(300)),
      fax: z.optional(phone),
      inPerson: z.optional(z.boolean()),
    }),
    adultProxyMonths: z.optional(z.number().check(z.int(), z.gte(1), z.lte(240))),
  }),
  results: z.strictObject({
    autoRelease: z.boolean(),
    holdDays: z.optional(z.number().check(z.int(), z.gte(0), z.lte(60))),
  }),
  accessibilityUrl: about(z.optional(httpsUrl), 'the accessibility statement'),
  helpUrl: about(z.optional(httpsUrl), "the portal's own help page"),
  theme: about(
    z.optional(theme),
    'colours (hex), font, corner radius and spacing; see README "Theming"',
  ),
  agent: about(
    z.optional(agent),
    'facts for help-desk agents (the agent view): staff powers, the identity check and internal escalation',
  ),
  /** Pages that may frame the assistant and hear from it (src/embed/frame.ts). */
  embed: z.optional(
    z.strictObject({ allowedOrigins: z.array(origin).check(z.minLength(1), z.maxLength(20)) }),
  ),
  languages: z.array(z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/))).check(z.minLength(1)),
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
              title: z.optional(text(300)),
              body: z.optional(text(6000)),
              hint: z.optional(text(600)),
              legend: z.optional(text(300)),
              submit: z.optional(text(100)),
              answers: z.optional(z.record(z.string().check(z.maxLength(40)), text(300))),
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
    'the ways codes are sent: text, email, authenticator, appNotification',
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
  about(shape.proxy.shape.forms, 'how proxy forms are sent: url, mailAddress, fax, inPerson');
  about(
    shape.proxy.shape.adultProxyMonths,
    'how long adult-to-adult proxy access lasts, in months',
  );
  about(shape.results, 'test results: autoRelease, or holdDays before release');
  about(shape.languages, "the portal's own languages (ISO codes)");
  about(shape.text, 'the organization\'s own wording per locale; see README "Overriding text"');
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
export type OpeningHours = Channel['hours'];
export type AgentFacts = NonNullable<OrgConfig['agent']>;
export type Identifier = (typeof identifiers)[number];
export type InternalRoute = (typeof internalRoutes)[number];
