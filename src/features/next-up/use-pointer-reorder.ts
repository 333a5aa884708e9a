import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';

/** What the rows need to draw a drag in progress. */
export type DragView = { from: number; over: number; delta: number; shift: number };

type Session = { from: number; over: number; startY: number; mids: number[]; stop: () => void };

const pageY = (clientY: number) => clientY + window.scrollY;

/**
 * Reorders rows by dragging a handle with a mouse, pen or finger. The rows stay where they are
 * in the DOM while dragging (moved with transforms only), so the pointer is never lost; the
 * new order is committed on release. Keyboard users have the Move buttons instead.
 */
export function usePointerReorder(onDrop: (from: number, to: number) => void) {
  const listRef = useRef<HTMLOListElement>(null);
  const session = useRef<Session | null>(null);
  const [view, setView] = useState<DragView | null>(null);

  useEffect(() => () => session.current?.stop(), []);

  const startDrag = (from: number, event: ReactPointerEvent<HTMLElement>) => {
    const rows = listRef.current ? [...listRef.current.children] : [];
    if (event.button !== 0 || session.current || !rows[from]) return;
    event.preventDefault();
    const rects = rows.map((row) => row.getBoundingClientRect());
    const mids = rects.map((rect) => pageY(rect.top + rect.height / 2));
    const startY = pageY(event.clientY);
    const shift = rects[from]?.height ?? 0;

    const onMove = (moveEvent: PointerEvent) => {
      const current = session.current;
      if (!current) return;
      const delta = pageY(moveEvent.clientY) - startY;
      const center = (mids[from] ?? 0) + delta;
      // The new index: how many of the other rows' middles the dragged row's middle has passed.
      current.over = mids.filter((mid, index) => index !== from && mid < center).length;
      setView({ from, over: current.over, delta, shift });
    };
    const finish = (commit: boolean) => {
      const current = session.current;
      if (!current) return;
      current.stop();
      session.current = null;
      setView(null);
      if (commit && current.over !== current.from) onDrop(current.from, current.over);
    };
    const onUp = () => finish(true);
    const onCancel = () => finish(false);
    const onKey = (keyEvent: KeyboardEvent) => {
      if (keyEvent.key === 'Escape') finish(false);
    };
    const stop = () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      window.removeEventListener('keydown', onKey);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    window.addEventListener('keydown', onKey);
    session.current = { from, over: from, startY, mids, stop };
    setView({ from, over: from, delta: 0, shift });
  };

  return { listRef, view, startDrag };
}

/** The offset of a row while another (or it) is dragged. */
export function dragOffset(view: DragView | null, index: number): number {
  if (!view) return 0;
  if (index === view.from) return view.delta;
  if (view.from < index && index <= view.over) return -view.shift;
  if (view.over <= index && index < view.from) return view.shift;
  return 0;
}
