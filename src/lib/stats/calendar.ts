// Reading history is bucketed in the user's local time zone: a paper finished late on Sunday
// evening belongs to that week as the user lived it, not to the UTC week it fell in.

const DAY = 24 * 60 * 60 * 1000;

export type Period = { key: string; start: Date };

function localMidnight(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Whole calendar days from one moment's local date to another's; DST days count as one. */
export function calendarDaysBetween(from: number, to: number): number {
  const a = localMidnight(new Date(from));
  const b = localMidnight(new Date(to));
  const utc = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((utc(b) - utc(a)) / DAY);
}

/** The Monday (local midnight) that starts the ISO week of a moment. */
export function isoWeekStart(date: Date): Date {
  const mondayOffset = (date.getDay() + 6) % 7;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - mondayOffset);
}

/** "2025-W01": the ISO week-year is the year of the week's Thursday, so it can differ from the date's. */
export function isoWeekKey(date: Date): string {
  const monday = isoWeekStart(date);
  const thursday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 3);
  const year = thursday.getFullYear();
  const week =
    Math.floor(calendarDaysBetween(new Date(year, 0, 1).getTime(), thursday.getTime()) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function monthKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The `count` ISO weeks up to and including the one containing `now`, oldest first. */
export function lastWeeks(now: Date, count: number): Period[] {
  const monday = isoWeekStart(now);
  return Array.from({ length: count }, (_, index) => {
    const start = new Date(
      monday.getFullYear(),
      monday.getMonth(),
      monday.getDate() - 7 * (count - 1 - index),
    );
    return { key: isoWeekKey(start), start };
  });
}

/** The `count` calendar months up to and including the one containing `now`, oldest first. */
export function lastMonths(now: Date, count: number): Period[] {
  return Array.from({ length: count }, (_, index) => {
    const start = new Date(now.getFullYear(), now.getMonth() - (count - 1 - index), 1);
    return { key: monthKey(start), start };
  });
}
