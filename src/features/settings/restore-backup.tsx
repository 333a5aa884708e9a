import { useRef, useState } from 'react';
import { FileButton } from '../../components/file-button';
import { ProgressBar } from '../../components/progress-bar';
import { RadioChoices, type Choice } from '../../components/radio-choices';
import { restoreBackup, type RestoreMode } from '../../db/backup-store';
import type { Backup } from '../../lib/backup/backup-format';
import { settingsFromBackup } from '../../lib/backup/backup-settings';
import { getThemePreference, setThemePreference } from '../../hooks/theme-preference';
import { DEFAULT_LIST_ID } from '../../hooks/use-active-catalogue';
import { checkBackupSize } from '../../lib/backup/parse-backup';
import { downloadBackupFile } from './download-backup';
import { parseBackupFile } from './parse-backup-file';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'chosen'; backup: Backup; fileName: string }
  | { kind: 'safety-copy' }
  | { kind: 'writing'; written: number; total: number }
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
  // Only the file chosen last may show its result; a restore under way is not interrupted.
  const latestChoice = useRef(0);
  const writing = useRef(false);

  const choose = async (file: File) => {
    if (writing.current) return;
    const choice = ++latestChoice.current;
    const show = (next: Step) => {
      if (choice === latestChoice.current && !writing.current) setStep(next);
    };
    const tooBig = checkBackupSize(file.size);
    if (tooBig) return show({ kind: 'error', message: tooBig });
    show({ kind: 'reading', fileName: file.name });
    const parsed = await parseBackupFile(file).catch((error: unknown) => ({
      ok: false as const,
      error: `This file could not be read (${error instanceof Error ? error.message : String(error)}).`,
    }));
    show(
      parsed.ok
        ? { kind: 'chosen', backup: parsed.backup, fileName: file.name }
        : { kind: 'error', message: parsed.error },
    );
  };

  const restore = async (backup: Backup) => {
    // A replace first keeps a copy of what is here now.
    if (mode === 'replace') {
      setStep({ kind: 'safety-copy' });
      await downloadBackupFile();
    }
    setStep({ kind: 'writing', written: 0, total: backup.papers.length });
    const lists = new Set([DEFAULT_LIST_ID, ...backup.lists.map((list) => list.id)]);
    const chosen = settingsFromBackup(backup.settings, lists);
    const result = await restoreBackup(backup, mode, {
      onProgress: (written, total) => setStep({ kind: 'writing', written, total }),
      currentList: chosen.currentList,
    });
    // Like the current list: a merge keeps a theme this browser chose.
    if (chosen.theme && (mode === 'replace' || getThemePreference() === 'system'))
      setThemePreference(chosen.theme);
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
              onClick={() => {
                writing.current = true;
                void restore(step.backup)
                  .catch((error: unknown) =>
                    setStep({
                      kind: 'error',
                      message: error instanceof Error ? error.message : String(error),
                    }),
                  )
                  .finally(() => (writing.current = false));
              }}
            >
              Restore
            </button>
          </div>
        </div>
      )}
      {step.kind === 'reading' && <p role="status">Checking {step.fileName}…</p>}
      {step.kind === 'safety-copy' && (
        <p role="status">Downloading a backup of what is here first…</p>
      )}
      {step.kind === 'writing' && (
        <p role="status" className="restore__progress">
          Restoring: <ProgressBar done={step.written} total={step.total} label="papers written" />
        </p>
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
