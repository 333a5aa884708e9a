import { measureElement, useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

// Rows kept mounted beyond each edge of the viewport, so scrolling finds them ready; right
// after the rows change (a keystroke's results) only the visible rows and one more are
// rendered, and the rest follow once that frame is drawn.
const OVERSCAN = 6;
const LEAN_OVERSCAN = 1;

function useLeanOverscan<T>(items: readonly T[]): number {
  const [shown, setShown] = useState(items);
  const [lean, setLean] = useState(false);
  if (shown !== items) {
    setShown(items);
    setLean(true);
  }
  useEffect(() => {
    if (!lean) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setLean(false), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [lean, items]);
  return lean ? LEAN_OVERSCAN : OVERSCAN;
}

type VirtualListProps<T> = {
  items: readonly T[];
  getKey: (item: T) => string;
  estimateSize: (item: T) => number;
  renderItem: (item: T) => ReactNode;
  label: string;
  /** Every row is this many px high: rows are placed by it, never measured. */
  fixedSize?: number;
  className?: string;
  /** Keeps the item with this key in view (the keyboard cursor). */
  scrollToKey?: string | null;
};

/**
 * Renders only the rows near the viewport, so a list of 50,000 papers costs what a screenful
 * does. The page itself scrolls (not an inner box), which keeps native keyboard scrolling, find
 * and mobile browser chrome behaving as users expect.
 */
export function VirtualList<T>({
  items,
  getKey,
  estimateSize,
  renderItem,
  label,
  fixedSize,
  className,
  scrollToKey = null,
}: VirtualListProps<T>) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // Content above the list (toolbar, banners) can change height; the virtualizer needs to know
  // where the list starts on the page. Any such change also resizes the list's parent.
  useLayoutEffect(() => {
    const element = listRef.current;
    const parent = element?.parentElement;
    if (!element || !parent) return;
    const measure = () => setScrollMargin(element.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    return () => observer.disconnect();
  }, []);

  // A new function makes the virtualizer place every row again (all 10,000 of them): only when
  // the items change, not on every render.
  const keyOf = useCallback(
    (index: number) => {
      const item = items[index];
      return item === undefined ? index : getKey(item);
    },
    [items, getKey],
  );
  const overscan = useLeanOverscan(items);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (index) => {
      if (fixedSize !== undefined) return fixedSize;
      const item = items[index];
      return item === undefined ? 120 : estimateSize(item);
    },
    getItemKey: keyOf,
    // A row always has some height: none means the list is not laid out (hidden, or a DOM with no
    // layout), where taking it would mount row after row to fill a screen that has no size.
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      return size > 0 ? size : instance.options.estimateSize(instance.indexFromElement(element));
    },
    overscan,
    scrollMargin,
  });

  useEffect(() => {
    if (scrollToKey === null) return;
    const index = items.findIndex((item) => getKey(item) === scrollToKey);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    // Only when the cursor moves, not on every render of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollToKey]);

  // A row's element is measured as it mounts; the elements of rows gone are let go once per
  // render here, not once per row (each let-go looks through every element it holds).
  const measure = useCallback(
    (element: HTMLDivElement | null) => {
      if (element) virtualizer.measureElement(element);
    },
    [virtualizer],
  );
  const virtualItems = virtualizer.getVirtualItems();
  useLayoutEffect(() => {
    if (fixedSize === undefined) virtualizer.measureElement(null);
  }, [virtualItems, virtualizer, fixedSize]);
  const offset = (virtualItems[0]?.start ?? 0) - scrollMargin;

  return (
    <div
      ref={listRef}
      className={className ? `virtual-list ${className}` : 'virtual-list'}
      role="list"
      aria-label={label}
      style={{ height: virtualizer.getTotalSize() }}
    >
      <div className="virtual-list__window" style={{ transform: `translateY(${offset}px)` }}>
        {virtualItems.map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <div
              key={row.key}
              role="listitem"
              data-index={row.index}
              ref={fixedSize === undefined ? measure : undefined}
            >
              {renderItem(item)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
