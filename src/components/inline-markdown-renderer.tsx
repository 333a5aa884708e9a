import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { ExternalLink } from './external-link';

// Inline text only: block elements are unwrapped into their text, raw HTML is never rendered,
// and react-markdown's default URL filter drops javascript:, data: and similar links.
const INLINE_ELEMENTS = ['p', 'strong', 'em', 'code', 'a', 'del', 'br'];

const components: Components = {
  p: ({ children }) => <>{children}</>,
  a: ({ href, children }) => <ExternalLink href={href}>{children}</ExternalLink>,
};

// Memoised by text: the list re-renders on every keystroke of a search, and parsing the same
// descriptions again each time was most of the cost of a keystroke.
export const InlineMarkdownRenderer = memo(function InlineMarkdownRenderer({
  text,
}: {
  text: string;
}) {
  return (
    <Markdown allowedElements={INLINE_ELEMENTS} unwrapDisallowed skipHtml components={components}>
      {text}
    </Markdown>
  );
});
