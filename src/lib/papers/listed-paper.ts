import type { Catalogue, CataloguePaper } from '../catalogue/schema';
import { MY_PAPERS_ID } from './my-papers';

/** A list the app can show: the default one or one the user added (My papers too). */
export type ListedCatalogue = { id: string; title: string; catalogue: Catalogue };

export type ListedPaper = { list: ListedCatalogue; paper: CataloguePaper };

/**
 * Where a paper already is: the list shown first, then My papers, then the others in order;
 * null when it is on none of them.
 */
export function findListedPaper(
  paperId: string,
  lists: readonly ListedCatalogue[],
  activeListId: string,
): ListedPaper | null {
  const rank = (list: ListedCatalogue) =>
    list.id === activeListId ? 0 : list.id === MY_PAPERS_ID ? 1 : 2;
  const ordered = [...lists].sort((a, b) => rank(a) - rank(b));
  for (const list of ordered) {
    const paper = list.catalogue.papers.find((candidate) => candidate.id === paperId);
    if (paper) return { list, paper };
  }
  return null;
}

/** What the user is told when the paper they add is already on a list. */
export function alreadyListedMessage({ list }: ListedPaper, activeListId: string): string {
  if (list.id === activeListId) return 'That paper is already in this list: here it is.';
  if (list.id === MY_PAPERS_ID) return 'That paper is already in My papers: here it is.';
  return `That paper is already on “${list.title}”: here it is.`;
}
