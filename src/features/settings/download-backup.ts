import { readBackupContents, recordBackupMade } from '../../db/backup-store';
import { createBackup, serializeBackup } from '../../lib/backup/backup-format';
import { exportFileName } from '../../lib/export/export-input';
import { downloadFile } from '../../components/download-file';

export const APP_NAME_AND_VERSION = 'readmark 0.1.0';

/** Downloads a backup of everything now in the database; returns the file name. */
export async function downloadBackupFile(): Promise<string> {
  const now = new Date();
  const backup = createBackup({
    ...(await readBackupContents()),
    exportedAt: now,
    app: APP_NAME_AND_VERSION,
  });
  const name = exportFileName('backup', '', now);
  downloadFile(name, serializeBackup(backup), 'application/json');
  await recordBackupMade(now.getTime());
  return name;
}
