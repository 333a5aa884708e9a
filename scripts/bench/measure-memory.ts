/**
 * Memory: the JS heap in use after a full garbage collection, once after load and once after
 * scrolling the whole list to the bottom (which renders, measures and drops many rows).
 */
import type { Page } from '@playwright/test';
import { heapUsedMb, settle } from './browser';

/** Scrolls to the bottom in at most ~50 jumps (or 60 s), two frames per jump. */
async function scrollToBottom(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const started = performance.now();
    let jumps = 0;
    const atBottom = () =>
      window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    // The list's height changes as rows are measured, so the target is re-read on every jump.
    while (!atBottom() && performance.now() - started < 60_000) {
      const jump = Math.max(window.innerHeight, document.documentElement.scrollHeight / 50);
      window.scrollBy(0, jump);
      await frame();
      await frame();
      jumps += 1;
    }
    if (!atBottom()) throw new Error('could not reach the bottom of the list in 60 s');
    return jumps;
  });
}

export async function heapAfterLoadAndScroll(
  page: Page,
): Promise<{ load: number; scroll: number }> {
  const load = await heapUsedMb(page);
  await scrollToBottom(page);
  await settle(page, 500);
  const scroll = await heapUsedMb(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page, 300);
  return { load, scroll };
}
