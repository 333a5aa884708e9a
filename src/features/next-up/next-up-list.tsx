import { useEffect, useRef, useState } from 'react';
import type { CataloguePaper } from '../../lib/catalogue/schema';
import { NextUpRow, type Direction, type Leave, type RowButton } from './next-up-row';
import { dragOffset, usePointerReorder } from './use-pointer-reorder';

type NextUpListProps = {
  papers: readonly CataloguePaper[];
  onMove: (from: number, to: number) => void;
  onLeave: (paper: CataloguePaper, leave: Leave) => void;
};

type FocusRequest = { id: string; button: RowButton };
type Leaving = { id: string; index: number; button: Leave };

const buttonKey = (button: RowButton, id: string) => `${button}\n${id}`;

export function NextUpList({ papers, onMove, onLeave }: NextUpListProps) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const leaving = useRef<Leaving | null>(null);
  const { listRef, view, startDrag } = usePointerReorder(onMove);

  // React may re-insert the moved row's element to reorder the list, which drops focus in
  // browsers: put it back on the button the user pressed, once per move.
  useEffect(() => {
    if (!focusRequest) return;
    const button = buttons.current.get(buttonKey(focusRequest.button, focusRequest.id));
    if (button && document.activeElement !== button) button.focus();
  }, [focusRequest]);

  // The pressed Start reading or Remove leaves with its paper: the same button of the paper
  // that takes its place gets focus, so keyboard users can go on down the list. (When the last
  // one leaves, the list goes and the page takes focus.)
  useEffect(() => {
    const pending = leaving.current;
    if (!pending || papers.some((paper) => paper.id === pending.id)) return;
    leaving.current = null;
    const next = papers[Math.min(pending.index, papers.length - 1)];
    if (next) setFocusRequest({ id: next.id, button: pending.button });
  }, [papers]);

  const moveBy = (index: number, id: string, direction: Direction) => {
    onMove(index, direction === 'up' ? index - 1 : index + 1);
    setFocusRequest({ id, button: direction });
  };

  return (
    <ol className="next-up-list" aria-label="Next up" ref={listRef}>
      {papers.map((paper, index) => (
        <NextUpRow
          key={paper.id}
          paper={paper}
          index={index}
          count={papers.length}
          offset={dragOffset(view, index)}
          dragging={view?.from === index}
          onMove={(direction) => moveBy(index, paper.id, direction)}
          onLeave={(button) => {
            leaving.current = { id: paper.id, index, button };
            onLeave(paper, button);
          }}
          onDragStart={(event) => startDrag(index, event)}
          buttonRef={(name, button) => {
            const key = buttonKey(name, paper.id);
            if (button) buttons.current.set(key, button);
            else buttons.current.delete(key);
          }}
        />
      ))}
    </ol>
  );
}
