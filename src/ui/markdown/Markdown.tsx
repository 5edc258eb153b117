// Step text. Shipped text arrives compiled (src/build/content/markdown.ts) and renders at once; Markdown
// from a configuration override is parsed by react-markdown, loaded only when such text is shown.
// While that loads, the text shows as plain paragraphs, never blank.
import { createElement, type ReactNode, Suspense } from 'react';
import type { MarkdownNode, StepBody } from '../../i18n/markdownTree';
import { lazyComponent } from '../lazyComponent';
import { Link } from './Link';

const renderer = lazyComponent(() => import('./MarkdownRenderer').then((m) => m.default));
const MarkdownRenderer = renderer.Component;

/** Loads the run-time Markdown parser without waiting for a step that needs it. */
export const prefetchMarkdown = renderer.preload;

function PlainText({ source }: { source: string }) {
  return (
    <div className="sa-body" data-loading="">
      {source.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph}>{paragraph.replace(/[*_`#>|]|\]\([^)]*\)|\[/g, '')}</p>
      ))}
    </div>
  );
}

/** Compiled step text (or a fact turned into nodes) as React elements. */
export function render(node: MarkdownNode, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, props, ...children] = node;
  const content = children.map(render);
  if (tag === 'a')
    return (
      <Link key={key} href={props.href}>
        {content}
      </Link>
    );
  return createElement(tag, { key, start: props.start }, ...content);
}

export function Markdown({ source }: { source: StepBody }) {
  if (typeof source !== 'string') return <div className="sa-body">{source.map(render)}</div>;
  return (
    <Suspense fallback={<PlainText source={source} />}>
      <MarkdownRenderer source={source} />
    </Suspense>
  );
}
