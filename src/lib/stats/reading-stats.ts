import type { CatalogueOutline } from '../catalogue/catalogue-outline';
import type { PaperState } from '../paper-state';
import {
  calendarDaysBetween,
  isoWeekKey,
  lastMonths,
  lastWeeks,
  monthKey,
  type Period,
} from './calendar';

export type PeriodCount = Period & { count: number };
export type SectionProgress = {
  id: string;
  title: string;
  depth: number;
  read: number;
  total: number;
};
export type ReadingNow = { id: string; title: string; startedAt?: number };
export type TagUse = { tag: string; count: number };
export type ReadingTotals = {
  papers: number;
  read: number;
  reading: number;
  toRead: number;
  unread: number;
  withNotes: number;
};

export type ReadingStats = {
  /** The last 12 ISO weeks (Monday to Sunday, local time), oldest first. */
  weeks: PeriodCount[];
  /** The last 12 calendar months (local time), oldest first. */
  months: PeriodCount[];
  /** Every section in list order, nested ones after their parent. */
  sections: SectionProgress[];
  /** Most recently started first. */
  reading: ReadingNow[];
  /** Calendar days from start to finish, the median over read papers with both dates. */
  medianDaysToFinish: number | null;
  /** How many papers the median is over. */
  timedPapers: number;
  /** The 10 most used tags, most used first. */
  topTags: TagUse[];
  totals: ReadingTotals;
};

const PERIODS = 12;
const TOP_TAGS = 10;
const tagOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function countBy(periods: Period[], keys: readonly string[]): PeriodCount[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return periods.map((period) => ({ ...period, count: counts.get(period.key) ?? 0 }));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

// Tags are one tag whatever their case ("ML" and "ml"), shown as the first spelling seen;
// the same rule as the database's tag counts.
function topTags(states: readonly PaperState[]): TagUse[] {
  const uses = new Map<string, TagUse>();
  for (const state of states) {
    for (const tag of state.tags) {
      const entry = uses.get(tag.toLowerCase());
      if (entry) entry.count += 1;
      else uses.set(tag.toLowerCase(), { tag, count: 1 });
    }
  }
  return [...uses.values()]
    .sort((a, b) => b.count - a.count || tagOrder.compare(a.tag, b.tag))
    .slice(0, TOP_TAGS);
}

/**
 * Everything the stats page shows, for the papers of the list being viewed (like the header's
 * "n/m read"): state kept for papers of other lists, or that left this one, is not counted.
 */
export function readingStats(
  allStates: readonly PaperState[],
  outline: CatalogueOutline,
  now: Date,
): ReadingStats {
  const states = allStates.filter((state) => outline.paperById.has(state.id));
  const byId = new Map(states.map((state) => [state.id, state]));
  const read = states.filter((state) => state.status === 'read');
  const finished = read.flatMap((state) =>
    // Stryker disable next-line ConditionalExpression: an invalid date's keys (NaN-WNaN, NaN-NaN) match no week or month, so it is not counted either
    state.finishedAt === undefined ? [] : [new Date(state.finishedAt)],
  );

  const durations = read.flatMap(({ startedAt, finishedAt }) => {
    if (startedAt === undefined || finishedAt === undefined) return [];
    const days = calendarDaysBetween(startedAt, finishedAt);
    // A finish before its start is a typo in a corrected date; it says nothing about pace.
    return days < 0 ? [] : [days];
  });

  const reading = states
    .filter((state) => state.status === 'reading')
    .map((state) => ({
      id: state.id,
      // Stryker disable next-line OptionalChaining: states holds only papers outline.paperById has
      title: outline.paperById.get(state.id)?.title ?? state.title,
      startedAt: state.startedAt,
    }))
    .sort((a, b) => (b.startedAt ?? 0) - (a.startedAt ?? 0));

  const sections = outline.flat.map((section) => {
    const ids = outline.paperIdsBySection.get(section.id) ?? new Set<string>();
    let done = 0;
    for (const id of ids) if (byId.get(id)?.status === 'read') done += 1;
    return {
      id: section.id,
      title: section.title,
      depth: section.depth,
      read: done,
      total: ids.size,
    };
  });

  const count = (status: PaperState['status']) =>
    states.filter((state) => state.status === status).length;
  const papers = outline.paperById.size;
  const totals: ReadingTotals = {
    papers,
    read: read.length,
    reading: count('reading'),
    toRead: count('to-read'),
    unread: papers - read.length - count('reading') - count('to-read'),
    withNotes: states.filter((state) => state.note.trim() !== '').length,
  };

  return {
    weeks: countBy(lastWeeks(now, PERIODS), finished.map(isoWeekKey)),
    months: countBy(lastMonths(now, PERIODS), finished.map(monthKey)),
    sections,
    reading,
    medianDaysToFinish: median(durations),
    timedPapers: durations.length,
    topTags: topTags(states),
    totals,
  };
}
