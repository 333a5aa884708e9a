/**
 * A readable plain-text stand-in for inline Markdown, shown for the moment before the Markdown
 * renderer has loaded: link text without its URL, emphasis and code marks dropped. Not a parser:
 * whatever it misses is replaced by the real rendering a moment later.
 */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/([*_`])(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/<[^>]*>/g, '');
}
