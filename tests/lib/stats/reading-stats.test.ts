// @vitest-environment node
import { outlineCatalogue } from '../../../src/lib/catalogue/catalogue-outline';
import type { Catalogue } from '../../../src/lib/catalogue/schema';
import type { PaperState } from '../../../src/lib/paper-state';
import {
  calendarDaysBetween,
  isoWeekKey,
  lastMonths,
  lastWeeks,
} from '../../../src/lib/stats/calendar';
import { median, readingStats } from '../../../src/lib/stats/reading-stats';

// Dates are built in local time, the time zone the stats are bucketed in, so these tests hold
// wherever they run.
const at = (y: number, m: number, d: number, h = 12, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();

const catalogue: Catalogue = {
  schemaVersion: 1,
  title: 'List',
  sections: [
    { id: 'a', title: 'A', parentId: null },
    { id: 'a1', title: 'A1', parentId: 'a' },
    { id: 'b', title: 'B', parentId: null },
  ],
  papers: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id, index) => ({
    id,
    title: `Title ${id}`,
    url: `https://example.org/${id}`,
    sectionIds: [index < 2 ? 'a' : index < 4 ? 'a1' : 'b'],
    tags: [],
    links: [],
  })),
};
const outline = outlineCatalogue(catalogue);

function state(id: string, extra: Partial<PaperState>): PaperState {
  return {
    id,
    title: `Stored ${id}`,
    url: '',
    status: 'unread',
    note: '',
    tags: [],
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}
const read = (id: string, finishedAt: number, startedAt?: number) =>
  state(id, { status: 'read', finishedAt, startedAt });

describe('calendar', () => {
  it('gives ISO weeks across year boundaries', () => {
    expect(isoWeekKey(new Date(2024, 11, 30))).toBe('2025-W01');
    expect(isoWeekKey(new Date(2025, 0, 5))).toBe('2025-W01');
    expect(isoWeekKey(new Date(2025, 0, 6))).toBe('2025-W02');
    expect(isoWeekKey(new Date(2021, 0, 3))).toBe('2020-W53');
    expect(isoWeekKey(new Date(2027, 0, 1))).toBe('2026-W53');
    expect(isoWeekKey(new Date(2026, 0, 1))).toBe('2026-W01');
  });

  it('lists the last 12 weeks, Mondays a week apart, oldest first', () => {
    const weeks = lastWeeks(new Date(2025, 0, 8), 12);
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)?.key).toBe('2025-W02');
    expect(weeks[0]?.key).toBe('2024-W43');
    for (const [index, week] of weeks.entries()) {
      expect(week.start.getDay()).toBe(1);
      expect(week.start.getHours()).toBe(0);
      const previous = weeks[index - 1];
      if (previous)
        expect(calendarDaysBetween(previous.start.getTime(), week.start.getTime())).toBe(7);
    }
  });

  it('lists the last 12 months across a new year', () => {
    const months = lastMonths(new Date(2025, 1, 15), 12);
    expect(months.map((month) => month.key)).toEqual([
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
  });

  it('counts calendar days, not 24-hour periods', () => {
    expect(calendarDaysBetween(at(2025, 3, 1, 23), at(2025, 3, 2, 1))).toBe(1);
    expect(calendarDaysBetween(at(2025, 3, 1, 1), at(2025, 3, 1, 23))).toBe(0);
    expect(calendarDaysBetween(at(2024, 12, 31), at(2025, 1, 12))).toBe(12);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});

describe('readingStats', () => {
  const now = new Date(2025, 0, 8, 9); // Wednesday of 2025-W02

  it('buckets finished papers by local ISO week, Sunday night and Monday morning apart', () => {
    const stats = readingStats(
      [
        read('p1', at(2025, 1, 5, 23, 30)), // Sunday, 2025-W01
        read('p2', at(2025, 1, 6, 0, 10)), // Monday, 2025-W02
        read('p3', at(2024, 12, 30, 8)), // Monday, 2025-W01 although still 2024
        read('p4', at(2024, 10, 1)), // 14 weeks ago: outside the weeks, inside the months
      ],
      outline,
      now,
    );
    const counts = Object.fromEntries(stats.weeks.map((week) => [week.key, week.count]));
    expect(counts['2025-W01']).toBe(2);
    expect(counts['2025-W02']).toBe(1);
    expect(stats.weeks.reduce((sum, week) => sum + week.count, 0)).toBe(3);
    const months = Object.fromEntries(stats.months.map((month) => [month.key, month.count]));
    expect(months).toMatchObject({ '2024-10': 1, '2024-12': 1, '2025-01': 2 });
  });

  it('leaves out papers finished in the future, before the period, or not read any more', () => {
    const stats = readingStats(
      [
        read('p1', at(2025, 2, 1)),
        read('p2', at(2023, 12, 31)),
        state('p3', { status: 'reading', finishedAt: at(2025, 1, 7) }),
      ],
      outline,
      now,
    );
    expect(stats.months.every((month) => month.count === 0)).toBe(true);
    expect(stats.weeks.every((week) => week.count === 0)).toBe(true);
  });

  it('takes the median of calendar days from start to finish, skipping impossible dates', () => {
    const stats = readingStats(
      [
        read('p1', at(2025, 1, 3), at(2025, 1, 1)), // 2 days
        read('p2', at(2025, 1, 12), at(2024, 12, 31)), // 12 days
        read('p3', at(2025, 1, 4, 9), at(2025, 1, 4, 8)), // same day
        read('p4', at(2025, 1, 1), at(2025, 1, 5)), // finished before it started
        read('p5', at(2025, 1, 1)), // no start date
      ],
      outline,
      now,
    );
    expect(stats.medianDaysToFinish).toBe(2);
    expect(stats.timedPapers).toBe(3);
    // Read with a start but no finish date (an older record): not timed, and no week counts it.
    const unfinished = readingStats(
      [state('p1', { status: 'read', startedAt: at(2025, 1, 2) })],
      outline,
      now,
    );
    expect(unfinished.timedPapers).toBe(0);
    expect(unfinished.medianDaysToFinish).toBeNull();
    expect(unfinished.weeks.reduce((sum, week) => sum + week.count, 0)).toBe(0);
    expect(readingStats([], outline, now).medianDaysToFinish).toBeNull();
  });

  it('counts progress for top-level and nested sections', () => {
    const stats = readingStats(
      [read('p1', at(2025, 1, 1)), read('p3', at(2025, 1, 1))],
      outline,
      now,
    );
    expect(stats.sections).toEqual([
      { id: 'a', title: 'A', depth: 0, read: 2, total: 4 },
      { id: 'a1', title: 'A1', depth: 1, read: 1, total: 2 },
      { id: 'b', title: 'B', depth: 0, read: 0, total: 2 },
    ]);
  });

  it('lists papers being read, most recently started first, by their list title', () => {
    const stats = readingStats(
      [
        state('p1', { status: 'reading', startedAt: at(2025, 1, 1) }),
        state('p2', { status: 'reading' }),
        state('p3', { status: 'reading', startedAt: at(2025, 1, 5) }),
        state('p4', { status: 'to-read' }),
        read('p5', at(2025, 1, 7), at(2025, 1, 6)),
      ],
      outline,
      now,
    );
    expect(stats.reading.map((paper) => paper.id)).toEqual(['p3', 'p1', 'p2']);
    expect(stats.reading[0]?.title).toBe('Title p3');
  });

  it('counts tags case-insensitively and keeps the 10 most used', () => {
    const many = Array.from({ length: 12 }, (_, index) => `t${String(index).padStart(2, '0')}`);
    const stats = readingStats(
      [
        state('p1', { tags: ['ML', ...many] }),
        state('p2', { tags: ['ml', 'survey'] }),
        state('p3', { tags: ['Survey', 'ml'] }),
      ],
      outline,
      now,
    );
    expect(stats.topTags).toHaveLength(10);
    expect(stats.topTags.slice(0, 3)).toEqual([
      { tag: 'ML', count: 3 },
      { tag: 'survey', count: 2 },
      { tag: 't00', count: 1 },
    ]);
  });

  it('ranks tags by use, then alphabetically', () => {
    const stats = readingStats(
      [
        state('p1', { tags: ['zero-shot', 'agents', 'RAG'] }),
        state('p2', { tags: ['zero-shot', 'rag'] }),
        state('p3', { tags: ['zero-shot', 'Benchmarks'] }),
      ],
      outline,
      now,
    );
    expect(stats.topTags).toEqual([
      { tag: 'zero-shot', count: 3 },
      { tag: 'RAG', count: 2 },
      { tag: 'agents', count: 1 },
      { tag: 'Benchmarks', count: 1 },
    ]);
  });

  it('totals the papers of this list only, unread ones without state included', () => {
    const stats = readingStats(
      [
        read('p1', at(2020, 1, 1)),
        state('p2', { status: 'reading', note: 'Good so far' }),
        state('p3', { status: 'to-read', note: '   ' }),
        state('elsewhere', { status: 'read', finishedAt: at(2025, 1, 7), note: 'x' }),
      ],
      outline,
      now,
    );
    expect(stats.totals).toEqual({
      papers: 6,
      read: 1,
      reading: 1,
      toRead: 1,
      unread: 3,
      withNotes: 1,
    });
    expect(stats.weeks.reduce((sum, week) => sum + week.count, 0)).toBe(0);
  });
});
