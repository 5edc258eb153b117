// Checks the shape of an activation code. Never a one-time sign-in code: those are never asked for.
import { clean, MAX_INPUT } from '../text';

/** Both may be unpublished: then the length is not checked, and case is taken not to matter. */
export interface ActivationRules {
  groups?: readonly number[];
  caseSensitive?: boolean;
}

export type ActivationFinding =
  | { kind: 'empty' }
  | { kind: 'tooLong' }
  | { kind: 'wrongLength'; expected: number; got: number }
  | { kind: 'unexpectedCharacters' }
  | { kind: 'lookalikeCharacters'; fixed: string }
  | { kind: 'caseMatters' }
  | { kind: 'looksFine'; normalised: string; ambiguous: string[] };

// Look-alike pairs seen on printed codes. Codes mix letters and digits at random, so a letter
// among digits is as likely printed as misread: a group of four digits and an S is a real code
// about once in 80. Only a code of 10 characters or more that is all digits but one or two
// look-alike letters (by chance 1 in 20,000 at 10 characters, 1 in 6 million at 15) is read as
// digits; anything else gets no "may be", only the tip to check the easily misread characters.
const TO_DIGIT: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', S: '5', B: '8', Z: '2' };

function asDigits(code: string): string | null {
  const letters = [...code].filter((c) => !/[0-9]/.test(c));
  if (code.length < 10 || letters.length > 2 || !letters.every((c) => c in TO_DIGIT)) return null;
  return [...code].map((c) => TO_DIGIT[c] ?? c).join('');
}

export function checkActivationCode(raw: string, rules: ActivationRules): ActivationFinding {
  if (raw.length > MAX_INPUT) return { kind: 'tooLong' };
  const compact = clean(raw).value.replace(/[-‐‑‒–—_.]/g, '');
  if (!compact) return { kind: 'empty' };
  if (!/^[a-z0-9]+$/i.test(compact)) return { kind: 'unexpectedCharacters' };
  // An unpublished shape: one group, so no length or look-alike claim is made about it.
  const sizes = rules.groups ?? [compact.length];
  const expected = sizes.reduce((a, b) => a + b, 0);
  if (compact.length !== expected) return { kind: 'wrongLength', expected, got: compact.length };
  const groupsOf = (text: string) => {
    const groups: string[] = [];
    let at = 0;
    for (const size of sizes) {
      groups.push(text.slice(at, at + size));
      at += size;
    }
    return groups.join('-');
  };
  const normalised = groupsOf(compact);
  const digits = rules.groups ? asDigits(compact) : null;
  if (digits && digits !== compact) return { kind: 'lookalikeCharacters', fixed: groupsOf(digits) };
  if (rules.caseSensitive && /[a-z]/.test(compact) && /[A-Z]/.test(compact))
    return { kind: 'caseMatters' };
  // Characters that are easy to misread on paper, to double-check if the code is still refused.
  const ambiguous = [...new Set([...compact].filter((c) => 'O0Il1S5B8Z2'.includes(c)))];
  return {
    kind: 'looksFine',
    normalised: rules.caseSensitive ? normalised : normalised.toUpperCase(),
    ambiguous,
  };
}
