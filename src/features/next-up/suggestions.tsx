import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { CataloguePaper } from '../../lib/catalogue/schema';
import { paperPath } from '../../lib/paths';
import { NextUpMeta } from './next-up-meta';

type SuggestionsProps = {
  papers: readonly CataloguePaper[];
  onAdd: (paper: CataloguePaper) => void;
};

export function Suggestions({ papers, onAdd }: SuggestionsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The pressed button leaves with its paper: focus the one that takes its place instead of
  // dropping keyboard users at the top of the page.
  const added = useRef<{ id: string; index: number } | null>(null);

  useEffect(() => {
    const pending = added.current;
    if (!pending || papers.some((paper) => paper.id === pending.id)) return;
    added.current = null;
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    const next = buttons[Math.min(pending.index, buttons.length - 1)];
    (next ?? headingRef.current)?.focus();
  }, [papers]);

  return (
    <section className="next-up-suggestions" aria-labelledby="next-up-suggestions-title">
      <h3 id="next-up-suggestions-title" ref={headingRef} tabIndex={-1}>
        Suggested from sections you are reading
      </h3>
      {papers.length === 0 ? (
        <p className="empty-state">
          Mark a paper as Reading or Read, and unread papers from its section will be suggested
          here.
        </p>
      ) : (
        <ul className="next-up-suggestions__list" ref={listRef}>
          {papers.map((paper, index) => (
            <li key={paper.id} className="next-up-suggestion">
              <div className="next-up-row__main">
                <Link href={paperPath(paper.id)} className="next-up-row__title">
                  {paper.title}
                </Link>
                <NextUpMeta paper={paper} />
              </div>
              <button
                type="button"
                className="button"
                aria-label={`Add ${paper.title} to Next up`}
                onClick={() => {
                  added.current = { id: paper.id, index };
                  onAdd(paper);
                }}
              >
                + Add
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
