// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backupMessages,
  createBackupAssembler,
  type BackupMessage,
} from '../../../src/lib/backup/backup-transfer';
import { createBackup } from '../../../src/lib/backup/backup-format';
import { parseBackup, type ParseBackupResult } from '../../../src/lib/backup/parse-backup';
import { backupText, exportedAt, list, statesArb } from './backup-fixtures';

// What the page gets: every message copied as postMessage would, then put back together.
function roundTrip(result: ParseBackupResult, papersPerMessage?: number) {
  const assembler = createBackupAssembler();
  const messages: BackupMessage[] = [...backupMessages(result, papersPerMessage)];
  const results = messages.map((message) => assembler.add(structuredClone(message)));
  return { messages, results };
}

describe('backup messages between the worker and the page', () => {
  it('give back the parsed backup, with the result only on the last message', () => {
    fc.assert(
      fc.property(statesArb, fc.integer({ min: 1, max: 5 }), (papers, perMessage) => {
        const backup = createBackup({
          papers,
          lists: [structuredClone(list), { ...structuredClone(list), id: 'list-2' }],
          nextUpOrder: ['a'],
          settings: { theme: 'dark' },
          exportedAt,
          app: 'readmark 0.1.0',
        });
        const { messages, results } = roundTrip({ ok: true, backup }, perMessage);
        expect(results.at(-1)).toEqual({ ok: true, backup });
        expect(results.slice(0, -1).every((result) => result === null)).toBe(true);
        const paperMessages = messages.filter((message) => message.kind === 'papers');
        expect(paperMessages).toHaveLength(Math.ceil(papers.length / perMessage));
      }),
    );
  });

  it('split a large backup into messages of at most a thousand papers', () => {
    const parsed = parseBackup(
      backupText((backup) => {
        const [first] = backup.papers as Record<string, unknown>[];
        backup.papers = Array.from({ length: 2500 }, (_, index) => ({ ...first, id: `p${index}` }));
      }),
    );
    const { messages, results } = roundTrip(parsed);
    expect(
      messages.map((message) => (message.kind === 'papers' ? message.papers.length : 0)),
    ).toEqual([1000, 1000, 500, 0, 0]);
    expect(results.at(-1)).toEqual(parsed);
  });

  it('pass a rejection on word for word', () => {
    const rejected = parseBackup('{"format": "readmark-backup", "version": 99}');
    const { messages, results } = roundTrip(rejected);
    expect(messages).toHaveLength(1);
    expect(results).toEqual([rejected]);
  });
});
