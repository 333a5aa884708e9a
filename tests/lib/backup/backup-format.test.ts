// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../src/lib/backup/backup-format';
import { parseBackup, upgradeBackup } from '../../../src/lib/backup/parse-backup';
import type { PaperState } from '../../../src/lib/paper-state';
import { backupText, exportedAt, list, paperState, statesArb } from './backup-fixtures';

describe('backup round trip', () => {
  it('gives back the same papers, lists and settings (property)', () => {
    fc.assert(
      fc.property(statesArb, (papers) => {
        const backup = createBackup({
          papers,
          lists: [list],
          nextUpOrder: ['b', 'a'],
          settings: { a: 1 },
          exportedAt,
          app: 'readmark 0.1.0',
        });
        const result = parseBackup(serializeBackup(backup));
        if (!result.ok) throw new Error(result.error);
        const byId = (a: PaperState, b: PaperState) => (a.id < b.id ? -1 : 1);
        expect(result.backup.papers).toEqual([...papers].sort(byId));
        expect(result.backup.lists).toEqual([list]);
        expect(result.backup.settings).toEqual({ a: 1 });
        expect(result.backup.nextUpOrder).toEqual(['b', 'a']);
      }),
      { numRuns: 150 },
    );
  });

  it('writes pretty JSON with papers sorted by id', () => {
    const backup = createBackup({
      papers: [paperState('b'), paperState('a')],
      lists: [],
      nextUpOrder: [],
      settings: {},
      exportedAt,
      app: 'readmark 0.1.0',
    });
    const text = serializeBackup(backup);
    expect(text).toMatch(
      /^\{\n {2}"format": "readmark-backup",\n {2}"version": 3,\n {2}"exportedAt": "2026-11-26T09:30:00.000Z",/,
    );
    expect(text.indexOf('"id": "a"')).toBeLessThan(text.indexOf('"id": "b"'));
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('upgradeBackup', () => {
  it('fills what older files lack and leaves the rest alone', () => {
    expect(upgradeBackup({ format: 'readmark-backup', version: 1, papers: [] })).toEqual({
      format: 'readmark-backup',
      version: 3,
      papers: [],
      lists: [],
      nextUpOrder: [],
      settings: {},
    });
    const result = parseBackup(
      backupText((b) => {
        b.version = 1;
        delete b.lists;
        delete b.settings;
        delete b.nextUpOrder;
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      backup: { version: 3, lists: [], nextUpOrder: [], settings: {} },
    });
    expect(upgradeBackup({ format: 'readmark-backup', version: 2, papers: [] })).toEqual({
      format: 'readmark-backup',
      version: 3,
      papers: [],
    });
    expect(upgradeBackup('x')).toBe('x');
  });
});
