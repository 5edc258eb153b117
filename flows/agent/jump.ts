// The agent's quick jump: a few typed words ("code never came") matched against each flow start's
// words in content/, best match first. Matching is by word start, ignoring case and accents, so
// "lock" finds "locked" and "codigo" finds "código".
import { DEEP_LINKS } from '../session/deepLinks';

export interface JumpEntry {
  /** A deep-link name (flows/deepLinks.ts): where the jump lands. */
  name: string;
  title: string;
  words: string;
}

export interface JumpMatch {
  name: string;
  title: string;
  /** How many of the typed words matched. */
  score: number;
}

const normalize = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const wordsOf = (text: string) =>
  normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function matchJump(query: string, entries: readonly JumpEntry[]): JumpMatch[] {
  const typed = wordsOf(query).filter((w) => w.length >= 2);
  if (!typed.length) return [];
  return entries
    .filter((entry) => Object.hasOwn(DEEP_LINKS, entry.name))
    .map((entry, order) => {
      const words = wordsOf(`${entry.title} ${entry.words}`);
      const score = typed.filter((t) => words.some((w) => w.startsWith(t))).length;
      return { name: entry.name, title: entry.title, score, order };
    })
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ name, title, score }) => ({ name, title, score }));
}
