import type { ListItem, Paragraph, PhrasingContent } from 'mdast';
import type { CatalogueWarning } from './catalogue-warning';
import type { CatalogueLink } from './schema';
import type { Definitions } from './entry-links';
import { collectLinks, findPaperLink, isLinkNode } from './entry-links';
import { scanEntryHead } from './entry-head';
import { plainText } from './mdast-text';
import { resolveHttpUrl } from './resolve-url';
import { collapseWhitespace, trimEndOf } from './text';

/** One list item read as a paper, before duplicates across the list are merged. */
export type EntryDraft = {
  title: string;
  url: string;
  venue?: string;
  year?: number;
  description?: string;
  tags: string[];
  links: CatalogueLink[];
};

export type EntryOutcome =
  | { kind: 'entry'; entry: EntryDraft; warnings: CatalogueWarning[] }
  | { kind: 'ignored' }
  | { kind: 'skipped'; warning: CatalogueWarning };

export type EntryContext = { markdown: string; definitions: Definitions; sourceUrl?: string };

const maxSnippetLength = 60;
const trailingFiller = /^[\s,;|·•/]*$/u;

function isTrailingNode(node: PhrasingContent): boolean {
  if (node.type === 'text') return trailingFiller.test(node.value);
  return isLinkNode(node) || node.type === 'image' || node.type === 'imageReference';
}

/** Index where the run of links (and filler between them) that ends the item begins. */
function trailingStart(nodes: readonly PhrasingContent[]): number {
  let start = nodes.length;
  while (start > 0) {
    const node = nodes[start - 1];
    if (node === undefined || !isTrailingNode(node)) break;
    start -= 1;
  }
  return start;
}

function skipped(line: number, label: string, reason: string): EntryOutcome {
  const shortLabel =
    label.length > maxSnippetLength ? `${label.slice(0, maxSnippetLength)}…` : label;
  return { kind: 'skipped', warning: { line, message: `skipped "${shortLabel}": ${reason}` } };
}

function sliceDescription(markdown: string, start: number, end: number): string {
  // Continuation lines keep their indentation in the source; a description is one line.
  const lines = markdown.slice(start, end).split('\n');
  return trimEndOf(lines.map((part) => part.trim()).join(' '), ' ,;|·•').trim();
}

function readEntry(
  paragraph: Paragraph,
  line: number,
  hasNestedList: boolean,
  context: EntryContext,
): EntryOutcome {
  const children = paragraph.children;
  const search = findPaperLink(children, context.definitions);
  if (search.kind === 'toc') return { kind: 'ignored' };
  if (search.kind === 'none') {
    // A linkless parent such as `- [Training]` is a heading for the nested entries below it.
    const text = collapseWhitespace(plainText(paragraph));
    const looksLikeEntry = /^\[[^\]]+\]/u.test(text) && !hasNestedList;
    return looksLikeEntry ? skipped(line, text, 'no link') : { kind: 'ignored' };
  }
  const title = collapseWhitespace(plainText(search.link));
  if (title === '') return skipped(line, search.url, 'link has no text');
  const resolved = resolveHttpUrl(search.url, context.sourceUrl);
  if (resolved.kind !== 'ok') {
    return skipped(line, title, resolved.kind === 'anchor' ? 'link is an anchor' : resolved.reason);
  }

  const after = children.slice(search.containerIndex + 1);
  const tailStart = trailingStart(after);
  const head = scanEntryHead(
    children.slice(0, search.containerIndex),
    after.slice(0, tailStart),
    context.markdown,
  );
  const { links, warnings } = collectLinks(
    [...head.links, ...after.slice(tailStart)],
    context.definitions,
    context.sourceUrl,
  );
  const descriptionEnd =
    after[tailStart]?.position?.start.offset ?? paragraph.position?.end.offset ?? 0;
  const text =
    head.descriptionStart === undefined
      ? ''
      : sliceDescription(context.markdown, head.descriptionStart, descriptionEnd);
  // Remarks such as `(Best paper award)` are kept, at the front of the description.
  const description = [...head.remarks, text].filter((part) => part !== '').join(' ');

  const entry: EntryDraft = { title, url: resolved.url, tags: head.tags, links };
  if (head.venue !== undefined) entry.venue = head.venue;
  if (head.year !== undefined) entry.year = head.year;
  if (description !== '') entry.description = description;
  return { kind: 'entry', entry, warnings };
}

/**
 * Reads a list item's first paragraph as a paper entry. An item without a link is ignored unless
 * it looks like an entry (`- [Something] …`) and has no nested list carrying the real entries.
 */
export function parseEntry(item: ListItem, context: EntryContext): EntryOutcome {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return { kind: 'ignored' };
  const hasNestedList = item.children.some((child) => child.type === 'list');
  return readEntry(first, item.position?.start.line ?? 0, hasNestedList, context);
}
