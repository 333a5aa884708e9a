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
type TitleSearch = { t0?: number; t1?: number };
type SearchWindow = Window & {
  __benchSearch?: { keys: Keystroke[]; done: boolean };
  __benchFloor?: { keys: Keystroke[] };
  __benchTitle?: TitleSearch;
};
// Titles searched whole per run, from these places in the list.
const TITLE_PLACES = [1 / 3, 1 / 2, 2 / 3];

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

/**
 * Installed before a whole title is put in the search box at once (as a paste does): from that
 * input event's timestamp to the first animation frame whose first result is that paper.
 */
function titleProbe(title: string): void {
  const state: TitleSearch = {};
  (window as SearchWindow).__benchTitle = state;
  const onInput = (event: Event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.getAttribute('aria-label') !== 'Search') return;
    if (box.value !== title) return;
    state.t0 = event.timeStamp;
    document.removeEventListener('input', onInput, true);
  };
  document.addEventListener('input', onInput, true);
  const frame = () => {
    if (
      state.t0 !== undefined &&
      document.querySelector('#root article h3')?.textContent === title
    ) {
      state.t1 = performance.now();
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const FLOOR_LABEL = 'Bench floor';

/**
 * The floor under the search times, on the same page: a field of no interest to the app is
 * added and typed into the same way, and each keystroke is timed to the first animation frame
 * after it. With frames running (the search probe's loop keeps them going), that frame comes up
 * to a frame's interval after the keystroke even when nothing is done with it.
 */
function floorProbe(label: string): void {
  const state = { keys: [] as Keystroke[] };
  (window as SearchWindow).__benchFloor = state;
  const field = document.createElement('input');
  field.setAttribute('aria-label', label);
  field.style.position = 'fixed';
  field.style.bottom = '0';
  document.body.append(field);
  let keydownAt: number | undefined;
  field.addEventListener('keydown', (event) => (keydownAt = event.timeStamp));
  field.addEventListener('input', (event) => {
    state.keys.push({ t0: keydownAt ?? event.timeStamp, index: state.keys.length });
    keydownAt = undefined;
  });
  const frame = () => {
    const now = performance.now();
    for (const key of state.keys) key.t1 ??= now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function typeFloor(page: Page): Promise<number[]> {
  await page.evaluate(floorProbe, FLOOR_LABEL);
  await page.getByRole('textbox', { name: FLOOR_LABEL }).click();
  await page.keyboard.type(SEARCH_QUERY, { delay: KEY_DELAY_MS });
  const handle = await page.waitForFunction(
    () => {
      const keys = (window as SearchWindow).__benchFloor?.keys ?? [];
      const done = keys.length > 0 && keys.every((key) => key.t1 !== undefined);
      return done ? keys.map((key) => (key.t1 ?? NaN) - key.t0) : undefined;
    },
    undefined,
    deadline(30_000),
  );
  return (await handle.jsonValue()) as number[];
}

/** Ms from putting `title` in the (empty, settled) search box to its paper showing first. */
async function searchTitle(page: Page, title: string): Promise<number> {
  await settledCount(page, '');
  await page.evaluate(titleProbe, title);
  await page.getByRole('searchbox', { name: 'Search' }).fill(title);
  const handle = await page.waitForFunction(
    () => {
      const state = (window as SearchWindow).__benchTitle;
      return state?.t0 !== undefined && state.t1 !== undefined ? state.t1 - state.t0 : undefined;
    },
    undefined,
    deadline(30_000),
  );
  return (await handle.jsonValue()) as number;
}

type RunTimes = { keys: number[]; titles: number[]; floor: number[] };

async function typeOnce(
  context: MeasureContext,
  expected: string[],
  titles: string[],
): Promise<RunTimes> {
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
    const times: RunTimes = {
      keys: keys.map((key) => (key.t1 ?? NaN) - key.t0),
      titles: [],
      floor: [],
    };
    for (const title of titles) times.titles.push(await searchTitle(page, title));
    times.floor = await typeFloor(page);
    return times;
  } finally {
    await page.context().close();
  }
}

export const measureSearch: Measure = {
  name: 'search',
  keys: ['searchP50', 'searchP95', 'searchFloorP95', 'searchTitle'],
  budgetMs: (size) => 90_000 + size * 3,
  run: async (context) => {
    const expected = await calibrate(context);
    const catalogue = (await (await fetch(`${context.baseUrl}/catalogue.json`)).json()) as {
      papers: { title: string }[];
    };
    let run = 0;
    const titlesOfRun = () => {
      run += 1;
      return TITLE_PLACES.map(
        (place) => catalogue.papers[Math.floor(place * catalogue.papers.length) + run]?.title ?? '',
      );
    };
    const timed = await repeat(context.runs, 50_000, () =>
      typeOnce(context, expected, titlesOfRun()),
    );
    const runs = timed.map((times) => times.keys);
    const titleTimes = timed.map((times) => median(times.titles));
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
    const title: Metric = {
      value: median(titleTimes),
      samples: titleTimes,
      runs: timed.length,
      detail: `${TITLE_PLACES.length} titles per run, each put in the box at once; median of each run`,
    };
    const floors = timed.map((times) => percentile(times.floor, 95));
    const floor: Metric = {
      value: percentile(
        timed.flatMap((times) => times.floor),
        95,
      ),
      samples: floors,
      runs: timed.length,
      detail: `"${SEARCH_QUERY}" typed into a field the app ignores, on the same page, to the next frame`,
    };
    return { searchP50: p50, searchP95: p95, searchFloorP95: floor, searchTitle: title };
  },
};
