import { useState } from 'react';
import { Link } from 'wouter';
import { META_KEYS, useMeta } from '../db/meta';
import { useLatestChange } from '../db/use-paper-states';
import { shouldRemindBackup } from '../lib/backup/backup-reminder';
import { daysAgo } from '../lib/relative-time';

/** A quiet line, not a nag: shown when work would be lost with this browser's data. */
export function BackupReminder() {
  const latest = useLatestChange();
  const lastBackupAt = useMeta(META_KEYS.lastBackupAt);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || latest === undefined || lastBackupAt === undefined) return null;
  const last = typeof lastBackupAt === 'number' ? lastBackupAt : null;
  if (!shouldRemindBackup(last, latest.at, latest.papers)) return null;
  return (
    <p className="backup-reminder">
      {last === null
        ? 'Your notes live only in this browser and have never been backed up.'
        : `Last backup ${daysAgo(last)}; you have changed things since.`}{' '}
      <Link href="/settings">Back up now</Link>
      <button type="button" className="button button--quiet" onClick={() => setDismissed(true)}>
        Not now
      </button>
    </p>
  );
}
