// The same finder built on Orama 3.1.18, only to compare it with the MiniSearch one the project
// keeps (flows/finder/finder.ts): same data, same words, same tuning set. Not shipped.
import { create, insertMultiple, search } from '@orama/orama';
import type { FinderData, Match } from '../../flows/finder';
import { MAX_INPUT, words } from '../../flows/finder/normalize';
import { looksLikeSecret } from '../../flows/finder/secret';

export function createOramaFinder(data: FinderData) {
  const ignore = new Set((data.ignore ?? []).flatMap((w) => words(w, data.locale)));
  const tokenize = (raw: string) => words(raw, data.locale).filter((w) => !ignore.has(w));
  const db = create({
    schema: { text: 'string', situation: 'string' } as const,
    components: { tokenizer: { language: 'english', normalizationCache: new Map(), tokenize } },
  });
  const byId = new Map(data.situations.map((s) => [s.id, s]));
  insertMultiple(
    db,
    data.situations.flatMap((s) =>
      [s.says, ...s.phrases].map((text) => ({ text, situation: s.id })),
    ),
  );
  return {
    find(text: string, { limit = 3 } = {}): Match[] {
      const input = text.slice(0, MAX_INPUT);
      if (looksLikeSecret(input) || tokenize(input).length === 0) return [];
      const result = search(db, { term: input, properties: ['text'], tolerance: 1, limit: 60 }) as {
        hits: { score: number; document: { situation: string } }[];
      };
      const best = new Map<string, number>();
      for (const hit of result.hits) {
        const id = hit.document.situation;
        if (hit.score > (best.get(id) ?? 0)) best.set(id, hit.score);
      }
      const ranked = [...best].sort((a, b) => b[1] - a[1]).slice(0, limit);
      const top = ranked[0]?.[1] ?? 1;
      return ranked.map(([id, score]) => {
        const s = byId.get(id)!;
        return { id, steps: s.steps, says: s.says, score: score / top };
      });
    },
  };
}
