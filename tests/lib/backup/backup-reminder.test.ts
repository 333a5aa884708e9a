// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shouldRemindBackup } from '../../../src/lib/backup/backup-reminder';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 100 * DAY;

describe('shouldRemindBackup', () => {
  it('stays quiet with nothing to lose', () => {
    expect(shouldRemindBackup(null, null, 0, NOW)).toBe(false);
    expect(shouldRemindBackup(null, NOW, 2, NOW)).toBe(false);
    expect(shouldRemindBackup(null, null, 5, NOW)).toBe(false);
  });

  it('reminds when real work was never backed up', () => {
    expect(shouldRemindBackup(null, NOW, 3, NOW)).toBe(true);
  });

  it('reminds only when the backup is over a week old and work is newer', () => {
    expect(shouldRemindBackup(NOW - 8 * DAY, NOW - DAY, 10, NOW)).toBe(true);
    expect(shouldRemindBackup(NOW - 8 * DAY, NOW - 9 * DAY, 10, NOW)).toBe(false);
    expect(shouldRemindBackup(NOW - 2 * DAY, NOW - DAY, 10, NOW)).toBe(false);
  });

  it('counts a change made as the backup was taken as backed up, and a week as not over a week', () => {
    expect(shouldRemindBackup(NOW - 8 * DAY, NOW - 8 * DAY, 10, NOW)).toBe(false);
    expect(shouldRemindBackup(NOW - 7 * DAY, NOW - DAY, 10, NOW)).toBe(false);
    expect(shouldRemindBackup(NOW - 7 * DAY - 1, NOW - DAY, 10, NOW)).toBe(true);
  });
});
