/**
 * The page side of "first paper shown": an init script that records the first frame in which an
 * article is in the viewport, and the wait for it.
 */
import type { Page } from '@playwright/test';
import { deadline } from './measure';

export type FirstPaper = { at: number; jsKb: number };
type ProbeWindow = Window & { __benchFirstPaper?: FirstPaper; __benchAnyPaper?: number };

/**
 * Runs in the page before any of its own script (an init script ignores the page's CSP). With
 * `required` (a CSS selector), only a frame in which that selector also matches counts: a page
 * that first shows another list's papers is not done yet. `__benchAnyPaper` then keeps the first
 * frame with any paper in view.
 */
export function firstPaperProbe(required?: string): void {
  const probe = window as ProbeWindow;
  const inViewport = () =>
    Array.from(document.querySelectorAll('article, [role="article"]')).some((element) => {
      const rect = element.getBoundingClientRect();
      return rect.height > 0 && rect.top < innerHeight && rect.bottom > 0;
    });
  let waiting = false;
  const check = () => {
    waiting = false;
    if (probe.__benchFirstPaper || !inViewport()) return;
    const now = performance.now();
    probe.__benchAnyPaper ??= now;
    if (required && !document.querySelector(required)) {
      // What makes it count may change without a mutation (a select's value): look again.
      waiting = true;
      requestAnimationFrame(check);
      return;
    }
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => /\.m?js(\?|$)/.test(entry.name)) as PerformanceResourceTiming[];
    const bytes = scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0);
    probe.__benchFirstPaper = { at: now, jsKb: bytes / 1024 };
    observer.disconnect();
  };
  const observer = new MutationObserver(() => {
    if (waiting || !document.querySelector('article, [role="article"]')) return;
    waiting = true;
    // The DOM has it; the frame after this callback is the one that paints it.
    requestAnimationFrame(check);
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The first paper's frame, and the first frame with any paper (the same without `required`). */
export async function waitForFirstPaper(page: Page): Promise<FirstPaper & { anyAt: number }> {
  const handle = await page.waitForFunction(
    () => (window as ProbeWindow).__benchFirstPaper,
    undefined,
    deadline(90_000),
  );
  const shown = (await handle.jsonValue()) as FirstPaper;
  const anyAt = await page.evaluate(() => (window as ProbeWindow).__benchAnyPaper ?? NaN);
  return { ...shown, anyAt };
}
