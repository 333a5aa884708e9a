import type { PhrasingContent } from 'mdast';
import { entryLinks, holdsLink, linkLabel, type LinkNode } from './entry-links';
import { isLabelText } from './link-kinds';
import { plainText } from './mdast-text';
import { textOutsideLinks } from './entry-segments';

function textOf(node: PhrasingContent | undefined): string {
  if (node?.type === 'text') return node.value;
  // Stryker disable next-line StringLiteral: a neighbour that is not text counts as no bracket, and the placeholder text has no bracket either
  return '';
}

function hasWords(nodes: readonly PhrasingContent[]): boolean {
  return /[\p{L}\p{N}]/u.test(nodes.map((node) => textOutsideLinks(node)).join(''));
}

/** Nothing but labelled links: `[pdf](u) [code](u)`, a row of extras with no title. */
export function onlyLabels(siblings: readonly PhrasingContent[]): boolean {
  const links = entryLinks(siblings);
  return (
    links.length > 0 && !hasWords(siblings) && links.every((link) => isLabelText(linkLabel(link)))
  );
}

/** Words before the link, or a line of labels that has more than this one. */
function besideOwnWords(link: LinkNode, siblings: readonly PhrasingContent[]): boolean {
  const index = siblings.findIndex((node) => holdsLink(node, link));
  if (hasWords(siblings.slice(0, Math.max(0, index)))) return true;
  return onlyLabels(siblings) && entryLinks(siblings).length > 1;
}

/**
 * A link that names what it points at rather than the paper: `[[Org]](u)` (its text in
 * brackets), `[[code](u)]` (the link itself in brackets), or `Title. [pdf](u)` (a label word
 * after the entry's own words, or with no words at all; an entry that starts with `[Paper](u)`
 * and goes on to describe it is titled so).
 */
export function isLabelLink(link: LinkNode, siblings: readonly PhrasingContent[]): boolean {
  if (/^\s*\[.*\]\s*$/su.test(plainText(link))) return true;
  const index = siblings.indexOf(link);
  const enclosed =
    index !== -1 &&
    /\[\s*$/u.test(textOf(siblings[index - 1])) &&
    /^\s*\]/u.test(textOf(siblings[index + 1]));
  return enclosed || (isLabelText(linkLabel(link)) && besideOwnWords(link, siblings));
}
