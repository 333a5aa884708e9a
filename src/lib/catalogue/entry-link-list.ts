import type { PhrasingContent } from 'mdast';
import { holdsLink, linkLabel, type LinkNode } from './entry-links';
import { isLabelText } from './link-kinds';
import { plainText } from './mdast-text';

export { entryLinks } from './entry-links';

function textOf(node: PhrasingContent | undefined): string {
  return node?.type === 'text' ? node.value : '';
}

function hasWordsBefore(link: LinkNode, siblings: readonly PhrasingContent[]): boolean {
  const index = siblings.findIndex((node) => holdsLink(node, link));
  const before = siblings.slice(0, Math.max(0, index)).map((node) => plainText(node));
  return /[\p{L}\p{N}]/u.test(before.join(''));
}

/**
 * A link that names what it points at rather than the paper: `[[Org]](u)` (its text in
 * brackets), `[[code](u)]` (the link itself in brackets), or `Title. [pdf](u)` (a label word
 * after the entry's own words; an entry that starts with `[Paper](u)` is titled so).
 */
export function isLabelLink(link: LinkNode, siblings: readonly PhrasingContent[]): boolean {
  if (/^\s*\[.*\]\s*$/su.test(plainText(link))) return true;
  const index = siblings.indexOf(link);
  const enclosed =
    index !== -1 &&
    /\[\s*$/u.test(textOf(siblings[index - 1])) &&
    /^\s*\]/u.test(textOf(siblings[index + 1]));
  return enclosed || (isLabelText(linkLabel(link)) && hasWordsBefore(link, siblings));
}
