// Step text is Markdown in content/, parsed here at build time with the parser react-markdown uses
// (remark), so the browser receives a small tree instead of a Markdown parser: less JavaScript and
// no parsing on each step. Raw HTML and images are dropped, as react-markdown's `skipHtml` would.
import type { Element, ElementContent, Root } from 'hast';
// CommonMark does not close `**` after full-width punctuation followed by a CJK character, so
// Chinese bold showed its stars; remark-cjk-friendly is the kept fix for exactly that rule.
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { MARKDOWN_TAGS, type MarkdownNode } from '../../i18n/markdownTree.ts';

const processor = unified().use(remarkParse).use(remarkCjkFriendly).use(remarkRehype);
const KEPT = new Set<string>(MARKDOWN_TAGS);
// Step headings are owned by the step; Markdown headings start one level below it.
const RENAMED: Record<string, string> = { h1: 'h2', h4: 'h3', h5: 'h3', h6: 'h3' };

// URL normalisation percent-encodes braces; placeholders must survive to be filled at run time.
const restorePlaceholders = (url: string) => url.replace(/%7B%7B(\w+)%7D%7D/g, '{{$1}}');

function convert(node: ElementContent): MarkdownNode[] {
  if (node.type === 'text') return node.value === '\n' ? [] : [node.value];
  if (node.type !== 'element') return [];
  const children = convertAll(node.children);
  const tag = RENAMED[node.tagName] ?? node.tagName;
  if (!KEPT.has(tag)) return tag === 'img' ? [] : children;
  return [[tag, propsOf(node), ...children]];
}

function propsOf(node: Element): Record<string, string> {
  const props: Record<string, string> = {};
  if (node.tagName === 'a' && typeof node.properties.href === 'string')
    props.href = restorePlaceholders(node.properties.href);
  if (node.tagName === 'ol' && typeof node.properties.start === 'number')
    props.start = String(node.properties.start);
  return props;
}

function convertAll(nodes: ElementContent[]): MarkdownNode[] {
  const out: MarkdownNode[] = [];
  for (const node of nodes) {
    for (const converted of convert(node)) {
      // Adjacent text (split by dropped elements) is joined, so placeholders stay whole.
      if (typeof converted === 'string' && typeof out.at(-1) === 'string')
        out[out.length - 1] += converted;
      else out.push(converted);
    }
  }
  return out;
}

export function compileMarkdown(source: string): MarkdownNode[] {
  const root = processor.runSync(processor.parse(source)) as Root;
  return convertAll(root.children as ElementContent[]);
}
