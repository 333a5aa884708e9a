/**
 * Adding each synthetic list in the built app, in headless Chromium: Settings → Add list, in a
 * fresh context (empty storage) for every run. The app reads the file in a Web Worker, so the
 * page's own long tasks say whether it froze.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contextsOf, launchBrowser } from '../bench/browser';
import { buildApp, REPO_ROOT, serve } from '../bench/server';
import { papersInMessage, timeAddList, type AddTiming } from './add-list-page';
import { expectPapers, PARSE_LIMIT_MS } from './measure-node';
import { median, repeat, timedRow, type Row } from './results';
import type { SyntheticList } from './synthetic-lists';

export const LONG_TASK_LIMIT_MS = 200;

const round = (ms: number) => Math.round(ms).toLocaleString('en-US');

function rowsOf(list: SyntheticList, timings: readonly AddTiming[]): Row[] {
  const fromSetInput = median(timings.map((timing) => timing.fromSetInputMs));
  const longest = median(timings.map((timing) => timing.longestTaskMs));
  const worst = Math.max(...timings.map((timing) => timing.longestTaskMs));
  const papers = `${list.entries.toLocaleString('en-US')} papers`;
  return [
    timedRow(
      'browser',
      `add ${list.style} list`,
      median(timings.map((timing) => timing.fromChangeMs)),
      PARSE_LIMIT_MS,
      `${papers}; ${round(fromSetInput)} ms from setInputFiles`,
    ),
    {
      part: 'browser',
      measure: `longest task, ${list.style}`,
      ms: longest,
      target: `none > ${LONG_TASK_LIMIT_MS} ms`,
      pass: worst <= LONG_TASK_LIMIT_MS,
      // Only tasks over 50 ms are reported, so 0 means none was.
      detail: `worst run ${round(worst)} ms`,
    },
  ];
}

export async function measureBrowser(
  lists: readonly SyntheticList[],
  runs: number,
  build: boolean,
): Promise<Row[]> {
  const dist = join(REPO_ROOT, 'dist');
  if (build || !existsSync(join(dist, 'index.html'))) buildApp();
  const server = await serve(dist);
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const contexts = contextsOf(browser);
  try {
    const rows: Row[] = [];
    for (const list of lists) {
      const timings = await repeat(runs, async () => {
        const context = await contexts.cold();
        try {
          return await timeAddList(await context.newPage(), server.url, list);
        } finally {
          await context.close();
        }
      });
      for (const { message } of timings) expectPapers(list, papersInMessage(message) ?? -1, 'app');
      rows.push(...rowsOf(list, timings));
    }
    return rows;
  } finally {
    await contexts.closeAll();
    await browser.close();
    await server.stop();
  }
}
