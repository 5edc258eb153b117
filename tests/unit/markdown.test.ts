// Step text is compiled from Markdown at build time; what the browser receives must say the same
// thing the Markdown did, keep its placeholders for the organization's facts, and carry no HTML.
import { describe, expect, it } from 'vitest';
import { loadLocaleContent } from '../../src/build/content/contentPlugin';
import { compileMarkdown } from '../../src/build/content/markdown';
import { MARKDOWN_TAGS, type MarkdownNode } from '../../src/i18n/markdownTree';
import { CONTENT_DIR } from '../support/i18n';

const tags = (nodes: MarkdownNode[]): string[] =>
  nodes.flatMap((n) =>
    typeof n === 'string' ? [] : [n[0], ...tags(n.slice(2) as MarkdownNode[])],
  );

describe('compiling step text', () => {
  it('keeps a link to the portal with its placeholder whole, to be filled in later', () => {
    expect(compileMarkdown('Go to [{{orgName}}]({{portalUrl}}) and sign in.')).toEqual([
      ['p', {}, 'Go to ', ['a', { href: '{{portalUrl}}' }, '{{orgName}}'], ' and sign in.'],
    ]);
  });

  it('keeps lists, emphasis and numbered lists that start part-way', () => {
    expect(compileMarkdown('3. **Call** us\n4. _Wait_')).toEqual([
      [
        'ol',
        { start: '3' },
        ['li', {}, ['strong', {}, 'Call'], ' us'],
        ['li', {}, ['em', {}, 'Wait']],
      ],
    ]);
  });

  it('drops raw HTML and images, and puts headings below the step heading', () => {
    const tree = compileMarkdown(
      '# Title\n\n<script>alert(1)</script>\n\nSee ![x](https://evil.test/x.png) <b>bold</b>',
    );
    expect(tags(tree)).toEqual(['h2', 'p']);
    expect(JSON.stringify(tree)).not.toMatch(/script|evil|<b>/);
  });

  it('uses only the elements the renderer knows, in every shipped language', () => {
    for (const code of ['en', 'es', 'zh', 'vi', 'ar']) {
      const { steps } = loadLocaleContent(CONTENT_DIR, code);
      for (const [key, text] of Object.entries(steps)) {
        if (typeof text.body === 'string') {
          expect(text.body, `${code} ${key}`).toBe('');
          continue;
        }
        for (const tag of tags(text.body))
          expect(MARKDOWN_TAGS as readonly string[], `${code} ${key}`).toContain(tag);
      }
    }
  });
});

describe('bold next to Chinese punctuation', () => {
  // CommonMark alone leaves `**` as text when full-width punctuation sits inside the bold and a
  // Chinese character follows: 20 Chinese screens showed the stars.
  it('is bold, with no stars left', () => {
    expect(compileMarkdown('请点击**“忘记密码？”**链接。')).toEqual([
      ['p', {}, '请点击', ['strong', {}, '“忘记密码？”'], '链接。'],
    ]);
  });

  it('leaves no literal ** or __ in any shipped step of any language', () => {
    const text = (nodes: MarkdownNode[]): string =>
      nodes.map((n) => (typeof n === 'string' ? n : text(n.slice(2) as MarkdownNode[]))).join('');
    const stars: string[] = [];
    for (const locale of ['en', 'es', 'zh', 'vi', 'ar']) {
      const { steps } = loadLocaleContent(CONTENT_DIR, locale);
      for (const [key, step] of Object.entries(steps))
        if (/\*\*|__/.test(text(Array.isArray(step.body) ? step.body : [])))
          stars.push(`${locale}/${key}`);
    }
    expect(stars).toEqual([]);
  });
});
