const DAY = 24 * 60 * 60 * 1000;

/** "today", "yesterday", "5 days ago": how long since a moment, in words. */
export function daysAgo(then: number, now = Date.now()): string {
  const days = Math.floor((now - then) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}
