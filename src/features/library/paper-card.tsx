import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { ExternalLink } from '../../components/external-link';
import { InlineMarkdown } from '../../components/inline-markdown';
import type { CataloguePaper } from '../../lib/catalogue/schema';
import { authorsText, shortAuthors } from '../../lib/paper-authors';
import { paperPath } from '../../lib/paths';
import type { ReadingStatus } from '../../lib/reading-status';
import { StatusMark } from './status-mark';
import { TagChips, type FilterByTag } from './tag-chips';

// Three names fit one line of a card on most screens; the count says how many more there are.
const CARD_AUTHORS = { shown: 3, rest: 'count' } as const;

type PaperCardProps = {
  paper: CataloguePaper;
  status: ReadingStatus;
  onFilterTag: FilterByTag;
  /** Extra chips after the list's own tags (the user's tags). */
  extraTags?: readonly string[];
  /** Controls at the end of the card (e.g. the status menu). */
  aside?: ReactNode;
  search?: string;
  /** The paper is kept from the user's state, no longer in the list. */
  orphan?: boolean;
  /** The keyboard cursor is on this paper. */
  selected?: boolean;
};

export function PaperCard({
  paper,
  status,
  onFilterTag,
  extraTags = [],
  aside,
  search = '',
  orphan = false,
  selected = false,
}: PaperCardProps) {
  const titleId = `paper-title-${paper.id}`;
  const meta = [paper.venue, paper.year].filter(Boolean).join(' · ');
  const authors = shortAuthors(paper.authors, CARD_AUTHORS);
  return (
    <article
      className="paper-card"
      aria-labelledby={titleId}
      aria-current={selected ? 'true' : undefined}
      data-paper-id={paper.id}
      data-status={status}
    >
      <div className="paper-card__body">
        <div className="paper-card__heading">
          <StatusMark status={status} />
          <h3 className="paper-card__title" id={titleId}>
            <Link href={paperPath(paper.id, search)} state={{ fromList: true }}>
              {paper.title}
            </Link>
          </h3>
        </div>
        {authors && (
          // One line, cut with an ellipsis if still too long: the full list is on hover here
          // and in the paper's detail.
          <p className="paper-card__authors" title={authorsText(paper.authors)}>
            {authors}
          </p>
        )}
        {(meta || orphan || paper.tags.length > 0 || extraTags.length > 0) && (
          <p className="paper-card__meta">
            {orphan && <span className="chip chip--warn">Not in this list any more</span>}
            {meta && <span>{meta}</span>}
            <TagChips listTags={paper.tags} userTags={extraTags} onFilter={onFilterTag} />
          </p>
        )}
        {paper.description && (
          <p className="paper-card__description">
            <InlineMarkdown text={paper.description} />
          </p>
        )}
        <p className="paper-card__links">
          <ExternalLink href={paper.url}>Paper ↗</ExternalLink>
          {paper.links.map((link) => (
            <ExternalLink href={link.url} key={link.url}>
              {link.label} ↗
            </ExternalLink>
          ))}
        </p>
      </div>
      {aside && <div className="paper-card__aside">{aside}</div>}
    </article>
  );
}
