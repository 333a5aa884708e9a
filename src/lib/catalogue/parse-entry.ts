import type { PhrasingContent } from 'mdast';
import type { CatalogueWarning } from './catalogue-warning';
import type { LinkNode } from './entry-links';
import type { EntryContext, EntryDraft, EntryOutcome, EntrySource } from './entry-types';
import { skipped } from './entry-types';
import { collectLinks, entryLinks, linkUrl } from './entry-links';
import { readMeta } from './entry-meta';
import { entrySegments } from './entry-segments';
import { readLabelledEntry } from './labelled-entry';
import { readTitledEntry } from './titled-entry';
import { isLabelLink } from './entry-link-list';
import { isNavigationUrl, isPaperUrl } from './link-kinds';
import { isKnownVenue } from './venue-names';
import { parseVenueYear } from './venue-year';
import { findYear } from './year-in-text';

function detailNodes(source: EntrySource): PhrasingContent[] {
  // Stryker disable next-line ObjectLiteral: entrySegments and entryLinks, the only readers, end a run of text at any node that is not text, styling or a link, so an empty object parts the lines as the break does
  return source.details.flatMap((detail) => [...detail.children, { type: 'break' as const }]);
}

/**
 * Fills what the entry's own line left open from its nested lines (`- A. Author. *INFOCOM*,
 * 2021.`), then from any year written in the entry, and gathers every other link it has.
 */
function complete(
  draft: EntryDraft,
  source: EntrySource,
  paperLink: LinkNode | undefined,
  context: EntryContext,
): { entry: EntryDraft; warnings: CatalogueWarning[] } {
  const details = readMeta(
    entrySegments(detailNodes(source)).map((segment) => segment.text),
    true,
  );
  draft.authors ??= details.authors;
  draft.venue ??= details.venue;
  // Stryker disable next-line StringLiteral: findYear finds no year in '' nor in any text without digits
  draft.year ??= details.year ?? findYear(draft.description ?? '')?.year;
  const others = [...entryLinks(source.paragraph.children), ...entryLinks(detailNodes(source))];
  const { links, warnings } = collectLinks(
    // Stryker disable next-line MethodExpression, ConditionalExpression: the paper link resolves to the entry's URL, which the filter below drops from the links anyway (the `false` mutant, which drops every link, is caught by tests)
    others.filter((link) => link !== paperLink),
    context.definitions,
    context.sourceUrl,
  );
  draft.links = links.filter((link) => link.url !== draft.url);
  const entry: EntryDraft = {
    title: draft.title,
    url: draft.url,
    tags: draft.tags,
    links: draft.links,
  };
  if (draft.authors !== undefined) entry.authors = draft.authors;
  if (draft.venue !== undefined) entry.venue = draft.venue;
  if (draft.year !== undefined) entry.year = draft.year;
  // Both readers give an empty description as undefined.
  if (draft.description !== undefined) entry.description = draft.description;
  return { entry, warnings };
}

/**
 * Reads an entry. When its first link carries the title (`[Title](u)`), the text around it gives
 * venue, year, tags and description; when its links are labels (`Title. [[pdf]](u)`), the title
 * is the entry's own text and the paper is its best labelled link.
 */
export function readEntry(source: EntrySource, context: EntryContext): EntryOutcome {
  const nodes = source.paragraph.children;
  const links = entryLinks(nodes);
  const first = links[0];
  if (first && isNavigationUrl(linkUrl(first, context.definitions))) return { kind: 'ignored' };
  const read =
    first && !isLabelLink(first, nodes)
      ? readTitledEntry(source, first, context)
      : readLabelledEntry(source, links, [...entryLinks(detailNodes(source))], context);
  if (read.kind !== 'draft') return read;
  const { entry, warnings } = complete(read.draft, source, read.paperLink, context);
  // `[NeurIPS](https://nips.cc/)` in a list of venues is a conference's site, not a paper.
  const venueYear = parseVenueYear(entry.title);
  const namesVenue = isKnownVenue(
    // Stryker disable next-line StringLiteral: isKnownVenue is false for '' and for any text of words outside its list alike
    venueYear.year === undefined ? entry.title : (venueYear.venue ?? ''),
  );
  if (namesVenue && !isPaperUrl(entry.url)) {
    return skipped(source.line, entry.title, 'names a venue, not a paper');
  }
  return { kind: 'entry', entry, warnings: [...read.warnings, ...warnings] };
}
