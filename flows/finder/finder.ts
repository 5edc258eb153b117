// The problem finder: a person's own words matched, in the browser, to where the assistant should
// start. Nothing typed leaves this function; nothing is kept once it returns.
//
// Ranking is MiniSearch (minisearch 7.2.0), not hand-written scoring. Orama 3.1.18 was measured
// beside it with the same data and words (tests/bench/finderOrama.ts; figures in
// tests/bench/results/finder.md): MiniSearch was more accurate on the tuning part in every
// language (Chinese 100% against 72% top-1) and less than half the size (11 KB against 27 KB
// gzip with one language's data). It also says, for each hit, which of the person's words it
// matched: that is what lets the finder say nothing when too few of them matched.
import MiniSearch from 'minisearch';
import { MAX_INPUT, terms, words } from './normalize';
import { looksLikeSecret } from './secret';

export interface Situation {
  /** The same id in every locale. */
  id: string;
  /** The step to start at; when a configuration does not reach the first, the next one. */
  steps: string[];
  /** The plain sentence shown as a match ("Is it one of these?"). */
  says: string;
  /** The words people use for it, in this language, misspellings included. */
  phrases: string[];
}

export interface FinderData {
  locale: string;
  /** Words that say nothing about the problem (I, my, the, 我, của…): not matched on. */
  ignore?: string[];
  situations: Situation[];
}

export interface Match {
  id: string;
  steps: string[];
  says: string;
  /** Relative to the best match, 1 for the best. */
  score: number;
}

export interface FindOptions {
  limit?: number;
}

export interface Finder {
  find(text: string, options?: FindOptions): Match[];
}

interface Doc {
  id: number;
  situation: string;
  text: string;
}

// A match is shown only when enough of the person's words matched it: a wrong suggestion is
// worse than none. Tuned on the tuning part of the labelled set only.
const MIN_COVERAGE = 0.3;
const MIN_SCORE = 2;
// Later matches must be close to the best, or they are noise.
const MIN_RELATIVE = 0.25;

export function createFinder(data: FinderData): Finder {
  const { locale } = data;
  const ignore = new Set((data.ignore ?? []).flatMap((w) => words(w, locale)));
  const tokenize = (text: string) => words(text, locale).filter((w) => !ignore.has(w));
  const byId = new Map(data.situations.map((s) => [s.id, s]));
  const docs: Doc[] = [];
  for (const s of data.situations)
    for (const text of [s.says, ...s.phrases])
      docs.push({ id: docs.length, situation: s.id, text });

  const index = new MiniSearch<Doc>({
    fields: ['text'],
    storeFields: ['situation'],
    tokenize,
    processTerm: (term) => term,
  });
  index.addAll(docs);

  return {
    find(text, { limit = 3 } = {}) {
      if (typeof text !== 'string') return [];
      const input = text.slice(0, MAX_INPUT);
      if (looksLikeSecret(input)) return [];
      const { plain, pairs } = terms(input, locale);
      const kept = plain.filter((w) => !ignore.has(w));
      const query = [...kept, ...pairs.filter((w) => !ignore.has(w))];
      if (query.length === 0) return [];
      const unique = new Set(query);
      // Coverage counts the person's words; pairs only help a word be found.
      const syllables = new Set(kept);
      const wordCount = Math.max(1, syllables.size);
      const hits = index.search(query.join(' '), {
        // Spanish query words are already stems: split, never tokenized a second time, which
        // would take a second ending off ("bloque" → "bloqu"). The other languages keep the
        // second pass they were tuned with (re-cutting Chinese words helps its top 3).
        ...(locale === 'es' ? { tokenize: (joined: string) => joined.split(' ') } : {}),
        // Typos: one edit in a word of 4 to 9 letters, two from 10. Chinese and the pairs built
        // for it are matched exactly.
        // A Vietnamese syllable alone is matched exactly: without accents, one letter changes the
        // word (dang, dong); the pairs of syllables take the typos.
        fuzzy: (term) =>
          hasHan(term) || term.length < 4 || (locale === 'vi' && syllables.has(term))
            ? false
            : term.length < 10
              ? 1
              : 2,
        // The last word may still be being typed.
        prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3 && !hasHan(term),
        combineWith: 'OR',
      });
      // Per situation, its best phrase, weighted by how many of the person's words it covers.
      const best = new Map<string, number>();
      const coverage = new Map<string, number>();
      for (const hit of hits) {
        const id = hit.situation as string;
        const covered = Math.min(1, hit.queryTerms.filter((t) => unique.has(t)).length / wordCount);
        const score = hit.score * (0.5 + covered);
        if (score > (best.get(id) ?? 0)) best.set(id, score);
        if (covered > (coverage.get(id) ?? 0)) coverage.set(id, covered);
      }
      const ranked = [...best].sort((a, b) => b[1] - a[1]);
      const top = ranked[0];
      if (!top || top[1] < MIN_SCORE || (coverage.get(top[0]) ?? 0) < MIN_COVERAGE) return [];
      return ranked
        .filter(([, score]) => score >= top[1] * MIN_RELATIVE)
        .slice(0, Math.max(0, Math.min(limit, 10)))
        .map(([id, score]) => {
          const s = byId.get(id)!;
          return { id, steps: s.steps, says: s.says, score: score / top[1] };
        });
    },
  };
}

const hasHan = (term: string) => /\p{Script=Han}/u.test(term);
