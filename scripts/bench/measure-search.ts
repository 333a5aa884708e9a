/**
 * Search latency per keystroke, measured in the page: from the keystroke (its keydown's
 * timestamp, so time spent queued behind a busy main thread counts) to the first animation
 * frame whose live region shows the count for that query or a later one. The count React
 * shows can lag the input (the search is deferred), so the expected count of every prefix is
 * first learnt in a separate, calibration page.
 */
import type { Page } from '@playwright/test';
import { openApp, settle } from './browser';
import type { Measure, MeasureContext } from './measure';
import { deadline, repeat } from './measure';
import { median, percentile, type Metric } from './metrics';

export const SEARCH_QUERY = 'symbolic exe';
// About 120 words a minute: a fast typist, the hard case for a search on every keystroke.
const KEY_DELAY_MS = 100;
const COUNT_TEXT = /^\d+( of \d+)? papers$/;

type Keystroke = { t0: number; index: number; t1?: number };
type SearchWindow = Window & { __benchSearch?: { keys: Keystroke[]; done: boolean } };

/** The count's live region ("N papers", "N of M papers"; in the search toolbar): its text. */
async function countText(page: Page): Promise<string> {
  return page.evaluate((pattern) => {
    const regex = new RegExp(pattern);
    const region = Array.from(document.querySelectorAll('[role="status"]')).find(
      (element) =>
        regex.test(element.textContent?.trim() ?? '') || element.closest('[role="search"]'),
    );
    return region?.textContent?.trim() ?? '';
  }, COUNT_TEXT.source);
}

/**
 * The count shown once it has stayed the same for 300 ms after setting `query` (the
 * live region may say something else, such as "Searching…", while the search gets ready).
 */
async function settledCount(page: Page, query: string): Promise<string> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(query);
  let text = '';
  for (let stable = 0, tries = 0; stable < 300; tries += 1) {
    if (tries > 600) throw new Error(`the count for "${query}" never settled (last: "${text}")`);
    await page.waitForTimeout(50);
    const next = await countText(page);
    stable = next === text && COUNT_TEXT.test(next) ? stable + 50 : 0;
    text = next;
  }
  return text;
}

async function calibrate(context: MeasureContext): Promise<string[]> {
  const page = await openApp(await context.contexts.cold(), `${context.baseUrl}/`);
  const expected: string[] = [];
  for (let end = 1; end <= SEARCH_QUERY.length; end += 1) {
    expected.push(await settledCount(page, SEARCH_QUERY.slice(0, end)));
  }
  await page.context().close();
  return expected;
}

/** Installed after load: keystroke times, then a frame loop that matches the live region. */
function searchProbe({ expected, pattern }: { expected: string[]; pattern: string }): void {
  const probe = window as SearchWindow;
  const regex = new RegExp(pattern);
  const state = { keys: [] as Keystroke[], done: false };
  probe.__benchSearch = state;
  let keydownAt: number | undefined;
  const isSearch = (target: EventTarget | null) =>
    target instanceof HTMLInputElement && target.getAttribute('aria-label') === 'Search';
  document.addEventListener(
    'keydown',
    (e) => isSearch(e.target) && (keydownAt = e.timeStamp),
    true,
  );
  document.addEventListener(
    'input',
    (event) => {
      if (!isSearch(event.target)) return;
      const index = (event.target as HTMLInputElement).value.length - 1;
      state.keys.push({ t0: keydownAt ?? event.timeStamp, index });
      keydownAt = undefined;
    },
    true,
  );
  const frame = () => {
    const now = performance.now();
    const shown = Array.from(document.querySelectorAll('[role="status"]'))
      .map((element) => element.textContent?.trim() ?? '')
      .find((text) => regex.test(text));
    const typed = state.keys.length;
    for (const key of state.keys) {
      if (key.t1 !== undefined) continue;
      // This query's count, or a later query's: either way the screen has caught up with it.
      for (let later = key.index; later < typed && key.t1 === undefined; later += 1) {
        if (expected[later] === shown) key.t1 = now;
      }
    }
    state.done = typed === expected.length && state.keys.every((key) => key.t1 !== undefined);
    if (!state.done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function typeOnce(context: MeasureContext, expected: string[]): Promise<number[]> {
  const page = await openApp(await context.contexts.cold(), `${context.baseUrl}/`);
  try {
    await settle(page, 500);
    await page.evaluate(searchProbe, { expected, pattern: COUNT_TEXT.source });
    await page.getByRole('searchbox', { name: 'Search' }).click();
    await page.keyboard.type(SEARCH_QUERY, { delay: KEY_DELAY_MS });
    await page.waitForFunction(
      () => (window as SearchWindow).__benchSearch?.done,
      undefined,
      deadline(60_000),
    );
    const keys = await page.evaluate(() => (window as SearchWindow).__benchSearch?.keys ?? []);
    return keys.map((key) => (key.t1 ?? NaN) - key.t0);
  } finally {
    await page.context().close();
  }
}

export const measureSearch: Measure = {
  name: 'search',
  keys: ['searchP50', 'searchP95'],
  budgetMs: (size) => 90_000 + size * 3,
  run: async (context) => {
    const expected = await calibrate(context);
    const runs = await repeat(context.runs, 50_000, () => typeOnce(context, expected));
    const samples = runs.flat();
    const perRun = runs.map((latencies) => percentile(latencies, 95));
    const first = samples.filter((_, i) => i % SEARCH_QUERY.length === 0);
    const later = samples.filter((_, i) => i % SEARCH_QUERY.length !== 0);
    const detail =
      `"${SEARCH_QUERY}" typed ${runs.length}× at ${KEY_DELAY_MS} ms/key, ` +
      `${samples.length} keystrokes; full query shows "${expected.at(-1)}"; first keystroke ` +
      `median ${median(first).toFixed(0)} ms; p95 without first keystrokes ` +
      `${percentile(later, 95).toFixed(0)} ms`;
    const p50: Metric = { value: percentile(samples, 50), samples, runs: runs.length, detail };
    const p95: Metric = {
      value: percentile(samples, 95),
      samples: perRun,
      runs: runs.length,
      detail,
    };
    return { searchP50: p50, searchP95: p95 };
  },
};
