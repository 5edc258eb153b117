import ReactMarkdown, { type Components } from 'react-markdown';

// Only these link types are ever rendered. react-markdown's default transform drops `tel:`, which
// every support screen needs (shared/STACK.md); anything else becomes an inert empty link.
const SAFE_URL = /^(https:\/\/|mailto:|tel:\+?[0-9])/i;

export function safeUrl(url: string): string {
  return SAFE_URL.test(url.trim()) ? url.trim() : '';
}

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

export function Markdown({ source }: { source: string }) {
  return (
    <div className="sa-body">
      <ReactMarkdown skipHtml urlTransform={safeUrl} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
