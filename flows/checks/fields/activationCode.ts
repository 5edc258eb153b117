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

// Look-alike pairs seen on printed codes. Codes mix letters and digits at random, so a character
// alone cannot be corrected; a group that is all digits but one look-alike letter hints at a digit.
const TO_DIGIT: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', S: '5', B: '8', Z: '2' };

export function checkActivationCode(raw: string, rules: ActivationRules): ActivationFinding {
  if (raw.length > MAX_INPUT) return { kind: 'tooLong' };
  const compact = clean(raw).value.replace(/[-‐‑‒–—_.]/g, '');
  if (!compact) return { kind: 'empty' };
  if (!/^[a-z0-9]+$/i.test(compact)) return { kind: 'unexpectedCharacters' };
  // An unpublished shape: one group, so no length or look-alike claim is made about it.
  const sizes = rules.groups ?? [compact.length];
  const expected = sizes.reduce((a, b) => a + b, 0);
  if (compact.length !== expected) return { kind: 'wrongLength', expected, got: compact.length };
  const groups: string[] = [];
  let at = 0;
  for (const size of sizes) {
    groups.push(compact.slice(at, at + size));
    at += size;
  }
  const fixedGroups = groups.map((group) => {
    if (!rules.groups) return group;
    const digits = group.replace(/[^0-9]/g, '').length;
    if (group.length > 2 && digits === group.length - 1)
      return [...group].map((c) => TO_DIGIT[c] ?? c).join('');
    return group;
  });
  const normalised = groups.join('-');
  const fixed = fixedGroups.join('-');
  if (fixed !== normalised) return { kind: 'lookalikeCharacters', fixed };
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
