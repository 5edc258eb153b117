// Facts that carry Markdown (the ways to send a proxy form, to get a new activation code, to prove
// identity; the sign-in advice) are filled into step text after the text was compiled, so no
// parser ever sees them. This turns such a fact into the compiled tree's own nodes: lines starting
// "- " become a list, **bold** and [label](url) become elements. Small on purpose: the facts are
// written by us (content/<locale>/ui.json) around configuration values, and the full Markdown
// parser stays out of the initial bundle.
import type { MarkdownElement, MarkdownNode } from './markdownTree';

/** Facts filled from what the person typed: never read as Markdown, whatever they contain. */
export const TYPED_FACT_NAMES: ReadonlySet<string> = new Set([
  'suggestion',
  'fixedValue',
  'phoneMasked',
  'phoneLast4',
  'typedLength',
  'patientAge',
  'patientAgeYears',
]);

const MARKDOWN = /\*\*|__|\]\(|^\s*- /m;
const LIST = /^\s*- /m;

/** Whether a fact's value is Markdown that must be rendered rather than shown as it is. */
export function isMarkdownFact(name: string, value: unknown): value is string {
  return !TYPED_FACT_NAMES.has(name) && typeof value === 'string' && MARKDOWN.test(value);
}

/** Whether a fact's value is a list (it must stand as its own block). */
export const isListFact = (name: string, value: unknown): value is string =>
  isMarkdownFact(name, value) && LIST.test(value);

const INLINE = /\*\*(.+?)\*\*|__(.+?)__|\[([^\]]*)\]\(([^)\s]*)\)/g;

/** **bold**, __bold__ and [label](url) as nodes; everything else stays text. */
export function inlineNodes(text: string): MarkdownNode[] {
  const out: MarkdownNode[] = [];
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > at) out.push(text.slice(at, match.index));
    const [, bold, under, label, href] = match;
    if (bold !== undefined || under !== undefined)
      out.push(['strong', {}, ...inlineNodes(bold ?? under ?? '')]);
    else out.push(['a', { href: href ?? '' }, ...inlineNodes(label ?? '')]);
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** A fact's Markdown as nodes: a list when its lines start with "- ", else inline nodes. */
export function factNodes(text: string): MarkdownNode[] {
  if (!LIST.test(text)) return inlineNodes(text);
  const lines = text.split('\n').filter((line) => line.trim());
  const items = lines.filter((line) => /^\s*- /.test(line));
  const before = lines.slice(0, lines.indexOf(items[0]!)).join(' ');
  const list: MarkdownElement = [
    'ul',
    {},
    ...items.map((line): MarkdownElement => ['li', {}, ...inlineNodes(line.replace(/^\s*- /, ''))]),
  ];
  return before ? [...inlineNodes(before), list] : [list];
}

const BLOCK = new Set(['ul', 'ol', 'p', 'blockquote', 'h2', 'h3']);
const isBlock = (node: MarkdownNode) => typeof node !== 'string' && BLOCK.has(node[0]);

/**
 * A paragraph whose children now hold a list becomes paragraph, list, paragraph: a list inside a
 * <p> is not valid HTML and reads as one run-on line. Empty paragraphs left over are dropped.
 */
export function liftBlocks(tag: string, props: Record<string, string>, children: MarkdownNode[]) {
  if (tag !== 'p' || !children.some(isBlock)) return [[tag, props, ...children] as MarkdownElement];
  const out: MarkdownNode[] = [];
  let run: MarkdownNode[] = [];
  const flush = () => {
    const trimmed = trimRun(run);
    if (trimmed.length) out.push(['p', props, ...trimmed]);
    run = [];
  };
  for (const child of children) {
    if (isBlock(child)) {
      flush();
      out.push(child);
    } else run.push(child);
  }
  flush();
  return out;
}

function trimRun(nodes: MarkdownNode[]): MarkdownNode[] {
  const copy = [...nodes];
  if (typeof copy[0] === 'string') copy[0] = copy[0].trimStart();
  const last = copy.length - 1;
  if (typeof copy[last] === 'string') copy[last] = (copy[last] as string).trimEnd();
  return copy.filter((n) => n !== '');
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * One string of text with its placeholders filled: plain facts by `interpolate` (i18next's own),
 * Markdown facts as nodes. A string with no Markdown fact comes back as a single string.
 */
export function fillWithNodes(
  text: string,
  facts: Record<string, unknown>,
  interpolate: (text: string) => string,
): MarkdownNode[] {
  const out: MarkdownNode[] = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    const value = facts[name];
    if (!isMarkdownFact(name, value)) continue;
    if (match.index > at) out.push(interpolate(text.slice(at, match.index)));
    out.push(...factNodes(value));
    at = match.index + match[0].length;
  }
  if (at === 0) return [interpolate(text)];
  if (at < text.length) out.push(interpolate(text.slice(at)));
  return out.filter((n) => n !== '');
}

/**
 * Facts for Markdown that a parser will read after filling (a configuration's own text): a list
 * gets blank lines around it, so it is parsed as a list even when placed after a sentence.
 */
export function factsForMarkdown<F extends Record<string, unknown>>(facts: F): F {
  const out: Record<string, unknown> = { ...facts };
  for (const [name, value] of Object.entries(facts))
    if (isListFact(name, value)) out[name] = `\n\n${value}\n\n`;
  return out as F;
}
