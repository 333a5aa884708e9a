import { useCallback, useMemo } from 'react';
import { ExternalLink } from '../../components/external-link';
import { InlineMarkdown } from '../../components/inline-markdown';
import { useChangeStatus } from '../../hooks/use-change-status';
import { usePaperState } from '../../db/use-paper-states';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { CataloguePaper } from '../../lib/catalogue/schema';
import { authorsText } from '../../lib/paper-authors';
import type { ReadingStatus } from '../../lib/reading-status';
import { CopyMarkdownButton } from './copy-markdown-button';
import { MyPaperTools } from './my-paper-tools';
import { NotesEditor } from './notes-editor';
import { ReadingDates } from './reading-dates';
import { StatusRadioGroup } from './status-radio-group';
import { TagEditor } from './tag-editor';

type PaperDetailProps = { paper: CataloguePaper; outline: CatalogueOutline; onClose: () => void };

export function PaperDetail({ paper, outline, onClose }: PaperDetailProps) {
  const state = usePaperState(paper.id);
  const snapshot = useMemo(() => ({ title: paper.title, url: paper.url }), [paper]);
  const changeStatus = useChangeStatus();
  const writeStatus = useCallback(
    (status: ReadingStatus) => changeStatus(paper.id, status, snapshot, state),
    [changeStatus, paper.id, snapshot, state],
  );
  const inList = outline.paperById.has(paper.id);
  const sections = paper.sectionIds.flatMap((id) => outline.byId.get(id)?.title ?? []);
  const meta = [paper.venue, paper.year].filter(Boolean).join(' · ');
  const authors = authorsText(paper.authors);

  return (
    <div className="detail">
      <div className="detail__bar">
        <button type="button" className="button button--quiet detail__close" onClick={onClose}>
          <span aria-hidden="true">←</span> Back to the list
        </button>
      </div>
      <h2 className="detail__title" id="detail-title">
        {paper.title}
      </h2>
      {authors && <p className="detail__authors">{authors}</p>}
      <p className="detail__meta">
        {meta && <span>{meta}</span>}
        {sections.map((title) => (
          <span key={title} className="chip chip--list">
            {title}
          </span>
        ))}
        {!inList && <span className="chip chip--warn">Not in this list any more</span>}
      </p>
      <p className="detail__links">
        <ExternalLink href={paper.url} className="button button--primary">
          Open paper
        </ExternalLink>
        {paper.links.map((link) => (
          <ExternalLink key={link.url} href={link.url} className="button">
            {link.label}
          </ExternalLink>
        ))}
        <CopyMarkdownButton paper={paper} state={state} sectionTitles={sections} />
      </p>
      <MyPaperTools paperId={paper.id} />
      {paper.description && (
        <p className="detail__description">
          <InlineMarkdown text={paper.description} />
        </p>
      )}
      <section className="detail__section" aria-label="Reading">
        <StatusRadioGroup
          stored={state?.status ?? 'unread'}
          disabled={state === undefined}
          write={writeStatus}
        />
        <ReadingDates paperId={paper.id} state={state ?? null} snapshot={snapshot} />
      </section>
      <section className="detail__section" aria-label="Tags">
        <TagEditor paperId={paper.id} tags={state?.tags ?? []} snapshot={snapshot} />
      </section>
      <NotesEditor paperId={paper.id} stored={state} snapshot={snapshot} />
    </div>
  );
}
