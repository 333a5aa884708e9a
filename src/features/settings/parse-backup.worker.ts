// Reads and checks a backup file off the page's thread: parsing and validating a large backup
// takes longer than a frame, and the page must keep answering meanwhile.
import { backupMessages, type BackupMessage } from '../../lib/backup/backup-transfer';
import { parseBackup } from '../../lib/backup/parse-backup';

const post = (message: BackupMessage | { kind: 'unreadable' }) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<File>) => {
  event.data.text().then(
    (text) => {
      for (const message of backupMessages(parseBackup(text))) post(message);
    },
    // The page reads it again itself, so that the error it gets is the browser's own.
    () => post({ kind: 'unreadable' }),
  );
});
