import type { ImportedList } from '../backup/backup-format';
import { CATALOGUE_SCHEMA_VERSION } from '../catalogue/catalogue-version';
import type { Catalogue, CataloguePaper } from '../catalogue/schema';
import { githubSlug } from '../catalogue/slug';
import { paperOf, type PaperDetails } from './paper-details';

/** The user's own list: papers added by their link or from a BibTeX file. */
export const MY_PAPERS_ID = 'my-papers';
export const MY_PAPERS_TITLE = 'My papers';

export function newMyPapers(now: number): ImportedList {
  return {
    id: MY_PAPERS_ID,
    title: MY_PAPERS_TITLE,
    addedAt: now,
    source: 'mine',
    catalogue: {
      schemaVersion: CATALOGUE_SCHEMA_VERSION,
      title: MY_PAPERS_TITLE,
      sections: [],
      papers: [],
    },
  };
}

/**
 * Papers without a section first, then each section's papers in section order, so the list's
 * headings (one where the section changes) never put a paper under another's section.
 */
function arranged(catalogue: Catalogue): Catalogue {
  const order = new Map(catalogue.sections.map((section, index) => [section.id, index]));
  // Stryker disable next-line StringLiteral: only a paper with no section falls back, and the schema gives no section an empty id, so '' misses like any key no section has
  const rank = (paper: CataloguePaper) => order.get(paper.sectionIds[0] ?? '') ?? -1;
  const papers = catalogue.papers
    .map((paper, index) => ({ paper, index }))
    .sort((a, b) => rank(a.paper) - rank(b.paper) || a.index - b.index)
    .map(({ paper }) => paper);
  return { ...catalogue, papers };
}

function withCatalogue(list: ImportedList, catalogue: Catalogue): ImportedList {
  return { ...list, catalogue: arranged(catalogue) };
}

/** Adds papers, newest first; a paper already there stays as it is. */
export function addPapers(list: ImportedList, papers: readonly CataloguePaper[]): ImportedList {
  const known = new Set(list.catalogue.papers.map((paper) => paper.id));
  const fresh = papers.filter((paper) => !known.has(paper.id) && known.add(paper.id));
  if (fresh.length === 0) return list;
  return withCatalogue(list, { ...list.catalogue, papers: [...fresh, ...list.catalogue.papers] });
}

function changePaper(
  list: ImportedList,
  id: string,
  change: (paper: CataloguePaper) => CataloguePaper,
): ImportedList {
  const papers = list.catalogue.papers.map((paper) => (paper.id === id ? change(paper) : paper));
  return withCatalogue(list, { ...list.catalogue, papers });
}

/** Replaces what is known of a paper (title, authors, venue, year); its id and link stay. */
export function editPaper(list: ImportedList, id: string, details: PaperDetails): ImportedList {
  return changePaper(list, id, (paper) => ({
    ...paperOf(paper.id, paper.url, details, paper.sectionIds),
    tags: paper.tags,
    links: paper.links,
    ...(paper.description ? { description: paper.description } : {}),
  }));
}

/** A section with this title (the existing one when the title is taken, in any case). */
export function addSection(
  list: ImportedList,
  title: string,
): { list: ImportedList; sectionId: string } {
  const name = title.replace(/\s+/g, ' ').trim();
  const same = list.catalogue.sections.find((s) => s.title.toLowerCase() === name.toLowerCase());
  if (same) return { list, sectionId: same.id };
  const taken = new Set(list.catalogue.sections.map((section) => section.id));
  const base = githubSlug(name) || 'section';
  let sectionId = base;
  for (let n = 1; taken.has(sectionId); n += 1) sectionId = `${base}-${n}`;
  const sections = [...list.catalogue.sections, { id: sectionId, title: name, parentId: null }];
  return { list: withCatalogue(list, { ...list.catalogue, sections }), sectionId };
}

/** Puts a paper in one section, or in none. */
export function movePaper(
  list: ImportedList,
  paperId: string,
  sectionId: string | null,
): ImportedList {
  return changePaper(list, paperId, (paper) => ({
    ...paper,
    sectionIds: sectionId === null ? [] : [sectionId],
  }));
}

/**
 * Two copies of My papers as one (a backup merged into this browser): every paper and section of
 * both, this browser's first; a paper on both keeps this browser's details, and the other's
 * section when it has none here.
 */
export function mergeMyPapers(current: ImportedList, incoming: ImportedList): ImportedList {
  const sectionIds = new Set(current.catalogue.sections.map((section) => section.id));
  const sections = [
    ...current.catalogue.sections,
    ...incoming.catalogue.sections.filter((section) => !sectionIds.has(section.id)),
  ];
  const theirs = new Map(incoming.catalogue.papers.map((paper) => [paper.id, paper]));
  const papers = current.catalogue.papers.map((paper) => {
    const other = theirs.get(paper.id);
    if (!other || paper.sectionIds.length > 0) return paper;
    return { ...paper, sectionIds: other.sectionIds };
  });
  const known = new Set(papers.map((paper) => paper.id));
  papers.push(...incoming.catalogue.papers.filter((paper) => !known.has(paper.id)));
  return withCatalogue(current, { ...current.catalogue, sections, papers });
}
