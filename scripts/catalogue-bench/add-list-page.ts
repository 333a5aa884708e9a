/**
 * The page side of adding a list in the built app: what is watched in the page (the `change` of
 * the file input, the "Added" or refusal message, long tasks) and one timed add.
 */
import type { Page } from '@playwright/test';
import type { SyntheticList } from './synthetic-lists';

/** What the page records; times are the page's `performance.now()`. */
type Watch = {
  chosenAt: number | null;
  doneAt: number | null;
  message: string;
  refused: boolean;
  /** Long tasks (over 50 ms) as [start, end]. */
  tasks: [number, number][];
};

export type AddTiming = {
  /** From the input's `change` event (the file is chosen) to the message on screen. */
  fromChangeMs: number;
  /** From the `setInputFiles` call: adds Playwright's sending the file and making it a `File`. */
  fromSetInputMs: number;
  /** The longest main-thread task, or the part of it, after the file was chosen. */
  longestTaskMs: number;
  message: string;
};

const WATCH_KEY = '__catalogueBench';

/** Installs the watchers; call once the Add list input is on the page, before choosing a file. */
async function watch(page: Page): Promise<void> {
  await page.evaluate((key) => {
    const state: Watch = {
      chosenAt: null,
      doneAt: null,
      message: '',
      refused: false,
      tasks: [],
    };
    Reflect.set(window, key, state);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.tasks.push([entry.startTime, entry.startTime + entry.duration]);
      }
    }).observe({ type: 'longtask' });
    document.addEventListener('change', () => (state.chosenAt ??= performance.now()), true);
    const observer = new MutationObserver(() => {
      const added = [...document.querySelectorAll('[role="status"]')].find((node) =>
        node.textContent?.startsWith('Added'),
      );
      const refusal = document.querySelector('[role="alert"]');
      const done = added ?? refusal;
      if (!done || state.message) return;
      state.message = done.textContent ?? '';
      state.refused = added === undefined;
      observer.disconnect();
      // The message is on screen at the next frame.
      requestAnimationFrame(() => (state.doneAt = performance.now()));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, WATCH_KEY);
}

const read = (page: Page) => page.evaluate((key) => Reflect.get(window, key) as Watch, WATCH_KEY);

/** Opens Settings in `page`, adds `list` through the Add list input and times it. */
export async function timeAddList(
  page: Page,
  baseUrl: string,
  list: SyntheticList,
): Promise<AddTiming> {
  await page.goto(`${baseUrl}/settings`);
  const input = page.getByLabel('Add list');
  await input.waitFor({ state: 'attached' });
  await watch(page);
  const startedAt = await page.evaluate(() => performance.now());
  await input.setInputFiles({
    name: list.fileName,
    mimeType: 'text/markdown',
    buffer: Buffer.from(list.markdown),
  });
  const shown = (key: string) => (Reflect.get(window, key) as Watch).doneAt !== null;
  await page.waitForFunction(shown, WATCH_KEY, { timeout: 60_000 });
  // A long task that is still running when the message shows is reported when it ends.
  await page.waitForTimeout(500);
  const state = await read(page);
  if (state.refused) throw new Error(`${list.fileName} was refused in the app: ${state.message}`);
  const doneAt = state.doneAt ?? Number.NaN;
  const chosenAt = state.chosenAt ?? Number.NaN;
  // Playwright builds the `File` in the page in a long task of its own, which dispatches the
  // `change` event at its end: only what follows that event is the app's.
  const after = state.tasks.map(([start, end]) => end - Math.max(start, chosenAt));
  return {
    fromChangeMs: doneAt - chosenAt,
    fromSetInputMs: doneAt - startedAt,
    longestTaskMs: Math.max(0, ...after),
    message: state.message,
  };
}

/** The paper count in "Added “Title”: 4,084 papers (…)". */
export function papersInMessage(message: string): number | null {
  const match = /^Added “.*”: ([\d,]+) papers?\b/u.exec(message);
  return match?.[1] === undefined ? null : Number(match[1].replace(/,/g, ''));
}
