// Scores a finder on labelled phrases: a phrase counts for top-1 when the first match's own step
// (its first; the others are fallbacks for organizations that do not offer it) is one of the
// phrase's right steps, for top-3 when one of the first three matches' is.
import type { Finder } from '../../flows/finder';
import type { Labelled } from './load';

export interface Score {
  n: number;
  top1: number;
  top3: number;
  misses: { text: string; want: string[]; got: string[] }[];
}

export function score(find: Finder['find'], items: readonly Labelled[]): Score {
  let top1 = 0;
  let top3 = 0;
  const misses: Score['misses'] = [];
  for (const item of items) {
    const got = find(item.text, { limit: 3 });
    const right = (steps: string[]) => item.steps.includes(steps[0]!);
    if (got[0] && right(got[0].steps)) top1++;
    else misses.push({ text: item.text, want: item.steps, got: got.map((m) => m.id) });
    if (got.some((m) => right(m.steps))) top3++;
  }
  return { n: items.length, top1: top1 / items.length, top3: top3 / items.length, misses };
}
