import { useLayoutEffect, type RefObject } from 'react';
import { toastPlacement, type Box } from '../lib/toast-placement';

// Matches the gap the stylesheet keeps between the toasts and the window's edge.
const MARGIN = 16;

// A plain copy: a DOMRect's sides are getters, which spreading would drop.
function boxOf(element: Element): Box {
  const { top, bottom, left, right } = element.getBoundingClientRect();
  return { top, bottom, left, right };
}

/**
 * Keeps the toasts off the control in use and off any place marked `data-toast-avoid` (the notes
 * editor), moving them between the bottom and the top of the window as focus, scroll and size
 * change while they are shown.
 */
export function useToastPlacement(
  ref: RefObject<HTMLElement | null>,
  // The newest toast's id: each new one is placed again, as its text may be taller.
  toastId: number | null,
): void {
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container || toastId === null) return;
    const place = () => {
      const active = document.activeElement;
      const focused =
        active && active !== document.body && !container.contains(active) ? boxOf(active) : null;
      const avoid = [...document.querySelectorAll('[data-toast-avoid]')].map(boxOf);
      container.dataset.placement = toastPlacement(
        boxOf(container),
        window.innerHeight,
        MARGIN,
        focused,
        avoid,
      );
    };
    place();
    document.addEventListener('focusin', place);
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place);
    return () => {
      document.removeEventListener('focusin', place);
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
    };
  }, [ref, toastId]);
}
