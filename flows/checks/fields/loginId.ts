// Checks the username or email a person signs in with. It never sees a password.

import { clean, MAX_INPUT } from '../text';

export type SignInWith = 'username' | 'email' | 'either';

/** emailDomain.ts's suggestDomain, passed in: it loads only where an email can be typed. */
export type DomainSuggester = (domain: string) => string | null;

export type LoginIdFinding =
  | { kind: 'empty' }
  | { kind: 'tooLong' }
  | { kind: 'unexpectedCharacters' }
  | { kind: 'spaces'; fixed: string }
  | { kind: 'invisibleCharacters'; fixed: string }
  | { kind: 'atSignMissing' }
  | { kind: 'atSignDoubled' }
  | { kind: 'domainIncomplete' }
  | { kind: 'domainTypo'; suggestion: string }
  | { kind: 'emailNotExpected' }
  | { kind: 'usernameNotExpected' }
  | { kind: 'capitalsMatter' }
  | { kind: 'capitalsIgnored' }
  | { kind: 'looksFine' };

export interface LoginIdRules {
  signInWith: SignInWith;
  /** Left out when not published: then nothing is said about capitals. */
  usernamesCaseSensitive?: boolean;
}

/**
 * The single most useful thing to tell the person, in order of how often it is the real cause.
 * Without `suggestDomain` a misspelt domain gets no suggestion: silent rather than wrong.
 */
export function checkLoginId(
  raw: string,
  rules: LoginIdRules,
  suggestDomain?: DomainSuggester,
): LoginIdFinding {
  if (raw.length > MAX_INPUT) return { kind: 'tooLong' };
  const cleaned = clean(raw);
  if (!cleaned.value) return { kind: 'empty' };
  // Usernames and email addresses use letters, digits and a few marks; emoji, quotes or
  // right-to-left text mean something else was pasted.
  if (!/^[\p{L}\p{N}._%+\-@']+$/u.test(cleaned.value)) return { kind: 'unexpectedCharacters' };
  const looksLikeEmail = cleaned.value.includes('@');
  if (cleaned.hadInvisible) return { kind: 'invisibleCharacters', fixed: cleaned.value };
  if (cleaned.hadOuterSpaces || cleaned.hadInnerSpaces)
    return { kind: 'spaces', fixed: cleaned.value };
  if (looksLikeEmail) {
    if (rules.signInWith === 'username') return { kind: 'emailNotExpected' };
    const parts = cleaned.value.split('@');
    if (parts.length > 2) return { kind: 'atSignDoubled' };
    const [local, domain] = parts as [string, string];
    if (!local || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(domain)) return { kind: 'domainIncomplete' };
    const suggestion = suggestDomain?.(domain);
    if (suggestion) return { kind: 'domainTypo', suggestion: `${local}@${suggestion}` };
    return { kind: 'looksFine' };
  }
  if (rules.signInWith === 'email') {
    // "maria.lopez.gmail.com" or "maria lopez gmail.com": an email with the @ lost.
    return /\.(com|net|org|edu)$/i.test(cleaned.value)
      ? { kind: 'atSignMissing' }
      : { kind: 'usernameNotExpected' };
  }
  if (/[A-Z]/.test(cleaned.value) && rules.usernamesCaseSensitive !== undefined)
    return rules.usernamesCaseSensitive ? { kind: 'capitalsMatter' } : { kind: 'capitalsIgnored' };
  return { kind: 'looksFine' };
}
