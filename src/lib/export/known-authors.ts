import type { CataloguePaper } from '../catalogue/schema';
import { splitAuthors } from '../paper-authors';

/**
 * The papers with authors filled in where the list names none but another source does (My
 * papers holds what arXiv, Crossref or a BibTeX file said of a paper added before a list that
 * also has it): a citation without its authors is hardly one.
 */
export function withKnownAuthors(
  papers: readonly CataloguePaper[],
  known: readonly CataloguePaper[],
): CataloguePaper[] {
  const authorsById = new Map<string, readonly string[]>();
  for (const { id, authors } of known) {
    if (authors && splitAuthors(authors).names.length > 0) authorsById.set(id, authors);
  }
  return papers.map((paper) => {
    const authors = authorsById.get(paper.id);
    if (!authors || splitAuthors(paper.authors).names.length > 0) return paper;
    return { ...paper, authors: [...authors] };
  });
}
