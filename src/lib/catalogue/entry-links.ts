import type { Link, LinkReference, Nodes, PhrasingContent, Root } from 'mdast';
import type { CatalogueWarning } from './catalogue-warning';
import type { CatalogueLink } from './schema';
import { isImageOnly, plainText } from './mdast-text';
import { collapseWhitespace } from './text';
import { resolveHttpUrl } from './resolve-url';

/** Link reference definitions (`[id]: url`) by identifier; CommonMark makes them document-wide. */
export type Definitions = ReadonlyMap<string, string>;
export type LinkNode = Link | LinkReference;

export function collectDefinitions(root: Root): Definitions {
  const definitions = new Map<string, string>();
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'definition' && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node.url);
    }
    // Pushed last to first, so they come off the stack in document order: the first one wins.
    if ('children' in node) for (const child of [...node.children].reverse()) stack.push(child);
  }
  return definitions;
}

export function isLinkNode(node: Nodes): node is LinkNode {
  return node.type === 'link' || node.type === 'linkReference';
}

export function linkUrl(node: LinkNode, definitions: Definitions): string {
  if (node.type === 'link') return node.url;
  // Stryker disable next-line StringLiteral: the parser makes a reference a link only when its label has a definition, so the fallback is for the type checker
  return definitions.get(node.identifier) ?? '';
}

function linksInOrder(node: PhrasingContent): LinkNode[] {
  const found: LinkNode[] = [];
  const stack: Nodes[] = [node];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (isLinkNode(current)) found.push(current);
    else if ('children' in current) {
      // Stryker disable next-line ArithmeticOperator: starting past the end only meets undefined children, which the check below skips
      for (let i = current.children.length - 1; i >= 0; i -= 1) {
        const child = current.children[i];
        // Stryker disable next-line ConditionalExpression: i stays within the children, so child is always there; the check is for the type checker
        if (child) stack.push(child);
      }
    }
  }
  return found;
}

/** True when `node` is `link` or holds it, such as the `**…**` around a title link. */
export function holdsLink(node: PhrasingContent, link: LinkNode): boolean {
  if (node === link) return true;
  return 'children' in node && node.children.some((child) => holdsLink(child, link));
}

/** The links of an entry in reading order, leaving out badges and links with no target (`[x]()`). */
export function entryLinks(nodes: readonly PhrasingContent[]): LinkNode[] {
  return nodes
    .flatMap((node) => linksInOrder(node))
    .filter((link) => !isImageOnly(link) && !(link.type === 'link' && link.url.trim() === ''));
}

/** `[[code]](…)` is labelled `code`: the brackets are decoration, not part of the label. */
export function linkLabel(link: LinkNode): string {
  const text = collapseWhitespace(plainText(link));
  return collapseWhitespace(text.replace(/^\[(.*)\]$/s, '$1'));
}

/** Extra links of an entry (reviews, code, talks); unusable ones are dropped with a warning. */
export function collectLinks(
  nodes: readonly PhrasingContent[],
  definitions: Definitions,
  sourceUrl: string | undefined,
): { links: CatalogueLink[]; warnings: CatalogueWarning[] } {
  const links: CatalogueLink[] = [];
  const warnings: CatalogueWarning[] = [];
  for (const node of nodes) {
    if (!isLinkNode(node) || isImageOnly(node)) continue;
    const label = linkLabel(node);
    const resolved = resolveHttpUrl(linkUrl(node, definitions), sourceUrl);
    if (label === '' || resolved.kind === 'anchor') continue;
    if (resolved.kind === 'rejected') {
      const line = node.position?.start.line ?? 0;
      warnings.push({ line, message: `dropped link "${label}": ${resolved.reason}` });
    } else if (!links.some((link) => link.url === resolved.url)) {
      links.push({ label, url: resolved.url });
    }
  }
  return { links, warnings };
}
