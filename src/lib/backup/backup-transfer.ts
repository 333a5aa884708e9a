import type { PaperState } from '../paper-state';
import type { Backup, ImportedList } from './backup-format';
import type { ParseBackupResult } from './parse-backup';

/**
 * A parsed backup sent from a worker to the page in pieces. The page copies each message in
 * its own task, so a large backup never arrives as one long task; `done` comes last.
 */
export type BackupMessage =
  | { kind: 'papers'; papers: PaperState[] }
  | { kind: 'lists'; lists: ImportedList[] }
  | { kind: 'done'; rest: Omit<Backup, 'papers' | 'lists'> }
  | { kind: 'error'; error: string };

// About a megabyte of a typical backup per message; a list carries a whole catalogue, so one each.
const PAPERS_PER_MESSAGE = 1000;

export function* backupMessages(
  result: ParseBackupResult,
  papersPerMessage = PAPERS_PER_MESSAGE,
): Generator<BackupMessage> {
  if (!result.ok) {
    yield { kind: 'error', error: result.error };
    return;
  }
  const { papers, lists, ...rest } = result.backup;
  for (let start = 0; start < papers.length; start += papersPerMessage) {
    yield { kind: 'papers', papers: papers.slice(start, start + papersPerMessage) };
  }
  for (const list of lists) yield { kind: 'lists', lists: [list] };
  yield { kind: 'done', rest };
}

/** Puts `backupMessages` back together: `add` returns the result once the last one arrives. */
export function createBackupAssembler(): {
  add: (message: BackupMessage) => ParseBackupResult | null;
} {
  const papers: PaperState[] = [];
  const lists: ImportedList[] = [];
  return {
    add(message) {
      switch (message.kind) {
        case 'papers':
          for (const paper of message.papers) papers.push(paper);
          return null;
        case 'lists':
          for (const list of message.lists) lists.push(list);
          return null;
        case 'done':
          return { ok: true, backup: { ...message.rest, papers, lists } };
        case 'error':
          return { ok: false, error: message.error };
      }
    },
  };
}
