import { createBackupAssembler, type BackupMessage } from '../../lib/backup/backup-transfer';
import { parseBackup, type ParseBackupResult } from '../../lib/backup/parse-backup';

type WorkerMessage = BackupMessage | { kind: 'unreadable' };

async function parseHere(file: File): Promise<ParseBackupResult> {
  return parseBackup(await file.text());
}

/**
 * `parseBackup` of a file's text, done in a worker so the page stays responsive; where no worker
 * can run (or it fails to start) it is done here, with the same result.
 */
export function parseBackupFile(file: File): Promise<ParseBackupResult> {
  if (typeof Worker === 'undefined') return parseHere(file);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse-backup.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseHere(file);
  }
  return new Promise<ParseBackupResult>((resolve) => {
    const assembler = createBackupAssembler();
    let settled = false;
    const finish = (result: ParseBackupResult | (() => Promise<ParseBackupResult>)) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(typeof result === 'function' ? result() : result);
    };
    const fallBack = () => finish(() => parseHere(file));
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      if (event.data.kind === 'unreadable') return fallBack();
      const result = assembler.add(event.data);
      if (result) finish(result);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fallBack();
    });
    worker.addEventListener('messageerror', fallBack);
    worker.postMessage(file);
  });
}
