import type { PhrasingContent } from 'mdast';
import type { CatalogueWarning } from './catalogue-warning';
import type { EntryContext, EntryDraft, EntryOutcome, EntrySource } from './entry-types';
import { skipped } from './entry-types';
import { holdsLink, isLinkNode, linkUrl, type LinkNode } from './entry-links';
import { scanEntryHead } from './entry-head';
import { readMeta, splitSegments, splitTitleTail } from './entry-meta';
import { plainText } from './mdast-text';
import { resolveHttpUrl } from './resolve-url';
import { collapseWhitespace, trimEndOf } from './text';
import { yearOfDate } from './year-in-text';

export type EntryReading =
  | { kind: 'draft'; draft: EntryDraft; paperLink: LinkNode; warnings: CatalogueWarning[] }
  | Exclude<EntryOutcome, { kind: 'entry' }>;

// Brackets too: `[[code](u)]` wraps its link in them.
const trailingFiller = /^[\s,;|·•/[\]]*$/u;

function isTrailingNode(node: PhrasingContent): boolean {
  if (node.type === 'text') return trailingFiller.test(node.value);
  return isLinkNode(node) || node.type === 'image' || node.type === 'imageReference';
}

/** Index where the run of links (and filler between them) that ends the item begins. */
function trailingStart(nodes: readonly PhrasingContent[]): number {
  let start = nodes.length;
  // Stryker disable next-line EqualityOperator: at 0, nodes[-1] is undefined and the loop breaks on it just below
  while (start > 0) {
    const node = nodes[start - 1];
    if (node === undefined || !isTrailingNode(node)) break;
    start -= 1;
  }
  return start;
}

function sliceDescription(markdown: string, start: number, end: number): string {
  // Continuation lines keep their indentation in the source; a description is one line.
  const lines = markdown
    .slice(start, end)
    .replace(/<br\s*\/?>/giu, ' ')
    .split('\n');
  return trimEndOf(lines.map((part) => part.trim()).join(' '), ' ,;|·•').trim();
}

/**
 * Text right after the title with no separator, such as `, A. Author, B. Author, ICLR 2015`,
 * names authors, venue and year rather than describing the paper.
 */
function readUnseparated(draft: EntryDraft, text: string): void {
  draft.description = text;
  const meta = readMeta(splitSegments(text), true);
  if (meta.authors === undefined && meta.venue === undefined && meta.year === undefined) return;
  draft.authors ??= meta.authors;
  draft.venue ??= meta.venue;
  draft.year ??= meta.year;
  draft.description = meta.leftovers.join('. ');
}

/** `[Title](url)` style: the first link's text is the title, the text around it the rest. */
export function readTitledEntry(
  source: EntrySource,
  link: LinkNode,
  context: EntryContext,
): EntryReading {
  const { line, paragraph } = source;
  const children = paragraph.children;
  const url = linkUrl(link, context.definitions);
  const linkText = collapseWhitespace(plainText(link));
  if (linkText === '') return skipped(line, url, 'link has no text');
  // `[Deep Leakage from Gradients. NIPS 2019](u)`: the venue and year are not the title.
  const titled = splitTitleTail(linkText);
  const title = titled.title;
  const resolved = resolveHttpUrl(url, context.sourceUrl);
  if (resolved.kind !== 'ok') {
    return skipped(line, title, resolved.kind === 'anchor' ? 'link is an anchor' : resolved.reason);
  }

  const containerIndex = Math.max(
    0,
    children.findIndex((child) => holdsLink(child, link)),
  );
  const after = children.slice(containerIndex + 1);
  const tailStart = trailingStart(after);
  const head = scanEntryHead(
    children.slice(0, containerIndex),
    after.slice(0, tailStart),
    context.markdown,
  );
  const descriptionEnd =
    after[tailStart]?.position?.start.offset ?? paragraph.position?.end.offset ?? 0;
  const text =
    head.descriptionStart === undefined
      ? ''
      : sliceDescription(context.markdown, head.descriptionStart, descriptionEnd);
  // A year-like bracket (`[2022.01]`) is a date, not a tag.
  const tags = head.tags.filter((tag) => {
    const date = yearOfDate(tag);
    // Stryker disable next-line ConditionalExpression: setting an unset year to an undefined date leaves it unset (the `false` mutant, which drops every date, is caught by tests)
    if (date !== undefined) head.year ??= date;
    return date === undefined;
  });
  const draft: EntryDraft = { title, url: resolved.url, tags, links: [] };
  draft.authors = head.authors;
  draft.venue = head.venue ?? titled.meta.venue;
  draft.year = head.year ?? titled.meta.year;
  if (head.separated) draft.description = text;
  else readUnseparated(draft, text);
  // Remarks such as `(Best paper award)` are kept, at the front of the description.
  // Stryker disable next-line StringLiteral: the description was set to a string just above; the fallback is for the type checker
  const description = [...head.remarks, draft.description ?? '']
    .filter((part) => part !== '')
    .join(' ');
  draft.description = description === '' ? undefined : description;
  return { kind: 'draft', draft, paperLink: link, warnings: [] };
}
