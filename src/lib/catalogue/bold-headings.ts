import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { plainText } from './mdast-text';

export type HeadingAt = { node: RootContent; heading: Heading };

const maxHeadingLength = 100;

/** `**Reinforcement Learning**` alone on a line: a sub-heading written in bold. */
function boldLine(paragraph: Paragraph): boolean {
  const [first, ...rest] = paragraph.children;
  // Stryker disable next-line OptionalChaining: the Markdown parser never makes an empty paragraph, so there is always a first child
  if (first?.type !== 'strong') return false;
  if (rest.some((node) => node.type !== 'text' || !/^[\s:：]*$/u.test(node.value))) return false;
  const text = plainText(first).trim();
  const hasLink = first.children.some(
    (node) => node.type === 'link' || node.type === 'linkReference',
  );
  return text !== '' && text.length <= maxHeadingLength && !hasLink;
}

/**
 * The document's headings in order, with bold lines read as headings one level below the
 * heading above them, so their entries form a sub-section.
 */
export function headingsOf(root: Root): HeadingAt[] {
  const found: HeadingAt[] = [];
  let depth = 1;
  for (const node of root.children) {
    if (node.type === 'heading') {
      depth = node.depth;
      found.push({ node, heading: node });
    } else if (node.type === 'paragraph' && boldLine(node)) {
      const strong = node.children[0];
      // Stryker disable next-line ConditionalExpression, OptionalChaining, ArrayDeclaration: boldLine has just found the first child strong; the check is for the type checker
      const children = strong?.type === 'strong' ? strong.children : [];
      const heading: Heading = {
        type: 'heading',
        depth: Math.min(6, depth + 1) as Heading['depth'],
        children,
      };
      found.push({ node, heading });
    }
  }
  return found;
}
