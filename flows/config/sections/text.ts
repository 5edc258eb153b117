// The `text` section's building blocks: UI string overrides, nested as in content/<locale>/ui.json,
// and the Markdown rule every override string follows.
import { z } from '../zod';

/**
 * How deep a UI override may nest below `ui` (content/en/ui.json nests 4). The schema is built to
 * this depth rather than recursing, so an override nested thousands of levels deep is refused at
 * level 7 instead of overflowing the stack while it is checked.
 */
export const MAX_UI_NESTING = 6;

/**
 * How deep quotes and lists may nest in override Markdown. The Markdown parser takes seconds on
 * a body quoted a thousand levels deep; no wording a patient can follow needs more than this.
 */
export const MAX_MARKDOWN_NESTING = 4;

// One container opener: a quote mark or a list marker (bullet or "1." / "1)") with its spaces.
const CONTAINER = /[ \t]*(>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

/**
 * The deepest nesting of quotes and lists on any line of a Markdown text, counted without a
 * parser: each `>` and each list marker at the start of a line is one level, and so is every
 * two columns of indentation before them (a tab is four columns). Linear in the text's length.
 */
export function markdownNesting(source: string): number {
  let deepest = 0;
  for (const line of source.split(/\r\n?|\n/)) {
    let i = 0;
    let column = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
      column += line[i] === '\t' ? 4 - (column % 4) : 1;
      i++;
    }
    let depth = Math.floor(column / 2);
    for (;;) {
      CONTAINER.lastIndex = i;
      if (!CONTAINER.exec(line)) break;
      depth++;
      i = CONTAINER.lastIndex;
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Override text that is shown as Markdown: a length cap and a cap on nested quotes and lists. */
export const markdownText = (
  max: number,
  error?: (issue: { input?: unknown }) => string | undefined,
) =>
  z.string(error ? { error } : undefined).check(
    z.minLength(1),
    z.maxLength(max),
    z.refine(
      (value) => markdownNesting(value) <= MAX_MARKDOWN_NESTING,
      `nests quotes or lists deeper than ${MAX_MARKDOWN_NESTING} levels`,
    ),
  );

type UiOverride = string | { [key: string]: UiOverride };

const tooDeep = (issue: { input?: unknown }) =>
  typeof issue.input === 'object' && issue.input !== null
    ? `nests deeper than ${MAX_UI_NESTING} levels; UI text overrides follow content/en/ui.json`
    : undefined;

function uiOverrideAt(level: number): z.ZodMiniType<UiOverride> {
  if (level >= MAX_UI_NESTING) return markdownText(2000, tooDeep);
  return z.union([
    markdownText(2000),
    z.record(z.string().check(z.maxLength(60)), uiOverrideAt(level + 1)),
  ]);
}

/** A value under `text.<locale>.ui`: a string, or keys nesting at most MAX_UI_NESTING levels. */
export const uiOverride: z.ZodMiniType<UiOverride> = uiOverrideAt(1);
