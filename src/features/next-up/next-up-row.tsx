import type { PointerEvent as ReactPointerEvent } from 'react';
import { Link } from 'wouter';
import type { CataloguePaper } from '../../lib/catalogue/schema';
import { paperPath } from '../../lib/paths';
import { NextUpMeta } from './next-up-meta';

export type Direction = 'up' | 'down';
/** What leaves Next up from its row: the paper is started, or goes back to Unread. */
export type Leave = 'start' | 'remove';
export type RowButton = Direction | Leave;

type NextUpRowProps = {
  paper: CataloguePaper;
  index: number;
  count: number;
  /** Where the row is drawn while dragging, in px; 0 otherwise. */
  offset: number;
  dragging: boolean;
  onMove: (direction: Direction) => void;
  onLeave: (leave: Leave) => void;
  onDragStart: (event: ReactPointerEvent<HTMLElement>) => void;
  buttonRef: (name: RowButton, button: HTMLButtonElement | null) => void;
};

export function NextUpRow(props: NextUpRowProps) {
  const { paper, index, count, offset, dragging, onMove, onLeave, onDragStart, buttonRef } = props;
  // aria-disabled rather than disabled at the ends: a disabled button drops keyboard focus,
  // and focus must stay on the button just used when a paper reaches the top or the bottom.
  const moveButton = (direction: Direction, atEnd: boolean) => (
    <button
      type="button"
      className="button next-up-row__move"
      aria-label={`Move ${direction} ${paper.title}`}
      aria-disabled={atEnd}
      ref={(button) => buttonRef(direction, button)}
      onClick={() => {
        if (!atEnd) onMove(direction);
      }}
    >
      <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
    </button>
  );

  return (
    <li
      className={dragging ? 'next-up-row next-up-row--dragging' : 'next-up-row'}
      style={offset === 0 ? undefined : { transform: `translateY(${offset}px)` }}
    >
      {/* Pointer only: keyboard and screen reader users have the Move buttons. */}
      <span
        className="next-up-row__handle"
        aria-hidden="true"
        title="Drag to reorder"
        onPointerDown={onDragStart}
      >
        ⠿
      </span>
      <span className="next-up-row__position" aria-hidden="true">
        {index + 1}
      </span>
      <div className="next-up-row__main">
        <Link href={paperPath(paper.id)} className="next-up-row__title">
          {paper.title}
        </Link>
        <NextUpMeta paper={paper} />
      </div>
      <div className="next-up-row__leave">
        <button
          type="button"
          className="button"
          aria-label={`Start reading ${paper.title}`}
          ref={(button) => buttonRef('start', button)}
          onClick={() => onLeave('start')}
        >
          Start reading
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={`Remove ${paper.title} from Next up`}
          ref={(button) => buttonRef('remove', button)}
          onClick={() => onLeave('remove')}
        >
          Remove
        </button>
      </div>
      <div className="next-up-row__actions">
        {moveButton('up', index === 0)}
        {moveButton('down', index === count - 1)}
      </div>
    </li>
  );
}
