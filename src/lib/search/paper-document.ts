import type { CataloguePaper } from '../catalogue/schema';
import { splitAuthors } from '../paper-authors';
import type { SearchDocument } from './search-index';

export type StateForSearch = { note: string; tags: readonly string[] };

/**
 * What the search box looks at for one paper: the list's text (with the names of the sections it
 * is in) plus the user's note and tags.
 */
export function paperSearchDocument(
  paper: CataloguePaper,
  order: number,
  state: StateForSearch | undefined,
  sections = '',
): SearchDocument {
  return {
    id: paper.id,
    order,
    fields: {
      title: paper.title,
      venue: [paper.venue, paper.year].filter(Boolean).join(' '),
      // Names only: "et al." would make `et` and `al` find every abbreviated paper.
      authors: splitAuthors(paper.authors).names.join(' '),
      tags: [...paper.tags, ...(state?.tags ?? [])].join(' '),
      description: paper.description ?? '',
      note: state?.note ?? '',
      sections,
    },
  };
}
