const WEEK = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether to remind the user to back up: there is work newer than the last backup, and that
 * backup is more than a week old (or there is none and the work is more than a first try).
 */
export function shouldRemindBackup(
  lastBackupAt: number | null,
  latestChangeAt: number | null,
  changedPapers: number,
  now = Date.now(),
): boolean {
  if (latestChangeAt === null) return false;
  if (lastBackupAt === null) return changedPapers >= 3;
  return latestChangeAt > lastBackupAt && now - lastBackupAt > WEEK;
}
