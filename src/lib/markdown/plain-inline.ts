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

// Anything Markdown could read as markup: punctuation that opens inline syntax, entities, GFM
// autolinks (`www.`, `x@y`, `scheme:`), line breaks, and line starts that open a block (a list
// item, a heading, a quote, a code block).
const MARKUP = /[\\`*_~[\]<>!&:@#|=\r\n\t]|www\.|^\s|\s$|^(?:[-+]|\d+[.)])(?:\s|$)/i;

/** True when inline Markdown renders as exactly this text, so no parser is needed for it. */
export function isPlainInline(markdown: string): boolean {
  return markdown !== '' && !MARKUP.test(markdown);
}
