const DAY = 24 * 60 * 60 * 1000;

/** "today", "yesterday", "5 days ago": how long since a moment, in words. */
export function daysAgo(then: number, now = Date.now()): string {
  const days = Math.floor((now - then) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago". */
export function timeAgo(then: number, now = Date.now()): string {
  const elapsed = now - then;
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) {
    const minutes = Math.floor(elapsed / MINUTE);
    return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
  }
  if (elapsed < DAY) {
    const hours = Math.floor(elapsed / HOUR);
    return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
  }
  return daysAgo(then, now);
}
