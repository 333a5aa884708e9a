import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  dragOffset,
  usePointerReorder,
  type DragView,
} from '../../../src/features/next-up/use-pointer-reorder';

const ROW_HEIGHT = 40;

/** Four rows, 40 px high and stacked from the top, each a drag handle. */
function Rows({ onDrop }: { onDrop: (from: number, to: number) => void }) {
  const { listRef, view, startDrag } = usePointerReorder(onDrop);
  return (
    <ol ref={listRef}>
      {[0, 1, 2, 3].map((index) => (
        <li
          key={index}
          data-offset={dragOffset(view, index)}
          onPointerDown={(event) => startDrag(index, event)}
        >
          row {index}
        </li>
      ))}
    </ol>
  );
}

function renderRows() {
  const onDrop = vi.fn();
  const view = render(<Rows onDrop={onDrop} />);
  const rows = screen.getAllByRole('listitem');
  rows.forEach((row, index) => {
    vi.spyOn(row, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 0, y: index * ROW_HEIGHT, width: 300, height: ROW_HEIGHT }),
    );
  });
  const offsets = () => rows.map((row) => Number(row.dataset.offset));
  return { ...view, onDrop, rows, offsets };
}

// jsdom has no PointerEvent: a MouseEvent of the pointer type carries the same fields.
const pointer = (target: EventTarget, type: string, clientY: number, button = 0) =>
  act(() => {
    target.dispatchEvent(
      new MouseEvent(type, { bubbles: true, cancelable: true, clientY, button }),
    );
  });
const pressKey = (key: string) =>
  act(() => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key }));
  });

afterEach(() => vi.restoreAllMocks());

describe('reordering rows by dragging', () => {
  it('moves the row with the pointer, makes room for it, and drops it where it was let go', () => {
    const { rows, offsets, onDrop } = renderRows();
    pointer(rows[0] as HTMLElement, 'pointerdown', 20);
    expect(offsets()).toEqual([0, 0, 0, 0]);
    // The row's middle (20) moves to 110: past the middles of rows 1 (60) and 2 (100).
    pointer(window, 'pointermove', 110);
    expect(offsets()).toEqual([90, -ROW_HEIGHT, -ROW_HEIGHT, 0]);
    pointer(window, 'pointerup', 110);
    expect(onDrop).toHaveBeenCalledWith(0, 2);
    expect(offsets()).toEqual([0, 0, 0, 0]);
  });

  it('moves rows down to make room when a row is dragged up', () => {
    const { rows, offsets, onDrop } = renderRows();
    pointer(rows[3] as HTMLElement, 'pointerdown', 140);
    pointer(window, 'pointermove', 50);
    expect(offsets()).toEqual([0, ROW_HEIGHT, ROW_HEIGHT, -90]);
    pointer(window, 'pointerup', 50);
    expect(onDrop).toHaveBeenCalledWith(3, 1);
  });

  it('drops nothing when let go where it started, cancelled, or stopped with Escape', () => {
    const { rows, offsets, onDrop } = renderRows();
    pointer(rows[1] as HTMLElement, 'pointerdown', 60);
    pointer(window, 'pointermove', 70);
    pointer(window, 'pointerup', 70);
    pointer(rows[1] as HTMLElement, 'pointerdown', 60);
    pointer(window, 'pointermove', 150);
    pointer(window, 'pointercancel', 150);
    pointer(rows[1] as HTMLElement, 'pointerdown', 60);
    pointer(window, 'pointermove', 150);
    pressKey('Enter');
    expect(offsets()[1]).toBe(90);
    pressKey('Escape');
    expect(offsets()).toEqual([0, 0, 0, 0]);
    pointer(window, 'pointerup', 150);
    expect(onDrop).not.toHaveBeenCalled();
  });

  it('starts only with the main button, and one drag at a time', () => {
    const { rows, offsets, onDrop } = renderRows();
    pointer(rows[0] as HTMLElement, 'pointerdown', 20, 2);
    pointer(window, 'pointermove', 110);
    expect(offsets()).toEqual([0, 0, 0, 0]);
    pointer(rows[0] as HTMLElement, 'pointerdown', 20);
    pointer(rows[3] as HTMLElement, 'pointerdown', 140);
    pointer(window, 'pointermove', 70);
    pointer(window, 'pointerup', 70);
    expect(onDrop).toHaveBeenCalledExactlyOnceWith(0, 1);
  });

  it('follows the page when it is scrolled', () => {
    const { rows, onDrop } = renderRows();
    pointer(rows[0] as HTMLElement, 'pointerdown', 20);
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(130);
    // The same spot on screen is 130 px further down the page: past every other row.
    pointer(window, 'pointermove', 20);
    pointer(window, 'pointerup', 20);
    expect(onDrop).toHaveBeenCalledWith(0, 3);
  });

  it('stops listening when the list goes away mid-drag', () => {
    const { rows, unmount, onDrop } = renderRows();
    pointer(rows[0] as HTMLElement, 'pointerdown', 20);
    pointer(window, 'pointermove', 150);
    unmount();
    pointer(window, 'pointerup', 150);
    expect(onDrop).not.toHaveBeenCalled();
  });
});

describe('dragOffset', () => {
  const view: DragView = { from: 1, over: 3, delta: 85, shift: 40 };

  it('is nothing when no row is dragged, and the pointer’s move for the dragged row', () => {
    expect(dragOffset(null, 2)).toBe(0);
    expect(dragOffset(view, 1)).toBe(85);
  });

  it('moves the rows it passed over by its height, and no others', () => {
    expect([0, 2, 3, 4].map((index) => dragOffset(view, index))).toEqual([0, -40, -40, 0]);
    const up: DragView = { from: 3, over: 1, delta: -85, shift: 40 };
    expect([0, 1, 2, 4].map((index) => dragOffset(up, index))).toEqual([0, 40, 40, 0]);
  });
});
