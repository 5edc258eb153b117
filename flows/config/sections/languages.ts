// The `languages` setting: which of the shipped languages the picker offers, in the web team's
// order. The list is the codes of content/locales.json (tests/unit/languagesSetting.test.ts keeps
// them equal); a code the assistant has no text for is an error, not a silent English page.
import { z } from '../zod';
import { about } from './fields';

export const SHIPPED_LANGUAGES = ['en', 'es', 'zh', 'vi', 'ar'] as const;

export const languages = about(
  z
    .array(
      z.enum(SHIPPED_LANGUAGES, {
        error: `must be a language the assistant has: ${SHIPPED_LANGUAGES.join(', ')}`,
      }),
    )
    .check(
      z.minLength(1),
      z.refine((list) => new Set(list).size === list.length, 'lists a language twice'),
    ),
  `the languages the language picker offers, in this order, from ${SHIPPED_LANGUAGES.join(', ')}; the first is used when the person's own is not listed`,
);
