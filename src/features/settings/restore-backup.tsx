import { useState } from 'react';
import { FileButton } from '../../components/file-button';
import { RadioChoices, type Choice } from '../../components/radio-choices';
import { restoreBackup, type RestoreMode } from '../../db/backup-store';
import type { Backup } from '../../lib/backup/backup-format';
import { checkBackupSize, parseBackup } from '../../lib/backup/parse-backup';
import { downloadBackupFile } from './download-backup';

type Step =
  | { kind: 'idle' }
  | { kind: 'chosen'; backup: Backup; fileName: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

const MODES: Choice<RestoreMode>[] = [
  {
    value: 'merge',
    label: 'Merge with what is here',
    hint: 'The newer of each status, note and tags wins; a note changed on both sides keeps both texts.',
  },
  {
    value: 'replace',
    label: 'Replace what is here',
    hint: 'A backup of your current data is downloaded first.',
  },
];

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
      <FileButton
        label="Restore backup"
        accept=".json,application/json"
        onFile={(file) => void choose(file)}
      />
      {step.kind === 'chosen' && (
        <div className="restore__confirm" role="group" aria-label="Restore options">
          <p>
            {step.fileName}: backup of {new Date(step.backup.exportedAt).toLocaleString()} with{' '}
            {step.backup.papers.length} papers and {step.backup.lists.length} lists.
          </p>
          <RadioChoices
            legend="How to restore"
            name="restore-mode"
            value={mode}
            choices={MODES}
            onChange={setMode}
          />
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
