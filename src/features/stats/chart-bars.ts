import type { PeriodCount } from '../../lib/stats/reading-stats';

export type Bar = { key: string; label: string; fullLabel: string; count: number };

// Formatted in the user's locale ("6 Jan" or "Jan 6"); the axis gets the short form, the
// table and the summary the full one.
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const fullDay = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortMonth = new Intl.DateTimeFormat(undefined, { month: 'short' });
const fullMonth = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });

export function weekBars(weeks: readonly PeriodCount[]): Bar[] {
  return weeks.map(({ key, start, count }) => ({
    key,
    label: dayMonth.format(start),
    fullLabel: `Week of ${fullDay.format(start)}`,
    count,
  }));
}

export function monthBars(months: readonly PeriodCount[]): Bar[] {
  return months.map(({ key, start, count }) => ({
    key,
    label: shortMonth.format(start),
    fullLabel: fullMonth.format(start),
    count,
  }));
}

const papers = (count: number) => (count === 1 ? '1 paper' : `${count} papers`);

/** What a screen reader hears for the chart: the total and the busiest period. */
export function chartSummary(title: string, bars: readonly Bar[]): string {
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  const busiest = bars.reduce<Bar | undefined>(
    (best, bar) => (bar.count > (best?.count ?? 0) ? bar : best),
    undefined,
  );
  const most = busiest ? `; most in ${busiest.fullLabel}: ${papers(busiest.count)}` : '';
  return `${title}: ${papers(total)} in total${most}.`;
}
