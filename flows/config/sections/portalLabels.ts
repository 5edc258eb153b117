// `portal.labels`: the portal's own words for the links and messages the shipped text names, in a
// language the portal is offered in. Without them a patient reading Spanish is shown the English
// label with its meaning beside it ("Forgot password?" (¿Olvidó su contraseña?)), because that is
// what an English-only portal shows; with them, the portal's own Spanish label alone. English is
// not here: the shipped English labels are the ones every translation glosses.

import { PORTAL_LABEL_KEYS, type PortalLabelKey } from '../portalLabelKeys';
import { z } from '../zod';
import { about } from './fields';
import { SHIPPED_LANGUAGES } from './languages';

export { PORTAL_LABEL_KEYS, type PortalLabelKey } from '../portalLabelKeys';

/** What each label is on the portal, for the configuration reference. */
const MEANING: Record<PortalLabelKey, string> = {
  forgotPassword: 'the link to reset a password ("Forgot password?")',
  forgotUsername: 'the link to recover a username ("Forgot username?")',
  sendCodeAnotherWay: 'the link on the code screen to get the code another way',
  tryAnotherMethod: 'the other link on the code screen to change the method ("Try another method")',
  trustDevice: 'the check box that skips codes on the person\'s own device ("Trust this device")',
  downloadRecord: 'the menu item that downloads the health record ("Download my record")',
  codeSentTo:
    'the start of the message that says where a code went ("We sent a code to"; the masked number follows it)',
};

export const LABEL_LANGUAGES = SHIPPED_LANGUAGES.filter((code) => code !== 'en');
export const MAX_LABEL_LENGTH = 60;

// Plain text: it is shown inside sentences, so no Markdown, HTML, placeholders, line breaks or
// direction marks (the assistant isolates the label itself where the text runs right to left).
const NOT_PLAIN = /[*_`[\]<>{}\\\n\r\t\u202a-\u202e\u2066-\u2069]|^[\s#>+-]|\s$/;

const label = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_LABEL_LENGTH),
  z.refine(
    (value) => !NOT_PLAIN.test(value),
    'must be plain text as the portal shows it: no Markdown, HTML, {{placeholders}}, line breaks or spaces at either end',
  ),
);

const unknownKeys =
  (what: string, allowed: string) => (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `unknown ${what}${issue.keys?.length === 1 ? '' : 's'} ${issue.keys?.map((k) => JSON.stringify(k)).join(', ')}: ${allowed}`
      : undefined;

const labelsOfOneLanguage = z.strictObject(
  Object.fromEntries(
    PORTAL_LABEL_KEYS.map((key) => [key, about(z.optional(label), MEANING[key])]),
  ) as Record<PortalLabelKey, z.ZodMiniOptional<typeof label>>,
  { error: unknownKeys('label', `the labels are ${PORTAL_LABEL_KEYS.join(', ')}`) },
);

export const portalLabels = about(
  z.optional(
    z.strictObject(
      Object.fromEntries(
        LABEL_LANGUAGES.map((code) => [
          code,
          about(
            z.optional(labelsOfOneLanguage),
            `the labels as the portal shows them in ${code}; one left out keeps the English label with its translation`,
          ),
        ]),
      ) as Record<(typeof LABEL_LANGUAGES)[number], z.ZodMiniOptional<typeof labelsOfOneLanguage>>,
      {
        error: unknownKeys(
          'language',
          `labels can be set for ${LABEL_LANGUAGES.join(', ')} (English shows the shipped labels)`,
        ),
      },
    ),
  ),
  `the portal's own labels in a language it is offered in (${LABEL_LANGUAGES.join(', ')}; each must be in "languages"), shown alone instead of the English label with its translation: ${PORTAL_LABEL_KEYS.join(', ')}; plain text, at most ${MAX_LABEL_LENGTH} characters`,
);
