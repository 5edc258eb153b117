// The shape step text takes after the build has parsed its Markdown (src/build/content/markdown.ts): plain
// strings and [tag, props, ...children] tuples, JSON all the way down so i18next can store it and
// fill in {{placeholders}} inside it. Shared by the build (which writes it) and the renderer.
export type MarkdownNode = string | MarkdownElement;
export type MarkdownElement = [
  tag: string,
  props: Record<string, string>,
  ...children: MarkdownNode[],
];

/** Step text as the UI receives it: compiled content, or Markdown from a configuration override. */
export type StepBody = string | MarkdownNode[];

/** The elements the compiler keeps; anything else in the source is dropped at build time. */
export const MARKDOWN_TAGS = [
  'p',
  'a',
  'strong',
  'em',
  'code',
  'ul',
  'ol',
  'li',
  'h2',
  'h3',
  'blockquote',
  'br',
] as const;
