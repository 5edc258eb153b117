// Step text is Markdown, rendered by react-markdown, which is loaded on demand: the first
// question has no Markdown, so it appears before this part of the JavaScript arrives. While the
// renderer loads (rarely: it is prefetched), the text shows as plain paragraphs, never blank.
import { Suspense } from 'react';
import { lazyComponent } from '../lazyComponent';

const renderer = lazyComponent(() => import('./MarkdownRenderer').then((m) => m.default));
const MarkdownRenderer = renderer.Component;

/** Loads the renderer without waiting for a step that needs it. */
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

export function Markdown({ source }: { source: string }) {
  return (
    <Suspense fallback={<PlainText source={source} />}>
      <MarkdownRenderer source={source} />
    </Suspense>
  );
}
