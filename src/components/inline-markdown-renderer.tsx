import type { ReactElement } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { ExternalLink } from './external-link';

// Inline text only: block elements are unwrapped into their text, raw HTML is never rendered,
// and react-markdown's default URL filter drops javascript:, data: and similar links.
const INLINE_ELEMENTS = ['p', 'strong', 'em', 'code', 'a', 'del', 'br'];

const components: Components = {
  p: ({ children }) => <>{children}</>,
  a: ({ href, children }) => <ExternalLink href={href}>{children}</ExternalLink>,
};

// Rendered elements by text. Rows are unmounted and mounted again as the list scrolls and as a
// search changes the results; an element can be shown again without parsing its text again.
const rendered = new Map<string, ReactElement>();
const KEPT = 1000;

function render(text: string): ReactElement {
  const kept = rendered.get(text);
  if (kept) return kept;
  // `Markdown` is react-markdown's synchronous renderer: a plain function of its options.
  const element = Markdown({
    allowedElements: INLINE_ELEMENTS,
    unwrapDisallowed: true,
    skipHtml: true,
    components,
    children: text,
  });
  if (rendered.size >= KEPT) rendered.delete(rendered.keys().next().value ?? '');
  rendered.set(text, element);
  return element;
}

export function InlineMarkdownRenderer({ text }: { text: string }) {
  return render(text);
}
