// @vitest-environment node
import { timeAgo } from '../../src/lib/relative-time';

describe('timeAgo', () => {
  const NOW = Date.UTC(2026, 10, 26, 9, 30);
  it.each([
    [0, 'just now'],
    [59_000, 'just now'],
    [60_000, '1 minute ago'],
    [5 * 60_000 + 10_000, '5 minutes ago'],
    [3_600_000, '1 hour ago'],
    [23 * 3_600_000 + 59 * 60_000, '23 hours ago'],
    [24 * 3_600_000, 'yesterday'],
    [4 * 24 * 3_600_000, '4 days ago'],
  ])('%i ms ago is %j', (elapsed, words) => {
    expect(timeAgo(NOW - elapsed, NOW)).toBe(words);
  });
});
