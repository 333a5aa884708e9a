/**
 * First paper shown: from navigation start (performance.now() is relative to it) to the first
 * frame in which an article is in the viewport, for three visits of the app (first-paper-visits.ts:
 * a cold first visit; a returning visitor with every paper's state; the same papers added as a
 * list in the app and made the current list) and, alternating in the same run, for the script-free
 * static page of the same papers (the floor), cold. Every context blocks service workers, so the
 * app is never served from its precache: a returning visit here has only the HTTP cache and
 * IndexedDB of its first visit. Each ratio is the median of per-run ratios to that run's floor.
 */
import { catalogueMarkdown } from './synthetic-markdown';
import { addedListVisit, checkAddable, firstVisit, returningVisit } from './first-paper-visits';
import type { Measure } from './measure';
import { repeat } from './measure';
import { medianOf, type MetricKey, type SizeResults } from './metrics';
import { STATIC_PAGE } from './site';
import { syntheticCatalogue } from './synthetic-list';

type Case = { times: number[]; ratios: number[]; error?: string; detail: string[] };

const newCase = (): Case => ({ times: [], ratios: [], detail: [] });

/** Runs one timed visit of a case, keeping its first error; one failing case spares the others. */
async function sample(
  into: Case,
  floor: number,
  visit: () => Promise<{ at: number; anyAt: number }>,
): Promise<void> {
  if (into.error) return;
  try {
    const shown = await visit();
    into.times.push(shown.at);
    into.ratios.push(shown.at / floor);
    if (shown.anyAt < shown.at) {
      into.detail.push(`another list's paper first at ${shown.anyAt.toFixed(0)} ms`);
    }
  } catch (error) {
    into.error = error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error);
  }
}

function caseResults(into: Case, time: MetricKey, ratio: MetricKey): SizeResults {
  if (into.error || into.times.length === 0) {
    const error = { error: into.error ?? 'no run' };
    return { [time]: error, [ratio]: error };
  }
  return {
    [time]: medianOf(into.times, into.detail.join('; ') || undefined),
    [ratio]: medianOf(into.ratios, 'median of per-run ratios'),
  };
}

export const measureFirstPaper: Measure = {
  name: 'first paper shown',
  keys: [
    'firstPaperApp',
    'firstPaperStatic',
    'firstPaperRatio',
    'firstPaperJs',
    'firstPaperReturning',
    'firstPaperReturningRatio',
    'firstPaperAdded',
    'firstPaperAddedRatio',
  ],
  // A run adds the list (about 2 s per MB of Markdown) and seeds every state.
  budgetMs: (size) => 150_000 + size * 6,
  run: async (context) => {
    const app: number[] = [];
    const floor: number[] = [];
    const js: number[] = [];
    const returning = newCase();
    const added = newCase();
    const markdown = catalogueMarkdown(syntheticCatalogue(context.site.size));
    try {
      checkAddable(markdown);
    } catch (error) {
      added.error = error instanceof Error ? error.message : String(error);
    }
    await repeat(context.runs, 90_000 + context.site.size * 5, async () => {
      // Alternating, so a drift in the machine's speed hits all alike.
      const shown = await firstVisit(context, `${context.baseUrl}/`);
      app.push(shown.at);
      js.push(shown.jsKb);
      const floorAt = (await firstVisit(context, `${context.baseUrl}${STATIC_PAGE}`)).at;
      floor.push(floorAt);
      await sample(returning, floorAt, () => returningVisit(context));
      await sample(added, floorAt, () => addedListVisit(context, markdown));
    });
    const ratios = app.map((value, index) => value / (floor[index] ?? NaN));
    return {
      firstPaperApp: medianOf(app),
      firstPaperStatic: medianOf(floor),
      firstPaperRatio: medianOf(ratios, 'median of per-run ratios'),
      firstPaperJs: medianOf(js, 'encoded (gzip) bytes of .js fetched by then'),
      ...caseResults(returning, 'firstPaperReturning', 'firstPaperReturningRatio'),
      ...caseResults(added, 'firstPaperAdded', 'firstPaperAddedRatio'),
    };
  },
};
