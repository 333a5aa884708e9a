import { lazy, Suspense } from 'react';
import { plainInline } from '../lib/markdown/plain-inline';

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
  return (
    <Suspense fallback={plainInline(text)}>
      <InlineMarkdownRenderer text={text} />
    </Suspense>
  );
}
