import type { List, ListItem, Paragraph } from 'mdast';
import type { EntryContext, EntryOutcome, EntrySource } from './entry-types';
import { entryLinks, linkUrl } from './entry-links';
import { isLabelLink } from './entry-link-list';
import { entrySegments } from './entry-segments';
import { pickTitle } from './entry-title';
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
  if (!first) return false;
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
    const nested = nestedItems(item);
    for (let i = nested.length - 1; i >= 0; i -= 1) {
      const child = nested[i];
      if (child) stack.push(child);
    }
  }
  return items;
}

/**
 * `- **Model** [[Org]](u) May 2020` over a nested `- [Paper Title](arxiv…)`: the nested line is
 * the model's paper, and the model line adds its name, date and links to it.
 */
function adoptNestedPaper(
  item: ListItem,
  outcome: EntryOutcome,
  context: EntryContext,
): { outcome: EntryOutcome; adopted?: ListItem } {
  if (outcome.kind !== 'entry' || isPaperUrl(outcome.entry.url)) return { outcome };
  const paragraph = firstParagraph(item);
  const first = paragraph && entryLinks(paragraph.children)[0];
  if (!paragraph || !first || !isLabelLink(first, paragraph.children)) return { outcome };
  const child = nestedItems(item).find(standsAlone);
  const childParagraph = child && firstParagraph(child);
  if (!child || !childParagraph) return { outcome };
  const nested = readEntry(sourceOf(child, childParagraph), context);
  if (nested.kind !== 'entry' || !isPaperUrl(nested.entry.url)) return { outcome };
  const parent = outcome.entry;
  const entry = { ...nested.entry };
  entry.description ??= parent.title;
  entry.year ??= parent.year;
  entry.venue ??= parent.venue;
  entry.authors ??= parent.authors;
  const extra = [{ label: parent.title, url: parent.url }, ...parent.links];
  entry.links = [...entry.links, ...extra.filter((link) => link.url !== entry.url)];
  const warnings = [...outcome.warnings, ...nested.warnings];
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
