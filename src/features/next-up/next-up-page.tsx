import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { setStatus } from '../../db/paper-writes';
import { usePaperStates } from '../../db/use-paper-states';
import { useChangeStatus } from '../../hooks/use-change-status';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { Catalogue, CataloguePaper } from '../../lib/catalogue/schema';
import { suggestUnread } from '../../lib/next-up/next-up';
import { reportRejection } from '../../lib/report-rejection';
import { NextUpList } from './next-up-list';
import type { Leave } from './next-up-row';
import { Suggestions } from './suggestions';
import { useNextUp } from './use-next-up';
import './next-up.css';

type NextUpPageProps = { catalogue: Catalogue; outline: CatalogueOutline };

const known = (paper: CataloguePaper | undefined): paper is CataloguePaper => paper !== undefined;

export function NextUpPage({ catalogue, outline }: NextUpPageProps) {
  const states = usePaperStates();
  const [announcement, setAnnouncement] = useState('');
  // Papers of this list only (they have a venue and year to show); one order serves all lists.
  const toReadIds = useMemo(
    () => catalogue.papers.filter((p) => states?.get(p.id)?.status === 'to-read').map((p) => p.id),
    [catalogue, states],
  );
  const allToRead = useMemo(
    () =>
      new Set([...(states?.values() ?? [])].filter((s) => s.status === 'to-read').map((s) => s.id)),
    [states],
  );
  const { ids, move } = useNextUp(toReadIds, allToRead);
  const papers = useMemo(
    () => (ids ?? []).map((id) => outline.paperById.get(id)).filter(known),
    [ids, outline],
  );
  const suggestions = useMemo(
    () =>
      (states ? suggestUnread(states, outline) : [])
        .map((id) => outline.paperById.get(id))
        .filter(known),
    [states, outline],
  );

  const moveAndAnnounce = useCallback(
    (from: number, to: number) => {
      const paper = papers[from];
      if (!paper) return;
      const position = Math.min(Math.max(to, 0), papers.length - 1) + 1;
      move(from, to);
      setAnnouncement(`Moved ${paper.title} to position ${position} of ${papers.length}`);
    },
    [papers, move],
  );

  const changeStatus = useChangeStatus();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const leftLast = useRef(false);
  // Start reading or Remove on the last paper takes the list away: focus goes to the page.
  useEffect(() => {
    if (papers.length > 0 || !leftLast.current) return;
    leftLast.current = false;
    titleRef.current?.focus();
  }, [papers]);
  const leave = (paper: CataloguePaper, how: Leave) => {
    leftLast.current = papers.length === 1;
    // The toast's Undo puts the paper back in its place: the saved order still holds it.
    const status = how === 'start' ? 'reading' : 'unread';
    const snapshot = { title: paper.title, url: paper.url };
    reportRejection(changeStatus(paper.id, status, snapshot, states?.get(paper.id)));
  };

  const add = (paper: CataloguePaper) => {
    reportRejection(
      setStatus(paper.id, 'to-read', { title: paper.title, url: paper.url }).then(() =>
        setAnnouncement(`Added ${paper.title} to Next up`),
      ),
    );
  };

  const loading = states === undefined || ids === undefined;
  return (
    <main className="page next-up" id="main" tabIndex={-1}>
      <h2 className="page__title" ref={titleRef} tabIndex={-1}>
        Next up
      </h2>
      <p className="muted">
        The papers you marked To read, in the order you mean to read them. Drag a paper by its
        handle, or use its arrow buttons, to change the order. Start reading marks it Reading;
        Remove takes it back to Unread (both can be undone).
      </p>
      {loading ? (
        <p className="muted">Loading…</p>
      ) : papers.length === 0 ? (
        <p className="empty-state">
          Nothing to read next yet. Set a paper’s status to To read in the list, or add one of the
          suggestions below, and it will show up here.
        </p>
      ) : (
        <NextUpList papers={papers} onMove={moveAndAnnounce} onLeave={leave} />
      )}
      {/* Always in the page, so screen readers are listening before the first message. */}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {!loading && <Suggestions papers={suggestions} onAdd={add} />}
    </main>
  );
}
