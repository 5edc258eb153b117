// Shared clean-up for anything a person types: invisible characters are the usual reason a value
// that "looks right" is rejected, so they are named rather than silently dropped.

/** Longest input any check looks at; beyond this the input is refused, never processed. */
export const MAX_INPUT = 500;

// Zero-width, bidi controls and other format characters that paste in from emails and PDFs.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

export interface Cleaned {
  value: string;
  hadInvisible: boolean;
  hadOuterSpaces: boolean;
  hadInnerSpaces: boolean;
}

export function clean(raw: string): Cleaned {
  const withoutInvisible = raw.replace(INVISIBLE, '');
  const trimmed = withoutInvisible.trim();
  return {
    value: trimmed.replace(/\s+/g, ''),
    hadInvisible: withoutInvisible.length !== raw.length,
    hadOuterSpaces: trimmed.length !== withoutInvisible.length,
    hadInnerSpaces: /\s/.test(trimmed),
  };
}

/** Optimal string alignment distance: adjacent swaps count as one edit ("gmial" vs "gmail"). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
