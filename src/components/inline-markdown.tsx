import { lazy, Suspense } from 'react';
import { isPlainInline, plainInline } from '../lib/markdown/plain-inline';

// The Markdown renderer is not needed to show the list: it loads right after, and until then
// descriptions show as plain text.
const InlineMarkdownRenderer = lazy(() =>
  import('./inline-markdown-renderer').then((module) => ({
    default: module.InlineMarkdownRenderer,
  })),
);

export function preloadMarkdown(): void {
  void import('./inline-markdown-renderer');
}

export function InlineMarkdown({ text }: { text: string }) {
  // Most descriptions have no markup at all: they skip the parser (rows mount on every keystroke
  // of a search, and parsing was most of a row's cost).
  if (isPlainInline(text)) return text;
  return (
    <Suspense fallback={plainInline(text)}>
      <InlineMarkdownRenderer text={text} />
    </Suspense>
  );
}
