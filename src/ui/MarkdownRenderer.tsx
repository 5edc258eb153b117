import ReactMarkdown, { type Components } from 'react-markdown';

import { safeUrl } from './safeUrl';

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a
        href={href}
        {...(href.startsWith('https:') ? { rel: 'noopener noreferrer', target: '_blank' } : {})}
      >
        {children}
        {href.startsWith('https:') ? (
          <span className="sa-visually-hidden"> (opens in a new tab)</span>
        ) : null}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Step headings are owned by the step; Markdown headings start one level below.
  h1: ({ children }) => <h2>{children}</h2>,
  img: () => null,
};

export default function MarkdownRenderer({ source }: { source: string }) {
  return (
    <div className="sa-body">
      <ReactMarkdown skipHtml urlTransform={safeUrl} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
