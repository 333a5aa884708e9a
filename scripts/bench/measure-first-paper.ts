/**
 * First paper shown: from navigation start (performance.now() is relative to it) to the first
 * frame in which an article is in the viewport, cold, for the app and, alternating, for the
 * script-free static page of the same papers (the floor).
 */
import type { Measure, MeasureContext } from './measure';
import { deadline, repeat } from './measure';
import { medianOf } from './metrics';
import { STATIC_PAGE } from './site';

type ProbeWindow = Window & { __benchFirstPaper?: { at: number; jsKb: number } };

/** Runs in the page before any of its own script (an init script ignores the page's CSP). */
function firstPaperProbe(): void {
  const probe = window as ProbeWindow;
  const inViewport = () =>
    Array.from(document.querySelectorAll('article, [role="article"]')).some((element) => {
      const rect = element.getBoundingClientRect();
      return rect.height > 0 && rect.top < innerHeight && rect.bottom > 0;
    });
  let waiting = false;
  const observer = new MutationObserver(() => {
    if (waiting || !document.querySelector('article, [role="article"]')) return;
    waiting = true;
    // The DOM has it; the frame after this callback is the one that paints it.
    requestAnimationFrame(() => {
      waiting = false;
      if (probe.__benchFirstPaper || !inViewport()) return;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => /\.m?js(\?|$)/.test(entry.name)) as PerformanceResourceTiming[];
      const bytes = scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0);
      probe.__benchFirstPaper = { at: performance.now(), jsKb: bytes / 1024 };
      observer.disconnect();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function once(context: MeasureContext, url: string) {
  const browserContext = await context.contexts.cold();
  try {
    await browserContext.addInitScript(firstPaperProbe);
    const page = await browserContext.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => (window as ProbeWindow).__benchFirstPaper,
      undefined,
      deadline(90_000),
    );
    const result = (await handle.jsonValue()) as { at: number; jsKb: number };
    return result;
  } finally {
    await browserContext.close();
  }
}

export const measureFirstPaper: Measure = {
  name: 'first paper shown',
  keys: ['firstPaperApp', 'firstPaperStatic', 'firstPaperRatio', 'firstPaperJs'],
  budgetMs: (size) => 90_000 + size * 2,
  run: async (context) => {
    const app: number[] = [];
    const floor: number[] = [];
    const js: number[] = [];
    await repeat(context.runs, 45_000, async () => {
      // Alternating, so a drift in the machine's speed hits both alike.
      const shown = await once(context, `${context.baseUrl}/`);
      app.push(shown.at);
      js.push(shown.jsKb);
      floor.push((await once(context, `${context.baseUrl}${STATIC_PAGE}`)).at);
    });
    const ratios = app.map((value, index) => value / (floor[index] ?? NaN));
    return {
      firstPaperApp: medianOf(app),
      firstPaperStatic: medianOf(floor),
      firstPaperRatio: medianOf(ratios, 'median of per-run ratios'),
      firstPaperJs: medianOf(js, 'encoded (gzip) bytes of .js fetched by then'),
    };
  },
};
