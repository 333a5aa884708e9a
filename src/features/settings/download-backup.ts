import { readBackupContents, recordBackupMade } from '../../db/backup-store';
import { createBackup, serializeBackup } from '../../lib/backup/backup-format';
import { settingsForBackup } from '../../lib/backup/backup-settings';
import { getThemePreference } from '../../hooks/theme-preference';
import { exportFileName } from '../../lib/export/export-input';
import { downloadFile } from '../../components/download-file';

export const APP_NAME_AND_VERSION = 'readmark 0.1.0';

/** Downloads a backup of everything now in the database; returns the file name. */
export async function downloadBackupFile(): Promise<string> {
  const now = new Date();
  const contents = await readBackupContents();
  const theme = getThemePreference();
  const backup = createBackup({
    ...contents,
    // The theme lives in this browser's localStorage (it must be known before the first paint).
    settings: { ...contents.settings, ...settingsForBackup(theme === 'system' ? {} : { theme }) },
    exportedAt: now,
    app: APP_NAME_AND_VERSION,
  });
  const name = exportFileName('backup', '', now);
  downloadFile(name, serializeBackup(backup), 'application/json');
  await recordBackupMade(now.getTime());
  return name;
}
