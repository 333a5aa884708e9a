import type { Nodes } from 'mdast';
import { collapseWhitespace } from './text';

/**
 * Text content without image alt text or raw HTML, so badges and logos vanish from titles.
 * Iterative because deeply nested emphasis would otherwise overflow the stack.
 */
export function plainText(node: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (current.type === 'text' || current.type === 'inlineCode') parts.push(current.value);
    else if (current.type === 'break') parts.push(' ');
    else if ('children' in current) {
      // Stryker disable next-line ArithmeticOperator: starting past the end only adds indices with no child, which the check below skips
      for (let i = current.children.length - 1; i >= 0; i -= 1) {
        const child = current.children[i];
        // Stryker disable next-line ConditionalExpression: i stays within the children, so there is always a child; the check is for the type checker (this also silences `false`, which drops every child and which the tests catch)
        if (child) stack.push(child);
      }
    }
  }
  return parts.join('');
}

/** True for images and for links whose only visible content is an image (badges). */
export function isImageOnly(node: Nodes): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true;
  if (node.type !== 'link' && node.type !== 'linkReference') return false;
  return collapseWhitespace(plainText(node)) === '' && containsImage(node);
}

function containsImage(node: Nodes): boolean {
  const stack: Nodes[] = [node];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (current.type === 'image' || current.type === 'imageReference') return true;
    if ('children' in current) for (const child of current.children) stack.push(child);
  }
  return false;
}

/** The Markdown exactly as written for a node, or its text content when it has no position. */
export function nodeSource(markdown: string, node: Nodes): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return plainText(node);
  return markdown.slice(start, end);
}
