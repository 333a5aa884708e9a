import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { ExternalLink } from './external-link';

const components: Components = {
  a: ({ href, children }) => <ExternalLink href={href}>{children}</ExternalLink>,
};

/**
 * A note rendered as Markdown. Raw HTML is never rendered (no rehype-raw, skipHtml), and
 * react-markdown's URL filter turns javascript:, data: and similar links into nothing.
 */
export function MarkdownView({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {text}
      </Markdown>
    </div>
  );
}
