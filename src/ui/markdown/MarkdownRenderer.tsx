// Markdown from a health system's configuration (text overrides) only arrives at run time, so it
// is parsed here by react-markdown, loaded on demand. Shipped step text is compiled at build time
// and never needs this chunk.
import ReactMarkdown, { type Components } from 'react-markdown';
// The same Chinese bold rule as the build's compiler (src/build/content/markdown.ts).
import remarkCjkFriendly from 'remark-cjk-friendly';
import { Link } from './Link';
import { safeUrl } from './safeUrl';

const components: Components = {
  a: ({ href, children }) => <Link href={href}>{children}</Link>,
  // Step headings are owned by the step; Markdown headings start one level below.
  h1: ({ children }) => <h2>{children}</h2>,
  img: () => null,
};

const PLUGINS = [remarkCjkFriendly];

export default function MarkdownRenderer({ source }: { source: string }) {
  return (
    <div className="sa-body">
      <ReactMarkdown
        skipHtml
        urlTransform={safeUrl}
        components={components}
        remarkPlugins={PLUGINS}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
