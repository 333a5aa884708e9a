import { useState } from 'react';
import { restoreBackup, type RestoreMode } from '../../db/backup-store';
import type { Backup } from '../../lib/backup/backup-format';
import { checkBackupSize, parseBackup } from '../../lib/backup/parse-backup';
import { downloadBackupFile } from './download-backup';

type Step =
  | { kind: 'idle' }
  | { kind: 'chosen'; backup: Backup; fileName: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** Restore: the whole file is checked before anything is written, and nothing is ever lost. */
export function RestoreBackup() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [mode, setMode] = useState<RestoreMode>('merge');

  const choose = async (file: File) => {
    const tooBig = checkBackupSize(file.size);
    if (tooBig) return setStep({ kind: 'error', message: tooBig });
    const parsed = parseBackup(await file.text());
    setStep(
      parsed.ok
        ? { kind: 'chosen', backup: parsed.backup, fileName: file.name }
        : { kind: 'error', message: parsed.error },
    );
  };

  const restore = async (backup: Backup) => {
    // A replace first keeps a copy of what is here now.
    if (mode === 'replace') await downloadBackupFile();
    const result = await restoreBackup(backup, mode);
    const kept =
      result.conflicts > 0
        ? `; ${result.conflicts} notes changed on both sides keep both texts`
        : '';
    setStep({
      kind: 'done',
      message: `Restored ${result.papers} papers and ${result.lists} lists (${mode})${kept}.`,
    });
  };

  return (
    <div className="restore">
      <label className="button file-button">
        Restore backup
        <input
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void choose(file);
          }}
        />
      </label>
      {step.kind === 'chosen' && (
        <div className="restore__confirm" role="group" aria-label="Restore options">
          <p>
            {step.fileName}: backup of {new Date(step.backup.exportedAt).toLocaleString()} with{' '}
            {step.backup.papers.length} papers and {step.backup.lists.length} lists.
          </p>
          <label className="choice">
            <input
              type="radio"
              name="restore-mode"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
            />
            <span>
              Merge with what is here
              <small>
                The newer of each status, note and tags wins; a note changed on both sides keeps
                both texts.
              </small>
            </span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name="restore-mode"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />
            <span>
              Replace what is here
              <small>A backup of your current data is downloaded first.</small>
            </span>
          </label>
          <div className="actions">
            <button type="button" className="button" onClick={() => setStep({ kind: 'idle' })}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() =>
                void restore(step.backup).catch((error: unknown) =>
                  setStep({
                    kind: 'error',
                    message: error instanceof Error ? error.message : String(error),
                  }),
                )
              }
            >
              Restore
            </button>
          </div>
        </div>
      )}
      {step.kind === 'done' && <p role="status">{step.message}</p>}
      {step.kind === 'error' && (
        <p role="alert" className="error-text">
          {step.message} Nothing was changed.
        </p>
      )}
    </div>
  );
}
