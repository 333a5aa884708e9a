import type { CataloguePaper } from '../../lib/catalogue/schema';
import { shortAuthors } from '../../lib/paper-authors';

// Next up rows have one short line under the title: the first author stands for the rest, as
// in a citation.
const ROW_AUTHORS = { shown: 1, rest: 'et-al' } as const;

/** "Jie M. Zhang et al. · TSE · 2020" under a Next up row's or suggestion's title. */
export function NextUpMeta({ paper }: { paper: CataloguePaper }) {
  const meta = [shortAuthors(paper.authors, ROW_AUTHORS), paper.venue, paper.year]
    .filter(Boolean)
    .join(' · ');
  return meta ? <span className="next-up-row__meta">{meta}</span> : null;
}
