import type { List, ListItem, Paragraph } from 'mdast';
import type { EntryMeta } from './entry-meta';
import { readMeta } from './entry-meta';
import type { EntryContext, EntryOutcome, EntrySource } from './entry-types';
import type { CatalogueLink } from './schema';
import { entryLinks, linkUrl } from './entry-links';
import { isLabelLink, onlyLabels } from './entry-link-list';
import { entrySegments } from './entry-segments';
import { cleanTitle, pickTitle } from './entry-title';
import { isNavigationUrl, isPaperUrl } from './link-kinds';
import { readEntry } from './parse-entry';

function firstParagraph(item: ListItem): Paragraph | undefined {
  const first = item.children[0];
  return first?.type === 'paragraph' ? first : undefined;
}

function nestedItems(item: ListItem): ListItem[] {
  return item.children.flatMap((child) => (child.type === 'list' ? child.children : []));
}

/** An item with a paper of its own: a title link, or its own title beside labelled links. */
function standsAlone(item: ListItem): boolean {
  const paragraph = firstParagraph(item);
  if (!paragraph) return false;
  const first = entryLinks(paragraph.children)[0];
  // A nested `- [pdf](u)` is its parent's link, not a paper of its own.
  if (!first || onlyLabels(paragraph.children)) return false;
  if (!isLabelLink(first, paragraph.children)) return true;
  return pickTitle(entrySegments(paragraph.children)) !== -1;
}

function sourceOf(item: ListItem, paragraph: Paragraph): EntrySource {
  const nested = nestedItems(item);
  const detailItems = nested.filter((child) => !standsAlone(child));
  const extraParagraphs = item.children
    .slice(1)
    .filter((child): child is Paragraph => child.type === 'paragraph');
  return {
    line: item.position?.start.line ?? 0,
    paragraph,
    details: [...extraParagraphs, ...detailItems.flatMap((child) => firstParagraph(child) ?? [])],
    hasNestedEntries: nested.some(standsAlone),
  };
}

/** A list whose every link points inside the document is a table of contents, not papers. */
export function isNavigationList(list: List, context: EntryContext): boolean {
  const links = listItems(list).flatMap((item) => {
    const paragraph = firstParagraph(item);
    return paragraph ? entryLinks(paragraph.children) : [];
  });
  return (
    links.length > 0 && links.every((link) => isNavigationUrl(linkUrl(link, context.definitions)))
  );
}

/** Every item of a list in document order, nested items right after their parent. */
function listItems(list: List): ListItem[] {
  const items: ListItem[] = [];
  const stack: ListItem[] = [...list.children].reverse();
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    items.push(item);
    // Reversed so that the first nested item is popped next; nestedItems gives a new array.
    stack.push(...nestedItems(item).reverse());
  }
  return items;
}

/**
 * `- **Model** [[Org]](u) May 2020` over a nested `- [Paper Title](arxiv…)`: the nested line is
 * the model's paper, and the model line adds its name, date and links to it.
 */
type ModelLine = EntryMeta & { title: string; links: CatalogueLink[] };

/** The model line above a nested paper: a labelled entry, or one whose only link is empty. */
function modelLine(paragraph: Paragraph, outcome: EntryOutcome): ModelLine | undefined {
  if (outcome.kind === 'entry') {
    const first = entryLinks(paragraph.children)[0];
    if (isPaperUrl(outcome.entry.url) || !first || !isLabelLink(first, paragraph.children)) {
      return undefined;
    }
    const { title, url, links } = outcome.entry;
    return { ...outcome.entry, links: [{ label: title, url }, ...links] };
  }
  const emptyLink = paragraph.children.some(
    (node) => node.type === 'link' && node.url.trim() === '',
  );
  if (!emptyLink) return undefined;
  const segments = entrySegments(paragraph.children);
  const titleIndex = pickTitle(segments);
  const title = segments[titleIndex]?.text;
  if (title === undefined) return undefined;
  const others = segments.filter((_, index) => index !== titleIndex);
  const meta = readMeta(
    others.map((segment) => segment.text),
    true,
  );
  return {
    title: cleanTitle(title),
    authors: meta.authors,
    venue: meta.venue,
    year: meta.year,
    links: [],
  };
}

function adoptNestedPaper(
  item: ListItem,
  outcome: EntryOutcome,
  context: EntryContext,
): { outcome: EntryOutcome; adopted?: ListItem } {
  const paragraph = firstParagraph(item);
  const parent = paragraph && modelLine(paragraph, outcome);
  if (!parent) return { outcome };
  const child = nestedItems(item).find(standsAlone);
  const childParagraph = child && firstParagraph(child);
  // Stryker disable next-line LogicalOperator: standsAlone takes only items that open with a paragraph, so childParagraph exists whenever child does
  if (!child || !childParagraph) return { outcome };
  const nested = readEntry(sourceOf(child, childParagraph), context);
  if (nested.kind !== 'entry' || !isPaperUrl(nested.entry.url)) return { outcome };
  const entry = { ...nested.entry };
  entry.description ??= parent.title;
  // The nested paper's year may only be its arXiv id's; the model line says when it came out.
  entry.year = parent.year ?? entry.year;
  entry.venue ??= parent.venue;
  entry.authors ??= parent.authors;
  entry.links = [...entry.links, ...parent.links.filter((link) => link.url !== entry.url)];
  const warnings = [...(outcome.kind === 'entry' ? outcome.warnings : []), ...nested.warnings];
  return { outcome: { kind: 'entry', entry, warnings }, adopted: child };
}

/** Reads every entry of a list, each nested line either an entry or a detail of its parent. */
export function readListEntries(list: List, context: EntryContext): EntryOutcome[] {
  const outcomes: EntryOutcome[] = [];
  const consumed = new Set<ListItem>();
  for (const item of listItems(list)) {
    if (consumed.has(item)) continue;
    const paragraph = firstParagraph(item);
    if (!paragraph) continue;
    for (const child of nestedItems(item)) if (!standsAlone(child)) consumed.add(child);
    const read = adoptNestedPaper(item, readEntry(sourceOf(item, paragraph), context), context);
    if (read.adopted) consumed.add(read.adopted);
    outcomes.push(read.outcome);
  }
  return outcomes;
}
