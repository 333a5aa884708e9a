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

  it('sorts the papers it is given by id, and sorts them again when writing', () => {
    const ids = ['url:b', 'arxiv:2301.00002', 'url:a', 'arxiv:2301.00001'];
    const backup = createBackup({
      papers: ids.map((id) => paperState(id)),
      lists: [],
      nextUpOrder: [],
      settings: {},
      exportedAt,
      app: 'readmark 0.1.0',
    });
    const sorted = ['arxiv:2301.00001', 'arxiv:2301.00002', 'url:a', 'url:b'];
    expect(backup.papers.map((paper) => paper.id)).toEqual(sorted);
    // A restored backup keeps the file's order (a hand-edited one may be unsorted): saving it
    // again writes the papers sorted.
    const restored = parseBackup(backupText((b) => (b.papers as unknown[]).reverse()));
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.backup.papers.map((paper) => paper.id)).toEqual(['b', 'a']);
    const written = parseBackup(serializeBackup(restored.backup));
    expect(written.ok && written.backup.papers.map((paper) => paper.id)).toEqual(['a', 'b']);
  });

  it('keeps tags of up to 64 characters, and tags that differ once lowercased', () => {
    // 'Straße' and 'STRASSE' are two tags in the app (it compares them lowercased), so a backup
    // holding both must restore.
    const tags = ['x'.repeat(64), '🧪'.repeat(64), 'Straße', 'STRASSE'];
    const result = parseBackup(
      backupText((b) => Object.assign((b.papers as PaperState[])[0] ?? {}, { tags })),
    );
    expect(result.ok && result.backup.papers[0]?.tags).toEqual(tags);
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
    expect(upgradeBackup(null)).toBeNull();
    // A newer file is not relabelled as this version: parseBackup refuses it by its version.
    const newer = { format: 'readmark-backup', version: 4, papers: [] };
    expect(upgradeBackup(newer)).toEqual(newer);
  });
});
