import type { CataloguePaper } from './schema';
import type { EntryDraft } from './entry-types';
import { paperIdFromUrl } from './paper-id';
import { yearOfArxivId } from './year-in-text';

export type EntryOccurrence = { entry: EntryDraft; sectionId: string | null };

function absorb(paper: CataloguePaper, { entry, sectionId }: EntryOccurrence): void {
  if (sectionId !== null && !paper.sectionIds.includes(sectionId)) paper.sectionIds.push(sectionId);
  paper.authors ??= entry.authors;
  paper.venue ??= entry.venue;
  paper.year ??= entry.year;
  paper.description ??= entry.description;
  for (const tag of entry.tags) if (!paper.tags.includes(tag)) paper.tags.push(tag);
  for (const link of entry.links) {
    if (!paper.links.some((known) => known.url === link.url)) paper.links.push(link);
  }
}

/**
 * Absent fields are left out rather than set to undefined; keys follow the schema's order. An
 * arXiv paper the list gives no year for gets the year its id says it appeared.
 */
function tidy(paper: CataloguePaper): CataloguePaper {
  const { id, title, url, authors, venue, description, sectionIds, tags, links } = paper;
  const year = paper.year ?? yearOfArxivId(id);
  return {
    id,
    title,
    url,
    ...(authors === undefined ? {} : { authors }),
    ...(venue === undefined ? {} : { venue }),
    ...(year === undefined ? {} : { year }),
    ...(description === undefined ? {} : { description }),
    sectionIds,
    tags,
    links,
  };
}

/**
 * One paper per id, in order of first appearance. Authors, venue, year and description come from the
 * first occurrence that has each; sections, tags and links accumulate without repeats.
 */
export function mergeEntries(occurrences: readonly EntryOccurrence[]): CataloguePaper[] {
  const papers = new Map<string, CataloguePaper>();
  for (const occurrence of occurrences) {
    const id = paperIdFromUrl(occurrence.entry.url);
    let paper = papers.get(id);
    if (paper === undefined) {
      const { title, url } = occurrence.entry;
      paper = { id, title, url, sectionIds: [], tags: [], links: [] };
      papers.set(id, paper);
    }
    absorb(paper, occurrence);
  }
  return [...papers.values()].map(tidy);
}
