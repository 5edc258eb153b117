// The clean-up and the typo distance every check shares (flows/checks/text.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, editDistance } from '../../flows/checks/text';

describe('given text pasted with spaces and hidden characters', () => {
  it.each([
    [' maria.lopez ', { value: 'maria.lopez', hadOuterSpaces: true, hadInnerSpaces: false }],
    ['maria lopez', { value: 'marialopez', hadOuterSpaces: false, hadInnerSpaces: true }],
    ['  maria  lopez ', { value: 'marialopez', hadOuterSpaces: true, hadInnerSpaces: true }],
    ['maria\u200b.lopez', { value: 'maria.lopez', hadInvisible: true, hadOuterSpaces: false }],
    ['maria.lopez', { value: 'maria.lopez', hadInvisible: false, hadOuterSpaces: false }],
  ])('%j cleans to %j', (typed, expected) => {
    expect(clean(typed)).toMatchObject(expected);
  });
});

/** Optimal string alignment, written the plain recursive way, to compare with the table. */
function reference(a: string, b: string): number {
  const memo = new Map<string, number>();
  const d = (i: number, j: number): number => {
    if (i === 0) return j;
    if (j === 0) return i;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let best = Math.min(
      d(i - 1, j) + 1,
      d(i, j - 1) + 1,
      d(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
    );
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
      best = Math.min(best, d(i - 2, j - 2) + 1);
    memo.set(key, best);
    return best;
  };
  return d(a.length, b.length);
}

describe('how many typos apart two names are', () => {
  it.each([
    ['gmail', 'gmail', 0],
    ['gmial', 'gmail', 1],
    ['gmal', 'gmail', 1],
    ['gmaill', 'gmail', 1],
    ['gnail', 'gmail', 1],
    ['ab', 'ba', 1],
    ['abc', 'ca', 3],
    ['ca', 'abc', 3],
    ['', 'aol', 3],
    ['hotmail', '', 7],
  ])('%s and %s: %i', (a, b, distance) => expect(editDistance(a, b)).toBe(distance));

  it('agrees with the plain definition on any two short names', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'm'), maxLength: 7 });
    fc.assert(
      fc.property(name, name, (a, b) => editDistance(a, b) === reference(a, b)),
      { numRuns: 3000, seed: 7 },
    );
  });
});
