// Checks the username or email a person signs in with. It never sees a password.
import emailSpellChecker from '@zootools/email-spell-checker';
import { clean, MAX_INPUT } from './text';

// Domain suggestions: @zootools/email-spell-checker is the maintained TypeScript fork of Kicksend's
// mailcheck (same algorithm, current domain lists, no dependencies, ~3 KB gzip). A home-made list
// would have to track the same popular domains and second-level TLDs by hand.

export type SignInWith = 'username' | 'email' | 'either';

export type LoginIdFinding =
  | { kind: 'empty' }
  | { kind: 'tooLong' }
  | { kind: 'spaces'; fixed: string }
  | { kind: 'invisibleCharacters'; fixed: string }
  | { kind: 'atSignMissing' }
  | { kind: 'atSignDoubled' }
  | { kind: 'domainTypo'; suggestion: string }
  | { kind: 'emailNotExpected' }
  | { kind: 'usernameNotExpected' }
  | { kind: 'capitalsMatter' }
  | { kind: 'capitalsIgnored' }
  | { kind: 'looksFine' };

export interface LoginIdRules {
  signInWith: SignInWith;
  usernamesCaseSensitive: boolean;
}

/** The single most useful thing to tell the person, in order of how often it is the real cause. */
export function checkLoginId(raw: string, rules: LoginIdRules): LoginIdFinding {
  if (raw.length > MAX_INPUT) return { kind: 'tooLong' };
  const cleaned = clean(raw);
  if (!cleaned.value) return { kind: 'empty' };
  const looksLikeEmail = cleaned.value.includes('@');
  if (cleaned.hadInvisible) return { kind: 'invisibleCharacters', fixed: cleaned.value };
  if (cleaned.hadOuterSpaces || cleaned.hadInnerSpaces)
    return { kind: 'spaces', fixed: cleaned.value };
  if (looksLikeEmail) {
    if (rules.signInWith === 'username') return { kind: 'emailNotExpected' };
    if (cleaned.value.split('@').length > 2) return { kind: 'atSignDoubled' };
    const suggestion = emailSpellChecker.run({ email: cleaned.value });
    if (suggestion && suggestion.full.toLowerCase() !== cleaned.value.toLowerCase())
      return { kind: 'domainTypo', suggestion: suggestion.full };
    return { kind: 'looksFine' };
  }
  if (rules.signInWith === 'email') {
    // "maria.lopez.gmail.com" or "maria lopez gmail.com": an email with the @ lost.
    return /\.(com|net|org|edu)$/i.test(cleaned.value)
      ? { kind: 'atSignMissing' }
      : { kind: 'usernameNotExpected' };
  }
  if (/[A-Z]/.test(cleaned.value))
    return rules.usernamesCaseSensitive ? { kind: 'capitalsMatter' } : { kind: 'capitalsIgnored' };
  return { kind: 'looksFine' };
}
