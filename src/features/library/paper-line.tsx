import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { CataloguePaper } from '../../lib/catalogue/schema';
import { paperPath } from '../../lib/paths';
import type { ReadingStatus } from '../../lib/reading-status';
import { StatusMark } from './status-mark';
import { TagChips, type FilterByTag } from './tag-chips';

// Two chips fit beside a title on a laptop; more would crowd the title out of its one line.
const SHOWN_TAGS = 2;

type PaperLineProps = {
  paper: CataloguePaper;
  status: ReadingStatus;
  userTags: readonly string[];
  onFilterTag: FilterByTag;
  /** The status menu, at the end of the line. */
  aside: ReactNode;
  search: string;
  orphan: boolean;
  selected: boolean;
};

/** A paper on one line of the compact list: status, title, venue and year, tags, status menu. */
export function PaperLine({
  paper,
  status,
  userTags,
  onFilterTag,
  aside,
  search,
  orphan,
  selected,
}: PaperLineProps) {
  const titleId = `paper-title-${paper.id}`;
  const meta = orphan
    ? 'Not in this list any more'
    : [paper.venue, paper.year].filter(Boolean).join(' · ');
  const listTags = paper.tags.slice(0, SHOWN_TAGS);
  const ownTags = userTags.slice(0, SHOWN_TAGS - listTags.length);
  const hidden = [...paper.tags.slice(SHOWN_TAGS), ...userTags.slice(ownTags.length)];
  return (
    <article
      className="paper-line"
      aria-labelledby={titleId}
      aria-current={selected ? 'true' : undefined}
      data-paper-id={paper.id}
      data-status={status}
    >
      <StatusMark status={status} />
      <h3 className="paper-line__title" id={titleId}>
        <Link href={paperPath(paper.id, search)} state={{ fromList: true }} title={paper.title}>
          {paper.title}
        </Link>
      </h3>
      <span className="paper-line__meta">{meta}</span>
      <span className="paper-line__tags">
        <TagChips listTags={listTags} userTags={ownTags} onFilter={onFilterTag} />
        {hidden.length > 0 && (
          <span className="paper-line__more" title={hidden.join(', ')}>
            +{hidden.length}
            <span className="visually-hidden"> more tags</span>
          </span>
        )}
      </span>
      {aside}
    </article>
  );
}
