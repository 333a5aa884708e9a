import { useEffect, useRef, useState } from 'react';
import type { CataloguePaper } from '../../lib/catalogue/schema';
import { NextUpRow, type Direction } from './next-up-row';
import { dragOffset, usePointerReorder } from './use-pointer-reorder';

type NextUpListProps = {
  papers: readonly CataloguePaper[];
  onMove: (from: number, to: number) => void;
};

type FocusRequest = { id: string; direction: Direction };

export function NextUpList({ papers, onMove }: NextUpListProps) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const { listRef, view, startDrag } = usePointerReorder(onMove);

  // React may re-insert the moved row's element to reorder the list, which drops focus in
  // browsers: put it back on the button the user pressed, once per move.
  useEffect(() => {
    if (!focusRequest) return;
    const button = buttons.current.get(`${focusRequest.direction}\n${focusRequest.id}`);
    if (button && document.activeElement !== button) button.focus();
  }, [focusRequest]);

  const moveBy = (index: number, id: string, direction: Direction) => {
    onMove(index, direction === 'up' ? index - 1 : index + 1);
    setFocusRequest({ id, direction });
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
          onDragStart={(event) => startDrag(index, event)}
          buttonRef={(direction, button) => {
            const key = `${direction}\n${paper.id}`;
            if (button) buttons.current.set(key, button);
            else buttons.current.delete(key);
          }}
        />
      ))}
    </ol>
  );
}
