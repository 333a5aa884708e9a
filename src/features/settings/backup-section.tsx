import { useState } from 'react';
import { META_KEYS, useMeta } from '../../db/meta';
import { daysAgo } from '../../lib/relative-time';
import { downloadBackupFile } from './download-backup';
import { RestoreBackup } from './restore-backup';

export function BackupSection() {
  const lastBackupAt = useMeta(META_KEYS.lastBackupAt);
  const [message, setMessage] = useState('');

  return (
    <section className="card" aria-labelledby="backup-heading">
      <h3 id="backup-heading">Backup and restore</h3>
      <p>
        A backup is one JSON file with everything you made: statuses, dates, notes, tags and the
        lists you added. Restoring it on another browser gives back exactly the same state.
      </p>
      <p className="muted">
        Last backup:{' '}
        {typeof lastBackupAt === 'number'
          ? `${daysAgo(lastBackupAt)} (${new Date(lastBackupAt).toLocaleString()})`
          : 'never'}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            void downloadBackupFile()
              .then((name) => setMessage(`Downloaded ${name}.`))
              .catch((error: unknown) => setMessage(`Backup failed: ${String(error)}`))
          }
        >
          Download backup
        </button>
        <RestoreBackup />
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
